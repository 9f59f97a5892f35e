package org.passerelle.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.passerelle.model.Declaration;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.Party;
import org.passerelle.model.PartyRole;
import org.passerelle.model.TraderId;
import org.passerelle.risk.Assessment;
import org.passerelle.risk.RiskContext;
import org.passerelle.risk.RiskEngine;

/**
 * A companion to {@link RiskAssessmentBenchmark} for shared, overloaded machines: the same
 * policies and shipments, timed in thread CPU time (which time slices given to other processes do
 * not inflate, unlike JMH's wall-clock time), with the size of the output per shipment (fired
 * indicators, matched profiles). Not a JMH benchmark: a warm-up pass, then a measured pass of
 * 100,000 assessments per configuration.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.passerelle.benchmarks.RiskCpuTime [kcsFolder]}.
 */
public final class RiskCpuTime {
    private RiskCpuTime() {
    }

    /**
     * Runs every configuration and prints one line each.
     *
     * @param args optionally the KCS folder
     */
    public static void main(String[] args) {
        String folder = args.length > 0 ? args[0] : System.getProperty("passerelle.kcs", KcsDeclarations.DEFAULT_FOLDER);
        KcsDeclarations kcs = KcsDeclarations.read(Path.of(folder));
        Set<String> hs6 = new LinkedHashSet<>();
        Set<TraderId> importers = new LinkedHashSet<>();
        for (Declaration d : kcs.declarations) {
            for (GoodsItem i : d.items()) {
                hs6.add(i.commodityCode());
            }
            for (Party p : d.parties()) {
                if (p.role() == PartyRole.CONSIGNEE && importers.size() < 5000) {
                    importers.add(p.id());
                }
            }
        }
        System.out.println("shipments  indicators  cpu-ns/shipment  fired-indicators  matched-profiles");
        for (String source : new String[] {"generated", "kcs"}) {
            for (int size : new int[] {10, 100, 1000, 10000}) {
                RiskPolicyGenerator g;
                List<Declaration> list;
                if (source.equals("kcs")) {
                    g = new RiskPolicyGenerator(size, new ArrayList<>(hs6), new ArrayList<>(importers), 42);
                    list = kcs.declarations;
                } else {
                    g = new RiskPolicyGenerator(size, RiskPolicyGenerator.generatedHs6(2000, 7),
                            RiskPolicyGenerator.generatedTraders(5000), 42);
                    list = g.declarations(4096, 11);
                }
                run(source, size, g.engine(), g.context, list.toArray(new Declaration[0]));
            }
        }
    }

    private static void run(String source, int size, RiskEngine engine, RiskContext context, Declaration[] ds) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        int n = 100_000;
        long sink = 0;
        for (int i = 0; i < n; i++) {
            sink += engine.assess(ds[i % ds.length], context, RiskPolicyGenerator.NOW).score();
        }
        long fired = 0;
        long matched = 0;
        long start = bean.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            Assessment a = engine.assess(ds[i % ds.length], context, RiskPolicyGenerator.NOW);
            sink += a.score();
            matched += a.firedProfiles().size();
        }
        long cpu = bean.getCurrentThreadCpuTime() - start;
        for (int i = 0; i < Math.min(n, ds.length); i++) {
            fired += engine.assess(ds[i], context, RiskPolicyGenerator.NOW).firedIndicators().size();
        }
        System.out.printf("%-9s  %10d  %15.0f  %16.2f  %16.2f  (%d)%n", source, size, (double) cpu / n,
                (double) fired / Math.min(n, ds.length), (double) matched / n, sink % 7);
    }
}
