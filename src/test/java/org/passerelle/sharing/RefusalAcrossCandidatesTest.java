package org.passerelle.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.testing.Ruritania.CMAA;
import static org.passerelle.testing.Ruritania.DRUGS;
import static org.passerelle.testing.Ruritania.FCS;
import static org.passerelle.testing.Ruritania.IMMIGRATION;
import static org.passerelle.testing.Ruritania.MOU;
import static org.passerelle.testing.Ruritania.MOU_2017;
import static org.passerelle.testing.Ruritania.NAPLES;
import static org.passerelle.testing.Ruritania.RCA;
import static org.passerelle.testing.Ruritania.RNP;
import static org.passerelle.testing.Ruritania.RTA;
import static org.passerelle.testing.Ruritania.SC_DAY;
import static org.passerelle.testing.Ruritania.SEIZURE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.passerelle.model.AgencyId;
import org.passerelle.model.ItemId;
import org.passerelle.testing.Ruritania;

/**
 * A refusal by every candidate agreement (SR-01): which candidate's reasons decide (the first in
 * force that was evaluated, else the first evaluated, else the first), which are listed apart as also
 * considered, that an item rule is named once, that an emergency is still recorded (SR-34), and the
 * facts revision the refusal was made on.
 */
class RefusalAcrossCandidatesTest {
    private static final String MOU_2023 = "MOU-RCA-RNP-2023";

    @Test
    void sr01TheFirstCandidateInForceThatWasEvaluatedDecides() {
        // Candidates of RCA, in id order: CMAA (RNP no party), MOU 2017 (not in force), MOU 2022, MOU 2023, Naples II.
        SharingEngine engine = SharingEngine.compile(Ruritania.world()
                .agreements(Ruritania.mou2017(), agreement(MOU_2023).build()).build());
        SharingDecision d = engine.decide(ask(RNP, IMMIGRATION).build());
        assertThat(d.outcome()).isEqualTo(Outcome.DENY);
        assertThat(d.agreementRelied()).isEmpty();
        assertThat(rules(d.hits())).containsExactly("SR-06", "SR-01");
        assertThat(d.hits().get(0).reason()).contains("agreement " + MOU + ",").doesNotContain(MOU_2023);
        assertThat(d.hits().get(1).reason()).isEqualTo("no candidate agreement provides a basis for this flow");
        assertThat(rules(d.alsoConsidered())).containsExactly("SR-04", "SR-02", "SR-06", "SR-04");
        assertThat(d.alsoConsidered().get(0).reason()).contains(CMAA);
        assertThat(d.alsoConsidered().get(1).reason()).contains(MOU_2017);
        assertThat(d.alsoConsidered().get(2).reason()).contains(MOU_2023);
        assertThat(d.alsoConsidered().get(3).reason()).contains(NAPLES);
        assertThat(d.factsRevision()).isEqualTo(engine.facts().facts(ItemId.of(SEIZURE)).orElseThrow().revision())
                .isPositive();
    }

    @Test
    void sr01AnEvaluatedCandidateDecidesBeforeOneTheRecipientIsNoPartyTo() {
        SharingDecision d = SharingEngine.compile(Ruritania.policy()).decide(ask(RNP, IMMIGRATION).build());
        assertThat(rules(d.hits())).containsExactly("SR-06", "SR-01");
        assertThat(d.hits().get(0).reason()).contains(MOU);
        assertThat(rules(d.alsoConsidered())).containsExactly("SR-04", "SR-04");
        assertThat(d.alsoConsidered().get(0).reason()).contains(CMAA);
        assertThat(d.alsoConsidered().get(1).reason()).contains(NAPLES);
    }

    @Test
    void sr02AnEvaluatedCandidateNotInForceDecidesBeforeOneNotEvaluated() {
        // Only the 2017 MoU is left between RCA and RNP: it is evaluated, and not in force on the day.
        SharingPolicy policy = Ruritania.world().agreements(Ruritania.mou2017()).build();
        SharingPolicy only2017 = withoutAgreement(policy, MOU);
        SharingDecision d = SharingEngine.compile(only2017).decide(ask(RNP, DRUGS).build());
        assertThat(d.outcome()).isEqualTo(Outcome.DENY);
        assertThat(rules(d.hits())).containsExactly("SR-02", "SR-01");
        assertThat(d.hits().get(0).reason()).contains(MOU_2017);
        assertThat(rules(d.alsoConsidered())).containsExactly("SR-04", "SR-04");
    }

    @Test
    void sr18AnItemRuleEveryCandidateHitsIsNamedOnceAndOnlyRefusalsAreListed() {
        InformationItem seizure = Ruritania.seizure();
        InformationItem excluding = new InformationItem(seizure.id(), seizure.title(), seizure.originator(),
                seizure.custody(), seizure.category(), seizure.fields(), seizure.markings(),
                new SourceRestrictions(null, new TreeSet<>(Set.of(AgencyId.of(RNP))), null, null, false),
                seizure.status(), seizure.sourceSystem(), seizure.politicalCharacter());
        SharingEngine engine = SharingEngine.compile(Ruritania.world().agreements(agreement(MOU_2023).build())
                .putItem(excluding).build());
        SharingDecision d = engine.decide(ask(RNP, DRUGS).build());
        assertThat(d.outcome()).isEqualTo(Outcome.DENY);
        assertThat(rules(d.hits())).containsExactly("SR-18", "SR-01");
        assertThat(d.allHits()).filteredOn(h -> h.rule() == SharingRule.SR_18).hasSize(1);
        assertThat(d.allHits()).allMatch(h -> h.effect() == Outcome.DENY);
        assertThat(rules(d.alsoConsidered())).containsExactly("SR-04", "SR-04");
    }

    @Test
    void sr34AnEmergencyInvokedWhenNoCandidateIsEvaluatedIsRecorded() {
        SharingEngine engine = SharingEngine.compile(Ruritania.policy());
        SharingDecision d = engine.decide(ask(RTA, DRUGS).emergency("imminent attack").build());
        assertThat(d.outcome()).isEqualTo(Outcome.DENY);
        assertThat(rules(d.hits())).containsExactly("SR-04", "SR-01", "SR-34");
        assertThat(d.hits().get(0).reason()).contains(CMAA);
        assertThat(d.hits().get(2).reason()).startsWith("an emergency was invoked but cannot override this refusal");
        assertThat(rules(d.alsoConsidered())).containsExactly("SR-04", "SR-04");
        SharingDecision plain = engine.decide(ask(RTA, DRUGS).build());
        assertThat(rules(plain.hits())).containsExactly("SR-04", "SR-01");
        assertThat(rules(plain.alsoConsidered())).containsExactly("SR-04", "SR-04");
    }

    @Test
    void sr01ARefusalAcrossManyCandidatesNamesEachOfThem() {
        SharingPolicy.Builder world = Ruritania.world();
        List<String> ids = new ArrayList<>();
        for (int i = 10; i < 40; i++) {
            ids.add("MOU-EXTRA-" + i);
            world.agreements(agreement("MOU-EXTRA-" + i).build());
        }
        SharingDecision d = SharingEngine.compile(world.build()).decide(ask(RNP, IMMIGRATION).build());
        assertThat(d.outcome()).isEqualTo(Outcome.DENY);
        assertThat(rules(d.hits())).containsExactly("SR-06", "SR-01");
        assertThat(d.hits().get(0).reason()).contains("MOU-EXTRA-10");
        assertThat(d.alsoConsidered()).hasSize(ids.size() + 2);
        for (String id : ids.subList(1, ids.size())) {
            assertThat(d.alsoConsidered()).anyMatch(h -> h.rule() == SharingRule.SR_06 && h.reason().contains(id));
        }
    }

    @Test
    void sr02Sr04ACandidateNotEvaluatedIsRefusedInTheWordsItsAgreementGivesAlone() {
        // The refusals of a list of candidates are built for that list (side by side in memory): the
        // same words as the agreement's own, cited alone, for each candidate and no other.
        SharingEngine engine = SharingEngine.compile(Ruritania.world().agreements(Ruritania.mou2017()).build());
        SharingDecision across = engine.decide(ask(RNP, IMMIGRATION).build());
        RuleHit cmaa = engine.decide(ask(RNP, IMMIGRATION).under(CMAA).build()).hits().get(0);
        RuleHit mou2017 = engine.decide(ask(RNP, IMMIGRATION).under(MOU_2017).build()).hits().get(0);
        assertThat(cmaa).isEqualTo(new RuleHit(SharingRule.SR_04, Outcome.DENY,
                "the recipient is not a party to agreement " + CMAA));
        assertThat(mou2017).isEqualTo(new RuleHit(SharingRule.SR_02, Outcome.DENY, "agreement " + MOU_2017
                + " is not in force on the request day (status IN_FORCE, valid from 2017-01-01 to 2021-12-31): it"
                + " grants nothing"));
        assertThat(across.alsoConsidered().subList(0, 2)).containsExactly(cmaa, mou2017);
        // To RTA, a party to none of RCA's agreements: every candidate is refused in its own words,
        // the 2017 MoU as not in force, the others as not having RTA as a party.
        SharingDecision rta = engine.decide(ask(RTA, DRUGS).build());
        assertThat(rta.allHits()).filteredOn(h -> h.rule() != SharingRule.SR_01).containsExactly(cmaa, mou2017,
                new RuleHit(SharingRule.SR_04, Outcome.DENY, "the recipient is not a party to agreement " + MOU),
                new RuleHit(SharingRule.SR_04, Outcome.DENY, "the recipient is not a party to agreement " + NAPLES));
    }

    @Test
    void failClosedAnItemHeldOrOriginatedByAnUnknownAgencyIsRefusedNamingThatAgency() {
        SharingPolicy world = Ruritania.policy();
        InMemoryFactStore store = InMemoryFactStore.create();
        store.recordItem(InformationItem.builder("HELD-BY-GHOST").title("t").originator(FCS)
                .hop("GHOST", NAPLES, LocalDate.of(2024, 1, 1)).category(InformationCategory.SEIZURE_REPORT).build());
        store.recordItem(InformationItem.builder("FROM-GHOST").title("t").originator("GHOST")
                .hop(RCA, NAPLES, LocalDate.of(2024, 1, 1)).category(InformationCategory.SEIZURE_REPORT).build());
        SharingEngine engine = SharingEngine.compile(world.law(), store);
        SharingDecision held = engine.decide(SharingRequest.builder().recipient(RNP).requester(RCA)
                .item("HELD-BY-GHOST").purpose(DRUGS).at(SC_DAY).build());
        assertThat(rules(held.hits())).containsExactly("FAIL-CLOSED");
        assertThat(held.hits().get(0).reason()).contains("names an agency the law does not know: GHOST");
        SharingDecision from = engine.decide(SharingRequest.builder().recipient(RNP).requester(RCA)
                .item("FROM-GHOST").purpose(DRUGS).at(SC_DAY).build());
        assertThat(from.hits().get(0).reason()).contains("names an agency the law does not know: GHOST")
                .doesNotContain("know: RCA");
    }

    private static SharingPolicy withoutAgreement(SharingPolicy policy, String id) {
        SharingLaw.Builder law = SharingLaw.builder();
        law.agencies(policy.agencies().values().toArray(new org.passerelle.model.Agency[0]));
        law.purposes(policy.purposes().values().toArray(new Purpose[0]));
        law.legalAreas(policy.legalAreas().values().toArray(new LegalArea[0]));
        for (SharingAgreement g : policy.agreements().values()) {
            if (!g.id().value().equals(id)) {
                law.agreements(g);
            }
        }
        return SharingPolicy.builder().law(law.build()).items(policy.items().values().toArray(new InformationItem[0]))
                .build();
    }

    private static SharingAgreement.Builder agreement(String id) {
        return SharingAgreement.builder(id).title("Agreement " + id).instrumentType(InstrumentType.MOU)
                .legalBasis("MoU " + id, "Art. 1").parties(PartySpec.agency(RCA), PartySpec.agency(RNP))
                .purposes(DRUGS).categories(InformationCategory.SEIZURE_REPORT);
    }

    private static SharingRequest.Builder ask(String recipient, String purpose) {
        return SharingRequest.builder().id("R").recipient(recipient).item(SEIZURE).purpose(purpose).at(SC_DAY);
    }

    private static List<String> rules(List<RuleHit> hits) {
        return hits.stream().map(RuleHit::ruleId).toList();
    }
}
