package org.passerelle.benchmarks;

import java.util.List;
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
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingRequest;

/**
 * A sharing decision on a generated policy (200 agencies, 1,000 agreements by default), Passerelle's
 * compiled engine against the hand-written baseline, in the same run. The requests are a seeded, mixed
 * stream read from an array; before any timing, both must agree on every request (the conformance gate).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class SharingDecisionBenchmark {
    private static final int REQUESTS = 1024;

    @Param({"200"})
    int agencies;

    @Param({"1000"})
    int agreements;

    SharingEngine engine;
    HandWrittenSharing baseline;
    SharingRequest[] requests;

    /** A per-thread cursor over the request stream. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        SharingRequest take(SharingRequest[] requests) {
            return requests[next++ & (REQUESTS - 1)];
        }
    }

    /** Generates the policy, compiles it and runs the conformance gate. */
    @Setup(Level.Trial)
    public void setUp() {
        SharingPolicyGenerator g = new SharingPolicyGenerator(agencies, agreements, 500, REQUESTS, 42);
        engine = SharingEngine.compile(g.policy);
        baseline = new HandWrittenSharing(g.policy);
        requests = g.requests.toArray(new SharingRequest[0]);
        Conformance.check(engine, baseline, List.of(requests));
    }

    /** Passerelle's compiled engine: the bare decision. */
    @Benchmark
    public SharingDecision passerelle(Cursor c) {
        return engine.decide(c.take(requests));
    }

    /** Passerelle's compiled engine, with the explanation text rendered. */
    @Benchmark
    public String passerelleExplained(Cursor c) {
        return engine.decide(c.take(requests)).explanation();
    }

    /** The hand-written if-chain over hash lookups. */
    @Benchmark
    public Object handWritten(Cursor c) {
        return baseline.decide(c.take(requests));
    }
}
