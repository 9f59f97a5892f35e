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
 * a hash lookup; recording a fact copies the lists of that one item. This class is thread-safe.
 */
public final class InMemoryFactStore implements FactStore {
    private final Map<ItemId, ItemFacts> items = new ConcurrentHashMap<>();
    /** Objections naming no item, as an immutable list replaced whole. */
    private volatile List<Objection> standing = List.of();
    private volatile long standingRevision;
    private volatile long revision;

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
        ItemFacts f = items.get(item);
        if (f == null) {
            return Optional.empty();
        }
        List<Objection> general = standing;
        if (general.isEmpty()) {
            return Optional.of(f);
        }
        List<Objection> all = new ArrayList<>(f.objections().size() + general.size());
        all.addAll(f.objections());
        all.addAll(general);
        return Optional.of(new ItemFacts(f.item(), f.itemRevision(), f.consents(), all, f.disclosures(),
                Math.max(f.revision(), standingRevision)));
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
            standing = plus(standing, objection);
            standingRevision = next;
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

    private static <T> List<T> plus(List<T> list, T value) {
        List<T> copy = new ArrayList<>(list.size() + 1);
        copy.addAll(list);
        copy.add(value);
        return List.copyOf(copy);
    }
}
