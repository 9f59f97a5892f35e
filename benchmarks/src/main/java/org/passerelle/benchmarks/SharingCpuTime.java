package org.passerelle.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import org.passerelle.sharing.Consent;
import org.passerelle.sharing.ConsentId;
import org.passerelle.sharing.InMemoryFactStore;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.SharingRequest;

/**
 * A companion to {@link SharingDecisionBenchmark}, {@link SharingExplainBenchmark} and
 * {@link SharingStoreBenchmark} for shared, overloaded machines: the same engines and request
 * streams, timed in thread CPU time (which time slices given to other processes do not inflate,
 * unlike JMH's wall-clock time), with the bytes the thread allocated per operation. Not a JMH
 * benchmark: a warm-up pass, then measured passes; the best of three is printed.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.passerelle.benchmarks.SharingCpuTime},
 * or with the argument {@code decide} for the headline decisions only (without the store sizes).
 */
public final class SharingCpuTime {
    private static final com.sun.management.ThreadMXBean CPU =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final int OPS = 300_000;

    private SharingCpuTime() {
    }

    /**
     * Runs every configuration and prints one line each.
     *
     * @param args {@code decide} for the headline decisions only; nothing for every configuration
     */
    public static void main(String[] args) {
        System.out.println("configuration                                cpu-ns/op       B/op");
        SharingPolicyGenerator g = SharingPolicyGenerator.scaled(1_000, SharingState.REQUESTS, 42);
        SharingRequest[] requests = g.requests.toArray(new SharingRequest[0]);
        HandWrittenSharing hand = new HandWrittenSharing(g.policy);
        PasserelleSharing passerelle = new PasserelleSharing(g.policy);
        print("handWritten decide, 1,000 agreements", i -> hand.decideNative(requests[i]));
        print("passerelle decide, 1,000 agreements", i -> passerelle.decideNative(requests[i]));
        print("passerelle decide + explanation", i -> passerelle.explain(requests[i]));
        if (args.length > 0 && args[0].equals("decide")) {
            return;
        }
        for (int items : new int[] {10_000, 1_000_000}) {
            SharingStoreBenchmark store = new SharingStoreBenchmark();
            store.items = items;
            store.setUp();
            print("store of " + items + " items: decide", i -> store.engine.decide(store.requests[i]));
            print("store of " + items + " items: recordItem", i -> store.store.recordItem(store.stored[i]));
            print("store of " + items + " items: recordConsent", i -> store.recordConsent());
        }
        // Recording a consent does not copy the item's consents so far: the same cost for an item
        // that holds none and one that holds a million (the store's work only: one consent, recorded again).
        for (int held : new int[] {0, 1_000_000}) {
            InMemoryFactStore one = InMemoryFactStore.of(g.policy);
            InformationItem item = g.policy.items().values().iterator().next();
            Consent consent = new Consent(ConsentId.of("HELD"), item.id(), item.originator(), item.originator(), null,
                    null, List.of(), LocalDate.of(2024, 1, 1), null);
            for (int i = 0; i < held; i++) {
                one.recordConsent(consent);
            }
            print("item with " + held + " consents: recordConsent", i -> one.recordConsent(consent));
        }
    }

    private static void print(String name, IntFunction<Object> op) {
        Object sink = null;
        for (int i = 0; i < OPS; i++) {
            sink = op.apply(i & (SharingState.REQUESTS - 1));
        }
        long best = Long.MAX_VALUE;
        long bytes = Long.MAX_VALUE;
        long thread = Thread.currentThread().getId();
        for (int round = 0; round < 3; round++) {
            long allocated = CPU.getThreadAllocatedBytes(thread);
            long start = CPU.getCurrentThreadCpuTime();
            for (int i = 0; i < OPS; i++) {
                sink = op.apply(i & (SharingState.REQUESTS - 1));
            }
            best = Math.min(best, CPU.getCurrentThreadCpuTime() - start);
            bytes = Math.min(bytes, CPU.getThreadAllocatedBytes(thread) - allocated);
        }
        System.out.printf("%-44s %9d %10d%s%n", name, best / OPS, bytes / OPS, sink == null ? " (no result)" : "");
    }
}
