package org.passerelle.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A sharing decision, per contender and policy size, in the same run: on a prebuilt request (the
 * seeded mixed stream read from an array), from a JSON request (marshalling included), and in batches
 * of 1,000 (reported per decision). Modes, forks, iterations and threads are set by the run scripts.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SharingDecisionBenchmark {
    static final int BATCH = 1000;

    /** A decision on a prebuilt request. */
    @Benchmark
    public Object decide(SharingState s, SharingState.Cursor c) {
        return s.engine.decideNative(s.requests[c.take()]);
    }

    /** A decision from a JSON request: parse, build the request, decide. */
    @Benchmark
    public Object decideJson(SharingState s, SharingState.Cursor c) {
        return s.engine.decideNative(RequestJson.read(s.json[c.take()]));
    }

    /** A batch of 1,000 decisions (one per shipment), reported per decision. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void batch(SharingState s, SharingState.Cursor c, Blackhole bh) {
        for (int i = 0; i < BATCH; i++) {
            bh.consume(s.engine.decideNative(s.requests[c.take()]));
        }
    }
}
