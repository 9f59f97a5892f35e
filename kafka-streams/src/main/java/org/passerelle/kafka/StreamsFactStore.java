package org.passerelle.kafka;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.passerelle.json.PolicyReader;
import org.passerelle.json.PolicyWriter;
import org.passerelle.model.InvalidInputException;
import org.passerelle.sharing.Consent;
import org.passerelle.sharing.Disclosure;
import org.passerelle.sharing.FactStore;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.ItemFacts;
import org.passerelle.model.ItemId;
import org.passerelle.model.ItemStatus;
import org.passerelle.sharing.Objection;

/**
 * The {@link FactStore} of one stream task: the facts of the items of its partition in Kafka Streams
 * key-value stores (so in their changelogs, committed with the outputs, exactly once).
 *
 * <p>Three stores: {@link PasserelleTopology#FACTS_STORE} holds each item's snapshot without its
 * disclosures (item, consents, objections, revisions); {@link PasserelleTopology#DISCLOSURES_STORE}
 * holds each disclosure under {@code itemId/sequence}, so that recording one writes one small record
 * however often the item was disclosed; {@link PasserelleTopology#REVISIONS_STORE} holds the task's
 * revision. Whole snapshots read back are kept in a bounded cache, so a decision on a busy item does
 * not read all its disclosures again. The checks and transitions of a snapshot are
 * {@link ItemFacts}'s own, as for every store. An objection must name its item: one naming none would
 * concern every partition.
 *
 * <p>Confined to the thread of its task, as its stores are; the disclosures recorded are kept until
 * the processor takes them to send them on.
 */
final class StreamsFactStore implements FactStore {
    static final String REVISION = "revision";
    private static final int CACHED_ITEMS = 4_096;
    private final KeyValueStore<String, ItemFacts> items;
    private final KeyValueStore<String, String> disclosures;
    private final KeyValueStore<String, Long> revisions;
    private final PolicyReader reader;
    private final List<Disclosure> recorded = new ArrayList<>();
    private final Map<String, ItemFacts> cache = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ItemFacts> eldest) {
            return size() > CACHED_ITEMS;
        }
    };

    StreamsFactStore(KeyValueStore<String, ItemFacts> items, KeyValueStore<String, String> disclosures,
            KeyValueStore<String, Long> revisions, PolicyReader reader) {
        this.items = items;
        this.disclosures = disclosures;
        this.revisions = revisions;
        this.reader = reader;
    }

    /** The key of the n-th disclosure of an item: ordered by n within the item. */
    static String disclosureKey(String item, int n) {
        return item + "/" + String.format("%010d", n);
    }

    /** Reads the disclosures of an item from a store, in the order they were recorded. */
    static List<Disclosure> disclosures(org.apache.kafka.streams.state.ReadOnlyKeyValueStore<String, String> store,
            String item, PolicyReader reader) {
        List<Disclosure> out = new ArrayList<>();
        try (KeyValueIterator<String, String> it = store.prefixScan(item + "/", Serdes.String().serializer())) {
            while (it.hasNext()) {
                KeyValue<String, String> kv = it.next();
                out.add(reader.readDisclosure(kv.value, PasserelleTopology.DISCLOSURES_STORE + "/" + kv.key));
            }
        }
        return out;
    }

    @Override
    public Optional<ItemFacts> facts(ItemId item) {
        String id = item.value();
        ItemFacts cached = cache.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        ItemFacts base = items.get(id);
        if (base == null) {
            return Optional.empty();
        }
        ItemFacts full = new ItemFacts(base.item(), base.itemRevision(), base.consents(), base.objections(),
                disclosures(disclosures, id, reader), base.revision());
        cache.put(id, full);
        return Optional.of(full);
    }

    @Override
    public long recordItem(InformationItem item) {
        ItemFacts old = facts(item.id()).orElse(null);
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
            throw new InvalidInputException("objection " + objection.id() + ".item", "(none)",
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
        ItemFacts updated = old.withDisclosure(disclosure, next);
        disclosures.put(disclosureKey(disclosure.item().value(), old.disclosures().size()),
                PolicyWriter.writeDisclosure(disclosure));
        put(updated, next);
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
        return facts(item).orElseThrow(() -> new InvalidInputException(what + ".item", item.value(),
                "names no recorded item"));
    }

    /** Stores a snapshot: without its disclosures (they have their own records), and whole in the cache. */
    private void put(ItemFacts facts, long revision) {
        String id = facts.item().id().value();
        items.put(id, new ItemFacts(facts.item(), facts.itemRevision(), facts.consents(), facts.objections(),
                List.of(), facts.revision()));
        revisions.put(REVISION, revision);
        cache.put(id, facts);
    }
}
