package org.passerelle.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.passerelle.model.Declaration;
import org.passerelle.model.DeclarationAttribute;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.InvalidInputException;
import org.passerelle.risk.Criterion.Range.Measure;

/**
 * The criteria of issue 13, each both ways: declaration attributes, ranges with both bounds on value,
 * mass and value per kilogram, combined with commodity code prefixes; and the additive scorecard.
 */
class NewCriteriaTest {
    private static boolean fires(Criterion c, Declaration d) {
        RiskEngine engine = RiskEngine.builder().indicators(Indicator.of("X", ThreatArea.REVENUE, 50, "x", c))
                .profiles(Profile.builder("P").title("t").owner("RCA").threatArea(ThreatArea.REVENUE).indicators("X")
                        .directLane(Lane.YELLOW).valid(LocalDate.parse("2020-01-01"), null).build())
                .build();
        return engine.assess(d, Fixtures.context(), Fixtures.NOW).firedProfile("P").isPresent();
    }

    /** 10,000 kg net of HS 2403.11 worth 50,000 EUR: 5 EUR per kg; office 30, tax type A. */
    private static Declaration d1() {
        return Fixtures.tobacco("LRN-N", Fixtures.newConsignee(), "50000.00")
                .attribute(DeclarationAttribute.OFFICE, "30").attribute(DeclarationAttribute.TAX_TYPE, "A").build();
    }

    @Test
    void attributes() {
        assertThat(fires(Criterion.attribute(DeclarationAttribute.OFFICE, "30", "31"), d1())).isTrue();
        assertThat(fires(Criterion.attribute(DeclarationAttribute.OFFICE, "40"), d1())).isFalse();
        assertThat(fires(Criterion.attribute(DeclarationAttribute.PAYMENT_TYPE, "11"), d1()))
                .as("an attribute the declaration does not record").isFalse();
        assertThat(fires(Criterion.allOf(Criterion.hsPrefix("2403"),
                Criterion.attribute(DeclarationAttribute.TAX_TYPE, "A")), d1())).isTrue();
        assertThat(fires(Criterion.allOf(Criterion.hsPrefix("8517"),
                Criterion.attribute(DeclarationAttribute.TAX_TYPE, "A")), d1())).isFalse();
        assertThatThrownBy(() -> Criterion.attribute(DeclarationAttribute.OFFICE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("attribute.codes");
        assertThatThrownBy(() -> Criterion.attribute(DeclarationAttribute.OFFICE, "bad code"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("\"bad code\"");
    }

    @Test
    void valueRanges() {
        assertThat(fires(Criterion.range(Measure.VALUE, 10_000, 100_000, "EUR"), d1())).isTrue();
        assertThat(fires(Criterion.range(Measure.VALUE, 50_000, 50_001, "EUR"), d1())).as("min included").isTrue();
        assertThat(fires(Criterion.range(Measure.VALUE, 10_000, 50_000, "EUR"), d1())).as("max excluded").isFalse();
        assertThat(fires(Criterion.range(Measure.VALUE, 10_000, 100_000, "USD"), d1())).as("another currency")
                .isFalse();
        assertThat(fires(Criterion.range(Measure.VALUE, 10_000, 100_000, "EUR", "2403"), d1())).isTrue();
        assertThat(fires(Criterion.range(Measure.VALUE, 10_000, 100_000, "EUR", "8517"), d1())).isFalse();
    }

    @Test
    void massAndValuePerKgRanges() {
        assertThat(fires(Criterion.range(Measure.MASS, 5_000, 20_000, null), d1())).isTrue();
        assertThat(fires(Criterion.range(Measure.MASS, 0, 5_000, null), d1())).isFalse();
        assertThat(fires(Criterion.range(Measure.VALUE_PER_KG, 1, 10, "EUR", "240311"), d1())).isTrue();
        assertThat(fires(Criterion.range(Measure.VALUE_PER_KG, 10, 100, "EUR", "240311"), d1())).isFalse();
        Declaration noValue = Declaration.builder("LRN-NV").lodgedAt(Fixtures.NOW).party(Fixtures.newConsignee())
                .item(GoodsItem.builder(1).commodityCode("240311").description("water-pipe tobacco").mass(10, 10)
                        .origin("EG").build()).build();
        assertThat(fires(Criterion.range(Measure.VALUE_PER_KG, 0, 10, "EUR"), noValue)).isFalse();
    }

    @Test
    void rangesNeedBothBoundsAndTheRightCurrency() {
        assertThatThrownBy(() -> Criterion.range(Measure.VALUE, 10, 10, "EUR"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("both bounds");
        assertThatThrownBy(() -> Criterion.range(Measure.VALUE, -1, 10, "EUR"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("range.min");
        assertThatThrownBy(() -> Criterion.range(Measure.VALUE, 0, Double.POSITIVE_INFINITY, "EUR"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("range.max");
        assertThatThrownBy(() -> Criterion.range(Measure.VALUE, 0, 10, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("range.currency");
        assertThatThrownBy(() -> Criterion.range(Measure.MASS, 0, 10, "EUR"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("mass range");
        assertThatThrownBy(() -> Criterion.range(Measure.MASS, 0, 10, null, "2"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("\"2\"");
    }

    @Test
    void theIndexFindsRangesUnderTheirPrefixesAndAttributesEverywhere() {
        RiskEngine engine = RiskEngine.builder()
                .indicators(Indicator.of("R", ThreatArea.REVENUE, 30, "r", Criterion.range(Measure.MASS, 1, 1e6, null,
                        "2403")), Indicator.of("A", ThreatArea.REVENUE, 30, "a",
                        Criterion.attribute(DeclarationAttribute.OFFICE, "30")))
                .profiles(Profile.builder("P").title("t").owner("RCA").threatArea(ThreatArea.REVENUE)
                        .indicators("R", "A").bands(ScoreBands.of(60, 30, 10)).valid(LocalDate.parse("2020-01-01"), null)
                        .build()).build();
        assertThat(engine.assess(d1(), Fixtures.context(), Fixtures.NOW).score()).isEqualTo(60);
    }

    @Test
    void aScorecardAddsEveryFiredWeightAndListsTheHeaviestFirst() {
        RiskEngine.Builder b = RiskEngine.builder().indicators(
                Indicator.of("LIGHT", ThreatArea.REVENUE, 5, "light evidence", Criterion.hsPrefix("24")),
                Indicator.of("HEAVY", ThreatArea.REVENUE, 60, "heavy evidence", Criterion.originCountry("EG")),
                Indicator.of("MID", ThreatArea.REVENUE, 15, "middle evidence",
                        Criterion.attribute(DeclarationAttribute.OFFICE, "30")));
        RiskEngine scorecard = b.profiles(Profile.builder("S").title("Learned").owner("RCA")
                .threatArea(ThreatArea.REVENUE).indicators("LIGHT", "HEAVY", "MID").bands(ScoreBands.of(80, 40, 10))
                .valid(LocalDate.parse("2020-01-01"), null).scorecard().build()).build();

        Assessment a = scorecard.assess(d1(), Fixtures.context(), Fixtures.NOW);

        assertThat(a.score()).isEqualTo(80);
        assertThat(a.lane()).isEqualTo(Lane.RED);
        assertThat(a.firedProfile("S").orElseThrow().indicators()).extracting(i -> i.id().value())
                .containsExactly("HEAVY", "MID", "LIGHT");
        assertThat(a.explanation()).contains("additive scorecard, weights fitted jointly: 3 indicator(s) fired; "
                + "heaviest contributions: heavy evidence (+60); middle evidence (+15); light evidence (+5)");
    }

    @Test
    void lowWeightRulesApplyToHandWeightedProfilesButNotToScorecards() {
        Indicator light = Indicator.of("LIGHT", ThreatArea.REVENUE, 5, "light", Criterion.hsPrefix("24"));
        Profile.Builder p = Profile.builder("S").title("t").owner("RCA").threatArea(ThreatArea.REVENUE)
                .indicators("LIGHT").bands(ScoreBands.of(5, 5, 5)).valid(LocalDate.parse("2020-01-01"), null);
        assertThat(RiskEngine.builder().indicators(light).profiles(p.build()).build()
                .assess(d1(), Fixtures.context(), Fixtures.NOW).riskLane()).isEqualTo(Lane.GREEN);
        assertThat(RiskEngine.builder().indicators(light).profiles(p.scorecard().build()).build()
                .assess(d1(), Fixtures.context(), Fixtures.NOW).riskLane()).isEqualTo(Lane.RED);
        assertThatThrownBy(() -> Profile.builder("D").title("t").owner("RCA").threatArea(ThreatArea.REVENUE)
                .indicators("LIGHT").directLane(Lane.RED).valid(LocalDate.parse("2020-01-01"), null).scorecard()
                .build()).isInstanceOf(InvalidInputException.class).hasMessageContaining("scorecard");
    }
}
