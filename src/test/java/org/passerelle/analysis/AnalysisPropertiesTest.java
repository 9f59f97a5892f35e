package org.passerelle.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.testing.Property;
import org.passerelle.testing.SharingGen;

/**
 * The analysis over generated policies ({@link SharingGen}): the matrix that asks only the holder's
 * partners about the items it originated equals the one that asks every agency, so the one premise the
 * analysis takes from the engine's contract holds; and every witness is decided by the engine as the
 * matrix says.
 */
class AnalysisPropertiesTest {
    private static final int POLICIES = 40;

    @Test
    void askingOnlyThePartnersGivesTheExhaustiveMatrix() {
        Property.forAll("partners-only matrix equals the exhaustive matrix", POLICIES, g -> {
            SharingPolicy policy = SharingGen.policy(g);
            LocalDate from = LocalDate.of(2015 + g.nextInt(15), 1 + g.nextInt(12), 1);
            LocalDate to = from.plusDays(g.nextInt(400));
            FlowMatrix fast = PolicyAnalysis.builder(policy).from(from).to(to).build().flowMatrix();
            FlowMatrix all = PolicyAnalysis.builder(policy).from(from).to(to).exhaustive().build().flowMatrix();
            assertThat(fast.flows()).isEqualTo(all.flows());
            assertThat(fast.decisions()).isLessThanOrEqualTo(all.decisions());
        });
    }

    @Test
    void everyWitnessNamingAnItemHeldTodayIsDecidedAsTheMatrixSays() {
        Property.forAll("witnesses are decided as the matrix says", POLICIES, g -> {
            SharingPolicy policy = SharingGen.policy(g);
            LocalDate day = LocalDate.of(2015 + g.nextInt(15), 1 + g.nextInt(12), 1);
            SharingEngine engine = SharingEngine.compile(policy);
            for (Flow f : PolicyAnalysis.of(policy, day, day).flowMatrix().flows()) {
                if (!DecisionSpace.isHypothetical(f.witness().item())) {
                    assertThat(engine.decide(f.witness()).outcome()).as(f.key().toString()).isEqualTo(f.outcome());
                }
            }
        });
    }
}
