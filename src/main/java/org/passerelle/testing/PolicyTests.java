package org.passerelle.testing;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.passerelle.json.Policy;
import org.passerelle.json.PolicyReader;
import org.passerelle.json.PolicyTestCase;
import org.passerelle.model.Checks;
import org.passerelle.risk.RiskPolicy;
import org.passerelle.sharing.SharingEngine;

/**
 * JUnit 5 support for declarative policy tests: turns each test document of a suite into a
 * {@link DynamicTest}, for a {@code @TestFactory} method.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> policy() {
 *     return PolicyTests.dynamicTests(Path.of("policy"), Path.of("policy-tests"));
 * }
 * }</pre>
 *
 * <p>Each dynamic test is named after its test document and points at its file; a failure lists
 * every expected value against the actual one, then the decision's (or the assessment's)
 * explanation. Needs the JUnit
 * Jupiter API on the class path (a test-scope dependency of the application). Stateless.
 */
@SuppressWarnings("exports") // AssertJ / JUnit types, which the module requires static only
public final class PolicyTests {
    private PolicyTests() {
    }

    /**
     * Returns one dynamic test per test document of a suite, sharing and risk tests alike, run
     * against both parts of the policy of a directory.
     *
     * @param policyDirectory the policy directory, read with {@link PolicyReader#readPolicy(Path)}, not null
     * @param testsDirectory the suite directory, not null
     * @return the dynamic tests, in suite order, not null
     * @throws org.passerelle.model.InvalidInputException if the policy or a test document is invalid,
     *         listing every problem with file, JSON path and line
     */
    public static Stream<DynamicTest> dynamicTests(Path policyDirectory, Path testsDirectory) {
        Checks.notNull("policyDirectory", policyDirectory);
        Policy policy = PolicyReader.create().readPolicy(policyDirectory);
        return dynamicTests(SharingEngine.compile(policy.sharing()), policy.risk(), testsDirectory);
    }

    /**
     * Returns one dynamic test per test document of a suite, run against a sharing engine. A risk
     * test of the suite fails, saying that it needs a risk policy.
     *
     * @param engine the engine, not null
     * @param testsDirectory the suite directory, not null
     * @return the dynamic tests, in suite order, not null
     * @throws org.passerelle.model.InvalidInputException if a test document is invalid
     */
    public static Stream<DynamicTest> dynamicTests(SharingEngine engine, Path testsDirectory) {
        Checks.notNull("engine", engine);
        return tests(testsDirectory, t -> PolicySuite.run(t, engine));
    }

    /**
     * Returns one dynamic test per test document of a suite: sharing tests run against a sharing
     * engine, risk tests against a risk policy, such as ones built in Java.
     *
     * @param engine the sharing engine, not null
     * @param risk the risk policy, with its context, not null
     * @param testsDirectory the suite directory, not null
     * @return the dynamic tests, in suite order, not null
     * @throws org.passerelle.model.InvalidInputException if a test document is invalid
     */
    public static Stream<DynamicTest> dynamicTests(SharingEngine engine, RiskPolicy risk, Path testsDirectory) {
        Checks.notNull("engine", engine);
        Checks.notNull("risk", risk);
        return tests(testsDirectory, t -> PolicySuite.run(t, engine, risk));
    }

    private static Stream<DynamicTest> tests(Path testsDirectory, Function<PolicyTestCase, PolicyTestResult> runner) {
        Checks.notNull("testsDirectory", testsDirectory);
        PolicySuite suite = PolicySuite.load(testsDirectory);
        return suite.tests().stream().map(t -> DynamicTest.dynamicTest(t.name(),
                testsDirectory.resolve(t.file()).toUri(), () -> {
                    PolicyTestResult r = runner.apply(t);
                    if (!r.passed()) {
                        throw new AssertionError(r.report());
                    }
                }));
    }
}
