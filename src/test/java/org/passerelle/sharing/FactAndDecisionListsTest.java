package org.passerelle.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.testing.Ruritania.DRUGS;
import static org.passerelle.testing.Ruritania.RCA;
import static org.passerelle.testing.Ruritania.RNP;
import static org.passerelle.testing.Ruritania.RTA;
import static org.passerelle.testing.Ruritania.SC_DAY;
import static org.passerelle.testing.Ruritania.SMUGGLER;
import static org.passerelle.testing.Ruritania.smuggler;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.model.AgencyId;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.ItemId;
import org.passerelle.testing.Ruritania;

/**
 * The lists a decision and an item's facts hand out ({@link SharingDecision#hits()},
 * {@link ItemFacts#disclosures()} and the like) behave as {@link List#of} lists: unmodifiable, each
 * snapshot holding exactly its own elements even when several are derived from one, searchable
 * from both ends, hostile to null; and the lists given to a decision are copied, so the caller's
 * later changes do not reach it.
 */
class FactAndDecisionListsTest {
    private static final ItemId ITEM = ItemId.of(SMUGGLER);

    @Test
    void snapshotsDerivedFromOneHoldEachExactlyTheirOwnFacts() {
        ItemFacts base = ItemFacts.first(smuggler(), 1).withDisclosure(disclosure("d-0"), 2);
        List<ItemFacts> branches = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            branches.add(base.withDisclosure(disclosure("d-" + i), 2 + i));
        }
        assertThat(base.disclosures()).containsExactly(disclosure("d-0"));
        for (int i = 1; i <= 4; i++) {
            assertThat(branches.get(i - 1).disclosures()).as("branch %s", i)
                    .containsExactly(disclosure("d-0"), disclosure("d-" + i));
            assertThat(base.disclosures().contains(disclosure("d-" + i))).isFalse();
            assertThat(base.disclosures().indexOf(disclosure("d-" + i))).isEqualTo(-1);
        }
        ItemFacts longer = branches.get(0).withDisclosure(disclosure("d-5"), 10);
        assertThat(longer.disclosures()).containsExactly(disclosure("d-0"), disclosure("d-1"), disclosure("d-5"));
        assertThat(branches.get(0).disclosures()).hasSize(2);
    }

    @Test
    void aLongHistoryKeepsEveryFactInOrder() {
        ItemFacts f = ItemFacts.first(smuggler(), 1);
        List<Disclosure> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Disclosure d = disclosure("d-" + i);
            expected.add(d);
            f = f.withDisclosure(d, 2 + i);
            assertThat(f.disclosures()).isEqualTo(expected);
        }
        assertThat(f.revision()).isEqualTo(41);
    }

    @Test
    void listsAreSearchedFromBothEnds() {
        Disclosure a = disclosure("a");
        Disclosure b = disclosure("b");
        ItemFacts f = ItemFacts.first(smuggler(), 1).withDisclosure(a, 2).withDisclosure(b, 3).withDisclosure(a, 4);
        List<Disclosure> list = f.disclosures();
        assertThat(list.indexOf(a)).isZero();
        assertThat(list.lastIndexOf(a)).isEqualTo(2);
        assertThat(list.indexOf(b)).isEqualTo(1);
        assertThat(list.lastIndexOf(b)).isEqualTo(1);
        assertThat(list.indexOf(disclosure("c"))).isEqualTo(-1);
        assertThat(list.lastIndexOf(disclosure("c"))).isEqualTo(-1);
        assertThat(list.contains(b)).isTrue();
        assertThat(list.contains(disclosure("c"))).isFalse();
        assertThat(list.toArray()).containsExactly(a, b, a);
        assertThatThrownBy(() -> list.indexOf(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> list.lastIndexOf(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> list.add(b)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void theHitsOfADecisionAreSearchable() {
        SharingDecision d = SharingEngine.compile(Ruritania.policy()).decide(Ruritania.sc01Request().build());
        List<RuleHit> hits = d.hits();
        assertThat(hits).hasSizeGreaterThan(2);
        for (int i = 0; i < hits.size(); i++) {
            assertThat(hits.indexOf(hits.get(i))).isEqualTo(i);
            assertThat(hits.lastIndexOf(hits.get(i))).isEqualTo(i);
            assertThat(hits.contains(hits.get(i))).isTrue();
        }
        RuleHit absent = new RuleHit(SharingRule.SR_08, Outcome.DENY, "not in this decision");
        assertThat(hits.indexOf(absent)).isEqualTo(-1);
        assertThat(hits.lastIndexOf(absent)).isEqualTo(-1);
        assertThat(hits.contains(absent)).isFalse();
        assertThat(d.conditions().contains(new Condition.NoOnwardTransfer())).isFalse();
        assertThatThrownBy(() -> hits.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theListsGivenToADecisionAreCopiedAndChecked() {
        SharingRequest r = Ruritania.sc01Request().build();
        List<RuleHit> hits = new ArrayList<>(List.of(new RuleHit(SharingRule.SR_06, Outcome.DENY, "why")));
        List<RuleHit> also = new ArrayList<>(List.of(new RuleHit(SharingRule.SR_04, Outcome.DENY, "no party")));
        SharingDecision d = new SharingDecision(r, r.instant(), Outcome.DENY, null, List.of(), hits, "v", 0, also);
        hits.add(new RuleHit(SharingRule.SR_07, Outcome.DENY, "later"));
        also.clear();
        assertThat(d.hits()).hasSize(1);
        assertThat(d.alsoConsidered()).hasSize(1);
        assertThatThrownBy(() -> d.hits().add(new RuleHit(SharingRule.SR_07, Outcome.DENY, "x")))
                .isInstanceOf(UnsupportedOperationException.class);
        List<RuleHit> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> new SharingDecision(r, r.instant(), Outcome.DENY, null, List.of(), withNull, "v", 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("hits");
    }

    @Test
    void theFactsAStoreHandsOutAreCopiesTheStoreNoLongerWrites() {
        InMemoryFactStore store = InMemoryFactStore.create();
        store.recordItem(smuggler());
        store.recordDisclosure(disclosure("d-1"));
        ItemFacts before = store.facts(ITEM).orElseThrow();
        store.recordDisclosure(disclosure("d-2"));
        assertThat(before.disclosures()).containsExactly(disclosure("d-1"));
        assertThat(store.facts(ITEM).orElseThrow().disclosures()).containsExactly(disclosure("d-1"), disclosure("d-2"));
    }

    private static Disclosure disclosure(String id) {
        return new Disclosure(id, ITEM, AgencyId.of(RCA), AgencyId.of(id.endsWith("0") ? RTA : RNP),
                PurposeId.of(DRUGS), null, SC_DAY);
    }
}
