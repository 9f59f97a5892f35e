package org.passerelle.sharing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.ItemId;
import org.passerelle.model.ItemStatus;

/**
 * A {@link FactStore} held in memory: one immutable {@link ItemFacts} snapshot per item, replaced
 * whole on every recording, so reads take no lock and never see half a fact.
 *
 * <p>Recordings are serialised with each other and each takes the next revision. Reading an item is
 * a hash lookup that allocates nothing ({@link #factsOrNull}); while objections naming no item are
 * recorded, the snapshot of an item with them is made once per item and kept until the item or
 * those objections change. Recording a fact appends to the lists of that one item in amortised
 * constant time, without copying what was recorded before. This class is thread-safe.
 */
public final class InMemoryFactStore implements FactStore {
    private final Map<ItemId, ItemFacts> items = new ConcurrentHashMap<>();
    /** Objections naming no item, replaced whole. */
    private volatile Standing standing = new Standing(List.of(), 0);
    /** The snapshots of items with the standing objections, each valid for one item snapshot and one standing. */
    private final Map<ItemId, Merged> merged = new ConcurrentHashMap<>();
    private volatile long revision;

    /** The objections naming no item, and the revision of the last one. */
    private record Standing(List<Objection> objections, long revision) {
    }

    /** The snapshot of an item with the standing objections, made from {@code own} and {@code standing}. */
    private record Merged(ItemFacts own, Standing standing, ItemFacts facts) {
    }

    private InMemoryFactStore() {
    }

    /**
     * Creates an empty store.
     *
     * @return the store, not null
     */
    public static InMemoryFactStore create() {
        return new InMemoryFactStore();
    }

    /**
     * Creates a store holding the facts of a policy: its items, then its consents and objections.
     *
     * @param policy the policy, not null
     * @return the store, not null
     */
    public static InMemoryFactStore of(SharingPolicy policy) {
        InMemoryFactStore store = new InMemoryFactStore();
        store.recordAll(policy.items().values(), policy.consents().values(), policy.objections().values());
        return store;
    }

    /**
     * Records items, consents and objections in this order.
     *
     * @param newItems the items, not null
     * @param consents the consents, not null
     * @param objections the objections, not null
     * @return the revision after recording
     * @throws InvalidInputException at the first fact that cannot be recorded; the facts before it stay recorded
     */
    public long recordAll(Collection<InformationItem> newItems, Collection<Consent> consents,
            Collection<Objection> objections) {
        for (InformationItem i : newItems) {
            recordItem(i);
        }
        for (Consent c : consents) {
            recordConsent(c);
        }
        for (Objection o : objections) {
            recordObjection(o);
        }
        return revision;
    }

    @Override
    public Optional<ItemFacts> facts(ItemId item) {
        return Optional.ofNullable(factsOrNull(item));
    }

    @Override
    public ItemFacts factsOrNull(ItemId item) {
        ItemFacts f = items.get(item);
        Standing general = standing;
        if (f == null || general.objections().isEmpty()) {
            return f;
        }
        Merged m = merged.get(item);
        if (m != null && m.own() == f && m.standing() == general) {
            return m.facts();
        }
        List<Objection> all = new ArrayList<>(f.objections().size() + general.objections().size());
        all.addAll(f.objections());
        all.addAll(general.objections());
        ItemFacts withStanding = new ItemFacts(f.item(), f.itemRevision(), f.consents(), FrozenList.copyOf(all),
                f.disclosures(), Math.max(f.revision(), general.revision()));
        merged.put(item, new Merged(f, general, withStanding));
        return withStanding;
    }

    @Override
    public synchronized long recordItem(InformationItem item) {
        ItemFacts old = items.get(item.id());
        long next = revision + 1;
        items.put(item.id(), old == null ? ItemFacts.first(item, next) : old.withItem(item, next));
        revision = next;
        return next;
    }

    @Override
    public synchronized long recordStatus(ItemId item, ItemStatus status) {
        ItemFacts old = items.get(item);
        if (old == null) {
            throw new InvalidInputException("item", item.value(), "names no recorded item");
        }
        return recordItem(old.item().withStatus(status));
    }

    @Override
    public synchronized long recordConsent(Consent consent) {
        ItemFacts old = items.get(consent.item());
        if (old == null) {
            throw new InvalidInputException("consent " + consent.id() + ".item", consent.item().value(),
                    FactChecks.consent(consent, null));
        }
        long next = revision + 1;
        items.put(old.item().id(), old.withConsent(consent, next));
        revision = next;
        return next;
    }

    @Override
    public synchronized long recordObjection(Objection objection) {
        long next = revision + 1;
        if (objection.item() == null) {
            standing = new Standing(FrozenList.plus(standing.objections(), objection), next);
            merged.clear();
        } else {
            ItemFacts old = items.get(objection.item());
            if (old == null) {
                throw new InvalidInputException("objection " + objection.id() + ".item", objection.item().value(),
                        FactChecks.objection(objection, null));
            }
            items.put(old.item().id(), old.withObjection(objection, next));
        }
        revision = next;
        return next;
    }

    @Override
    public synchronized long recordDisclosure(Disclosure disclosure) {
        ItemFacts old = items.get(disclosure.item());
        if (old == null) {
            throw new InvalidInputException("disclosure " + disclosure.recordId() + ".item", disclosure.item().value(),
                    "names no recorded item");
        }
        long next = revision + 1;
        items.put(old.item().id(), old.withDisclosure(disclosure, next));
        revision = next;
        return next;
    }

    @Override
    public long revision() {
        return revision;
    }

    /**
     * Returns the number of items recorded.
     *
     * @return the count
     */
    public int size() {
        return items.size();
    }

    @Override
    public String toString() {
        return "InMemoryFactStore[items=" + items.size() + ", revision=" + revision + "]";
    }
}
