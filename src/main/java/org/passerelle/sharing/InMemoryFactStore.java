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
        if (old == null) {
            items.put(item.id(), new ItemFacts(item, next, List.of(), List.of(), List.of(), next));
        } else {
            if (!old.item().originator().equals(item.originator())) {
                throw new InvalidInputException("item " + item.id() + ".originator", item.originator().value(),
                        "the originator of a recorded item does not change (was " + old.item().originator() + ")");
            }
            items.put(item.id(), new ItemFacts(item, next, old.consents(), old.objections(), old.disclosures(), next));
        }
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
        String problem = FactChecks.consent(consent, old == null ? null : old.item());
        if (problem != null) {
            throw new InvalidInputException("consent " + consent.id() + (old == null ? ".item" : ".grantedBy"),
                    old == null ? consent.item().value() : consent.grantedBy().value(), problem);
        }
        long next = revision + 1;
        items.put(old.item().id(), new ItemFacts(old.item(), old.itemRevision(), plus(old.consents(), consent),
                old.objections(), old.disclosures(), next));
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
            String problem = FactChecks.objection(objection, old == null ? null : old.item());
            if (problem != null) {
                throw new InvalidInputException("objection " + objection.id() + (old == null ? ".item" : ".objectedBy"),
                        old == null ? objection.item().value() : objection.objectedBy().value(), problem);
            }
            items.put(old.item().id(), new ItemFacts(old.item(), old.itemRevision(), old.consents(),
                    plus(old.objections(), objection), old.disclosures(), next));
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
        items.put(old.item().id(), new ItemFacts(old.item(), old.itemRevision(), old.consents(), old.objections(),
                plus(old.disclosures(), disclosure), next));
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
