package org.passerelle.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.risk.Effectiveness;
import org.passerelle.risk.ProfileId;

/**
 * Runs the profile effectiveness example: the weak profile, and only it, is flagged for review (RR-09).
 */
class ProfileEffectivenessTest {

    @Test
    void theWeakProfileIsFlaggedForReviewAndTheStrongOneIsNot() {
        Printed<Effectiveness> run = Printed.run(ProfileEffectiveness::run);

        Effectiveness.Tally fruit = run.result().profile("NARC-FRUIT-01").orElseThrow();
        Effectiveness.Tally apparel = run.result().profile("APPAREL-VAGUE-02").orElseThrow();
        assertThat(fruit.inspections()).isEqualTo(6);
        assertThat(fruit.hits()).isEqualTo(4);
        assertThat(fruit.seizures()).isEqualTo(4);
        assertThat(apparel.inspections()).isEqualTo(10);
        assertThat(apparel.hits()).isEqualTo(1);
        assertThat(apparel.revenueRecovered().amount()).isEqualByComparingTo("1200.00");
        assertThat(run.result().profilesForReview()).containsExactly(ProfileId.of("APPAREL-VAGUE-02"));
        assertThat(run.text()).contains("Flagged for review (RR-09): [APPAREL-VAGUE-02]",
                "Profile NARC-FRUIT-01: inspections 6, hits 4, seizures 4, hit rate 67%");
    }
}
