package org.passerelle.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.passerelle.sharing.Consent;
import org.passerelle.sharing.ConsentId;
import org.passerelle.sharing.InMemoryFactStore;
import org.passerelle.sharing.InformationItem;
import org.passerelle.model.ItemId;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingRequest;

/**
 * Law and facts apart (issue 9): the headline decision at 1,000 agreements with its facts read
 * from an {@link InMemoryFactStore} of 10,000 to 1,000,000 items, and the cost of recording a fact
 * in that store (never a recompilation).
 *
 * <p>The store holds the generated policy's items and, to reach the size, copies of them under new
 * ids; the 1,024 timed requests ask for copies spread over the whole store, so the decision reads
 * an item anywhere in it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class SharingStoreBenchmark {
    @Param({"10000", "1000000"})
    public int items;

    SharingEngine engine;
    InMemoryFactStore store;
    SharingRequest[] requests;
    ItemId[] ids;
    InformationItem[] stored;
    /** Every item of the store, for the consents, which rotate over all of them. */
    InformationItem[] all;
    int nextConsent;

    @Setup(Level.Trial)
    public void setUp() {
        SharingPolicyGenerator g = SharingPolicyGenerator.scaled(1_000, SharingState.REQUESTS, 42);
        store = InMemoryFactStore.of(g.policy);
        List<InformationItem> originals = new ArrayList<>(g.policy.items().values());
        List<InformationItem> copies = new ArrayList<>(items);
        for (int i = originals.size(); i < items; i++) {
            InformationItem o = originals.get(i % originals.size());
            copies.add(new InformationItem(ItemId.of(String.format("CP%07d-%s", i, o.id().value())), o.title(),
                    o.originator(), o.custody(), o.category(), o.fields(), o.markings(), o.restrictions(), o.status(),
                    o.sourceSystem(), o.politicalCharacter()));
        }
        store.recordAll(copies, List.of(), List.of());
        engine = SharingEngine.builder(g.policy.law()).facts(store).build();
        Random rnd = new Random(7);
        requests = new SharingRequest[SharingState.REQUESTS];
        for (int i = 0; i < requests.length; i++) {
            SharingRequest r = g.requests.get(i);
            // A copy of the request's item at a random place in the store (or the item itself).
            int k = rnd.nextInt(Math.max(1, items / originals.size()));
            String id = k == 0 ? r.item().value() : String.format("CP%07d-%s", indexOf(originals, r.item()) + k
                    * originals.size(), r.item().value());
            if (store.facts(ItemId.of(id)).isEmpty()) {
                id = r.item().value();
            }
            requests[i] = r.toBuilder().item(id).build();
            SharingDecision copy = engine.decide(requests[i]);
            SharingDecision original = engine.decide(r);
            if (copy.outcome() != original.outcome()) {
                throw new IllegalStateException("a copy decides otherwise than its original: " + id);
            }
        }
        ids = new ItemId[SharingState.REQUESTS];
        stored = new InformationItem[SharingState.REQUESTS];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = requests[i].item();
            stored[i] = store.facts(ids[i]).orElseThrow().item();
        }
        List<InformationItem> everything = new ArrayList<>(originals);
        everything.addAll(copies);
        all = everything.toArray(new InformationItem[0]);
    }

    private static int indexOf(List<InformationItem> items, ItemId id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("no item " + id);
    }

    /** The headline decision, its facts from the store. */
    @Benchmark
    public SharingDecision decide(SharingState.Cursor c) {
        return engine.decide(requests[c.take()]);
    }

    /** Recording a new revision of an item (its compiled form is recompiled on its next decision only). */
    @Benchmark
    public long recordItem(SharingState.Cursor c) {
        int i = c.take();
        return store.recordItem(stored[i]);
    }

    /**
     * Recording a consent of an item's originator, rotating over every item of the store (an item's
     * consents accumulate over the run: about one per item per million operations).
     */
    @Benchmark
    public long recordConsent() {
        int n = nextConsent++;
        InformationItem item = all[Math.floorMod(n, all.length)];
        return store.recordConsent(new Consent(ConsentId.of("BENCH-" + n), item.id(), item.originator(),
                item.originator(), null, null, List.of(), CONSENT_DAY, null));
    }

    private static final LocalDate CONSENT_DAY = LocalDate.of(2024, 1, 1);
}
