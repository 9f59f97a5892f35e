package org.passerelle.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.state.KeyValueStore;
import org.passerelle.model.InvalidValueException;
import org.passerelle.sharing.Consent;
import org.passerelle.sharing.Disclosure;
import org.passerelle.sharing.FactStore;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.ItemFacts;
import org.passerelle.sharing.ItemId;
import org.passerelle.sharing.ItemStatus;
import org.passerelle.sharing.Objection;

/**
 * The {@link FactStore} of one stream task: the facts of the items of its partition, one
 * {@link ItemFacts} snapshot per item in a Kafka Streams key-value store (so in its changelog, and
 * committed with the outputs, exactly once), and the task's revision in a second store.
 *
 * <p>The checks and the transitions of a snapshot are {@link ItemFacts}'s own, as for every store.
 * An objection must name its item: one naming none would concern every partition. Confined to the
 * thread of its task, as its stores are; the disclosures recorded are kept until the processor
 * takes them to send them on.
 */
final class StreamsFactStore implements FactStore {
    static final String REVISION = "revision";
    private final KeyValueStore<String, ItemFacts> items;
    private final KeyValueStore<String, Long> revisions;
    private final List<Disclosure> recorded = new ArrayList<>();

    StreamsFactStore(KeyValueStore<String, ItemFacts> items, KeyValueStore<String, Long> revisions) {
        this.items = items;
        this.revisions = revisions;
    }

    @Override
    public Optional<ItemFacts> facts(ItemId item) {
        return Optional.ofNullable(items.get(item.value()));
    }

    @Override
    public long recordItem(InformationItem item) {
        ItemFacts old = items.get(item.id().value());
        long next = revision() + 1;
        put(old == null ? ItemFacts.first(item, next) : old.withItem(item, next), next);
        return next;
    }

    @Override
    public long recordStatus(ItemId item, ItemStatus status) {
        return recordItem(recorded(item, "item").item().withStatus(status));
    }

    @Override
    public long recordConsent(Consent consent) {
        ItemFacts old = recorded(consent.item(), "consent " + consent.id());
        long next = revision() + 1;
        put(old.withConsent(consent, next), next);
        return next;
    }

    @Override
    public long recordObjection(Objection objection) {
        if (objection.item() == null) {
            throw new InvalidValueException("objection " + objection.id() + ".item", "(none)",
                    "must name its item: the facts are partitioned by item, and an objection to every item of a"
                            + " supplier would have to reach every partition");
        }
        ItemFacts old = recorded(objection.item(), "objection " + objection.id());
        long next = revision() + 1;
        put(old.withObjection(objection, next), next);
        return next;
    }

    @Override
    public long recordDisclosure(Disclosure disclosure) {
        ItemFacts old = recorded(disclosure.item(), "disclosure " + disclosure.recordId());
        long next = revision() + 1;
        put(old.withDisclosure(disclosure, next), next);
        recorded.add(disclosure);
        return next;
    }

    @Override
    public long revision() {
        Long r = revisions.get(REVISION);
        return r == null ? 0 : r;
    }

    /** Returns the disclosures recorded since the last call, and forgets them. */
    List<Disclosure> takeDisclosures() {
        List<Disclosure> out = List.copyOf(recorded);
        recorded.clear();
        return out;
    }

    private ItemFacts recorded(ItemId item, String what) {
        ItemFacts f = items.get(item.value());
        if (f == null) {
            throw new InvalidValueException(what + ".item", item.value(), "names no recorded item");
        }
        return f;
    }

    private void put(ItemFacts facts, long revision) {
        items.put(facts.item().id().value(), facts);
        revisions.put(REVISION, revision);
    }
}
