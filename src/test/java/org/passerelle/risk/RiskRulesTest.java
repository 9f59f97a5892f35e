package org.passerelle.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.testing.RiskAssertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.passerelle.bridge.IntelligenceLinks;
import org.passerelle.model.AeoAuthorisation;
import org.passerelle.model.AeoType;
import org.passerelle.model.Declaration;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Party;
import org.passerelle.model.PartyRole;
import org.passerelle.model.Payment;
import org.passerelle.model.PaymentMethod;
import org.passerelle.model.Grading;
import org.passerelle.model.HandlingCode;
import org.passerelle.model.Markings;
import org.passerelle.model.TlpLabel;

/**
 * Every risk rule on both sides: a case where it applies and one where it does not.
 */
class RiskRulesTest {

    private static RiskEngine.Builder base() {
        return RiskEngine.builder().indicators(Fixtures.newTrader(), Fixtures.undervaluation(),
                Fixtures.transhipmentHub(), Fixtures.thirdPartyPayment(), Fixtures.consigneeNamed());
    }

    private static Profile.Builder profile(String id, String... indicators) {
        return Profile.builder(id).title("Profile " + id).owner("RCA-RTC").threatArea(ThreatArea.REVENUE)
                .indicators(indicators).valid(LocalDate.parse("2024-01-01"), null);
    }

    private static Assessment assess(RiskEngine engine, Declaration d) {
        return engine.assess(d, Fixtures.context(), Fixtures.NOW);
    }

    /** A declaration of the AEO consignee (not new, fair value) whose freight an unrelated party paid. */
    private static Declaration hubAndThirdParty() {
        return Fixtures.tobacco("LRN-HTP", Fixtures.aeoConsignee().withAeo(null), "190000.00")
                .payment(Payment.of(Payment.Subject.TRANSPORT_CHARGES, PaymentMethod.CASH)
                        .paidBy(Fixtures.UNRELATED_PAYER, "Sunrise General Trading FZE", "AE"))
                .build();
    }

    private static Declaration withConsignee(Party consignee) {
        return Fixtures.tobacco("LRN-C", consignee, "50000.00").build();
    }

    @Nested
    class Rr01MostSevereLaneWins {
        @Test
        void theMostSevereLaneOfTheMatchedProfilesWins() {
            RiskEngine engine = base().profiles(
                    profile("P-YELLOW", "TRANSHIPMENT_HUB").directLane(Lane.YELLOW).build(),
                    profile("P-RED", "NEW_TRADER").directLane(Lane.RED).build(),
                    profile("P-BLUE", "UNDERVALUATION").directLane(Lane.BLUE).build()).build();

            assertThat(assess(engine, Fixtures.d1())).hasLane(Lane.RED).byRule("RR-01")
                    .firedProfile("P-YELLOW", Lane.YELLOW).firedProfile("P-BLUE", Lane.BLUE)
                    .firedProfile("P-RED", Lane.RED);
        }

        @Test
        void noMatchedProfileIsGreen() {
            RiskEngine engine = base().profiles(profile("P-RED", "THIRD_PARTY_PAYMENT").directLane(Lane.RED).build())
                    .build();

            Assessment a = assess(engine, Fixtures.d2());

            assertThat(a).hasLane(Lane.GREEN).hasScore(0).notByRule("RR-01");
            assertThat(a.firedProfiles()).isEmpty();
            assertThat(a.explanation()).contains("No profile matched");
        }

        @Test
        void aDirectProfileNeedsAllItsIndicators() {
            RiskEngine engine = base().profiles(
                    profile("P-BOTH", "TRANSHIPMENT_HUB", "NEW_TRADER").directLane(Lane.RED).build()).build();

            assertThat(assess(engine, Fixtures.d1())).hasLane(Lane.RED);
            assertThat(assess(engine, Fixtures.d2())).hasLane(Lane.GREEN).didNotFireProfile("P-BOTH");
        }
    }

    @Nested
    class Rr04Scoring {
        @Test
        void bandsMapScoresToLanes() {
            ScoreBands bands = ScoreBands.of(70, 40, 20);
            assertThat(bands.laneFor(85)).isEqualTo(Lane.RED);
            assertThat(bands.laneFor(70)).isEqualTo(Lane.RED);
            assertThat(bands.laneFor(69)).isEqualTo(Lane.YELLOW);
            assertThat(bands.laneFor(40)).isEqualTo(Lane.YELLOW);
            assertThat(bands.laneFor(39)).isEqualTo(Lane.BLUE);
            assertThat(bands.laneFor(20)).isEqualTo(Lane.BLUE);
            assertThat(bands.laneFor(19)).isEqualTo(Lane.GREEN);
            assertThatThrownBy(() -> ScoreBands.of(30, 40, 20)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("bands.red").hasMessageContaining("\"30\"");
        }

        @Test
        void theScoreIsTheSumOfTheFiredWeights() {
            RiskEngine engine = base().bands(ScoreBands.of(70, 40, 20))
                    .profiles(profile("P", "NEW_TRADER", "UNDERVALUATION").build()).build();

            assertThat(assess(engine, Fixtures.d1())).hasScore(55).hasLane(Lane.YELLOW).notByRule("RR-04");
        }

        @Test
        void aSingleWeakIndicatorNeverReachesRed() {
            RiskEngine engine = base().bands(ScoreBands.of(10, 5, 1)).lowWeight(20).minLowWeightHits(1)
                    .profiles(profile("P", "TRANSHIPMENT_HUB").build()).build();

            assertThat(assess(engine, Fixtures.d2())).hasLane(Lane.YELLOW).hasScore(15).byRule("RR-04");
        }

        @Test
        void aSingleIndicatorThatIsNotWeakMayReachRed() {
            RiskEngine engine = base().bands(ScoreBands.of(10, 5, 1)).lowWeight(20).minLowWeightHits(1)
                    .profiles(profile("P", "NEW_TRADER").build()).build();

            assertThat(assess(engine, Fixtures.d1())).hasLane(Lane.RED).hasScore(20).notByRule("RR-04");
        }

        @Test
        void fewerLowWeightHitsThanTheMinimumRouteNowhere() {
            RiskEngine engine = base().bands(ScoreBands.of(70, 40, 10))
                    .profiles(profile("P", "TRANSHIPMENT_HUB", "THIRD_PARTY_PAYMENT").build()).build();

            assertThat(assess(engine, Fixtures.d2())).hasLane(Lane.GREEN).hasScore(15).byRule("RR-04")
                    .firedProfile("P", Lane.GREEN);
        }

        @Test
        void enoughLowWeightHitsRoute() {
            RiskEngine engine = base().bands(ScoreBands.of(70, 40, 10))
                    .profiles(profile("P", "TRANSHIPMENT_HUB", "THIRD_PARTY_PAYMENT").build()).build();

            assertThat(assess(engine, hubAndThirdParty())).hasLane(Lane.BLUE).hasScore(30).notByRule("RR-04");
        }

        @Test
        void aScoredProfileNeedsBands() {
            assertThatThrownBy(() -> base().profiles(profile("P", "NEW_TRADER").build()).build())
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("bands");
        }
    }

    @Nested
    class Rr05Aeo {
        private RiskEngine engine(ThreatArea area) {
            return base().bands(ScoreBands.of(70, 40, 20)).aeoReduction(30)
                    .profiles(profile("P", "NEW_TRADER", "UNDERVALUATION", "TRANSHIPMENT_HUB")
                            .threatArea(area).build()).build();
        }

        private Party consignee(AeoType type, LocalDate to) {
            return Fixtures.newConsignee().withAeo(new AeoAuthorisation(type, LocalDate.parse("2020-01-01"), to));
        }

        /** Assesses a declaration of the new consignee, whose authorisation the register holds. */
        private Assessment assess(RiskEngine engine, Declaration d) {
            Party consignee = d.parties().get(0);
            RiskContext.Builder context = RiskContext.builder().trader(Fixtures.NEW_CONSIGNEE,
                    Fixtures.TODAY.minusDays(20), 0, 0).referenceValue("240311", "EG", "20.00", "EUR");
            if (consignee.aeo() != null) {
                context.aeo(consignee.id(), consignee.aeo());
            }
            return engine.assess(d, context.build(), Fixtures.NOW);
        }

        @Test
        void withoutAeoTheFullScoreApplies() {
            assertThat(assess(engine(ThreatArea.REVENUE), withConsignee(Fixtures.newConsignee())))
                    .hasScore(70).hasLane(Lane.RED).notByRule("RR-05");
        }

        @Test
        void aeocLowersAFiscalProfile() {
            Assessment a = assess(engine(ThreatArea.REVENUE), withConsignee(consignee(AeoType.AEOC, null)));
            assertThat(a).hasScore(40).hasLane(Lane.YELLOW).byRule("RR-05").isPriority();
            assertThat(a.firedProfile("P").orElseThrow().aeoReduction()).isEqualTo(30);
        }

        @Test
        void aeosDoesNotLowerAFiscalProfile() {
            assertThat(assess(engine(ThreatArea.REVENUE), withConsignee(consignee(AeoType.AEOS, null))))
                    .hasScore(70).hasLane(Lane.RED);
        }

        @Test
        void aeosLowersASecurityProfileAndAeocDoesNot() {
            assertThat(assess(engine(ThreatArea.SECURITY), withConsignee(consignee(AeoType.AEOS, null)))).hasScore(40);
            assertThat(assess(engine(ThreatArea.SECURITY), withConsignee(consignee(AeoType.AEOC, null)))).hasScore(70);
            assertThat(assess(engine(ThreatArea.SECURITY), withConsignee(consignee(AeoType.AEOF, null)))).hasScore(40);
        }

        @Test
        void anExpiredAuthorisationGivesNoReduction() {
            assertThat(assess(engine(ThreatArea.REVENUE),
                    withConsignee(consignee(AeoType.AEOF, LocalDate.parse("2023-12-31"))))).hasScore(70)
                    .notByRule("RR-05");
        }

        @Test
        void anIntelligenceLedProfileIsNeverReduced() {
            RiskEngine engine = base().bands(ScoreBands.of(70, 40, 20)).aeoReduction(30)
                    .profiles(profile("P", "NEW_TRADER", "UNDERVALUATION", "TRANSHIPMENT_HUB")
                            .intelligence(IntelligenceLinks.to(Fixtures.intelligence(Markings.of(TlpLabel.GREEN))))
                            .build()).build();

            Assessment a = assess(engine, withConsignee(consignee(AeoType.AEOF, null)));

            assertThat(a).hasScore(70).hasLane(Lane.RED).byRule("RR-05");
            assertThat(a.ruleHits()).anySatisfy(h -> assertThat(h.detail()).contains("no AEO reduction"));
        }
    }

    @Nested
    class Rr06Validity {
        private Assessment assessWith(Profile p) {
            return assess(base().profiles(p).build(), Fixtures.d1());
        }

        @Test
        void aProfileWithinItsWindowApplies() {
            assertThat(assessWith(profile("P", "NEW_TRADER").directLane(Lane.RED)
                    .valid(Fixtures.TODAY, Fixtures.TODAY).build())).hasLane(Lane.RED).notByRule("RR-06");
        }

        @Test
        void aProfileNotYetValidIsNotApplied() {
            assertThat(assessWith(profile("P", "NEW_TRADER").directLane(Lane.RED)
                    .valid(Fixtures.TODAY.plusDays(1), null).build())).hasLane(Lane.GREEN).byRule("RR-06")
                    .didNotFireProfile("P");
        }

        @Test
        void anExpiredProfileIsNotApplied() {
            assertThat(assessWith(profile("P", "NEW_TRADER").directLane(Lane.RED)
                    .valid(LocalDate.parse("2023-01-01"), Fixtures.TODAY.minusDays(1)).build()))
                    .hasLane(Lane.GREEN).byRule("RR-06");
        }

        @Test
        void aProfileWhoseIntelligencePassedItsRetentionIsNotApplied() {
            IntelligenceLink expired = new IntelligenceLink(org.passerelle.model.ItemId.of("IR-OLD"),
                    Markings.of(TlpLabel.GREEN), Fixtures.TODAY.minusDays(1));
            IntelligenceLink retained = new IntelligenceLink(org.passerelle.model.ItemId.of("IR-NEW"),
                    Markings.of(TlpLabel.GREEN), Fixtures.TODAY);

            assertThat(assessWith(profile("P", "NEW_TRADER").directLane(Lane.RED).intelligence(expired).build()))
                    .hasLane(Lane.GREEN).byRule("RR-06");
            assertThat(assessWith(profile("P", "NEW_TRADER").directLane(Lane.RED).intelligence(retained).build()))
                    .hasLane(Lane.RED).notByRule("RR-06");
        }
    }

    @Nested
    class Rr07Sanitised {
        static Stream<Arguments> markings() {
            return Stream.of(
                    Arguments.of(Markings.NONE.withHandling(HandlingCode.H2, null), true),
                    Arguments.of(Markings.of(TlpLabel.AMBER_STRICT), true),
                    Arguments.of(Markings.of(TlpLabel.RED), true),
                    Arguments.of(Markings.NONE.withGrading(new Grading.Uk3x5x2(1, 'A', 'C')), true),
                    Arguments.of(Markings.of(TlpLabel.AMBER), false),
                    Arguments.of(Markings.of(TlpLabel.GREEN), false),
                    Arguments.of(Markings.NONE.withHandling(HandlingCode.H1, null), false),
                    Arguments.of(Markings.NONE.withGrading(new Grading.Uk3x5x2(1, 'A', 'P')), false),
                    Arguments.of(Markings.NONE, false));
        }

        @ParameterizedTest
        @MethodSource("markings")
        void onlyRestrictedIntelligenceIsHiddenFromTheExaminer(Markings markings, boolean restricted) {
            RiskEngine engine = Fixtures.sc10Engine().profiles(Fixtures.intelProfile(markings)).build();

            Assessment a = assess(engine, Fixtures.d2());

            assertThat(IntelligenceLinks.to(Fixtures.intelligence(markings)).isRestricted()).isEqualTo(restricted);
            assertThat(a).hasLane(Lane.RED);
            if (restricted) {
                assertThat(a).byRule("RR-07").didNotFireIndicator("CONSIGNEE_NAMED")
                        .explanationDoesNotContain(Fixtures.INTEL_REASON, Fixtures.INTEL_TITLE, Fixtures.INTEL_ITEM);
                assertThat(a.withheld()).hasSize(1);
            } else {
                assertThat(a).notByRule("RR-07").firedIndicator("CONSIGNEE_NAMED");
                assertThat(a.withheld()).isEmpty();
            }
        }

        @Test
        void aRestrictedProfileNeedsASanitisedText() {
            assertThatThrownBy(() -> profile("P", "CONSIGNEE_NAMED").directLane(Lane.RED)
                    .intelligence(IntelligenceLinks.to(Fixtures.intelligence(Fixtures.restricted()))).build())
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("RR-07")
                    .hasMessageContaining("profile.examinerText");
        }
    }

    @Nested
    class Rr10Completeness {
        private final RiskEngine engine = Fixtures.sc10Engine().build();

        private Declaration with(GoodsItem item) {
            return Declaration.builder("LRN-INC").lodgedAt(Fixtures.NOW).party(Fixtures.aeoConsignee()).item(item).build();
        }

        @Test
        void aCommodityCodeOfFewerThanSixDigitsIsIncomplete() {
            Assessment a = assess(engine, with(GoodsItem.builder(1).commodityCode("2403").description("water-pipe tobacco")
                    .mass(100, 90).build()));

            assertThat(a).hasLane(Lane.YELLOW).byRule("RR-10")
                    .hasCompletenessFinding(CompletenessFinding.Kind.HS_CODE_TOO_SHORT);
            assertThat(a.isComplete()).isFalse();
            assertThat(a.explanation()).contains("fewer than 6 digits", "request further information");
        }

        @Test
        void aMissingCommodityCodeIsIncomplete() {
            assertThat(assess(engine, with(GoodsItem.builder(1).description("water-pipe tobacco").build())))
                    .hasCompletenessFinding(CompletenessFinding.Kind.HS_CODE_TOO_SHORT);
        }

        @Test
        void aGenericDescriptionIsIncomplete() {
            assertThat(assess(engine, with(GoodsItem.builder(1).commodityCode("240311").description("General  Merchandise.")
                    .build()))).hasLane(Lane.YELLOW).hasCompletenessFinding(CompletenessFinding.Kind.GENERIC_DESCRIPTION);
        }

        @Test
        void aSixDigitCodeAndADetailedDescriptionAreComplete() {
            assertThat(assess(engine, with(GoodsItem.builder(1).commodityCode("240311")
                    .description("water-pipe tobacco, apple flavour").mass(100, 90).origin("EG").build())))
                    .isComplete().hasLane(Lane.GREEN)
                    .notByRule("RR-10");
        }

        @Test
        void incompletenessNeverLowersALane() {
            RiskEngine withIntel = Fixtures.sc10Engine().profiles(Fixtures.intelProfile(Fixtures.restricted())).build();
            assertThat(assess(withIntel, with(GoodsItem.builder(1).commodityCode("24").description("goods").build())))
                    .hasLane(Lane.RED).byRule("RR-10");
        }
    }

    @Nested
    class Rr11Undervaluation {
        private final RiskEngine engine = base().profiles(profile("P", "UNDERVALUATION").directLane(Lane.YELLOW).build())
                .build();

        private Assessment valued(String value, String currency, String origin) {
            return assess(engine, Declaration.builder("LRN-V").lodgedAt(Fixtures.NOW).party(Fixtures.newConsignee())
                    .item(GoodsItem.builder(1).commodityCode("2403110000").description("water-pipe tobacco")
                            .mass(10500, 10000).value(value, currency).origin(origin).build()).build());
        }

        @Test
        void aValuePerKgBelowTheFractionOfTheReferenceFires() {
            assertThat(valued("50000.00", "EUR", "EG")).firedIndicator("UNDERVALUATION").byRule("RR-11");
            assertThat(valued("99999.00", "EUR", "EG")).firedIndicator("UNDERVALUATION");
        }

        @Test
        void aValueAtOrAboveTheFractionDoesNotFire() {
            assertThat(valued("100000.00", "EUR", "EG")).didNotFireIndicator("UNDERVALUATION").notByRule("RR-11");
            assertThat(valued("190000.00", "EUR", "EG")).didNotFireIndicator("UNDERVALUATION");
        }

        @Test
        void noReferenceOrAnotherCurrencyDoesNotFire() {
            assertThat(valued("50000.00", "EUR", "CN")).didNotFireIndicator("UNDERVALUATION");
            assertThat(valued("50000.00", "USD", "EG")).didNotFireIndicator("UNDERVALUATION");
        }
    }

    @Test
    void everyRuleHasAStableIdAndSource() {
        Set<String> ids = new HashSet<>();
        for (RiskRule r : RiskRule.values()) {
            assertThat(ids.add(r.id())).isTrue();
            assertThat(RiskRule.ofId(r.id())).isEqualTo(r);
            assertThat(r.source()).isNotBlank();
        }
        assertThat(ids).containsExactlyInAnyOrder("RR-01", "RR-02", "RR-04", "RR-05", "RR-06", "RR-07", "RR-09", "RR-10", "RR-11", "RR-FC");
        assertThatThrownBy(() -> RiskRule.ofId("RR-03")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"RR-03\"");
    }

    @Test
    void anUnknownIndicatorInAProfileFailsTheBuild() {
        assertThatThrownBy(() -> base().profiles(profile("P", "NO_SUCH").directLane(Lane.RED).build()).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("NO_SUCH")
                .hasMessageContaining("profile.P.indicators");
    }

    @Test
    void assessWithoutAnInstantNeedsAClock() {
        RiskEngine engine = base().build();
        assertThatThrownBy(() -> engine.assess(Fixtures.d1(), Fixtures.context()))
                .hasMessageContaining("clock");
        RiskEngine clocked = base().clock(java.time.Clock.fixed(Fixtures.NOW, java.time.ZoneOffset.UTC)).build();
        assertThat(clocked.assess(Fixtures.d1(), Fixtures.context()).asOf()).isEqualTo(Fixtures.NOW);
    }

}
