package org.passerelle.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.passerelle.json.PolicyTestCase;
import org.passerelle.json.PolicyTestReader;
import org.passerelle.model.Checks;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRule;

/**
 * A suite of declarative policy tests, and its runner: each test's request is decided by a sharing
 * engine and the decision compared with what the test expects.
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
     * @throws org.passerelle.json.PolicyValidationException listing every problem of every file, with
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
     * Runs every test against a policy, compiled with the default settings.
     *
     * @param policy the policy, not null
     * @return the results and the coverage, not null
     */
    public SuiteResult run(SharingPolicy policy) {
        Checks.notNull("policy", policy);
        return run(SharingEngine.compile(policy));
    }

    /**
     * Runs every test against an engine. Every request carries its instant, so results do not depend
     * on the engine's clock.
     *
     * @param engine the engine, not null
     * @return the results and the coverage, not null
     */
    public SuiteResult run(SharingEngine engine) {
        Checks.notNull("engine", engine);
        List<PolicyTestResult> results = new ArrayList<>();
        for (PolicyTestCase t : tests) {
            results.add(PolicyTestResult.of(t, engine.decide(t.request())));
        }
        return new SuiteResult(results, coverage(engine.policy(), results));
    }

    /**
     * Runs one test against an engine.
     *
     * @param test the test, not null
     * @param engine the engine, not null
     * @return the result, not null
     */
    public static PolicyTestResult run(PolicyTestCase test, SharingEngine engine) {
        Checks.notNull("test", test);
        Checks.notNull("engine", engine);
        return PolicyTestResult.of(test, engine.decide(test.request()));
    }

    private static Coverage coverage(SharingPolicy policy, List<PolicyTestResult> results) {
        SortedSet<SharingRule> rules = new TreeSet<>(Coverage.coverableRules());
        SortedSet<AgreementId> agreements = new TreeSet<>(policy.agreements().keySet());
        for (PolicyTestResult r : results) {
            SharingDecision d = r.decision();
            rules.removeAll(Expectations.fired(d));
            if (d.agreement() != null) {
                agreements.remove(d.agreement());
            }
        }
        return new Coverage(rules, agreements);
    }

    @Override
    public String toString() {
        return "PolicySuite[" + tests.size() + " tests]";
    }
}
