package org.passerelle.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.passerelle.model.Declaration;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Money;
import org.passerelle.model.Payment;
import org.passerelle.model.PaymentMethod;
import org.passerelle.model.Quantity;

/**
 * RR-09: effectiveness figures checked against a hand-computed case.
 *
 * <p>Five declarations E1 to E5 like D1 are selected Red by TOB-VALUE-01. In E1 to E3 an unrelated
 * party paid the freight; in E4 and E5 the consignee did (score 70, still Red). Inspections: E1
 * seizure, E2 revenue of 1,000 EUR, E3 to E5 nothing. D2 (Green by risk) is selected at random and
 * found clean; D2 under the restricted intelligence profile INT-0042 is seized.
 *
 * <pre>
 *                       inspections  hits  seizures  revenue  hit rate
 * TOB-VALUE-01               5         2       1      1000     0.40
 * INT-0042                   1         1       1         0     1.00
 * NEW_TRADER                 5         2       1      1000     0.40
 * THIRD_PARTY_PAYMENT        3         2       1      1000     0.667
 * CONSIGNEE_NAMED            1         1       1         0     1.00
 * random                     1         0       0         0     0.00
 * </pre>
 */
class EffectivenessTest {
    private static final Seizure SHISHA = new Seizure("undeclared cigarettes behind water-pipe tobacco",
            Quantity.of(400, "KGM"), ThreatArea.TOBACCO);

    private static Declaration e(int i, boolean thirdParty) {
        Payment p = Payment.of(Payment.Subject.TRANSPORT_CHARGES, PaymentMethod.BANK_TRANSFER);
        p = thirdParty ? p.paidBy(Fixtures.UNRELATED_PAYER, "Sunrise General Trading FZE", "AE")
                : p.paidBy(Fixtures.NEW_CONSIGNEE, "Blue Lantern Imports", "RU");
        return Fixtures.tobacco("LRN-E" + i, Fixtures.newConsignee(), "50000.00").payment(p).build();
    }

    private static Effectiveness.Builder record(Effectiveness.Builder b) {
        RiskEngine engine = Fixtures.sc10Engine().build();
        for (int i = 1; i <= 5; i++) {
            Assessment a = engine.assess(e(i, i <= 3), Fixtures.context(), Fixtures.NOW);
            assertThat(a.lane()).isEqualTo(Lane.RED);
            InspectionResult r;
            if (i == 1) {
                r = InspectionResult.seized(a.declarationReference(), Fixtures.TODAY, SHISHA);
            } else if (i == 2) {
                r = InspectionResult.revenue(a.declarationReference(), Fixtures.TODAY, Money.of("1000.00", "EUR"));
            } else {
                r = InspectionResult.nothingFound(a.declarationReference(), Fixtures.TODAY);
            }
            b.record(a, r);
        }
        Assessment random = Fixtures.sc10Engine().randomRate(Lane.RED, 1.0).randomSeed(1).build()
                .assess(Fixtures.d2(), Fixtures.context(), Fixtures.NOW);
        b.record(random, InspectionResult.nothingFound("LRN-D2", Fixtures.TODAY));
        Assessment intel = Fixtures.sc10Engine().profiles(Fixtures.intelProfile(Fixtures.restricted())).build()
                .assess(Fixtures.d2(), Fixtures.context(), Fixtures.NOW);
        b.record(intel, InspectionResult.seized("LRN-D2", Fixtures.TODAY, SHISHA));
        return b;
    }

    @Test
    void figuresMatchTheHandComputedCase() {
        Effectiveness eff = record(Effectiveness.builder("EUR")).build();

        Effectiveness.Tally profile = eff.profile("TOB-VALUE-01").orElseThrow();
        assertThat(profile.inspections()).isEqualTo(5);
        assertThat(profile.hits()).isEqualTo(2);
        assertThat(profile.seizures()).isEqualTo(1);
        assertThat(profile.revenueRecovered()).isEqualTo(Money.of(new BigDecimal("1000.00"), "EUR"));
        assertThat(profile.hitRate()).isEqualTo(0.4);

        Effectiveness.Tally intel = eff.profile("INT-0042").orElseThrow();
        assertThat(intel.inspections()).isEqualTo(1);
        assertThat(intel.hitRate()).isEqualTo(1.0);

        assertThat(eff.indicator("NEW_TRADER").orElseThrow().hitRate()).isEqualTo(0.4);
        Effectiveness.Tally third = eff.indicator("THIRD_PARTY_PAYMENT").orElseThrow();
        assertThat(third.inspections()).isEqualTo(3);
        assertThat(third.hits()).isEqualTo(2);
        assertThat(third.hitRate()).isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(eff.indicator("CONSIGNEE_NAMED").orElseThrow().seizures()).isEqualTo(1);
        assertThat(eff.indicator("TRANSHIPMENT_HUB").orElseThrow().inspections()).isEqualTo(5);

        assertThat(eff.random().inspections()).isEqualTo(1);
        assertThat(eff.random().hits()).isZero();
    }

    @Test
    void aProfileUnderTheHitRateAfterEnoughInspectionsIsFlaggedForReview() {
        Effectiveness eff = record(Effectiveness.builder("EUR").minInspections(5).minHitRate(0.5)).build();

        assertThat(eff.profilesForReview()).extracting(ProfileId::value).containsExactly("TOB-VALUE-01");
    }

    @Test
    void aProfileWithTooFewInspectionsOrAGoodHitRateIsNotFlagged() {
        assertThat(record(Effectiveness.builder("EUR").minInspections(6).minHitRate(0.5)).build().profilesForReview())
                .isEmpty();
        assertThat(record(Effectiveness.builder("EUR").minInspections(5).minHitRate(0.4)).build().profilesForReview())
                .isEmpty();
    }

    @Test
    void aResultMustBeAboutTheAssessedDeclarationAndInTheReportCurrency() {
        Assessment a = Fixtures.sc10Engine().build().assess(Fixtures.d1(), Fixtures.context(), Fixtures.NOW);
        Effectiveness.Builder b = Effectiveness.builder("EUR");

        assertThatThrownBy(() -> b.record(a, InspectionResult.nothingFound("LRN-OTHER", Fixtures.TODAY)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LRN-OTHER");
        assertThatThrownBy(() -> b.record(a, InspectionResult.revenue("LRN-D1", Fixtures.TODAY, Money.of("5", "USD"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("EUR");
        assertThatThrownBy(() -> new InspectionResult("LRN-D1", Fixtures.TODAY, false, SHISHA, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("finding");
    }

    @Test
    void anInspectionCountsTheSameThroughTheAttributionAsThroughTheAssessment() {
        RiskEngine engine = Fixtures.sc10Engine().profiles(Fixtures.intelProfile(Fixtures.restricted())).build();
        Assessment a = engine.assess(Fixtures.d2(), Fixtures.context(), Fixtures.NOW);
        InspectionResult seized = InspectionResult.seized("LRN-D2", Fixtures.TODAY, SHISHA);

        Effectiveness.Attribution attribution = Effectiveness.Attribution.of(a);
        Effectiveness direct = Effectiveness.builder("EUR").record(a, seized).build();
        Effectiveness viaAttribution = Effectiveness.builder("EUR").record(attribution, seized).build();

        assertThat(attribution.declarationReference()).isEqualTo("LRN-D2");
        assertThat(attribution.profiles()).extracting(ProfileId::value).containsExactly("INT-0042");
        assertThat(attribution.indicators()).isNotEmpty();
        assertThat(viaAttribution.profiles()).isEqualTo(direct.profiles());
        assertThat(viaAttribution.indicators()).isEqualTo(direct.indicators());
        assertThat(viaAttribution.random()).isEqualTo(direct.random());
    }

    @Test
    void aGreenDeclarationNotSelectedAtRandomCountsTowardsNothing() {
        Assessment a = Fixtures.sc10Engine().build().assess(Fixtures.d2(), Fixtures.context(), Fixtures.NOW);
        assertThat(a.lane()).isEqualTo(Lane.GREEN);

        Effectiveness.Attribution attribution = Effectiveness.Attribution.of(a);

        assertThat(attribution.profiles()).isEmpty();
        assertThat(attribution.indicators()).isEmpty();
        assertThat(attribution.random()).isFalse();
    }

    @Test
    void talliesAddUpAndRefuseToMixCurrencies() {
        Effectiveness.Tally a = new Effectiveness.Tally(3, 2, 1, Money.of("10.00", "EUR"));
        Effectiveness.Tally b = new Effectiveness.Tally(2, 0, 0, Money.of("0", "EUR"));

        assertThat(a.plus(b)).isEqualTo(new Effectiveness.Tally(5, 2, 1, Money.of("10.00", "EUR")));
        assertThatThrownBy(() -> a.plus(new Effectiveness.Tally(1, 1, 0, Money.of("1", "USD"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("USD");
    }
}
