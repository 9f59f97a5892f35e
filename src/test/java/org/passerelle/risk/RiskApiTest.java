package org.passerelle.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.model.AeoAuthorisation;
import org.passerelle.model.AeoType;
import org.passerelle.model.CountryCode;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.ItemId;
import org.passerelle.model.ItemStatus;
import org.passerelle.model.Money;
import org.passerelle.model.PartyRole;
import org.passerelle.model.TraderId;

/**
 * The public surface of the risk engine besides assessing: what an engine, a context and a policy
 * report about themselves, builder settings applied and replaced, equality of contexts and policies,
 * lanes and threat areas (RR-01, RR-05), inspection results and effectiveness figures (RR-09).
 */
class RiskApiTest {
    @Test
    void anEngineReportsItsIndicatorsAndProfiles() {
        RiskEngine engine = Fixtures.sc10Engine().build();
        assertThat(engine.indicators()).extracting(i -> i.id().value())
                .containsExactly("NEW_TRADER", "UNDERVALUATION", "TRANSHIPMENT_HUB", "THIRD_PARTY_PAYMENT",
                        "CONSIGNEE_NAMED");
        assertThat(engine.profiles()).extracting(p -> p.id().value()).containsExactly("TOB-VALUE-01");
        assertThat(engine.indicator(IndicatorId.of("NEW_TRADER"))).contains(Fixtures.newTrader());
        assertThat(engine.indicator(IndicatorId.of("UNKNOWN"))).isEmpty();
        assertThat(engine.profile(ProfileId.of("TOB-VALUE-01"))).contains(Fixtures.tobaccoProfile());
        assertThat(engine.profile(ProfileId.of("UNKNOWN"))).isEmpty();
    }

    @Test
    void builderSettingsAreAppliedAndReplacedWhole() {
        RiskEngine engine = RiskEngine.builder().aeoRoles(PartyRole.CONSIGNEE).genericDescriptions("Goods")
                .incompleteLane(Lane.RED).zone(ZoneId.of("Europe/Paris")).randomRate(Lane.YELLOW, 0.2)
                .randomRate(Lane.BLUE, 0.3).randomSeed(5).build();
        RiskSettings s = engine.settings();
        assertThat(s.aeoRoles()).containsExactly(PartyRole.CONSIGNEE);
        assertThat(s.genericDescriptions()).containsExactly("goods");
        assertThat(s.incompleteLane()).isEqualTo(Lane.RED);
        assertThat(s.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(engine.randomRate(Lane.RED)).isZero();
        assertThat(engine.randomRate(Lane.YELLOW)).isEqualTo(0.2);
        assertThat(engine.randomRate(Lane.BLUE)).isEqualTo(0.3);

        RiskEngine copy = RiskEngine.builder().randomRate(Lane.RED, 0.4).randomSeed(9).settings(s).build();
        assertThat(copy.randomRate(Lane.RED)).as("replaced by the settings, which have none").isZero();
        assertThat(copy.randomRate(Lane.YELLOW)).isEqualTo(0.2);
        assertThat(copy.settings()).isEqualTo(s);

        assertThatThrownBy(() -> RiskEngine.builder().aeoRoles()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("aeoRoles");
    }

    private static RiskContext context(boolean withIntelligence) {
        RiskContext.Builder b = RiskContext.builder()
                .trader(TraderId.eori("RU300000003"), LocalDate.parse("2020-01-01"), 1, 0)
                .trader(TraderId.eori("RU100000001"), LocalDate.parse("2021-01-01"), 0, 0)
                .referenceValue("240311", "TR", "18.00", "EUR")
                .referenceValue("240311", "EG", "20.00", "EUR")
                .referenceValue("220300", "BE", "1.00", "EUR");
        if (withIntelligence) {
            b.intelligence(ItemId.of("IR-1"), ItemStatus.ACTIVE, null).watchList("W", TraderId.eori("RU100000001"));
        }
        return b.build();
    }

    @Test
    void aContextListsItsTradersAndReferenceValuesInOrder() {
        RiskContext c = context(true);
        assertThat(c.traders()).extracting(h -> h.trader().toString()).containsExactly(
                TraderId.eori("RU100000001").toString(), TraderId.eori("RU300000003").toString());
        assertThat(c.referenceValues()).extracting(r -> r.hs6() + "/" + r.origin().code())
                .containsExactly("220300/BE", "240311/EG", "240311/TR");
        assertThat(c.history(TraderId.eori("RU300000003")).orElseThrow().offences()).isEqualTo(1);
        assertThat(c.history(TraderId.eori("RU999999999"))).isEmpty();
        assertThat(c.referenceValue("240311", CountryCode.of("EG")).orElseThrow().perKg())
                .isEqualTo(Money.of("20.00", "EUR"));
        assertThat(c.referenceValue("240311", CountryCode.of("CN"))).isEmpty();
        assertThat(c.toString()).isEqualTo("RiskContext[2 trader(s), watch lists [W], 3 reference value(s)]");
    }

    @Test
    void rr05TheRegisterPrefersAFullAuthorisation() {
        TraderId t = TraderId.eori("RU100000001");
        LocalDate since = LocalDate.parse("2020-01-01");
        RiskContext fullFirst = RiskContext.builder().aeo(t, new AeoAuthorisation(AeoType.AEOF, since, null))
                .aeo(t, new AeoAuthorisation(AeoType.AEOC, since, null)).build();
        RiskContext fullLast = RiskContext.builder().aeo(t, new AeoAuthorisation(AeoType.AEOC, since, null))
                .aeo(t, new AeoAuthorisation(AeoType.AEOF, since, null)).build();
        RiskContext partial = RiskContext.builder().aeo(t, new AeoAuthorisation(AeoType.AEOC, since, null))
                .aeo(t, new AeoAuthorisation(AeoType.AEOS, since, null)).build();
        assertThat(fullFirst.registeredAeo(t, Fixtures.TODAY).orElseThrow().type()).isEqualTo(AeoType.AEOF);
        assertThat(fullLast.registeredAeo(t, Fixtures.TODAY).orElseThrow().type()).isEqualTo(AeoType.AEOF);
        assertThat(partial.registeredAeo(t, Fixtures.TODAY).orElseThrow().type()).isEqualTo(AeoType.AEOC);
        assertThat(partial.registeredAeo(t, since.minusDays(1))).isEmpty();
    }

    @Test
    void contextsAreEqualWhenTheyHoldTheSameFacts() {
        RiskContext a = context(true);
        assertThat(a).isEqualTo(a).isEqualTo(context(true)).hasSameHashCodeAs(context(true));
        assertThat(a).isNotEqualTo(context(false)).isNotEqualTo(RiskContext.EMPTY).isNotEqualTo("a context");
    }

    @Test
    void policiesAreEqualWhenTheyHoldTheSameRulesAndContext() {
        RiskPolicy p = RiskPolicy.of(List.of(Fixtures.newTrader()), List.of(), RiskSettings.DEFAULTS, context(true));
        RiskPolicy same = RiskPolicy.of(List.of(Fixtures.newTrader()), List.of(), RiskSettings.DEFAULTS, context(true));
        assertThat(p).isEqualTo(p).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(p).isNotEqualTo(RiskPolicy.of(List.of(Fixtures.newTrader()), List.of(), RiskSettings.DEFAULTS,
                context(false))).isNotEqualTo(RiskPolicy.of(List.of(Fixtures.undervaluation()), List.of(),
                RiskSettings.DEFAULTS, context(true))).isNotEqualTo("a policy");
        assertThat(p.toString()).isEqualTo("RiskPolicy[1 indicator(s), 0 profile(s), " + context(true) + "]");
    }

    @Test
    void rr01ALaneIsNotMoreSevereThanItself() {
        assertThat(Lane.RED.isMoreSevereThan(Lane.YELLOW)).isTrue();
        assertThat(Lane.RED.isMoreSevereThan(Lane.RED)).isFalse();
        assertThat(Lane.YELLOW.isMoreSevereThan(Lane.RED)).isFalse();
        assertThat(Lane.mostSevere(Lane.BLUE, Lane.YELLOW)).isEqualTo(Lane.YELLOW);
        assertThat(Lane.mostSevere(Lane.YELLOW, Lane.BLUE)).isEqualTo(Lane.YELLOW);
    }

    @Test
    void rr05SecurityAreasAreCoveredByAeosAndFiscalOnesByAeoc() {
        boolean security = false;
        boolean fiscal = false;
        for (ThreatArea area : ThreatArea.values()) {
            assertThat(area.isCoveredBy(AeoType.AEOF)).as("%s by AEOF", area).isTrue();
            assertThat(area.isCoveredBy(AeoType.AEOS)).as("%s by AEOS", area).isEqualTo(area.isSecurity());
            assertThat(area.isCoveredBy(AeoType.AEOC)).as("%s by AEOC", area).isEqualTo(!area.isSecurity());
            security |= area.isSecurity();
            fiscal |= !area.isSecurity();
        }
        assertThat(security && fiscal).isTrue();
    }

    @Test
    void rr09AResultWithoutAFindingRecoversNoRevenue() {
        LocalDate day = Fixtures.TODAY;
        assertThat(new InspectionResult("LRN-1", day, false, null, Money.of("0.00", "EUR")).finding()).isFalse();
        assertThatThrownBy(() -> new InspectionResult("LRN-1", day, false, null, Money.of("0.01", "EUR")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("revenue was recovered");
        assertThat(new InspectionResult("LRN-1", day, true, null, Money.of("0.01", "EUR")).finding()).isTrue();
    }

    @Test
    void rr09TalliesAddUpAndTheThresholdsAcceptTheirBounds() {
        Effectiveness.Tally a = new Effectiveness.Tally(5, 2, 1, Money.of("1000.00", "EUR"));
        Effectiveness.Tally b = new Effectiveness.Tally(3, 2, 2, Money.of("50.00", "EUR"));
        Effectiveness.Tally sum = a.plus(b);
        assertThat(sum.inspections()).isEqualTo(8);
        assertThat(sum.hits()).isEqualTo(4);
        assertThat(sum.seizures()).isEqualTo(3);
        assertThat(sum.revenueRecovered()).isEqualTo(Money.of(new BigDecimal("1050.00"), "EUR"));

        Effectiveness.Builder builder = Effectiveness.builder("EUR").minInspections(1).minHitRate(0).minHitRate(1);
        assertThatThrownBy(() -> Effectiveness.builder("EUR").minInspections(0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("minInspections");
        for (double bad : new double[] {-0.01, 1.01}) {
            assertThatThrownBy(() -> Effectiveness.builder("EUR").minHitRate(bad))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("minHitRate");
        }
        Assessment d1 = Fixtures.sc10Engine().build().assess(Fixtures.d1(), Fixtures.context(), Fixtures.NOW);
        Effectiveness eff = builder.record(d1, InspectionResult.nothingFound("LRN-D1", Fixtures.TODAY)).build();
        assertThat(eff.indicators().keySet()).extracting(IndicatorId::value).containsExactly("NEW_TRADER",
                "THIRD_PARTY_PAYMENT", "TRANSHIPMENT_HUB", "UNDERVALUATION");
        assertThat(eff.profilesForReview()).extracting(ProfileId::value).containsExactly("TOB-VALUE-01");
    }
}
