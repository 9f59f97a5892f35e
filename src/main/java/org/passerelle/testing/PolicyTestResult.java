package org.passerelle.testing;

import java.util.List;
import org.passerelle.json.PolicyTestCase;
import org.passerelle.model.Checks;
import org.passerelle.risk.Assessment;
import org.passerelle.risk.RiskPolicy;
import org.passerelle.sharing.SharingDecision;

/**
 * The result of one declarative policy test: the test, the decision (sharing test) or the assessment
 * (risk test) the engine made, and every way it differs from what the test expected.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param test the test, not null
 * @param decision the decision made for a sharing test's request; null for a risk test
 * @param assessment the assessment made of a risk test's declaration; null for a sharing test
 * @param mismatches every difference from the expectation; empty when the test passed
 */
public record PolicyTestResult(PolicyTestCase test, SharingDecision decision, Assessment assessment,
        List<Mismatch> mismatches) {

    /**
     * Validates the result: a sharing test has a decision, a risk test an assessment.
     */
    public PolicyTestResult {
        Checks.notNull("test", test);
        if (test.isRisk()) {
            Checks.notNull("assessment", assessment);
            if (decision != null) {
                throw new IllegalArgumentException("a risk test's result has no decision: " + test);
            }
        } else {
            Checks.notNull("decision", decision);
            if (assessment != null) {
                throw new IllegalArgumentException("a sharing test's result has no assessment: " + test);
            }
        }
        mismatches = Checks.list("mismatches", mismatches);
    }

    /**
     * Creates the result of a sharing test.
     *
     * @param test the sharing test, not null
     * @param decision the decision made for its request, not null
     * @param mismatches every difference from the expectation, not null
     */
    public PolicyTestResult(PolicyTestCase test, SharingDecision decision, List<Mismatch> mismatches) {
        this(test, decision, null, mismatches);
    }

    /**
     * Checks a decision against a sharing test's expectation.
     *
     * @param test the sharing test, not null
     * @param decision the decision made for the test's request, not null
     * @return the result, not null
     * @throws IllegalArgumentException if the test is a risk test
     */
    public static PolicyTestResult of(PolicyTestCase test, SharingDecision decision) {
        Checks.notNull("test", test);
        Checks.notNull("decision", decision);
        if (test.isRisk()) {
            throw new IllegalArgumentException("a risk test is checked against an assessment, not a decision: " + test);
        }
        return new PolicyTestResult(test, decision, Expectations.compare(test.expected(), decision));
    }

    /**
     * Checks an assessment against a risk test's expectation. Profiles and indicators the test names
     * but the policy lacks are reported as mismatches, so that a typo never passes silently.
     *
     * @param test the risk test, not null
     * @param assessment the assessment of the test's declaration, not null
     * @param policy the risk policy that made it, not null
     * @return the result, not null
     * @throws IllegalArgumentException if the test is a sharing test
     */
    public static PolicyTestResult of(PolicyTestCase test, Assessment assessment, RiskPolicy policy) {
        Checks.notNull("test", test);
        Checks.notNull("assessment", assessment);
        Checks.notNull("policy", policy);
        if (!test.isRisk()) {
            throw new IllegalArgumentException("a sharing test is checked against a decision, not an assessment: "
                    + test);
        }
        return new PolicyTestResult(test, null, assessment,
                Expectations.compare(test.expectedAssessment(), assessment, policy));
    }

    /**
     * Returns whether the decision or assessment met every expectation.
     *
     * @return true when there is no mismatch
     */
    public boolean passed() {
        return mismatches.isEmpty();
    }

    /**
     * Returns a readable report: the test's name and file, each expected value against the actual
     * one, and the decision's (or the assessment's) plain-language explanation.
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
        if (assessment != null) {
            sb.append("--- assessment ---\n").append(assessment.explanation());
        } else {
            sb.append("--- decision ---\n").append(decision.explanation());
        }
        return sb.toString();
    }
}
