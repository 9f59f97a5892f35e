package org.passerelle.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.model.Declaration;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.PartyRole;
import org.passerelle.model.TransportMode;

/**
 * The candidate index and the scoring of its candidates, by example: every indicator that can fire
 * is found whatever the shape of its criterion (pairs of a code and a departure country, origins of
 * later items, disjunctions with a part that cannot be indexed, conjunctions of a disjunction
 * across dimensions), neighbouring and numerous prefixes, an indicator found under two of its keys
 * counted once, large profiles and many candidate profiles; and the lane of a scored profile with
 * missing data at its riskiest (RR-10), an AEO reduction of zero (RR-05).
 */
class CandidateIndexTest {
    private static Profile.Builder profile(String id, String... indicators) {
        return Profile.builder(id).title("Profile " + id).owner("RCA-RTC").threatArea(ThreatArea.REVENUE)
                .indicators(indicators).valid(LocalDate.parse("2020-01-01"), null);
    }

    private static boolean fires(Criterion c, Declaration d) {
        RiskEngine engine = RiskEngine.builder().indicators(Indicator.of("X", ThreatArea.REVENUE, 50, "x", c))
                .profiles(profile("P", "X").directLane(Lane.RED).build()).build();
        Assessment a = engine.assess(d, Fixtures.context(), Fixtures.NOW);
        assertThat(a.hasRuleHit(RiskRule.FAIL_CLOSED)).isFalse();
        return a.firedProfile("P").isPresent();
    }

    private static GoodsItem item(int sequence, String code, String origin) {
        return GoodsItem.builder(sequence).commodityCode(code).description("goods of item " + sequence)
                .mass(100, 90).value("1000.00", "EUR").origin(origin).build();
    }

    private static Declaration items(GoodsItem... items) {
        Declaration.Builder b = Declaration.builder("LRN-IX").lodgedAt(Fixtures.NOW).party(Fixtures.newConsignee());
        for (GoodsItem i : items) {
            b.item(i);
        }
        return b.build();
    }

    @Test
    void aPairOfACodeAndAnOriginIsFoundThroughALaterItemsOrigin() {
        Criterion c = Criterion.allOf(Criterion.hsPrefix("851712"), Criterion.originCountry("CN"));
        assertThat(fires(c, items(item(1, "240311", "EG"), item(2, "851712", "CN")))).isTrue();
        assertThat(fires(c, items(item(1, "240311", "EG"), item(2, "851712", "EG")))).isFalse();
        assertThat(fires(c, items(item(1, "240311", "CN"), item(2, "940360", "CN")))).isFalse();
    }

    @Test
    void aDisjunctionWithAPartThatCannotBeIndexedIsEvaluatedOnEveryDeclaration() {
        Criterion c = Criterion.anyOf(Criterion.newTrader(90, PartyRole.CONSIGNEE), Criterion.hsPrefix("8517"));
        assertThat(fires(c, items(item(1, "240311", "EG")))).as("a new consignee").isTrue();
        Declaration known = Declaration.builder("LRN-IX2").lodgedAt(Fixtures.NOW).party(Fixtures.aeoConsignee())
                .item(item(1, "240311", "EG")).build();
        assertThat(fires(c, known)).as("a consignee of six years, other goods").isFalse();
        Declaration knownPhones = Declaration.builder("LRN-IX3").lodgedAt(Fixtures.NOW).party(Fixtures.aeoConsignee())
                .item(item(1, "851712", "EG")).build();
        assertThat(fires(c, knownPhones)).as("a consignee of six years, phones").isTrue();
    }

    @Test
    void aConjunctionWithADisjunctionAcrossDimensionsIsFoundByItsOtherPart() {
        // the disjunction is met by the origin of one item, the origin part by another item
        Criterion byOrigin = Criterion.allOf(Criterion.anyOf(Criterion.hsPrefix("2403"), Criterion.originCountry("CN")),
                Criterion.originCountry("EG"));
        assertThat(fires(byOrigin, items(item(1, "851712", "EG"), item(2, "940360", "CN")))).isTrue();
        assertThat(fires(byOrigin, items(item(1, "851712", "EG"), item(2, "940360", "FR")))).isFalse();

        // the disjunction is met by the code of one item, the code part by another item
        Criterion byCode = Criterion.allOf(Criterion.hsPrefix("851712"),
                Criterion.anyOf(Criterion.originCountry("EG"), Criterion.hsPrefix("2403")));
        assertThat(fires(byCode, items(item(1, "851712", "CN"), item(2, "240311", "FR")))).isTrue();
        assertThat(fires(byCode, items(item(1, "851712", "CN"), item(2, "940360", "FR")))).isFalse();
    }

    @Test
    void neighbouringPrefixesEachFindTheirOwnIndicator() {
        RiskEngine engine = RiskEngine.builder()
                .indicators(Indicator.of("A", ThreatArea.REVENUE, 50, "a", Criterion.hsPrefix("2403")),
                        Indicator.of("B", ThreatArea.REVENUE, 50, "b", Criterion.hsPrefix("2410")))
                .profiles(profile("PA", "A").directLane(Lane.RED).build(),
                        profile("PB", "B").directLane(Lane.YELLOW).build())
                .build();
        Assessment a = engine.assess(items(item(1, "240311", "EG")), Fixtures.context(), Fixtures.NOW);
        assertThat(a.firedProfiles()).extracting(p -> p.id().value()).containsExactly("PA");
        Assessment b = engine.assess(items(item(1, "241000", "EG")), Fixtures.context(), Fixtures.NOW);
        assertThat(b.firedProfiles()).extracting(p -> p.id().value()).containsExactly("PB");
    }

    @Test
    void eachOfManyPrefixesFindsItsIndicator() {
        List<String> prefixes = new ArrayList<>();
        for (int p = 10; p < 40; p++) {
            prefixes.add(String.valueOf(p));
        }
        Criterion c = Criterion.hsPrefix(prefixes.toArray(new String[0]));
        for (String p : prefixes) {
            assertThat(fires(c, items(item(1, p + "0000", "EG")))).as(p).isTrue();
        }
        assertThat(fires(c, items(item(1, "940360", "EG")))).isFalse();
    }

    /** A scorecard larger than its candidates: 24 indicators, only the first of which can fire. */
    private static RiskEngine largeProfile(Indicator first, Indicator second, boolean scorecard) {
        List<Indicator> indicators = new ArrayList<>(List.of(first, second));
        List<String> ids = new ArrayList<>(List.of(first.id().value(), second.id().value()));
        for (int k = 0; k < 22; k++) {
            String id = "N" + k;
            indicators.add(Indicator.of(id, ThreatArea.REVENUE, 30, "never " + k, Criterion.hsPrefix(String.valueOf(70
                    + k))));
            ids.add(id);
        }
        Profile.Builder p = profile("BIG", ids.toArray(new String[0])).bands(ScoreBands.of(100, 50, 20));
        return RiskEngine.builder().indicators(indicators.toArray(new Indicator[0]))
                .profiles((scorecard ? p.scorecard() : p).build()).build();
    }

    @Test
    void rr04AnIndicatorFoundUnderTwoOfItsPrefixesCountsOnceInALargeScorecard() {
        RiskEngine engine = largeProfile(
                Indicator.of("TWICE", ThreatArea.REVENUE, 30, "tobacco", Criterion.hsPrefix("24", "2403")),
                Indicator.of("NEVER", ThreatArea.REVENUE, 30, "never", Criterion.originCountry("IS")), true);
        Assessment a = engine.assess(items(item(1, "240311", "EG")), Fixtures.context(), Fixtures.NOW);
        assertThat(a.score()).isEqualTo(30);
        assertThat(a.firedProfile("BIG").orElseThrow().indicators()).extracting(i -> i.id().value())
                .containsExactly("TWICE");
    }

    @Test
    void aLargeProfileListsItsFiredIndicatorsInItsOwnOrder() {
        // the transport mode cannot be indexed and is evaluated first, the origin is found by the index after it
        RiskEngine engine = largeProfile(
                Indicator.of("ORIGIN", ThreatArea.REVENUE, 30, "from Egypt", Criterion.originCountry("EG")),
                Indicator.of("SEA", ThreatArea.REVENUE, 30, "by sea", Criterion.transportMode(TransportMode.SEA)),
                false);
        Assessment a = engine.assess(Fixtures.d1(), Fixtures.context(), Fixtures.NOW);
        assertThat(a.score()).isEqualTo(60);
        assertThat(a.firedProfile("BIG").orElseThrow().indicators()).extracting(i -> i.id().value())
                .containsExactly("ORIGIN", "SEA");
    }

    @Test
    void rr01SeventeenProfilesOnOneIndicatorAreAllMatched() {
        List<Profile> profiles = new ArrayList<>();
        for (int p = 0; p < 17; p++) {
            profiles.add(profile("P" + p, "X").directLane(p == 16 ? Lane.RED : Lane.YELLOW).build());
        }
        RiskEngine engine = RiskEngine.builder()
                .indicators(Indicator.of("X", ThreatArea.REVENUE, 50, "x", Criterion.hsPrefix("2403")))
                .profiles(profiles.toArray(new Profile[0])).build();
        Assessment a = engine.assess(Fixtures.d1(), Fixtures.context(), Fixtures.NOW);
        assertThat(a.firedProfiles()).hasSize(17);
        assertThat(a.lane()).isEqualTo(Lane.RED);
        assertThat(a.hasRuleHit(RiskRule.FAIL_CLOSED)).isFalse();
    }

    @Test
    void rr10AScoredProfileStaysRedWhenTheDataThatMadeItRedIsMissing() {
        RiskEngine engine = RiskEngine.builder()
                .indicators(Indicator.of("TOBACCO", ThreatArea.REVENUE, 40, "tobacco", Criterion.hsPrefix("2403")),
                        Indicator.of("EGYPT", ThreatArea.REVENUE, 40, "from Egypt", Criterion.originCountry("EG")))
                .profiles(profile("P", "TOBACCO", "EGYPT").build()).bands(ScoreBands.of(70, 40, 20)).build();
        Assessment whole = engine.assess(items(item(1, "240311", "EG")), Fixtures.context(), Fixtures.NOW);
        assertThat(whole.lane()).isEqualTo(Lane.RED);
        GoodsItem noOrigin = GoodsItem.builder(1).commodityCode("240311").description("tobacco").mass(100, 90)
                .value("1000.00", "EUR").build();
        Assessment gap = engine.assess(items(noOrigin), Fixtures.context(), Fixtures.NOW);
        assertThat(gap.riskLane()).isEqualTo(Lane.YELLOW);
        assertThat(gap.lane()).isEqualTo(Lane.RED);
        assertThat(gap.explanation()).contains("with the missing data at its riskiest, profile P would give lane RED");
    }

    @Test
    void rr05AnAeoReductionOfZeroIsNoReduction() {
        Assessment a = Fixtures.sc10Engine().aeoReduction(0).build().assess(Fixtures.d2(), Fixtures.context(),
                Fixtures.NOW);
        FiredProfile p = a.firedProfile("TOB-VALUE-01").orElseThrow();
        assertThat(p.aeoReduction()).isZero();
        assertThat(a.ruleHits()).noneSatisfy(h -> assertThat(h.detail()).contains("reduction"));
        assertThat(a.explanation()).doesNotContain("reduction");

        Assessment reduced = Fixtures.sc10Engine().build().assess(Fixtures.d2(), Fixtures.context(), Fixtures.NOW);
        assertThat(reduced.firedProfile("TOB-VALUE-01").orElseThrow().aeoReduction()).isEqualTo(10);
        assertThat(reduced.ruleHits()).anySatisfy(h -> assertThat(h.detail())
                .isEqualTo("AEO reduction of 10 points on profile TOB-VALUE-01"));
    }
}
