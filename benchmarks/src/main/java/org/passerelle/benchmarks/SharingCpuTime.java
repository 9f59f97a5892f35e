package org.passerelle.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntFunction;
import org.passerelle.sharing.SharingRequest;

/**
 * A companion to {@link SharingDecisionBenchmark}, {@link SharingExplainBenchmark} and
 * {@link SharingStoreBenchmark} for shared, overloaded machines: the same engines and request
 * streams, timed in thread CPU time (which time slices given to other processes do not inflate,
 * unlike JMH's wall-clock time). Not a JMH benchmark: a warm-up pass, then measured passes; the
 * best of three is printed.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.passerelle.benchmarks.SharingCpuTime}.
 */
public final class SharingCpuTime {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final int OPS = 300_000;

    private SharingCpuTime() {
    }

    /**
     * Runs every configuration and prints one line each.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        System.out.println("configuration                                cpu-ns/op");
        SharingPolicyGenerator g = SharingPolicyGenerator.scaled(1_000, SharingState.REQUESTS, 42);
        SharingRequest[] requests = g.requests.toArray(new SharingRequest[0]);
        HandWrittenSharing hand = new HandWrittenSharing(g.policy);
        PasserelleSharing passerelle = new PasserelleSharing(g.policy);
        print("handWritten decide, 1,000 agreements", i -> hand.decideNative(requests[i]));
        print("passerelle decide, 1,000 agreements", i -> passerelle.decideNative(requests[i]));
        print("passerelle decide + explanation", i -> passerelle.explain(requests[i]));
        for (int items : new int[] {10_000, 1_000_000}) {
            SharingStoreBenchmark store = new SharingStoreBenchmark();
            store.items = items;
            store.setUp();
            print("store of " + items + " items: decide", i -> store.engine.decide(store.requests[i]));
            print("store of " + items + " items: recordItem", i -> store.store.recordItem(store.stored[i]));
            print("store of " + items + " items: recordConsent", i -> store.recordConsent());
        }
    }

    private static void print(String name, IntFunction<Object> op) {
        Object sink = null;
        for (int i = 0; i < OPS; i++) {
            sink = op.apply(i & (SharingState.REQUESTS - 1));
        }
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long start = CPU.getCurrentThreadCpuTime();
            for (int i = 0; i < OPS; i++) {
                sink = op.apply(i & (SharingState.REQUESTS - 1));
            }
            best = Math.min(best, CPU.getCurrentThreadCpuTime() - start);
        }
        System.out.printf("%-44s %9d%s%n", name, best / OPS, sink == null ? " (no result)" : "");
    }
}
