package org.passerelle.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.testing.Ruritania.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.passerelle.model.AgencyId;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.ItemId;
import org.passerelle.model.ItemStatus;

/**
 * The transitions of an item's facts, which every fact store applies (the in-memory one and the Kafka
 * Streams one alike): each checks the fact against the item, refuses with the field and the value,
 * and moves the revisions.
 */
class ItemFactsTest {
    private static final LocalDate MAY = LocalDate.of(2024, 5, 1);

    @Test
    @DisplayName("A first recording, then a new version: the item's revision moves, its facts stay")
    void versionsOfTheItem() {
        ItemFacts first = ItemFacts.first(smuggler(), 3);
        ItemFacts consented = first.withConsent(consent("C-1", SMUGGLER, FCS, RNP, DRUGS, MAY), 4);
        ItemFacts next = consented.withItem(smuggler().withStatus(ItemStatus.INACCURATE), 7);

        assertThat(first.itemRevision()).isEqualTo(3);
        assertThat(first.revision()).isEqualTo(3);
        assertThat(consented.itemRevision()).isEqualTo(3);
        assertThat(consented.revision()).isEqualTo(4);
        assertThat(next.item().status()).isEqualTo(ItemStatus.INACCURATE);
        assertThat(next.consents()).isEqualTo(consented.consents());
        assertThat(next.itemRevision()).isEqualTo(7);
    }

    @Test
    @DisplayName("SR-20, SR-22: only the originator consents; an objection comes from the originator or a supplier")
    void factsAreCheckedAgainstTheItem() {
        ItemFacts facts = ItemFacts.first(smuggler(), 1);

        assertThatThrownBy(() -> facts.withConsent(consent("C-X", SMUGGLER, RCA, RNP, DRUGS, MAY), 2))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("consent C-X.grantedBy")
                .hasMessageContaining("only the item's originator FCS");
        assertThatThrownBy(() -> facts.withConsent(consent("C-Y", "OTHER-ITEM", FCS, RNP, DRUGS, MAY), 2))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("OTHER-ITEM");
        Objection stranger = new Objection(ConsentId.of("O-1"), mou().id(), AgencyId.of(RNP), ItemId.of(SMUGGLER),
                null, MAY);
        assertThatThrownBy(() -> facts.withObjection(stranger, 2)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("objection O-1.objectedBy").hasMessageContaining("nor an agency that supplied it");
        Objection byOriginator = new Objection(ConsentId.of("O-2"), mou().id(), AgencyId.of(FCS), ItemId.of(SMUGGLER),
                null, MAY);
        assertThat(facts.withObjection(byOriginator, 2).objections()).containsExactly(byOriginator);
        assertThatThrownBy(() -> facts.withItem(InformationItem.builder(SMUGGLER).title("t").originator(RCA)
                .category(InformationCategory.PERSONAL_DATA).build(), 2)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("originator");
        assertThatThrownBy(() -> facts.withDisclosure(new Disclosure("r-1", ItemId.of("GHOST"), AgencyId.of(RCA),
                AgencyId.of(RNP), PurposeId.of(DRUGS), null, SC_DAY), 2)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("GHOST");
    }

    @Test
    @DisplayName("The in-memory store keeps exactly the snapshots the transitions give")
    void theInMemoryStoreAppliesTheTransitions() {
        InMemoryFactStore store = InMemoryFactStore.create();
        Consent consent = consent("C-1", SMUGGLER, FCS, RNP, DRUGS, MAY);
        Disclosure disclosure = new Disclosure("r-1", ItemId.of(SMUGGLER), AgencyId.of(FCS), AgencyId.of(RNP),
                PurposeId.of(DRUGS), null, SC_DAY);

        long r1 = store.recordItem(smuggler());
        long r2 = store.recordConsent(consent);
        long r3 = store.recordDisclosure(disclosure);

        ItemFacts expected = ItemFacts.first(smuggler(), r1).withConsent(consent, r2).withDisclosure(disclosure, r3);
        assertThat(store.facts(ItemId.of(SMUGGLER))).contains(expected);
    }

    @Test
    @DisplayName("SR-20: consents appended to one snapshot in two branches each keep their own, in order")
    void appendingNeverChangesAnEarlierSnapshot() {
        ItemFacts base = ItemFacts.first(smuggler(), 1);
        List<Consent> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Consent c = consent("C-" + i, SMUGGLER, FCS, RNP, DRUGS, MAY);
            many.add(c);
            base = base.withConsent(c, 2 + i);
        }
        Consent left = consent("C-LEFT", SMUGGLER, FCS, RNP, DRUGS, MAY);
        Consent right = consent("C-RIGHT", SMUGGLER, FCS, RNP, DRUGS, MAY);

        ItemFacts one = base.withConsent(left, 100);
        ItemFacts other = base.withConsent(right, 101);

        assertThat(base.consents()).containsExactlyElementsOf(many);
        assertThat(one.consents()).hasSize(41).endsWith(left).doesNotContain(right);
        assertThat(other.consents()).hasSize(41).endsWith(right).doesNotContain(left);
        assertThat(one.consents().subList(0, 40)).isEqualTo(many);
        assertThat(one.consents()).isEqualTo(new ArrayList<>(one.consents()));
        assertThatThrownBy(() -> one.consents().add(left)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> one.consents().contains(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("factsOrNull gives the snapshot facts gives, or null for an unknown item, in every store")
    void factsOrNullIsFactsWithoutTheOptional() {
        InMemoryFactStore store = InMemoryFactStore.create();
        store.recordItem(smuggler());
        store.recordConsent(consent("C-1", SMUGGLER, FCS, RNP, DRUGS, MAY));
        FactStore unwrapping = new FactStore() {
            @Override
            public Optional<ItemFacts> facts(ItemId item) {
                return store.facts(item);
            }

            @Override
            public long recordItem(InformationItem item) {
                return store.recordItem(item);
            }

            @Override
            public long recordStatus(ItemId item, ItemStatus status) {
                return store.recordStatus(item, status);
            }

            @Override
            public long recordConsent(Consent consent) {
                return store.recordConsent(consent);
            }

            @Override
            public long recordObjection(Objection objection) {
                return store.recordObjection(objection);
            }

            @Override
            public long recordDisclosure(Disclosure disclosure) {
                return store.recordDisclosure(disclosure);
            }

            @Override
            public long revision() {
                return store.revision();
            }
        };

        assertThat(store.factsOrNull(ItemId.of(SMUGGLER))).isEqualTo(store.facts(ItemId.of(SMUGGLER)).orElseThrow());
        assertThat(unwrapping.factsOrNull(ItemId.of(SMUGGLER))).isEqualTo(store.facts(ItemId.of(SMUGGLER)).orElseThrow());
        assertThat(store.factsOrNull(ItemId.of("GHOST"))).isNull();
        assertThat(unwrapping.factsOrNull(ItemId.of("GHOST"))).isNull();
    }

    @Test
    @DisplayName("SR-22: a standing objection is in every read of the item, until the item changes, and after")
    void standingObjectionsAreInEveryRead() {
        InMemoryFactStore store = InMemoryFactStore.create();
        store.recordItem(smuggler());
        Objection standing = new Objection(ConsentId.of("O-S"), mou().id(), AgencyId.of(FCS), null, null, MAY);
        long r = store.recordObjection(standing);

        ItemFacts read = store.factsOrNull(ItemId.of(SMUGGLER));
        assertThat(read.objections()).containsExactly(standing);
        assertThat(read.revision()).isEqualTo(r);
        assertThat(store.factsOrNull(ItemId.of(SMUGGLER))).isEqualTo(read);

        Consent c = consent("C-1", SMUGGLER, FCS, RNP, DRUGS, MAY);
        long r2 = store.recordConsent(c);
        ItemFacts after = store.factsOrNull(ItemId.of(SMUGGLER));
        assertThat(after.consents()).containsExactly(c);
        assertThat(after.objections()).containsExactly(standing);
        assertThat(after.revision()).isEqualTo(r2);
        assertThat(store.facts(ItemId.of(SMUGGLER))).contains(after);
    }
}
