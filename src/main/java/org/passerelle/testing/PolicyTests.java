package org.passerelle.testing;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.passerelle.json.PolicyReader;
import org.passerelle.model.Checks;
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
 * every expected value against the actual one, then the decision's explanation. Needs the JUnit
 * Jupiter API on the class path (a test-scope dependency of the application). Stateless.
 */
public final class PolicyTests {
    private PolicyTests() {
    }

    /**
     * Returns one dynamic test per test document of a suite, run against the policy of a directory.
     *
     * @param policyDirectory the policy directory, read with {@link PolicyReader}, not null
     * @param testsDirectory the suite directory, not null
     * @return the dynamic tests, in suite order, not null
     * @throws org.passerelle.json.PolicyValidationException if the policy or a test document is invalid,
     *         listing every problem with file, JSON path and line
     */
    public static Stream<DynamicTest> dynamicTests(Path policyDirectory, Path testsDirectory) {
        Checks.notNull("policyDirectory", policyDirectory);
        SharingEngine engine = SharingEngine.compile(PolicyReader.create().readDirectory(policyDirectory));
        return dynamicTests(engine, testsDirectory);
    }

    /**
     * Returns one dynamic test per test document of a suite, run against an engine.
     *
     * @param engine the engine, not null
     * @param testsDirectory the suite directory, not null
     * @return the dynamic tests, in suite order, not null
     * @throws org.passerelle.json.PolicyValidationException if a test document is invalid
     */
    public static Stream<DynamicTest> dynamicTests(SharingEngine engine, Path testsDirectory) {
        Checks.notNull("engine", engine);
        Checks.notNull("testsDirectory", testsDirectory);
        PolicySuite suite = PolicySuite.load(testsDirectory);
        return suite.tests().stream().map(t -> DynamicTest.dynamicTest(t.name(),
                testsDirectory.resolve(t.file()).toUri(), () -> {
                    PolicyTestResult r = PolicySuite.run(t, engine);
                    if (!r.passed()) {
                        throw new AssertionError(r.report());
                    }
                }));
    }
}
