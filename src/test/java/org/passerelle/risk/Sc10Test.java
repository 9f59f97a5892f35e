package org.passerelle.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.testing.RiskAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.model.Markings;

/**
 * Scenario SC-10 of the domain brief: new trader, undervaluation, transhipment give Red; an AEO
 * holder with the same goods and route goes Green unless selected at random; an
 * intelligence-led profile still sends it to Red.
 */
class Sc10Test {

    @Test
    void d1NewTraderUndervaluationHubAndThirdPartyPaymentIsRedWithScore85() {
        Assessment a = Fixtures.sc10Engine().build().assess(Fixtures.d1(), Fixtures.context(), Fixtures.NOW);

        assertThat(a).hasLane(Lane.RED).hasScore(85).isNotRandom().isComplete()
                .firedExactlyIndicators("NEW_TRADER", "UNDERVALUATION", "TRANSHIPMENT_HUB", "THIRD_PARTY_PAYMENT")
                .firedProfile("TOB-VALUE-01", Lane.RED)
                .byRule("RR-01").byRule("RR-11").notByRule("RR-05");
        assertThat(a.explanation())
                .contains("lane RED", "score 85", "Consignee first seen less than 90 days ago (+20)",
                        "Routed via a free-zone transhipment hub (+15)");
    }

    @Test
    void d2AeofHolderWithOnlyTheHubIndicatorIsGreen() {
        Assessment a = Fixtures.sc10Engine().build().assess(Fixtures.d2(), Fixtures.context(), Fixtures.NOW);

        assertThat(a).hasLane(Lane.GREEN).hasScore(5).isNotRandom()
                .firedExactlyIndicators("TRANSHIPMENT_HUB")
                .byRule("RR-05");
        assertThat(a.firedProfile("TOB-VALUE-01").orElseThrow().aeoReduction()).isEqualTo(10);
    }

    @Test
    void d2IsStillSelectedWhenTheRandomDrawHitsItDespiteAeo() {
        RiskEngine engine = Fixtures.sc10Engine().randomRate(Lane.RED, 1.0).randomSeed(1).build();

        Assessment a = engine.assess(Fixtures.d2(), Fixtures.context(), Fixtures.NOW);

        assertThat(a).hasLane(Lane.RED).isRandom().byRule("RR-02").isPriority();
        assertThat(a.riskLane()).isEqualTo(Lane.GREEN);
    }

    @Test
    void d3IntelligenceProfileNamingTheConsigneeIsRedDespiteAeo() {
        RiskEngine engine = Fixtures.sc10Engine().profiles(Fixtures.intelProfile(Fixtures.restricted())).build();

        Assessment a = engine.assess(Fixtures.d2(), Fixtures.context(), Fixtures.NOW);

        assertThat(a).hasLane(Lane.RED).firedProfile("INT-0042", Lane.RED).firedProfile("TOB-VALUE-01", Lane.GREEN)
                .byRule("RR-07").isPriority()
                .explanationDoesNotContain(Fixtures.INTEL_ITEM, Fixtures.INTEL_TITLE, Fixtures.INTEL_REASON,
                        "CONSIGNEE_NAMED", "RNP");
        assertThat(a.explanation()).contains("Selected by the risk targeting centre");
        assertThat(a.withheld()).singleElement().satisfies(w -> {
            assertThat(w.intelligence().value()).isEqualTo(Fixtures.INTEL_ITEM);
            assertThat(w.markings()).isEqualTo(Fixtures.restricted());
            assertThat(w.indicators()).extracting(i -> i.id().value()).containsExactly("CONSIGNEE_NAMED");
        });
    }

    @Test
    void d3WithAnUnrestrictedIntelligenceItemShowsItsIndicators() {
        RiskEngine engine = Fixtures.sc10Engine()
                .profiles(Fixtures.intelProfile(Markings.of(org.passerelle.model.TlpLabel.AMBER))).build();

        Assessment a = engine.assess(Fixtures.d2(), Fixtures.context(), Fixtures.NOW);

        assertThat(a).hasLane(Lane.RED).firedIndicator("CONSIGNEE_NAMED").notByRule("RR-07");
        assertThat(a.withheld()).isEmpty();
    }
}
