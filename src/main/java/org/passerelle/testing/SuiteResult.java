package org.passerelle.testing;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.model.Checks;

/**
 * The result of running a suite of policy tests: each test's result, in suite order, and what the
 * suite never exercised.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param results the result of each test, in suite order
 * @param coverage the rules and agreements no test exercised, not null
 */
public record SuiteResult(List<PolicyTestResult> results, Coverage coverage) {

    /**
     * Validates the result.
     */
    public SuiteResult {
        results = Checks.list("results", results);
        Checks.notNull("coverage", coverage);
    }

    /**
     * Returns the number of tests that passed.
     *
     * @return the count
     */
    public int passedCount() {
        return results.size() - failures().size();
    }

    /**
     * Returns the number of tests that failed.
     *
     * @return the count
     */
    public int failedCount() {
        return failures().size();
    }

    /**
     * Returns the results of the tests that failed, in suite order.
     *
     * @return the failures, possibly empty, not null
     */
    public List<PolicyTestResult> failures() {
        List<PolicyTestResult> failed = new ArrayList<>();
        for (PolicyTestResult r : results) {
            if (!r.passed()) {
                failed.add(r);
            }
        }
        return List.copyOf(failed);
    }

    /**
     * Returns whether every test passed.
     *
     * @return true when no test failed
     */
    public boolean allPassed() {
        return failures().isEmpty();
    }

    /**
     * Returns the summary line, such as {@code 4 passed, 1 failed}.
     *
     * @return the line, not null
     */
    public String summary() {
        return passedCount() + " passed, " + failedCount() + " failed";
    }
}
