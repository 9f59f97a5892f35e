package org.passerelle.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.testing.Ruritania.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyId;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.ItemId;
import org.passerelle.model.ItemStatus;
import org.passerelle.testing.Ruritania;
import org.passerelle.testing.SharingAssertions;

/**
 * The law and the facts apart: the law's version, the fact store, and an engine that reads facts
 * per decision without recompiling.
 */
class LawAndFactsTest {

    @Test
    @DisplayName("Equal laws have equal versions whatever the order they were built in; the version is SHA-256 hex")
    void equalLawEqualVersion() {
        SharingLaw forward = Ruritania.policy().law();
        List<Agency> agencies = new ArrayList<>(List.of(Ruritania.agencies()));
        Collections.reverse(agencies);
        SharingLaw reversed = SharingLaw.builder().agencies(agencies.toArray(new Agency[0]))
                .purposes(Ruritania.purposes()).agreements(cmaa(), naples(), mou()).legalAreas(eu()).build();
        assertThat(reversed.version()).isEqualTo(forward.version()).matches("[0-9a-f]{64}");
        assertThat(reversed).isEqualTo(forward).hasSameHashCodeAs(forward);
    }

    @Test
    @DisplayName("Only a change of law changes the version: facts do not")
    void onlyLawChangesTheVersion() {
        SharingPolicy world = Ruritania.policy();
        SharingPolicy moreFacts = world.toBuilder().putItem(seizure().withStatus(ItemStatus.ERASED)).build();
        assertThat(moreFacts.version()).isEqualTo(world.version());
        SharingPolicy amended = world.toBuilder().putAgreement(mou().toBuilder().title("amended").build()).build();
        assertThat(amended.version()).isNotEqualTo(world.version());
    }

    @Test
    @DisplayName("The canonical JSON is structural: records by component, sets sorted, strings escaped")
    void canonicalJson() {
        assertThat(CanonicalJson.of(new LegalArea(LegalAreaId.of("EU"), "Union\t\"quoted\"",
                new TreeSet<>(Set.of(org.passerelle.model.CountryCode.of("MT"), org.passerelle.model.CountryCode.of("LU"))))))
                .isEqualTo("{\"id\":{\"value\":\"EU\"},\"title\":\"Union\\u0009\\\"quoted\\\"\","
                        + "\"countries\":[{\"code\":\"LU\"},{\"code\":\"MT\"}]}");
        assertThat(CanonicalJson.of(java.util.Map.of("b", 2L, "a", true))).isEqualTo("{\"a\":true,\"b\":2}");
    }

    @Test
    @DisplayName("SR-20: a consent recorded in the store turns the same engine's pending decision into a permit")
    void recordingAFactNeedsNoRecompilation() {
        SharingPolicy world = Ruritania.policy();
        InMemoryFactStore store = InMemoryFactStore.of(world);
        SharingEngine engine = SharingEngine.compile(world.law(), store);
        SharingRequest forward = SharingRequest.builder().id("F").requester(RCA).recipient(RNP).item(SMUGGLER)
                .purpose(DRUGS).at(SC_DAY).build();
        SharingDecision before = engine.decide(forward);
        SharingAssertions.assertThat(before).isPendingConsent().byRule("SR-20");
        long revision = store.recordConsent(consent("C-1", SMUGGLER, FCS, RNP, DRUGS, LocalDate.of(2024, 5, 1)));
        SharingDecision after = engine.decide(forward);
        SharingAssertions.assertThat(after).letsTheFlowGo();
        assertThat(after.lawVersion()).isEqualTo(before.lawVersion()).isEqualTo(world.law().version());
        assertThat(after.factsRevision()).isEqualTo(revision).isGreaterThan(before.factsRevision());
    }

    @Test
    @DisplayName("The store keeps revisions per item: a consent moves the snapshot, not the item's own revision")
    void revisions() {
        InMemoryFactStore store = InMemoryFactStore.create();
        assertThat(store.revision()).isZero();
        long r1 = store.recordItem(smuggler());
        long r2 = store.recordConsent(consent("C-1", SMUGGLER, FCS, RNP, DRUGS, LocalDate.of(2024, 5, 1)));
        ItemFacts f = store.facts(ItemId.of(SMUGGLER)).orElseThrow();
        assertThat(f.itemRevision()).isEqualTo(r1);
        assertThat(f.revision()).isEqualTo(r2).isGreaterThan(r1);
        assertThat(f.consents()).hasSize(1);
        assertThat(store.facts(ItemId.of("NONE"))).isEmpty();
        long r3 = store.recordItem(smuggler().withStatus(ItemStatus.INACCURATE));
        assertThat(store.facts(ItemId.of(SMUGGLER)).orElseThrow().itemRevision()).isEqualTo(r3);
        assertThat(store.facts(ItemId.of(SMUGGLER)).orElseThrow().consents()).as("kept across a new version")
                .hasSize(1);
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    @DisplayName("SR-20: only the originator consents; a fact about an unknown item is refused; nothing half-recorded")
    void theStoreChecksFacts() {
        InMemoryFactStore store = InMemoryFactStore.create();
        store.recordItem(smuggler());
        long before = store.revision();
        assertThatThrownBy(() -> store.recordConsent(consent("C-X", SMUGGLER, RCA, RNP, DRUGS, LocalDate.of(2024, 5, 1))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("consent C-X.grantedBy")
                .hasMessageContaining("only the item's originator FCS");
        assertThatThrownBy(() -> store.recordConsent(consent("C-Y", "GHOST", FCS, RNP, DRUGS, LocalDate.of(2024, 5, 1))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("consent C-Y.item");
        assertThatThrownBy(() -> store.recordDisclosure(new Disclosure("r-1", ItemId.of("GHOST"), AgencyId.of(RCA),
                AgencyId.of(RNP), PurposeId.of(DRUGS), null, SC_DAY))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("GHOST");
        assertThatThrownBy(() -> store.recordItem(InformationItem.builder(SMUGGLER).title("t").originator(RCA)
                .category(InformationCategory.PERSONAL_DATA).build())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("originator");
        assertThat(store.revision()).isEqualTo(before);
    }

    @Test
    @DisplayName("An item naming an agency or custody agreement the law does not know is refused, fail closed")
    void anItemOfUnknownAgenciesFailsClosed() {
        InMemoryFactStore store = InMemoryFactStore.create();
        store.recordItem(InformationItem.builder("ODD").title("odd").originator("NOBODY")
                .category(InformationCategory.SEIZURE_REPORT).build());
        SharingEngine engine = SharingEngine.compile(Ruritania.policy().law(), store);
        SharingAssertions.assertThat(engine.decide(SharingRequest.builder().id("O").recipient(RNP).item("ODD")
                .purpose(DRUGS).at(SC_DAY).build())).isRefused().byRule("FAIL-CLOSED");
        store.recordItem(InformationItem.builder("ODD-HOP").title("odd").originator(FCS)
                .hop(RCA, "NO-SUCH-AGREEMENT", LocalDate.of(2024, 1, 1)).category(InformationCategory.SEIZURE_REPORT)
                .build());
        SharingDecision d = engine.decide(SharingRequest.builder().id("H").requester(RCA).recipient(RNP)
                .item("ODD-HOP").purpose(DRUGS).at(SC_DAY).build());
        SharingAssertions.assertThat(d).isRefused().byRule("FAIL-CLOSED");
        assertThat(d.explanation()).contains("NO-SUCH-AGREEMENT");
    }

    @Test
    @DisplayName("SR-30: a recall follows the custody chain and every disclosure, onward ones included")
    void recallFollowsDisclosuresTransitively() {
        InMemoryFactStore store = InMemoryFactStore.of(Ruritania.policy());
        ItemId id = ItemId.of(SEIZURE);
        store.recordDisclosure(new Disclosure("d-1", id, AgencyId.of(RCA), AgencyId.of(RNP), PurposeId.of(DRUGS),
                AgreementId.of(MOU), SC_DAY));
        store.recordDisclosure(new Disclosure("d-2", id, AgencyId.of(RNP), AgencyId.of(RNCB), PurposeId.of(DRUGS),
                AgreementId.of(MOU), SC_DAY.plusSeconds(60)));
        store.recordDisclosure(new Disclosure("d-3", id, AgencyId.of(RCA), AgencyId.of(RNP), PurposeId.of(FIREARMS),
                AgreementId.of(MOU), SC_DAY.plusSeconds(120)));
        SharingEngine engine = SharingEngine.compile(Ruritania.policy().law(), store);
        Recall recall = engine.recall(id, ItemStatus.ERASED, SC_DAY.plusSeconds(3600));
        assertThat(recall.notifications()).extracting(Recall.Notification::recipient)
                .containsExactly(AgencyId.of(RNP), AgencyId.of(RNCB));
        assertThat(recall.notifications().get(1).notifier()).isEqualTo(AgencyId.of(RNP));
        assertThat(recall.notifications().get(1).disclosure()).isEqualTo("d-2");
        assertThat(recall.tasks()).extracting(Recall.Task::kind).containsOnly(Recall.TaskKind.ERASE);
        SharingAssertions.assertThat(engine.decide(sc01Request().build())).isRefused().byRule("SR-30");
    }

    @Test
    @DisplayName("SR-30: inaccurate gives correction tasks, wrongly transmitted erasure; an active item is not recalled")
    void recallTasks() {
        InMemoryFactStore store = InMemoryFactStore.of(Ruritania.policy());
        SharingEngine engine = SharingEngine.compile(Ruritania.policy().law(), store);
        Recall inaccurate = engine.recall(ItemId.of(SMUGGLER), ItemStatus.INACCURATE, SC_DAY);
        assertThat(inaccurate.notifications()).extracting(Recall.Notification::recipient)
                .containsExactly(AgencyId.of(RCA));
        assertThat(inaccurate.notifications().get(0).agreement()).isEqualTo(AgreementId.of(NAPLES));
        assertThat(inaccurate.tasks()).containsExactly(new Recall.Task(AgencyId.of(RCA), Recall.TaskKind.CORRECT));
        Recall wrong = engine.recall(ItemId.of(SMUGGLER), ItemStatus.WRONGLY_TRANSMITTED, SC_DAY);
        assertThat(wrong.tasks()).containsExactly(new Recall.Task(AgencyId.of(RCA), Recall.TaskKind.ERASE));
        SharingAssertions.assertThat(engine.decide(SharingRequest.builder().id("S").requester(RCA).recipient(RPP)
                .item(SMUGGLER).purpose(CUSTOMS_PROSECUTION).at(SC_DAY).build())).isRefused().byRule("SR-30");
        assertThatThrownBy(() -> engine.recall(ItemId.of(SEIZURE), ItemStatus.ACTIVE, SC_DAY))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> engine.recall(ItemId.of("GHOST"), ItemStatus.ERASED, SC_DAY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("GHOST");
        assertThat(engine.recall(ItemId.of(DECLARATIONS), ItemStatus.ERASED, SC_DAY).notifications())
                .as("never shared: nobody to notify").isEmpty();
    }

    @Test
    @DisplayName("One home per rule: the table of checks runs every check exactly once")
    void theTableHoldsEveryCheckOnce() {
        EnumSet<Check> seen = EnumSet.noneOf(Check.class);
        for (Check c : Check.ORDER) {
            assertThat(seen.add(c)).as("%s twice", c).isTrue();
        }
        assertThat(seen).containsExactlyInAnyOrder(Check.values());
        assertThat(Check.ORDER[Check.ORDER.length - 1]).isEqualTo(Check.EMERGENCY);
    }
}
