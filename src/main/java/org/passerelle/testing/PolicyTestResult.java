package org.passerelle.testing;

import java.util.List;
import org.passerelle.json.PolicyTestCase;
import org.passerelle.model.Checks;
import org.passerelle.sharing.SharingDecision;

/**
 * The result of one declarative policy test: the test, the decision the engine made and every way
 * it differs from what the test expected.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param test the test, not null
 * @param decision the decision made for its request, not null
 * @param mismatches every difference from the expectation; empty when the test passed
 */
public record PolicyTestResult(PolicyTestCase test, SharingDecision decision, List<Mismatch> mismatches) {

    /**
     * Validates the result.
     */
    public PolicyTestResult {
        Checks.notNull("test", test);
        Checks.notNull("decision", decision);
        mismatches = Checks.list("mismatches", mismatches);
    }

    /**
     * Checks a decision against a test's expectation.
     *
     * @param test the test, not null
     * @param decision the decision made for the test's request, not null
     * @return the result, not null
     */
    public static PolicyTestResult of(PolicyTestCase test, SharingDecision decision) {
        Checks.notNull("test", test);
        Checks.notNull("decision", decision);
        return new PolicyTestResult(test, decision, Expectations.compare(test.expected(), decision));
    }

    /**
     * Returns whether the decision met every expectation.
     *
     * @return true when there is no mismatch
     */
    public boolean passed() {
        return mismatches.isEmpty();
    }

    /**
     * Returns a readable report: the test's name and file, each expected value against the actual
     * one, and the decision's plain-language explanation.
     *
     * @return the report, several lines, not null
     */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(passed() ? "PASSED " : "FAILED ").append(test.name()).append(" (").append(test.file()).append(")\n");
        if (!test.description().isEmpty()) {
            sb.append("  ").append(test.description()).append('\n');
        }
        for (Mismatch m : mismatches) {
            sb.append("  ").append(m).append('\n');
        }
        sb.append("--- decision ---\n").append(decision.explanation());
        return sb.toString();
    }
}
