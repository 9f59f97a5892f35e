/**
 * Passerelle: customs risk management and the rules that decide which information may pass between
 * customs and police.
 *
 * <p>The API packages are {@code org.passerelle.model} (agencies, parties, shipments: pure values),
 * {@code org.passerelle.sharing} (information items, agreements, requests, decisions and the
 * {@code SharingEngine}), {@code org.passerelle.risk} (indicators, profiles, lanes and the
 * {@code RiskEngine}), {@code org.passerelle.json} (policy documents),
 * {@code org.passerelle.audit} (decision records and sinks) and {@code org.passerelle.runtime} (an engine
 * whose policy is reloaded while it serves).
 */
module org.passerelle {
    requires tools.jackson.databind;
    requires org.slf4j;

    exports org.passerelle.model;
    exports org.passerelle.sharing;
    exports org.passerelle.json;
    exports org.passerelle.audit;
    exports org.passerelle.risk;
    exports org.passerelle.runtime;
}
