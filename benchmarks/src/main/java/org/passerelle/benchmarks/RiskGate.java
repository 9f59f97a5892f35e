package org.passerelle.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.passerelle.model.Declaration;
import org.passerelle.risk.Lane;

/**
 * The conformance gate of the risk comparison, run before any timing: every contender must give the
 * same fired indicators, score and lane as the hand-written baseline on every declaration of the
 * corpus (the generated comparison declarations, and a slice of the KCS declarations); the first
 * disagreement is printed and the program exits with status 1, which stops the run scripts. On the
 * way it records each contender's build time (cold, in this JVM) and, with {@code --cpu n}, its
 * thread CPU time per shipment over n assessments after n of warm-up ({@link ThreadMXBean}: time
 * slices given to other processes do not count, unlike wall-clock time).
 *
 * <p>Arguments: {@code --sizes 10,100,1000 --contenders handWritten,passerelle,drools@1000
 * --shipments generated,kcs --kcs 10000 --cpu 20000 --kcsFolder dir --out file.md}; a contender named
 * {@code name@max} runs only up to {@code max} indicators.
 */
public final class RiskGate {
    private RiskGate() {
    }

    /**
     * Runs the gate.
     *
     * @param args the arguments, see the class comment
     * @throws IOException if the output cannot be written
     */
    public static void main(String[] args) throws IOException {
        List<Integer> sizes = List.of(10, 100, 1000);
        List<String> contenders = List.of("handWritten", "passerelle", "drools@1000");
        List<String> streams = List.of("generated", "kcs");
        int kcsSlice = 10_000;
        int cpu = 0;
        String folder = KcsDeclarations.DEFAULT_FOLDER;
        Path out = null;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[i + 1].split(",")).map(Integer::valueOf).toList();
                case "--contenders" -> contenders = List.of(args[i + 1].split(","));
                case "--shipments" -> streams = List.of(args[i + 1].split(","));
                case "--kcs" -> kcsSlice = Integer.parseInt(args[i + 1]);
                case "--cpu" -> cpu = Integer.parseInt(args[i + 1]);
                case "--kcsFolder" -> folder = args[i + 1];
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        StringBuilder md = new StringBuilder();
        md.append("| shipments | indicators | contender | declarations checked | mean fired | red | yellow | blue | green "
                + "| build (ms) | CPU ns/shipment | × hand-written (CPU) |\n");
        md.append("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String stream : streams) {
            for (int size : sizes) {
                RiskComparisonData data = RiskComparisonData.of(stream, size, folder);
                List<Declaration> corpus = stream.equals("kcs")
                        ? data.declarations.subList(0, Math.min(kcsSlice, data.declarations.size())) : data.declarations;
                Declaration[] timed = data.declarations.toArray(new Declaration[0]);
                RiskContender baseline = new HandWrittenRisk(data.generator);
                List<RiskContender.Outcome> expected = new ArrayList<>(corpus.size());
                int[] lanes = new int[Lane.values().length];
                long fired = 0;
                for (Declaration d : corpus) {
                    RiskContender.Outcome o = baseline.outcome(baseline.assess(d));
                    expected.add(o);
                    lanes[o.lane().ordinal()]++;
                    fired += o.fired().size();
                }
                double baseCpu = Double.NaN;
                for (String spec : contenders) {
                    String name = spec.contains("@") ? spec.substring(0, spec.indexOf('@')) : spec;
                    if (spec.contains("@") && size > Integer.parseInt(spec.substring(spec.indexOf('@') + 1))) {
                        continue;
                    }
                    long t0 = System.nanoTime();
                    RiskContender c = RiskContender.create(name, data.generator);
                    long build = (System.nanoTime() - t0) / 1_000_000;
                    for (int i = 0; i < corpus.size(); i++) {
                        RiskContender.Outcome o = c.outcome(c.assess(corpus.get(i)));
                        if (!o.equals(expected.get(i))) {
                            System.err.printf("conformance gate FAILED: %s, %d indicators, %s on declaration %s:%n"
                                    + "  hand-written: %s%n  %s: %s%n", stream, size, name,
                                    corpus.get(i).reference(), expected.get(i), name, o);
                            System.exit(1);
                        }
                    }
                    double cpuNs = cpu > 0 ? cpuTime(c, timed, cpu) : Double.NaN;
                    if (name.equals("handWritten")) {
                        baseCpu = cpuNs;
                    }
                    String row = String.format(Locale.ROOT, "| %s | %,d | %s | %,d | %.2f | %,d | %,d | %,d | %,d | %,d | %s | %s |",
                            stream, size, name, corpus.size(), (double) fired / corpus.size(), lanes[Lane.RED.ordinal()],
                            lanes[Lane.YELLOW.ordinal()], lanes[Lane.BLUE.ordinal()], lanes[Lane.GREEN.ordinal()], build,
                            Double.isNaN(cpuNs) ? "" : String.format(Locale.ROOT, "%,.0f", cpuNs),
                            Double.isNaN(cpuNs) || Double.isNaN(baseCpu) ? ""
                                    : String.format(Locale.ROOT, "%.1f", cpuNs / baseCpu));
                    System.out.println(row);
                    md.append(row).append('\n');
                }
            }
        }
        System.out.println("risk conformance gate: every contender agrees with the hand-written baseline");
        if (out != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, md);
        }
    }

    /** Thread CPU nanoseconds per assessment over n assessments of the stream, after n of warm-up. */
    static double cpuTime(RiskContender c, Declaration[] stream, int n) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        int sink = 0;
        for (int i = 0; i < n; i++) {
            sink += System.identityHashCode(c.assess(stream[i % stream.length])) & 1;
        }
        long start = bean.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            sink += System.identityHashCode(c.assess(stream[i % stream.length])) & 1;
        }
        long cpu = bean.getCurrentThreadCpuTime() - start;
        if (sink == -1) {
            System.out.println(sink);
        }
        return (double) cpu / n;
    }
}
