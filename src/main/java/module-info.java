/**
 * Passerelle: customs risk management and the rules that decide which information may pass between
 * customs and police.
 *
 * <p>The API packages are {@code org.passerelle.model} (agencies, parties, shipments: pure values),
 * {@code org.passerelle.sharing} (information items, agreements, requests, decisions and the
 * {@code SharingEngine}), {@code org.passerelle.risk} (indicators, profiles, lanes and the
 * {@code RiskEngine}), {@code org.passerelle.json} (policy documents), {@code org.passerelle.audit}
 * (decision records and sinks), {@code org.passerelle.runtime} (an engine whose policy is reloaded
 * while it serves), {@code org.passerelle.bridge} (from a risk finding to a sharing item) and
 * {@code org.passerelle.testing} (the policy test kit: domain assertions and
 * declarative policy tests).
 *
 * <p>The test kit's assertions and JUnit helper need AssertJ and the JUnit Jupiter API, which this
 * module only {@code requires static} (not {@code transitive}, so that a module that does not use the
 * kit compiles and runs without them): applications that use the kit add both to their own test
 * scope, and a module of their own that uses it adds {@code requires org.assertj.core} and
 * {@code requires org.junit.jupiter.api} beside {@code requires org.passerelle}. The kit's classes
 * that show AssertJ or JUnit types in their API say so with {@code @SuppressWarnings("exports")}. The command-line tool ({@code org.passerelle.cli}) is
 * internal and not exported.
 */
module org.passerelle {
    requires tools.jackson.databind;
    requires org.slf4j;
    requires static org.assertj.core;
    requires static org.junit.jupiter.api;

    exports org.passerelle.model;
    exports org.passerelle.sharing;
    exports org.passerelle.json;
    exports org.passerelle.audit;
    exports org.passerelle.risk;
    exports org.passerelle.risk.learn;
    exports org.passerelle.testing;
    exports org.passerelle.runtime;
    exports org.passerelle.analysis;
    exports org.passerelle.bridge;
}
