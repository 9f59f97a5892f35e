package org.passerelle.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.passerelle.model.Declaration;
import org.passerelle.model.DeclarationAttribute;
import org.passerelle.model.DocumentType;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Money;
import org.passerelle.model.CountryCode;
import org.passerelle.risk.Criterion.Range.Measure;

/**
 * Criteria at their edges, each both ways: negations of every kind of criterion, missing data
 * taken at its riskiest (RR-10) under negations, permits and ranges, commodity codes of exactly six
 * digits, words at the start of a description, and the validation of criteria, indicators and
 * reference values at their boundaries.
 */
class CriteriaEdgesTest {
    /** An engine with one indicator on the criterion and a profile that sends it Red. */
    private static RiskEngine redWhen(Criterion c) {
        return RiskEngine.builder().indicators(Indicator.of("X", ThreatArea.REVENUE, 50, "x", c))
                .profiles(Profile.builder("P").title("Profile P").owner("RCA-RTC").threatArea(ThreatArea.REVENUE)
                        .indicators("X").directLane(Lane.RED).valid(LocalDate.parse("2020-01-01"), null).build())
                .build();
    }

    private static Assessment assess(Criterion c, Declaration d) {
        return redWhen(c).assess(d, Fixtures.context(), Fixtures.NOW);
    }

    private static boolean fires(Criterion c, Declaration d) {
        return assess(c, d).firedProfile("P").isPresent();
    }

    /** SC-10's D1: HS 2403.11, origin EG, from EGALY via AEJEA, office 30. */
    private static Declaration d1() {
        return Fixtures.tobacco("LRN-E1", Fixtures.newConsignee(), "50000.00")
                .attribute(DeclarationAttribute.OFFICE, "30").build();
    }

    private static GoodsItem.Builder item(String code) {
        return GoodsItem.builder(1).commodityCode(code).description("water-pipe tobacco").mass(10500, 10000)
                .value("50000.00", "EUR").origin("EG");
    }

    private static Declaration with(GoodsItem item) {
        return Declaration.builder("LRN-EDGE").lodgedAt(Fixtures.NOW).party(Fixtures.newConsignee()).item(item)
                .build();
    }

    @Nested
    class ANegationFiresExactlyWhenItsCriterionDoesNot {
        @Test
        void departure() {
            assertThat(fires(Criterion.not(Criterion.departureCountry("CN")), d1())).isTrue();
            assertThat(fires(Criterion.not(Criterion.departureCountry("EG")), d1())).isFalse();
        }

        @Test
        void routing() {
            assertThat(fires(Criterion.not(Criterion.routingCountry("CN")), d1())).isTrue();
            assertThat(fires(Criterion.not(Criterion.routingCountry("AE")), d1())).isFalse();
        }

        @Test
        void transhipmentHub() {
            assertThat(fires(Criterion.not(Criterion.transhipmentHub("SGSIN")), d1())).isTrue();
            assertThat(fires(Criterion.not(Criterion.transhipmentHub(Fixtures.HUB)), d1())).isFalse();
        }

        @Test
        void attribute() {
            assertThat(fires(Criterion.not(Criterion.attribute(DeclarationAttribute.OFFICE, "40")), d1())).isTrue();
            assertThat(fires(Criterion.not(Criterion.attribute(DeclarationAttribute.OFFICE, "30")), d1())).isFalse();
        }

        @Test
        void disjunction() {
            assertThat(fires(Criterion.not(Criterion.anyOf(Criterion.originCountry("CN"), Criterion.hsPrefix("8517"))),
                    d1())).isTrue();
            assertThat(fires(Criterion.not(Criterion.anyOf(Criterion.originCountry("CN"), Criterion.hsPrefix("2403"))),
                    d1())).isFalse();
            assertThat(fires(Criterion.anyOf(Criterion.originCountry("CN"), Criterion.hsPrefix("2403")), d1()))
                    .isTrue();
        }
    }

    @Nested
    class MissingDataAtItsRiskiest {
        @Test
        void rr10ANegationInsideAConjunctionSeesTheMissingDataNegatedAndTheNextPartPositive() {
            // a truncated code and no origin: at the riskiest, the code could be 2403.11 (the prefix fires) and the
            // origin could be any country but Egypt (the negation fires too)
            Criterion c = Criterion.allOf(Criterion.not(Criterion.originCountry("EG")), Criterion.hsPrefix("240311"));
            GoodsItem truncated = GoodsItem.builder(1).commodityCode("2403").description("water-pipe tobacco")
                    .mass(10500, 10000).value("50000.00", "EUR").build();
            Assessment a = assess(c, with(truncated));
            assertThat(a.riskLane()).isEqualTo(Lane.GREEN);
            assertThat(a.lane()).isEqualTo(Lane.RED);

            Assessment egypt = assess(c, with(item("2403").build()));
            assertThat(egypt.lane()).as("declared from Egypt: the negation does not fire").isEqualTo(Lane.YELLOW);
        }

        @Test
        void rr10AMissingPermitFiresOnATruncatedCodeUnderItsPrefixOnly() {
            Criterion c = Criterion.missingPermit(DocumentType.CERTIFICATE_OF_ORIGIN, "240311");
            Assessment truncated = assess(c, with(item("2403").build()));
            assertThat(truncated.riskLane()).isEqualTo(Lane.GREEN);
            assertThat(truncated.lane()).isEqualTo(Lane.RED);

            GoodsItem otherGoods = GoodsItem.builder(1).commodityCode("851712").description("mobile phones")
                    .mass(100, 90).value("50000.00", "EUR").build();
            Assessment other = assess(c, with(otherGoods));
            assertThat(other.completenessFindings()).extracting(CompletenessFinding::kind)
                    .containsExactly(CompletenessFinding.Kind.ORIGIN_MISSING);
            assertThat(other.lane()).as("a complete code outside the prefix").isEqualTo(Lane.YELLOW);
        }

        @Test
        void rr10ARangeUnderAPrefixFiresOnATruncatedCodeUnderItsPrefixOnly() {
            Criterion c = Criterion.range(Measure.MASS, 1, 1e6, null, "240311");
            Assessment truncated = assess(c, with(item("2403").build()));
            assertThat(truncated.riskLane()).isEqualTo(Lane.GREEN);
            assertThat(truncated.lane()).isEqualTo(Lane.RED);

            GoodsItem otherGoods = GoodsItem.builder(1).commodityCode("851712").description("mobile phones")
                    .mass(100, 90).value("50000.00", "EUR").build();
            assertThat(assess(c, with(otherGoods)).lane()).isEqualTo(Lane.YELLOW);
        }

        @Test
        void rr10ARangeOnMassFiresOnNoMassOnlyAtTheRiskiest() {
            for (double min : new double[] {0, 1}) {
                Assessment a = assess(Criterion.range(Measure.MASS, min, 100, null), with(item("240311").mass(0, 0)
                        .build()));
                assertThat(a.riskLane()).as("min %s: as declared", min).isEqualTo(Lane.GREEN);
                assertThat(a.lane()).as("min %s: at the riskiest", min).isEqualTo(Lane.RED);
            }
        }

        @Test
        void rr10ARangeOnValueFiresOnNoValueOnlyAtTheRiskiest() {
            Criterion c = Criterion.range(Measure.VALUE, 0, 1e6, "EUR");
            GoodsItem noValueNoOrigin = GoodsItem.builder(1).commodityCode("240311").description("water-pipe tobacco")
                    .mass(10500, 10000).build();
            Assessment a = assess(c, with(noValueNoOrigin));
            assertThat(a.riskLane()).isEqualTo(Lane.GREEN);
            assertThat(a.lane()).isEqualTo(Lane.RED);

            GoodsItem noValue = GoodsItem.builder(1).commodityCode("240311").description("water-pipe tobacco")
                    .mass(10500, 10000).origin("EG").build();
            assertThat(assess(c, with(noValue)).lane()).as("no missing-data finding: no riskiest pass")
                    .isEqualTo(Lane.GREEN);
        }

        @Test
        void rr10ASixDigitCodeIsCompleteAndNotTakenAsALongerPrefix() {
            Criterion c = Criterion.hsPrefix("24031100");
            GoodsItem sixDigitsNoOrigin = GoodsItem.builder(1).commodityCode("240311").description("water-pipe tobacco")
                    .mass(10500, 10000).value("50000.00", "EUR").build();
            assertThat(assess(c, with(sixDigitsNoOrigin)).lane()).isEqualTo(Lane.YELLOW);
            GoodsItem fourDigitsNoOrigin = GoodsItem.builder(1).commodityCode("2403").description("water-pipe tobacco")
                    .mass(10500, 10000).value("50000.00", "EUR").build();
            assertThat(assess(c, with(fourDigitsNoOrigin)).lane()).isEqualTo(Lane.RED);
        }
    }

    @Test
    void aValuePerKgRangeIsInItsOwnCurrencyOnly() {
        assertThat(fires(Criterion.range(Measure.VALUE_PER_KG, 0, 1e6, "EUR"), d1())).isTrue();
        assertThat(fires(Criterion.range(Measure.VALUE_PER_KG, 0, 1e6, "USD"), d1())).isFalse();
    }

    @Test
    void aVagueTermMatchesAWholeWordAnywhereInTheDescription() {
        Criterion c = Criterion.vagueDescription("samples");
        assertThat(fires(c, with(item("240311").description("samples of tobacco").build()))).isTrue();
        assertThat(fires(c, with(item("240311").description("tobacco samples").build()))).isTrue();
        assertThat(fires(c, with(item("240311").description("tobacco samplesets").build()))).isFalse();
        assertThat(fires(c, with(item("240311").description("nosamples of tobacco").build()))).isFalse();
    }

    @Test
    void rr04aConjunctionOfACodeAndADepartureCountryFires() {
        assertThat(fires(Criterion.allOf(Criterion.hsPrefix("2403"), Criterion.departureCountry("EG")), d1()))
                .isTrue();
        assertThat(fires(Criterion.allOf(Criterion.hsPrefix("2403"), Criterion.departureCountry("CN")), d1()))
                .isFalse();
        assertThat(fires(Criterion.allOf(Criterion.hsPrefix("8517"), Criterion.departureCountry("EG")), d1()))
                .isFalse();
    }

    @Nested
    class ValidationAtTheBoundaries {
        @Test
        void newTraderDaysFromOne() {
            assertThat(((Criterion.NewTrader) Criterion.newTrader(1)).days()).isEqualTo(1);
            assertThatThrownBy(() -> Criterion.newTrader(0)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("newTrader.days");
        }

        @Test
        void priorOffencesFromOne() {
            assertThat(((Criterion.PriorOffences) Criterion.priorOffences(1)).minimum()).isEqualTo(1);
            assertThatThrownBy(() -> Criterion.priorOffences(0)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("priorOffences.minimum");
        }

        @Test
        void rr11UndervaluationFractionAboveZeroUpToOne() {
            assertThat(((Criterion.Undervaluation) Criterion.undervaluation(1.0)).fraction()).isEqualTo(1.0);
            assertThat(((Criterion.Undervaluation) Criterion.undervaluation(Double.MIN_VALUE)).fraction()).isPositive();
            for (double bad : new double[] {0, -0.1, 1.0000001, Double.NaN}) {
                assertThatThrownBy(() -> Criterion.undervaluation(bad)).as("%s", bad)
                        .isInstanceOf(InvalidInputException.class).hasMessageContaining("undervaluation.fraction");
            }
        }

        @Test
        void commodityPrefixesOfTwoToTenDigits() {
            assertThat(((Criterion.HsPrefix) Criterion.hsPrefix("24", "2403110000")).prefixes())
                    .containsExactly("24", "2403110000");
            for (String bad : new String[] {"2", "24031100001", "24a3"}) {
                assertThatThrownBy(() -> Criterion.hsPrefix(bad)).as(bad).isInstanceOf(InvalidInputException.class)
                        .hasMessageContaining("2 to 10 digits");
            }
        }

        @Test
        void indicatorWeightsFromZeroToAThousand() {
            assertThat(Indicator.of("W0", ThreatArea.REVENUE, 0, "w", Criterion.hsPrefix("24")).weight()).isZero();
            assertThat(Indicator.of("W1", ThreatArea.REVENUE, 1000, "w", Criterion.hsPrefix("24")).weight())
                    .isEqualTo(1000);
            for (int bad : new int[] {-1, 1001}) {
                assertThatThrownBy(() -> Indicator.of("W", ThreatArea.REVENUE, bad, "w", Criterion.hsPrefix("24")))
                        .isInstanceOf(InvalidInputException.class).hasMessageContaining("indicator.weight");
            }
        }

        @Test
        void rr11ReferenceValuesOfSixDigitsAndMoreThanZero() {
            ReferenceValue ok = new ReferenceValue("240311", CountryCode.of("EG"), Money.of("0.01", "EUR"));
            assertThat(ok.hs6()).isEqualTo("240311");
            assertThatThrownBy(() -> new ReferenceValue("24031a", CountryCode.of("EG"), Money.of("1.00", "EUR")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("reference.hs6");
            assertThatThrownBy(() -> new ReferenceValue("2403111", CountryCode.of("EG"), Money.of("1.00", "EUR")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("reference.hs6");
            assertThatThrownBy(() -> new ReferenceValue("240311", CountryCode.of("EG"), Money.of("0.00", "EUR")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("reference.perKg");
        }
    }
}
