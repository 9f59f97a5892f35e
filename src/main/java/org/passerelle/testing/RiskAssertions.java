package org.passerelle.testing;

import org.passerelle.risk.Assessment;

/**
 * Entry point of the domain assertions on risk assessments.
 */
public final class RiskAssertions {
    private RiskAssertions() {
    }

    /**
     * Starts assertions on an assessment.
     *
     * @param actual the assessment
     * @return the assertion
     */
    public static AssessmentAssert assertThat(Assessment actual) {
        return new AssessmentAssert(actual);
    }
}
