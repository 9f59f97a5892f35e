package org.passerelle.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the raw JMH JSON files of a profile run into Markdown tables ({@code results.md}) and a plot of
 * latency against the number of agreements on log scales ({@code latency-vs-rules.svg}) and of risk
 * assessment latency against the number of indicators ({@code risk-latency-vs-indicators.svg}), written next
 * to them. Argument: the folder holding the JSON files.
 */
public final class Report {
    private static final String[] COLOURS = {"#000000", "#7f7f7f", "#d62728", "#1f77b4", "#2ca02c", "#9467bd",
        "#ff7f0e", "#8c564b"};

    /** One JMH result. */
    record Row(String benchmark, String mode, int threads, String contender, int agreements, double score,
            String unit, double p99, double bytesPerOp, int indicators, String shipments) {
    }

    private Report() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode n : JsonMapper.shared().readTree(f.toFile()).values()) {
                    JsonNode params = n.path("params");
                    JsonNode pm = n.get("primaryMetric");
                    JsonNode gc = n.path("secondaryMetrics").path("gc.alloc.rate.norm");
                    JsonNode pct = pm.path("scorePercentiles").path("99.0");
                    String bench = n.get("benchmark").asString();
                    rows.add(new Row(bench.substring(bench.lastIndexOf('.', bench.lastIndexOf('.') - 1) + 1),
                            n.get("mode").asString(), n.get("threads").asInt(),
                            params.path("contender").isMissingNode() ? "passerelle" : params.path("contender").asString(),
                            params.path("agreements").isMissingNode() ? 0 : Integer.parseInt(params.path("agreements").asString()),
                            pm.get("score").asDouble(), pm.get("scoreUnit").asString(),
                            pct.isMissingNode() ? Double.NaN : pct.asDouble(),
                            gc.isMissingNode() ? Double.NaN : gc.path("score").asDouble(),
                            params.path("indicators").isMissingNode() ? 0 : Integer.parseInt(params.path("indicators").asString()),
                            params.path("shipments").isMissingNode() ? "" : params.path("shipments").asString()));
                }
            }
        }
        StringBuilder md = new StringBuilder();
        decisionTable(md, rows, "SharingDecisionBenchmark.decide", 1, "Decision on a prebuilt request, 1 thread");
        decisionTable(md, rows, "SharingDecisionBenchmark.decide", 2, "Decision on a prebuilt request, 2 threads (ns/op per thread)");
        decisionTable(md, rows, "SharingDecisionBenchmark.decideJson", 1, "Decision from a JSON request (Jackson 3 parse included), 1 thread");
        decisionTable(md, rows, "SharingDecisionBenchmark.batch", 1, "Batch of 1,000 decisions, per decision, 1 thread");
        p99Table(md, rows);
        simpleTable(md, rows, "SharingExplainBenchmark", "Passerelle: explanation rendered vs bare decision");
        simpleTable(md, rows, "SharingLoadBenchmark.load", "Policy load and compile (translation included), ms, single shot after warm-up");
        riskTable(md, rows);
        Files.writeString(dir.resolve("results.md"), md);
        List<Row> sharing = rows.stream().filter(r -> r.benchmark().equals("SharingDecisionBenchmark.decide") && avg(r)
                && r.threads() == 1).toList();
        if (!sharing.isEmpty()) {
            Files.writeString(dir.resolve("latency-vs-rules.svg"), plot(sharing, Contenders.ALL, Row::agreements,
                    "Sharing decision latency vs number of agreements (log-log, ns/op, 1 thread)", "agreements"));
        }
        List<Row> risk = rows.stream().filter(r -> r.benchmark().equals("RiskComparisonBenchmark.assess") && avg(r)
                && r.shipments().equals("generated")).toList();
        if (!risk.isEmpty()) {
            Files.writeString(dir.resolve("risk-latency-vs-indicators.svg"), plot(risk, RiskContender.ALL, Row::indicators,
                    "Risk assessment latency vs number of indicators (log-log, ns/shipment)", "indicators"));
        }
        System.out.println(md);
    }

    private static boolean avg(Row r) {
        return r.mode().equals("avgt");
    }

    private static void decisionTable(StringBuilder md, List<Row> rows, String bench, int threads, String title) {
        List<Row> sel = rows.stream().filter(r -> r.benchmark().equals(bench) && avg(r) && r.threads() == threads).toList();
        if (sel.isEmpty()) {
            return;
        }
        Map<Integer, Double> base = new LinkedHashMap<>();
        sel.stream().filter(r -> r.contender().equals("handWritten")).forEach(r -> base.put(r.agreements(), r.score()));
        md.append("### ").append(title).append("\n\n| contender | agreements | ns/op | B/op | decisions/s | × hand-written |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        for (String c : Contenders.ALL) {
            sel.stream().filter(r -> r.contender().equals(c)).sorted((a, b) -> a.agreements() - b.agreements())
                    .forEach(r -> md.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s | %s |\n", c,
                            r.agreements(), num(r.score()), Double.isNaN(r.bytesPerOp()) ? "" : num(r.bytesPerOp()),
                            num(1e9 / r.score() * threads), base.containsKey(r.agreements())
                                    ? String.format(Locale.ROOT, "%.1f", r.score() / base.get(r.agreements())) : "")));
        }
        md.append('\n');
    }

    /** The risk comparison: ns per shipment, B/op, ratio to hand-written and Drools / Passerelle. */
    private static void riskTable(StringBuilder md, List<Row> rows) {
        List<Row> sel = rows.stream().filter(r -> r.benchmark().equals("RiskComparisonBenchmark.assess") && avg(r)).toList();
        if (sel.isEmpty()) {
            return;
        }
        md.append("### Risk assessment: Passerelle vs Drools, ns per shipment, 1 thread\n\n| contender | shipments | indicators "
                + "| ns/shipment | B/op | shipments/s | × hand-written | Drools / Passerelle |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
        List<String> streams = sel.stream().map(Row::shipments).distinct().sorted().toList();
        for (String stream : streams) {
            for (String c : RiskContender.ALL) {
                sel.stream().filter(r -> r.contender().equals(c) && r.shipments().equals(stream))
                        .sorted((a, b) -> a.indicators() - b.indicators()).forEach(r -> {
                            double base = score(sel, "handWritten", stream, r.indicators());
                            double ratio = r.score() / score(sel, "passerelle", stream, r.indicators());
                            md.append(String.format(Locale.ROOT, "| %s | %s | %,d | %s | %s | %s | %s | %s |\n", c, stream,
                                    r.indicators(), num(r.score()), Double.isNaN(r.bytesPerOp()) ? "" : num(r.bytesPerOp()),
                                    num(1e9 / r.score()), Double.isNaN(base) ? "" : String.format(Locale.ROOT, "%.1f",
                                            r.score() / base), c.startsWith("drools") && !Double.isNaN(ratio)
                                            ? String.format(Locale.ROOT, "%.1f", ratio) : ""));
                        });
            }
        }
        md.append('\n');
    }

    private static double score(List<Row> rows, String contender, String stream, int indicators) {
        return rows.stream().filter(r -> r.contender().equals(contender) && r.shipments().equals(stream)
                && r.indicators() == indicators).mapToDouble(Row::score).findFirst().orElse(Double.NaN);
    }

    private static void p99Table(StringBuilder md, List<Row> rows) {
        List<Row> sel = rows.stream().filter(r -> r.benchmark().equals("SharingDecisionBenchmark.decide")
                && r.mode().equals("sample")).toList();
        if (sel.isEmpty()) {
            return;
        }
        md.append("### Decision latency distribution (SampleTime), 1 thread\n\n| contender | agreements | mean ns | p99 ns |\n|---|---:|---:|---:|\n");
        for (String c : Contenders.ALL) {
            sel.stream().filter(r -> r.contender().equals(c)).forEach(r -> md.append(String.format(Locale.ROOT,
                    "| %s | %,d | %s | %s |\n", c, r.agreements(), num(r.score()), num(r.p99()))));
        }
        md.append('\n');
    }

    private static void simpleTable(StringBuilder md, List<Row> rows, String prefix, String title) {
        List<Row> sel = rows.stream().filter(r -> r.benchmark().startsWith(prefix)).toList();
        if (sel.isEmpty()) {
            return;
        }
        md.append("### ").append(title).append("\n\n| benchmark | contender | agreements | score | unit | B/op |\n|---|---|---:|---:|---|---:|\n");
        for (Row r : sel) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %,d | %s | %s | %s |\n", r.benchmark(), r.contender(),
                    r.agreements(), num(r.score()), r.unit(), Double.isNaN(r.bytesPerOp()) ? "" : num(r.bytesPerOp())));
        }
        md.append('\n');
    }

    private static String num(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** Latency against the policy size, both on log scales, one line per contender. */
    static String plot(List<Row> sel, List<String> contenders, java.util.function.ToIntFunction<Row> size, String title,
            String xLabel) {
        int w = 760;
        int h = 480;
        int left = 80;
        int right = 170;
        int top = 40;
        int bottom = 60;
        double xMin = 1;
        double xMax = 4;
        double yMin = Math.floor(Math.log10(sel.stream().mapToDouble(Row::score).min().orElse(10)));
        double yMax = Math.ceil(Math.log10(sel.stream().mapToDouble(Row::score).max().orElse(1e6)));
        if (yMax <= yMin) {
            yMax = yMin + 1;
        }
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">\n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n", w, h));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"15\">%s</text>\n", left, title));
        int pw = w - left - right;
        int ph = h - top - bottom;
        for (double e = yMin; e <= yMax; e++) {
            double y = top + ph - (e - yMin) / (yMax - yMin) * ph;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n", left, y, left + pw, y, left - 6, y + 4,
                    label(Math.pow(10, e), "ns")));
        }
        for (double e = xMin; e <= xMax; e++) {
            double x = left + (e - xMin) / (xMax - xMin) * pw;
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%,d</text>\n", x, top, x, top + ph, x, top + ph + 18,
                    (int) Math.pow(10, e)));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>\n",
                left + pw / 2, h - 15, xLabel));
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#333\"/>\n",
                left, top, pw, ph));
        int i = 0;
        for (String c : contenders) {
            List<Row> line = sel.stream().filter(r -> r.contender().equals(c))
                    .sorted((a, b) -> size.applyAsInt(a) - size.applyAsInt(b)).toList();
            if (line.isEmpty()) {
                continue;
            }
            String colour = COLOURS[i % COLOURS.length];
            StringBuilder pts = new StringBuilder();
            for (Row r : line) {
                double x = left + (Math.log10(size.applyAsInt(r)) - xMin) / (xMax - xMin) * pw;
                double y = top + ph - (Math.log10(r.score()) - yMin) / (yMax - yMin) * ph;
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>\n", x, y, colour));
            }
            s.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>\n",
                    pts.toString().trim(), colour));
            int ly = top + 10 + i * 20;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>"
                    + "<text x=\"%d\" y=\"%d\">%s</text>\n", left + pw + 12, ly, left + pw + 32, ly, colour, left + pw + 38, ly + 4, c));
            i++;
        }
        return s.append("</svg>\n").toString();
    }

    private static String label(double v, String unit) {
        if (v >= 1e6) {
            return String.format(Locale.ROOT, "%.0f ms", v / 1e6);
        }
        if (v >= 1e3) {
            return String.format(Locale.ROOT, "%.0f µs", v / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f %s", v, unit);
    }
}
