package org.passerelle.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.passerelle.json.Policy;
import org.passerelle.json.PolicyReader;
import org.passerelle.json.PolicyTestCase;
import org.passerelle.json.PolicyTestReader;
import org.passerelle.model.Checks;
import org.passerelle.risk.Assessment;
import org.passerelle.risk.Indicator;
import org.passerelle.risk.IndicatorId;
import org.passerelle.risk.Profile;
import org.passerelle.risk.ProfileId;
import org.passerelle.risk.RiskEngine;
import org.passerelle.risk.RiskPolicy;
import org.passerelle.risk.RiskRule;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingLaw;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRule;

/**
 * A suite of declarative policy tests, and its runner: each sharing test's request is decided by a
 * sharing engine, each risk test's declaration assessed under a risk policy, and the decision or
 * assessment compared with what the test expects.
 *
 * <p>A suite is usually a directory of JSON test documents ({@link #load(Path)}, format in
 * {@code docs/policy-testing.md}). Running it needs neither AssertJ nor JUnit: the command-line tool
 * uses it as is; {@link PolicyTests} turns it into JUnit dynamic tests. This type is immutable and
 * thread-safe.
 */
public final class PolicySuite {
    private final List<PolicyTestCase> tests;

    private PolicySuite(List<PolicyTestCase> tests) {
        this.tests = tests;
    }

    /**
     * Reads a suite from a directory of {@code *.json} policy test documents, recursively.
     *
     * @param directory the directory, not null
     * @return the suite, not null
     * @throws org.passerelle.model.InvalidInputException listing every problem of every file, with
     *         file, JSON path and line
     */
    public static PolicySuite load(Path directory) {
        Checks.notNull("directory", directory);
        return new PolicySuite(PolicyTestReader.create().readSuite(directory));
    }

    /**
     * Returns a suite of tests.
     *
     * @param tests the tests, in the order to run them, not null
     * @return the suite, not null
     */
    public static PolicySuite of(List<PolicyTestCase> tests) {
        return new PolicySuite(Checks.list("tests", tests));
    }

    /**
     * Returns the tests, in the order they run.
     *
     * @return the tests, not null
     */
    public List<PolicyTestCase> tests() {
        return tests;
    }

    /**
     * Runs every test, sharing and risk, against both parts of a policy, as read by
     * {@link PolicyReader#readPolicy(Path)}; the sharing part is compiled with the default settings.
     *
     * @param policy the policy, not null
     * @return the results and the coverage of both parts, not null
     */
    public SuiteResult run(Policy policy) {
        Checks.notNull("policy", policy);
        return run(SharingEngine.compile(policy.sharing()), policy.risk());
    }

    /**
     * Runs every test against a sharing policy, compiled with the default settings.
     *
     * @param policy the policy, not null
     * @return the results and the coverage, not null
     * @throws IllegalArgumentException if the suite holds risk tests, which need a risk policy
     */
    public SuiteResult run(SharingPolicy policy) {
        Checks.notNull("policy", policy);
        return run(SharingEngine.compile(policy));
    }

    /**
     * Runs every test against a sharing engine. Every request carries its instant, so results do not
     * depend on the engine's clock.
     *
     * @param engine the engine, not null
     * @return the results and the coverage, not null
     * @throws IllegalArgumentException if the suite holds risk tests, which need a risk policy
     */
    public SuiteResult run(SharingEngine engine) {
        Checks.notNull("engine", engine);
        List<String> risk = new ArrayList<>();
        for (PolicyTestCase t : tests) {
            if (t.isRisk()) {
                risk.add(t.file());
            }
        }
        if (!risk.isEmpty()) {
            throw new IllegalArgumentException("the suite holds risk tests " + risk + ", which need a risk policy: "
                    + "run it with run(Policy) or run(SharingEngine, RiskPolicy)");
        }
        return runChecked(engine, null);
    }

    /**
     * Runs every test: sharing tests against a sharing engine, risk tests against a risk policy (its
     * engine and its context: trader histories, watch lists, reference values). Every test carries its
     * instant, so results do not depend on any clock.
     *
     * @param engine the sharing engine, not null
     * @param risk the risk policy, not null
     * @return the results and the coverage of both parts, not null
     */
    public SuiteResult run(SharingEngine engine, RiskPolicy risk) {
        Checks.notNull("engine", engine);
        Checks.notNull("risk", risk);
        return runChecked(engine, risk);
    }

    /** Runs the suite; {@code risk} is null only when the suite holds no risk test. */
    private SuiteResult runChecked(SharingEngine engine, RiskPolicy risk) {
        List<PolicyTestResult> results = new ArrayList<>();
        RiskEngine riskEngine = risk == null ? null : RiskEngine.compile(risk);
        for (PolicyTestCase t : tests) {
            results.add(t.isRisk() ? assess(t, riskEngine, risk) : run(t, engine));
        }
        return new SuiteResult(results, coverage(engine.law(), risk, results));
    }

    /**
     * Runs one sharing test against an engine.
     *
     * @param test the sharing test, not null
     * @param engine the engine, not null
     * @return the result, not null
     * @throws IllegalArgumentException if the test is a risk test
     */
    public static PolicyTestResult run(PolicyTestCase test, SharingEngine engine) {
        Checks.notNull("test", test);
        Checks.notNull("engine", engine);
        if (test.isRisk()) {
            throw new IllegalArgumentException("a risk test needs a risk policy: " + test);
        }
        return PolicyTestResult.of(test, engine.decide(test.request()));
    }

    /**
     * Runs one risk test against a risk policy: assesses the test's declaration with the policy's
     * engine and context, as of the test's instant.
     *
     * @param test the risk test, not null
     * @param risk the risk policy, not null
     * @return the result, not null
     * @throws IllegalArgumentException if the test is a sharing test
     */
    public static PolicyTestResult run(PolicyTestCase test, RiskPolicy risk) {
        Checks.notNull("test", test);
        Checks.notNull("risk", risk);
        if (!test.isRisk()) {
            throw new IllegalArgumentException("a sharing test needs a sharing engine: " + test);
        }
        return assess(test, RiskEngine.compile(risk), risk);
    }

    private static PolicyTestResult assess(PolicyTestCase test, RiskEngine engine, RiskPolicy risk) {
        Assessment a = engine.assess(test.declaration(), risk.context(), test.assessedAt());
        return PolicyTestResult.of(test, a, risk);
    }

    /**
     * Runs one test of either kind.
     *
     * @param test the test, not null
     * @param engine the sharing engine, for a sharing test, not null
     * @param risk the risk policy, for a risk test, not null
     * @return the result, not null
     */
    public static PolicyTestResult run(PolicyTestCase test, SharingEngine engine, RiskPolicy risk) {
        Checks.notNull("test", test);
        Checks.notNull("engine", engine);
        Checks.notNull("risk", risk);
        return test.isRisk() ? run(test, risk) : run(test, engine);
    }

    private static Coverage coverage(SharingLaw policy, RiskPolicy risk, List<PolicyTestResult> results) {
        boolean coversSharing = !policy.agencies().isEmpty();
        boolean coversRisk = risk != null && !(risk.indicators().isEmpty() && risk.profiles().isEmpty());
        SortedSet<SharingRule> rules = new TreeSet<>();
        SortedSet<AgreementId> agreements = new TreeSet<>();
        if (coversSharing) {
            rules.addAll(Coverage.coverableRules());
            agreements.addAll(policy.agreements().keySet());
        }
        SortedSet<RiskRule> riskRules = new TreeSet<>();
        SortedSet<ProfileId> profiles = new TreeSet<>();
        SortedSet<IndicatorId> indicators = new TreeSet<>();
        if (coversRisk) {
            riskRules.addAll(Coverage.coverableRiskRules());
            for (Profile p : risk.profiles()) {
                profiles.add(p.id());
            }
            for (Indicator i : risk.indicators()) {
                indicators.add(i.id());
            }
        }
        for (PolicyTestResult r : results) {
            SharingDecision d = r.decision();
            if (d != null) {
                rules.removeAll(Expectations.fired(d));
                if (d.agreement() != null) {
                    agreements.remove(d.agreement());
                }
            }
            Assessment a = r.assessment();
            if (a != null) {
                riskRules.removeAll(Expectations.riskRules(a));
                profiles.removeAll(Expectations.matchedProfiles(a));
                indicators.removeAll(Expectations.firedIndicators(a));
            }
        }
        return new Coverage(rules, agreements, riskRules, profiles, indicators, coversSharing, coversRisk);
    }

    @Override
    public String toString() {
        return "PolicySuite[" + tests.size() + " tests]";
    }
}
