package org.passerelle.benchmarks;

import java.time.LocalDate;
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
import org.passerelle.analysis.ChangeImpact;
import org.passerelle.analysis.FlowMatrix;
import org.passerelle.analysis.PolicyAnalysis;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.SharingAgreement;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingPolicy;

/**
 * The policy analysis (docs/analysis.md) on the generated policy of {@link SharingPolicyGenerator}: 200
 * agencies, 100,000 items and 100 to 10,000 agreements, on one day.
 *
 * <ul>
 *   <li>{@code matrix}: from the policy in memory to the full flow matrix (the analysis' engine
 *       compiled, every class of requests decided). Single shot.</li>
 *   <li>{@code diff}: the change impact of adding one purpose to one agreement in force: the matrix
 *       of the old law, the new one (which reuses the old for the holders the agreement does not
 *       concern) and their comparison. Single shot.</li>
 *   <li>{@code whoMayReceive}: the reverse query for one item and one purpose on a built analysis,
 *       every agency asked. Average time.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class AnalysisBenchmark {
    static final LocalDate DAY = LocalDate.of(2024, 6, 1);

    @Param({"1000"})
    public int agreements;

    @Param({"200"})
    public int agencies;

    @Param({"100000"})
    public int items;

    SharingPolicy policy;
    SharingPolicy amended;
    PolicyAnalysis built;
    List<InformationItem> sample;
    PurposeId purpose;
    int next;

    @Setup(Level.Trial)
    public void setUp() {
        policy = new SharingPolicyGenerator(agencies, agreements, items, 1, 42).policy;
        amended = amended(policy);
        built = PolicyAnalysis.of(policy, DAY, DAY);
        sample = List.copyOf(policy.items().values()).subList(0, 1000);
        purpose = PurposeId.of(SharingPolicyGenerator.purposeId(0));
    }

    /**
     * The amendment of the change impact: the first agreement in force on {@link #DAY} given the first
     * purpose it does not list (so that the change opens flows, for the two parties only).
     */
    static SharingPolicy amended(SharingPolicy policy) {
        for (SharingAgreement g : policy.agreements().values()) {
            if (!g.isInForceOn(DAY)) {
                continue;
            }
            for (int p = 0; p < SharingPolicyGenerator.PURPOSES; p++) {
                String added = SharingPolicyGenerator.purposeId(p);
                if (!g.purposes().contains(PurposeId.of(added))) {
                    return policy.toBuilder().putAgreement(g.toBuilder().purposes(added).build()).build();
                }
            }
        }
        throw new IllegalStateException("no agreement in force on " + DAY);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public FlowMatrix matrix() {
        return PolicyAnalysis.of(policy, DAY, DAY).flowMatrix();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public ChangeImpact diff() {
        return PolicyAnalysis.of(policy, DAY, DAY).changeTo(amended);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 3, time = 1)
    public List<SharingDecision> whoMayReceive() {
        InformationItem item = sample.get(next++ % sample.size());
        return built.whoMayReceive(item.id(), purpose, DAY);
    }
}
