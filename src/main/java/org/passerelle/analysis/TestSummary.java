package org.passerelle.analysis;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a run of a policy's declarative tests found, for the report: how many passed and failed,
 * the names of the failed ones, and what the tests left unexercised.
 *
 * <p>Immutable and thread-safe.
 *
 * @param passed the number of tests that passed
 * @param failed the number of tests that failed
 * @param failures the names of the failed tests
 * @param unexercisedRules the ids of the sharing rules no test exercised
 * @param unexercisedAgreements the ids of the agreements no test relied on
 */
public record TestSummary(int passed, int failed, List<String> failures, SortedSet<String> unexercisedRules,
        SortedSet<String> unexercisedAgreements) {

    /**
     * Checks and copies the components.
     */
    public TestSummary {
        if (passed < 0 || failed < 0) {
            throw new IllegalArgumentException("counts must not be negative (got " + passed + ", " + failed + ")");
        }
        failures = List.copyOf(failures);
        unexercisedRules = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(unexercisedRules));
        unexercisedAgreements = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(unexercisedAgreements));
    }
}
