package org.passerelle.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.passerelle.sharing.SharingRequest;

/**
 * Runs the conformance gate for every contender at every size, before any timing, and measures on the
 * way what JMH does not: the time to load a policy (translate and build, cold, once) and the heap the
 * built contender retains. Exits non-zero on the first disagreement, which stops the run scripts.
 *
 * <p>Arguments: {@code --sizes 10,100,1000,10000 --contenders a,b,c --random 2000 --exhaustive true
 * --out file.md}; a
 * contender named {@code name@max} runs only up to {@code max} agreements.
 */
public final class Gate {
    private Gate() {
    }

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = List.of(10, 100, 1000, 10000);
        List<String> contenders = new ArrayList<>(Contenders.ALL);
        int random = 2000;
        boolean exhaustive = true;
        Path out = null;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[i + 1].split(",")).map(Integer::valueOf).toList();
                case "--contenders" -> contenders = List.of(args[i + 1].split(","));
                case "--random" -> random = Integer.parseInt(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--exhaustive" -> exhaustive = Boolean.parseBoolean(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        StringBuilder md = new StringBuilder();
        md.append("| agreements | contender | requests checked | permits | pending | denials | load (ms) | retained heap (MB) | gate (ms) |\n");
        md.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int size : sizes) {
            int count = size >= 10_000 ? Math.min(random, 300) : random;
            SharingPolicyGenerator g = SharingPolicyGenerator.scaled(size, count, 42);
            List<SharingRequest> corpus = Conformance.corpus(g, count, exhaustive);
            SharingContender baseline = new HandWrittenSharing(g.policy);
            for (String spec : contenders) {
                String name = spec.contains("@") ? spec.substring(0, spec.indexOf('@')) : spec;
                if (spec.contains("@") && size > Integer.parseInt(spec.substring(spec.indexOf('@') + 1))) {
                    continue;
                }
                long before = usedHeap(memory);
                long t0 = System.nanoTime();
                SharingContender c = Contenders.create(name, g.policy);
                long load = System.nanoTime() - t0;
                long retained = usedHeap(memory) - before;
                long t1 = System.nanoTime();
                Conformance.Tally t = Conformance.check(c, baseline, corpus);
                long gate = System.nanoTime() - t1;
                String row = String.format(Locale.ROOT, "| %,d | %s | %,d | %,d | %,d | %,d | %,.0f | %.1f | %,.0f |",
                        size, name, t.requests(), t.permits(), t.pending(), t.denials(), load / 1e6,
                        Math.max(0, retained) / 1048576.0, gate / 1e6);
                System.out.println(row);
                md.append(row).append('\n');
                c = null;
            }
        }
        System.out.println("conformance gate: every contender agrees with the hand-written baseline");
        if (out != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, md);
        }
    }

    private static long usedHeap(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
