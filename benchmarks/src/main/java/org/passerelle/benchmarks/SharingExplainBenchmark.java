package org.passerelle.benchmarks;

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
import org.passerelle.sharing.SharingRequest;

/** Passerelle's decision with its plain-language explanation rendered, against the bare decision. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class SharingExplainBenchmark {
    @Param({"1000"})
    public int agreements;

    PasserelleSharing engine;
    SharingRequest[] requests;

    @Setup(Level.Trial)
    public void setUp() {
        SharingPolicyGenerator g = SharingPolicyGenerator.scaled(agreements, SharingState.REQUESTS, 42);
        engine = new PasserelleSharing(g.policy);
        requests = g.requests.toArray(new SharingRequest[0]);
        Conformance.check(engine, new HandWrittenSharing(g.policy), java.util.List.of(requests));
    }

    @Benchmark
    public Object bare(SharingState.Cursor c) {
        return engine.decideNative(requests[c.take()]);
    }

    @Benchmark
    public String explained(SharingState.Cursor c) {
        return engine.explain(requests[c.take()]);
    }
}
