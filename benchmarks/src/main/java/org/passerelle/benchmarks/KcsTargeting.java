package org.passerelle.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.passerelle.model.Declaration;
import org.passerelle.risk.Assessment;
import org.passerelle.risk.RiskContext;
import org.passerelle.risk.RiskEngine;
import org.passerelle.risk.learn.Inspection;
import org.passerelle.risk.learn.LearnedPolicy;
import org.passerelle.risk.learn.Learner;
import org.passerelle.risk.learn.Metrics;

/**
 * The targeting benchmark of issue 13: learns a scorecard on the KCS synthetic training file, chooses
 * its settings and bands on the validation file, and reports precision, recall and revenue-proxy
 * recall on the test file at 1, 2, 5, 10 and 25% inspected, with the test rows whose price never
 * occurs in training reported apart; plus learning time and assessment time per declaration.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.passerelle.benchmarks.KcsTargeting
 * [kcs-folder] [output-folder]}; the folder defaults to {@code ../shared/data/kcs-synthetic}. The
 * output folder receives {@code results.md}, {@code pr-curve.svg} and {@code explanation.txt}.
 */
public final class KcsTargeting {
    private static final double[] SHARES = {0.01, 0.02, 0.05, 0.10, 0.25};

    private KcsTargeting() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args the KCS folder and the output folder, both optional
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : KcsDeclarations.DEFAULT_FOLDER);
        Path out = Path.of(args.length > 1 ? args[1] : "docs/benchmarks/targeting");
        Files.createDirectories(out);
        int[] skipped = new int[1];
        List<Inspection> train = KcsDeclarations.history(folder.resolve("df_syn_train_eng.csv"), skipped);
        List<Inspection> valid = KcsDeclarations.history(folder.resolve("df_syn_valid_eng.csv"), skipped);
        List<Inspection> test = KcsDeclarations.history(folder.resolve("df_syn_test_eng.csv"), skipped);
        System.out.printf(Locale.ROOT, "read %d train, %d valid, %d test declarations (%d rows skipped)%n",
                train.size(), valid.size(), test.size(), skipped[0]);

        Learner learner = Learner.builder().build();
        learner.learn(train.subList(0, 2000), valid.subList(0, 500)); // warm-up of the JIT, not timed
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        LearnedPolicy learned = learner.learn(train, valid);
        double learnSeconds = (System.nanoTime() - t0) / 1e9;
        double learnCpuSeconds = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
        RiskEngine engine = RiskEngine.compile(learned.policy());
        RiskContext context = learned.policy().context();
        System.out.printf(Locale.ROOT, "learned in %.1f s: %d candidates, %d indicators, smoothing %s, support %d%n",
                learnSeconds, learned.candidates(), learned.policy().indicators().size(), learned.smoothing(),
                learned.minSupport());

        double[] scores = new double[test.size()];
        boolean[] irregular = new boolean[test.size()];
        double[] revenue = new double[test.size()];
        Assessment[] assessments = new Assessment[test.size()];
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < test.size(); i++) {
                Declaration d = test.get(i).declaration();
                assessments[i] = engine.assess(d, context, d.lodgedAt());
            }
        }
        int passes = 5;
        long a0 = System.nanoTime();
        long ac0 = cpu.getCurrentThreadCpuTime();
        for (int pass = 0; pass < passes; pass++) {
            for (int i = 0; i < test.size(); i++) {
                Declaration d = test.get(i).declaration();
                assessments[i] = engine.assess(d, context, d.lodgedAt());
            }
        }
        double microsPerAssessment = (System.nanoTime() - a0) / 1e3 / passes / test.size();
        double cpuMicrosPerAssessment = (cpu.getCurrentThreadCpuTime() - ac0) / 1e3 / passes / test.size();
        for (int i = 0; i < test.size(); i++) {
            scores[i] = assessments[i].score();
            irregular[i] = test.get(i).irregular();
            revenue[i] = test.get(i).declaration().items().get(0).value().amount().doubleValue();
        }
        List<Metrics.Point> all = Metrics.at(scores, irregular, revenue, SHARES);

        Set<String> trainPrices = new HashSet<>();
        for (Inspection i : train) {
            trainPrices.add(i.declaration().items().get(0).value().amount().stripTrailingZeros().toPlainString());
        }
        List<Integer> unseen = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) {
            String p = test.get(i).declaration().items().get(0).value().amount().stripTrailingZeros().toPlainString();
            if (!trainPrices.contains(p)) {
                unseen.add(i);
            }
        }
        double[] us = new double[unseen.size()];
        boolean[] uy = new boolean[unseen.size()];
        double[] ur = new double[unseen.size()];
        for (int j = 0; j < us.length; j++) {
            us[j] = scores[unseen.get(j)];
            uy[j] = irregular[unseen.get(j)];
            ur[j] = revenue[unseen.get(j)];
        }
        List<Metrics.Point> unseenPoints = Metrics.at(us, uy, ur, SHARES);

        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Training %d, validation %d, test %d declarations (%d rows skipped). "
                + "Learning %.1f s CPU, %.1f s wall (%d candidates, %d indicators kept, smoothing %s, minimum "
                + "support %d); assessment %.1f µs CPU, %.1f µs wall per declaration with the learned policy "
                + "(mean of %d passes over the test set, one thread).%n%n",
                train.size(), valid.size(), test.size(), skipped[0], learnCpuSeconds, learnSeconds,
                learned.candidates(), learned.policy().indicators().size(), learned.smoothing(), learned.minSupport(),
                cpuMicrosPerAssessment, microsPerAssessment, passes));
        table(md, "Test set, all " + test.size() + " declarations", all);
        table(md, "Test rows whose price never occurs in training (" + unseen.size() + ")", unseenPoints);
        table(md, "Validation set (bands and settings chosen here)", learned.validation());
        md.append("Family weights (logistic regression, non-negative):\n\n| family | coefficient |\n|---|---:|\n");
        learned.familyWeights().forEach((k, v) -> md.append(String.format(Locale.ROOT, "| %s | %.3f |%n", k, v)));
        Files.writeString(out.resolve("results.md"), md.toString(), StandardCharsets.UTF_8);
        System.out.print(md);

        List<Metrics.Point> curve = new ArrayList<>();
        for (int k = 1; k <= 100; k++) {
            curve.add(Metrics.at(scores, irregular, revenue, k / 100.0).get(0));
        }
        Files.writeString(out.resolve("pr-curve.svg"), svg(curve, all), StandardCharsets.UTF_8);

        int shown = 0;
        StringBuilder ex = new StringBuilder();
        for (int i = 0; i < test.size() && shown < 1; i++) {
            if (assessments[i].lane() == org.passerelle.risk.Lane.RED && irregular[i]) {
                ex.append(assessments[i].explanation()).append('\n');
                shown++;
            }
        }
        Files.writeString(out.resolve("explanation.txt"), ex.toString(), StandardCharsets.UTF_8);
    }

    private static void table(StringBuilder md, String title, List<Metrics.Point> points) {
        md.append("**").append(title).append("**\n\n| inspected | declarations | precision | recall | revenue-proxy recall |\n"
                + "|---:|---:|---:|---:|---:|\n");
        for (Metrics.Point p : points) {
            md.append(String.format(Locale.ROOT, "| %.0f%% | %d | %.1f%% | %.1f%% | %.1f%% |%n", p.share() * 100,
                    p.inspected(), p.precision() * 100, p.recall() * 100, p.revenueRecall() * 100));
        }
        md.append('\n');
    }

    /** A precision-recall plot: the curve over 1..100% inspected, the marked shares and the XGBoost baseline. */
    private static String svg(List<Metrics.Point> curve, List<Metrics.Point> marked) {
        int w = 480;
        int h = 360;
        int left = 50;
        int bottom = 310;
        int size = 400;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", left,
                bottom, left + size, bottom));
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", left,
                bottom, left, bottom - 300));
        for (int t = 0; t <= 10; t += 2) {
            double v = t / 10.0;
            s.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%d\" text-anchor=\"middle\">%.1f</text>%n",
                    left + v * size, bottom + 15, v));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.0f\" text-anchor=\"end\">%.1f</text>%n", left - 5,
                    bottom - v * 300 + 4, v));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">recall</text>%n",
                left + size / 2, bottom + 32));
        s.append(String.format(Locale.ROOT, "<text x=\"12\" y=\"%d\" transform=\"rotate(-90 12 %d)\" "
                + "text-anchor=\"middle\">precision</text>%n", bottom - 150, bottom - 150));
        StringBuilder path = new StringBuilder();
        for (Metrics.Point p : curve) {
            path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f",
                    left + p.recall() * size, bottom - p.precision() * 300));
        }
        s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\"/>\n");
        for (Metrics.Point p : marked) {
            double x = left + p.recall() * size;
            double y = bottom - p.precision() * 300;
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#1f77b4\"/>"
                    + "<text x=\"%.1f\" y=\"%.1f\">%.0f%%</text>%n", x, y, x + 5, y - 5, p.share() * 100));
        }
        double bx = left + 0.616 * size;
        double by = bottom - 0.529 * 300;
        s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"6\" height=\"6\" fill=\"#d62728\"/>"
                + "<text x=\"%.1f\" y=\"%.1f\" fill=\"#d62728\">XGBoost baseline (25.2%%)</text>%n", bx - 3, by - 3,
                bx + 6, by + 14));
        s.append("<text x=\"").append(left + 10).append("\" y=\"20\">Learned scorecard on the KCS synthetic test set: "
                + "precision against recall, 1 to 100% inspected</text>\n");
        s.append("</svg>\n");
        return s.toString();
    }
}
