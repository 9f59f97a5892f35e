package org.passerelle.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.risk.Assessment;
import org.passerelle.risk.Lane;

/**
 * Runs the learning example: the new declaration of the risky kind goes Red, and its explanation
 * names the learned indicators with their evidence.
 */
class LearnFromHistoryTest {

    @Test
    void theLearnedScorecardSelectsTheRiskyKindAndExplainsWhy() {
        Printed<Assessment> run = Printed.run(LearnFromHistory::run);

        assertThat(run.result().lane()).isEqualTo(Lane.RED);
        assertThat(run.text()).contains("== 1. Learned", "additive scorecard, weights fitted jointly",
                "HS 392329 of origin VN shipped from CN", "inspected were irregular", "Wilson interval");
    }
}
