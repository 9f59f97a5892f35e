package org.passerelle.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.passerelle.model.Declaration;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.Party;
import org.passerelle.model.PartyRole;
import org.passerelle.model.TraderId;
import org.passerelle.risk.Assessment;
import org.passerelle.risk.RiskContext;
import org.passerelle.risk.RiskEngine;

/**
 * Risk assessment: nanoseconds per shipment with 10, 100, 1,000 and 10,000 indicators
 * ({@link #assess}), and shipments per second for a batch of 1,024 ({@link #batch}), over generated
 * declarations and over the 54,000 Korea Customs Service synthetic declarations.
 *
 * <p>For {@code shipments=kcs} the policy targets the KCS vocabulary (its HS6 codes and importers)
 * and the folder is {@code -p kcsFolder=...}, or the system property {@code passerelle.kcs}, by
 * default {@value KcsDeclarations#DEFAULT_FOLDER} relative to the directory the benchmark runs from
 * (the project root). The data is read, never copied.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class RiskAssessmentBenchmark {
    private static final int BATCH = 1024;

    @Param({"10", "100", "1000", "10000"})
    int indicators;

    @Param({"generated", "kcs"})
    String shipments;

    @Param({KcsDeclarations.DEFAULT_FOLDER})
    String kcsFolder;

    RiskEngine engine;
    RiskContext context;
    Declaration[] declarations;

    /** A per-thread cursor over the declarations. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        Declaration take(Declaration[] declarations) {
            Declaration d = declarations[next];
            next = next + 1 == declarations.length ? 0 : next + 1;
            return d;
        }
    }

    /** Builds the policy and the shipments. */
    @Setup(Level.Trial)
    public void setUp() {
        RiskPolicyGenerator g;
        List<Declaration> list;
        if (shipments.equals("kcs")) {
            KcsDeclarations kcs = KcsDeclarations.read(Path.of(System.getProperty("passerelle.kcs", kcsFolder)));
            list = kcs.declarations;
            Set<String> hs6 = new LinkedHashSet<>();
            Set<TraderId> importers = new LinkedHashSet<>();
            for (Declaration d : list) {
                for (GoodsItem i : d.items()) {
                    hs6.add(i.commodityCode());
                }
                for (Party p : d.parties()) {
                    if (p.role() == PartyRole.CONSIGNEE && importers.size() < 5000) {
                        importers.add(p.id());
                    }
                }
            }
            g = new RiskPolicyGenerator(indicators, new ArrayList<>(hs6), new ArrayList<>(importers), 42);
            System.out.println("KCS: " + list.size() + " declarations read, " + kcs.skipped + " rows skipped, "
                    + hs6.size() + " HS6 codes");
        } else {
            g = new RiskPolicyGenerator(indicators, RiskPolicyGenerator.generatedHs6(2000, 7),
                    RiskPolicyGenerator.generatedTraders(5000), 42);
            list = g.declarations(4096, 11);
        }
        engine = g.engine();
        context = g.context;
        declarations = list.toArray(new Declaration[0]);
    }

    /** One assessment: nanoseconds per shipment. */
    @Benchmark
    public Assessment assess(Cursor c) {
        return engine.assess(c.take(declarations), context, RiskPolicyGenerator.NOW);
    }

    /** A batch of assessments: shipments per second. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public void batch(Cursor c, Blackhole bh) {
        for (int i = 0; i < BATCH; i++) {
            bh.consume(engine.assess(c.take(declarations), context, RiskPolicyGenerator.NOW));
        }
    }
}
