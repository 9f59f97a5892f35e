package org.passerelle.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.testing.Ruritania.DRUGS;
import static org.passerelle.testing.Ruritania.FCS;
import static org.passerelle.testing.Ruritania.RCA;
import static org.passerelle.testing.Ruritania.RNP;
import static org.passerelle.testing.Ruritania.SC_DAY;
import static org.passerelle.testing.Ruritania.SMUGGLER;
import static org.passerelle.testing.Ruritania.consent;
import static org.passerelle.testing.Ruritania.mou;
import static org.passerelle.testing.Ruritania.smuggler;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.model.AgencyId;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.ItemId;
import org.passerelle.model.ItemStatus;
import org.passerelle.testing.Ruritania;

/**
 * The revision contract of {@link FactStore}, on {@link InMemoryFactStore}: every recording returns
 * the store's new revision, one more than the last; {@link FactStore#revision()} is the revision of the
 * last fact recorded; the snapshot of an item after a recording carries a revision at least as high;
 * a refused recording moves nothing.
 */
class FactStoreRevisionsTest {
    private static final LocalDate MAY = LocalDate.of(2024, 5, 1);
    private static final ItemId ITEM = ItemId.of(SMUGGLER);

    @Test
    void everyKindOfRecordingTakesTheNextRevision() {
        InMemoryFactStore store = InMemoryFactStore.create();
        assertThat(store.revision()).isZero();
        assertThat(store.recordItem(smuggler())).isEqualTo(1);
        assertThat(store.recordStatus(ITEM, ItemStatus.INACCURATE)).isEqualTo(2);
        assertThat(store.facts(ITEM).orElseThrow().item().status()).isEqualTo(ItemStatus.INACCURATE);
        assertThat(store.facts(ITEM).orElseThrow().itemRevision()).isEqualTo(2);
        assertThat(store.recordConsent(consent("C-1", SMUGGLER, FCS, RNP, DRUGS, MAY))).isEqualTo(3);
        Objection onItem = new Objection(ConsentId.of("O-1"), mou().id(), AgencyId.of(FCS), ITEM, null, MAY);
        assertThat(store.recordObjection(onItem)).isEqualTo(4);
        assertThat(store.revision()).isEqualTo(4);
        assertThat(store.facts(ITEM).orElseThrow().revision()).isEqualTo(4);
        Objection standing = new Objection(ConsentId.of("O-2"), mou().id(), AgencyId.of(FCS), null, null, MAY);
        assertThat(store.recordObjection(standing)).isEqualTo(5);
        assertThat(store.revision()).isEqualTo(5);
        ItemFacts read = store.facts(ITEM).orElseThrow();
        assertThat(read.revision()).isEqualTo(5);
        assertThat(read.objections()).containsExactly(onItem, standing);
        assertThat(store.recordDisclosure(new Disclosure("r-1", ITEM, AgencyId.of(RCA), AgencyId.of(RNP),
                PurposeId.of(DRUGS), null, SC_DAY))).isEqualTo(6);
        assertThat(store.revision()).isEqualTo(6);
        assertThat(store.facts(ITEM).orElseThrow().revision()).isEqualTo(6);
        assertThat(store.facts(ITEM).orElseThrow().disclosures()).hasSize(1);
        assertThat(store.facts(ITEM).orElseThrow().objections()).containsExactly(onItem, standing);
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void recordingAPolicyTakesOneRevisionPerFact() {
        SharingPolicy policy = Ruritania.policy();
        int facts = policy.items().size() + policy.consents().size() + policy.objections().size();
        InMemoryFactStore store = InMemoryFactStore.of(policy);
        assertThat(store.revision()).isEqualTo(facts);
        assertThat(store.size()).isEqualTo(policy.items().size());
        InMemoryFactStore again = InMemoryFactStore.create();
        long first = again.recordAll(List.of(smuggler()), List.of(), List.of());
        assertThat(first).isEqualTo(1).isEqualTo(again.revision());
        long last = again.recordAll(List.of(), List.of(consent("C-1", SMUGGLER, FCS, RNP, DRUGS, MAY)),
                List.of(new Objection(ConsentId.of("O-1"), mou().id(), AgencyId.of(FCS), null, null, MAY)));
        assertThat(last).isEqualTo(3).isEqualTo(again.revision());
        assertThat(again.recordAll(List.of(), List.of(), List.of())).isEqualTo(3);
    }

    @Test
    void aRefusedRecordingMovesNoRevision() {
        InMemoryFactStore store = InMemoryFactStore.create();
        store.recordItem(smuggler());
        assertThatThrownBy(() -> store.recordStatus(ItemId.of("GHOST"), ItemStatus.INACCURATE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("GHOST")
                .hasMessageContaining("names no recorded item");
        assertThatThrownBy(() -> store.recordObjection(new Objection(ConsentId.of("O-X"), mou().id(),
                AgencyId.of(FCS), ItemId.of("GHOST"), null, MAY))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("objection O-X.item").hasMessageContaining("GHOST")
                .hasMessageContaining("names no item of the policy");
        assertThat(store.revision()).isEqualTo(1);
        assertThat(store.recordConsent(consent("C-1", SMUGGLER, FCS, RNP, DRUGS, MAY))).isEqualTo(2);
    }

    @Test
    void aStandingObjectionIsSeenAfterEveryLaterChangeOfTheItemOrOfTheObjections() {
        InMemoryFactStore store = InMemoryFactStore.create();
        store.recordItem(smuggler());
        assertThat(store.factsOrNull(ITEM).objections()).isEmpty();
        Objection first = new Objection(ConsentId.of("O-1"), mou().id(), AgencyId.of(FCS), null, null, MAY);
        store.recordObjection(first);
        assertThat(store.factsOrNull(ITEM).objections()).containsExactly(first);
        Objection second = new Objection(ConsentId.of("O-2"), mou().id(), AgencyId.of(FCS), null, null, MAY);
        long r = store.recordObjection(second);
        ItemFacts read = store.factsOrNull(ITEM);
        assertThat(read.objections()).containsExactly(first, second);
        assertThat(read.revision()).isEqualTo(r);
        long status = store.recordStatus(ITEM, ItemStatus.INACCURATE);
        ItemFacts after = store.factsOrNull(ITEM);
        assertThat(after.item().status()).isEqualTo(ItemStatus.INACCURATE);
        assertThat(after.objections()).containsExactly(first, second);
        assertThat(after.revision()).isEqualTo(status);
        assertThat(store.factsOrNull(ItemId.of("GHOST"))).isNull();
    }
}
