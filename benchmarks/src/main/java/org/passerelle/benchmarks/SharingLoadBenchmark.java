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
import org.passerelle.sharing.SharingPolicy;

/**
 * Policy load and compile time: from the policy in memory to a contender ready to decide, including
 * the translation into the engine's format and the engine's own parsing and compiling. Single shot,
 * after a few warm-up loads.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
@State(Scope.Benchmark)
public class SharingLoadBenchmark {
    @Param({"handWritten", "lookupTable", "passerelle", "drools", "easyRules", "authzforce", "jcasbin"})
    public String contender;

    @Param({"1000"})
    public int agreements;

    SharingPolicy policy;

    @Setup(Level.Trial)
    public void setUp() {
        policy = SharingPolicyGenerator.scaled(agreements, 1, 42).policy;
    }

    @Benchmark
    public Object load() {
        return Contenders.create(contender, policy);
    }
}
