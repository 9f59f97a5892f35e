package org.passerelle.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.passerelle.model.Declaration;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.Markings;
import org.passerelle.model.TlpLabel;
import org.passerelle.model.TransportMode;

/**
 * What an examiner reads: the explanation of an assessment line by line (the score only when there
 * is one, a profile's score and AEO reduction only when there are some, a scorecard's heaviest
 * contributions and how many more), the RR-01 line with and without a selecting profile, the
 * completeness findings (RR-10) in plain language, the fail-closed error cut at 200 characters, and
 * the short text of an assessment and a rule.
 */
class ExplanationTest {
    @Test
    void aDeclarationNoProfileMatchesHasNoScore() {
        Assessment a = RiskEngine.builder().build().assess(Fixtures.d1(), Fixtures.context(), Fixtures.NOW);
        assertThat(a.explanation()).isEqualTo("Declaration LRN-D1: lane GREEN.\n- No profile matched.");
        assertThat(a.toString()).isEqualTo(
                "Assessment[LRN-D1, lane=GREEN, score=0, random=false, complete=true, profiles=0]");
    }

    @Test
    void rr01ASelectingProfileShowsItsScoreAndIsNamedAsDecisive() {
        Assessment a = Fixtures.sc10Engine().build().assess(Fixtures.d1(), Fixtures.context(), Fixtures.NOW);
        assertThat(a.explanation()).startsWith("Declaration LRN-D1: lane RED, score 85.\n- Profile TOB-VALUE-01 -> RED "
                + "(score 85): Water-pipe tobacco: new traders, low values, hub routing [")
                .contains("\n- RR-01: lane RED, the most severe of 1 matched profile(s), from profile TOB-VALUE-01")
                .doesNotContain("AEO reduction");
        assertThat(a.toString()).isEqualTo(
                "Assessment[LRN-D1, lane=RED, score=85, random=false, complete=true, profiles=1]");
    }

    @Test
    void rr05AnAeoReductionIsShownWithTheScoreItLeft() {
        Assessment a = Fixtures.sc10Engine().build().assess(Fixtures.d2(), Fixtures.context(), Fixtures.NOW);
        assertThat(a.explanation()).contains("- Profile TOB-VALUE-01 -> GREEN (score 5 after an AEO reduction of 10): ")
                .contains("\n- RR-01: 1 profile(s) matched without selecting: lane GREEN");
    }

    @Test
    void rr01AProfileWithADirectLaneAndNoScoreShowsNoScore() {
        Assessment a = Fixtures.sc10Engine().profiles(Fixtures.intelProfile(Markings.of(TlpLabel.GREEN))).build()
                .assess(Fixtures.d2(), Fixtures.context(), Fixtures.NOW);
        assertThat(a.explanation()).contains("\n- Profile INT-0042 -> RED: Selected by the risk targeting centre")
                .doesNotContain("INT-0042 -> RED (score");
    }

    private static Assessment scorecard(int indicators) {
        Indicator[] all = {
            Indicator.of("I1", ThreatArea.REVENUE, 60, "one", Criterion.hsPrefix("24")),
            Indicator.of("I2", ThreatArea.REVENUE, 50, "two", Criterion.originCountry("EG")),
            Indicator.of("I3", ThreatArea.REVENUE, 40, "three", Criterion.transhipmentHub(Fixtures.HUB)),
            Indicator.of("I4", ThreatArea.REVENUE, 30, "four", Criterion.transportMode(TransportMode.SEA)),
            Indicator.of("I5", ThreatArea.REVENUE, 20, "five", Criterion.departureCountry("EG")),
            Indicator.of("I6", ThreatArea.REVENUE, 10, "six", Criterion.thirdPartyPayment()),
        };
        Indicator[] used = java.util.Arrays.copyOf(all, indicators);
        String[] ids = new String[indicators];
        for (int i = 0; i < indicators; i++) {
            ids[i] = used[i].id().value();
        }
        return RiskEngine.builder().indicators(used)
                .profiles(Profile.builder("S").title("Learned").owner("RCA").threatArea(ThreatArea.REVENUE)
                        .indicators(ids).bands(ScoreBands.of(300, 100, 10)).valid(LocalDate.parse("2020-01-01"), null)
                        .scorecard().build())
                .build().assess(Fixtures.d1(), Fixtures.context(), Fixtures.NOW);
    }

    @Test
    void aScorecardShowsItsFiveHeaviestContributionsAndHowManyMore() {
        assertThat(scorecard(5).explanation()).contains("[additive scorecard, weights fitted jointly: 5 indicator(s) "
                + "fired; heaviest contributions: one (+60); two (+50); three (+40); four (+30); five (+20)]");
        assertThat(scorecard(6).explanation()).contains("[additive scorecard, weights fitted jointly: 6 indicator(s) "
                + "fired; heaviest contributions: one (+60); two (+50); three (+40); four (+30); five (+20); and 1 more]");
    }

    @Test
    void rr10EachFindingInPlainLanguage() {
        Declaration d = Declaration.builder("LRN-GAPS").lodgedAt(Fixtures.NOW).party(Fixtures.newConsignee())
                .item(GoodsItem.builder(1).commodityCode("2403").description("- General  merchandise.")
                        .mass(0, 0).value("10.00", "EUR").build())
                .build();
        Assessment a = RiskEngine.builder().build().assess(d, Fixtures.context(), Fixtures.NOW);
        assertThat(a.completenessFindings()).extracting(CompletenessFinding::kind).containsExactly(
                CompletenessFinding.Kind.HS_CODE_TOO_SHORT, CompletenessFinding.Kind.GENERIC_DESCRIPTION,
                CompletenessFinding.Kind.MASS_MISSING, CompletenessFinding.Kind.ORIGIN_MISSING);
        assertThat(a.explanation()).contains(
                "\n- Incomplete (RR-10): item 1: commodity code \"2403\" has fewer than 6 digits; request further",
                "\n- Incomplete (RR-10): item 1: generic description \"- General  merchandise.\"; request further",
                "\n- Incomplete (RR-10): item 1: no mass above zero (declared \"0.0\"); request further",
                "\n- Incomplete (RR-10): item 1: no country of origin; request further information.")
                .doesNotContain("completeness finding(s)");
        // The rule hits sum the findings up in one RR-10 hit (for the audit and the test kit); the explanation,
        // which lists each finding, leaves that summary out.
        assertThat(a.ruleHits()).filteredOn(h -> h.rule() == RiskRule.RR_10)
                .extracting(RiskRuleHit::detail)
                .contains("4 completeness finding(s): request for information, not complete");

        Declaration detailed = Declaration.builder("LRN-FULL").lodgedAt(Fixtures.NOW).party(Fixtures.newConsignee())
                .item(GoodsItem.builder(1).commodityCode("240311").description("- General  merchandise of tobacco.")
                        .mass(10, 10).value("10.00", "EUR").origin("EG").build())
                .build();
        assertThat(RiskEngine.builder().build().assess(detailed, Fixtures.context(), Fixtures.NOW).isComplete())
                .isTrue();
    }

    @Test
    void theFailClosedHitQuotesTheErrorUpTo200Characters() {
        String exactly200 = "e".repeat(200);
        assertThat(failing(exactly200).explanation()).contains("IllegalStateException: " + exactly200
                + "): lane RED, fail closed");
        String longer = "f".repeat(201);
        assertThat(failing(longer).explanation()).contains("IllegalStateException: " + "f".repeat(200)
                + "...): lane RED, fail closed");
    }

    private static Assessment failing(String message) {
        return Fixtures.sc10Engine().checkOverride(IndicatorId.of("NEW_TRADER"), s -> {
            throw new IllegalStateException(message);
        }).build().assess(Fixtures.d1(), Fixtures.context(), Fixtures.NOW);
    }

    @Test
    void aRuleHasATitle() {
        assertThat(RiskRule.RR_01.title()).isEqualTo("Most severe lane wins");
        assertThat(RiskRule.RR_10.title()).isEqualTo("Completeness");
    }
}
