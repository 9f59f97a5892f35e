package org.passerelle.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import org.passerelle.analysis.ChangeImpact;
import org.passerelle.analysis.FlowMatrix;
import org.passerelle.analysis.PolicyAnalysis;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.SharingPolicy;

/**
 * A program, not a JMH benchmark: the workloads of {@link AnalysisBenchmark} (the flow matrix, the change
 * impact of adding one purpose to one agreement, the reverse query) repeated in one JVM, each run reported
 * as the CPU time of the whole process (every thread, JIT and GC included) next to its wall-clock time, so
 * that figures taken on a shared, loaded machine can still be compared.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.passerelle.benchmarks.AnalysisProfile
 * AGREEMENTS RUNS matrix|diff|who}.
 */
public final class AnalysisProfile {
    private AnalysisProfile() {
    }

    /**
     * Runs one workload.
     *
     * @param args the number of agreements, the number of runs, and the workload
     */
    public static void main(String[] args) {
        int agreements = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        String what = args[2];
        LocalDate day = AnalysisBenchmark.DAY;
        SharingPolicy policy = new SharingPolicyGenerator(200, agreements, 100_000, 1, 42).policy;
        SharingPolicy amended = AnalysisBenchmark.amended(policy);
        for (int r = 0; r < runs; r++) {
            long cpu = cpu();
            long wall = System.nanoTime();
            String out;
            if (what.equals("matrix")) {
                FlowMatrix m = PolicyAnalysis.of(policy, day, day).flowMatrix();
                out = m.decisions() + " decisions, " + m.size() + " flows";
            } else if (what.equals("diff")) {
                ChangeImpact impact = PolicyAnalysis.of(policy, day, day).changeTo(amended);
                out = impact.changes().size() + " changes";
            } else {
                PolicyAnalysis analysis = PolicyAnalysis.of(policy, day, day);
                List<InformationItem> sample = List.copyOf(policy.items().values()).subList(0, 1000);
                PurposeId purpose = PurposeId.of(SharingPolicyGenerator.purposeId(0));
                int n = 0;
                for (int i = 0; i < 4000; i++) {
                    n += analysis.whoMayReceive(sample.get(i % 1000).id(), purpose, day).size();
                }
                cpu = cpu();
                wall = System.nanoTime();
                for (int i = 0; i < 2000; i++) {
                    n += analysis.whoMayReceive(sample.get(i % 1000).id(), purpose, day).size();
                }
                out = "per query (after 4,000 to warm up): cpu " + (cpu() - cpu) / 2000 / 1000 + " us, wall "
                        + (System.nanoTime() - wall) / 2000 / 1000 + " us; " + n + " recipients";
            }
            System.out.println(what + " at " + agreements + " agreements, run " + r + ": cpu " + (cpu() - cpu) / 1_000_000
                    + " ms, wall " + (System.nanoTime() - wall) / 1_000_000 + " ms; " + out);
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
