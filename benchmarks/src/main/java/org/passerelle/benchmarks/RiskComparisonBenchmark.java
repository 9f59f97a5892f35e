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
import org.passerelle.model.Declaration;

/**
 * Risk assessment, Passerelle against Drools and the hand-written baseline on the same indicator set
 * ({@link RiskComparisonData}): nanoseconds per shipment over a stream of declarations read from an
 * array. Each trial's setup builds the contender (Drools build time is printed), then checks it against
 * the hand-written baseline on the stream it will time (up to 10,000 declarations) and fails on a
 * disagreement.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class RiskComparisonBenchmark {
    @Param({"handWritten", "passerelle", "drools", "droolsStateful"})
    String contender;

    @Param({"100", "1000"})
    int indicators;

    @Param({"generated"})
    String shipments;

    @Param({KcsDeclarations.DEFAULT_FOLDER})
    String kcsFolder;

    RiskContender engine;
    Declaration[] declarations;

    /** Builds the policy, the contender and the stream, and runs the conformance gate on the stream. */
    @Setup(Level.Trial)
    public void setUp() {
        RiskComparisonData data = RiskComparisonData.of(shipments, indicators, kcsFolder);
        declarations = data.declarations.toArray(new Declaration[0]);
        long t0 = System.nanoTime();
        engine = RiskContender.create(contender, data.generator);
        System.out.printf("%n%s built in %,d ms (%d indicators)%n", contender, (System.nanoTime() - t0) / 1_000_000,
                indicators);
        RiskContender baseline = new HandWrittenRisk(data.generator);
        List<Declaration> corpus = data.declarations.subList(0, Math.min(10_000, declarations.length));
        for (Declaration d : corpus) {
            RiskContender.Outcome expected = baseline.outcome(baseline.assess(d));
            RiskContender.Outcome actual = engine.outcome(engine.assess(d));
            if (!expected.equals(actual)) {
                throw new IllegalStateException("conformance gate failed on " + d.reference() + ": hand-written "
                        + expected + ", " + contender + " " + actual);
            }
        }
    }

    /** One assessment: nanoseconds per shipment. */
    @Benchmark
    public Object assess(RiskAssessmentBenchmark.Cursor c) {
        return engine.assess(c.take(declarations));
    }
}
