package org.passerelle.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.passerelle.model.Agency;
import org.passerelle.sharing.Condition;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.SharingAgreement;
import org.passerelle.sharing.SharingPolicy;

/**
 * One self-contained HTML page about a policy, for the people who sign agreements: the agencies,
 * the agreements in plain language, the flow diagram, the flow matrix, the findings and, when
 * given, the results and coverage of the policy's tests.
 *
 * <p>The page has no external resource and no script: styles and the SVG diagram are inline, and a
 * Content-Security-Policy forbids loading anything, so it opens from disk and fetches nothing.
 * Build one with {@link #builder(PolicyAnalysis)}; the builder is not thread-safe.
 */
public final class HtmlReport {
    private static final String CSS = String.join("\n",
            "body{font-family:sans-serif;margin:2em;color:#222;max-width:1200px}",
            "h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}",
            "table{border-collapse:collapse;width:100%;font-size:.9em}",
            "th,td{border:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}",
            "th{background:#f0f0f0}.o{font-weight:bold;white-space:nowrap}",
            ".PERMIT{color:#2e7d32}.PERMIT_WITH_CONDITIONS{color:#1565c0}.PENDING_CONSENT{color:#b26a00}",
            ".ESCALATE{color:#c62828}.WARNING{color:#c62828}.NOTICE{color:#b26a00}.INFO{color:#555}",
            ".summary span{display:inline-block;margin-right:1.5em}.where{font-family:monospace;white-space:nowrap}",
            ".law{color:#777;font-style:italic}#diagram{overflow:auto;border:1px solid #eee}",
            "pre{background:#f7f7f7;padding:1em;overflow:auto}");

    private final PolicyAnalysis analysis;
    private String title = "Sharing policy report";
    private BiFunction<String, String, String> locations = (section, id) -> null;
    private TestSummary tests;

    private HtmlReport(PolicyAnalysis analysis) {
        this.analysis = analysis;
    }

    /**
     * Starts a report on an analysis.
     *
     * @param analysis the analysis, not null
     * @return a new builder, not null
     */
    public static HtmlReport builder(PolicyAnalysis analysis) {
        return new HtmlReport(Objects.requireNonNull(analysis, "analysis"));
    }

    /**
     * Sets the title of the page.
     *
     * @param value the title, not null
     * @return this builder
     */
    public HtmlReport title(String value) {
        title = Objects.requireNonNull(value, "title");
        return this;
    }

    /**
     * Sets how an element of the policy is located in its files, to show the file and line of each
     * finding: a function from a section ({@code agreements}...) and an id to a {@code file:line}
     * text, or to null when unknown.
     *
     * @param value the function, not null
     * @return this builder
     */
    public HtmlReport locations(BiFunction<String, String, String> value) {
        locations = Objects.requireNonNull(value, "locations");
        return this;
    }

    /**
     * Adds the results and coverage of the policy's tests.
     *
     * @param value the summary, not null
     * @return this builder
     */
    public HtmlReport tests(TestSummary value) {
        tests = Objects.requireNonNull(value, "tests");
        return this;
    }

    /**
     * Writes the page.
     *
     * @return the HTML text
     */
    public String write() {
        SharingPolicy p = analysis.policy();
        FlowMatrix m = analysis.flowMatrix();
        List<Finding> findings = analysis.findings();
        StringBuilder s = new StringBuilder(64 * 1024);
        s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.escape(title)).append("</title>\n<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n");
        s.append("<h1>").append(Html.escape(title)).append("</h1>\n<p>Policy version <code>")
                .append(Html.escape(p.version())).append("</code>; every day from ").append(m.from()).append(" to ")
                .append(m.to()).append("; requests for ").append(m.intendedUse().name().toLowerCase(java.util.Locale.ROOT))
                .append(" use. Computed exactly by asking the sharing engine about every class of requests the rules"
                        + " tell apart (").append(m.decisions()).append(" decisions).</p>\n");
        summary(s, p, m, findings);
        s.append("<h2 id=\"diagram-title\">Flow diagram</h2>\n<div id=\"diagram\">\n")
                .append(FlowDiagram.svg(p, m)).append("</div>\n");
        agencies(s, p);
        agreements(s, p);
        matrix(s, m);
        findings(s, findings);
        if (tests != null) {
            tests(s);
        }
        s.append("<h2>Diagram as Mermaid text</h2>\n<details><summary>Show</summary><pre id=\"mermaid\">")
                .append(Html.escape(FlowDiagram.mermaid(p, m))).append("</pre></details>\n");
        s.append("</body>\n</html>\n");
        return s.toString();
    }

    private static void summary(StringBuilder s, SharingPolicy p, FlowMatrix m, List<Finding> findings) {
        Map<Outcome, Integer> byOutcome = new EnumMap<>(Outcome.class);
        for (Flow f : m.flows()) {
            byOutcome.merge(f.outcome(), 1, Integer::sum);
        }
        Map<Finding.Severity, Integer> bySeverity = new EnumMap<>(Finding.Severity.class);
        for (Finding f : findings) {
            bySeverity.merge(f.severity(), 1, Integer::sum);
        }
        s.append("<p class=\"summary\" id=\"summary\"><span>").append(count(p.agencies().size(), "agency", "agencies"))
                .append("</span><span>").append(count(p.agreements().size(), "agreement", "agreements"))
                .append("</span><span>").append(count(p.items().size(), "item", "items")).append("</span><span>")
                .append(count(m.size(), "flow", "flows")).append(':');
        for (Outcome o : Outcome.values()) {
            if (byOutcome.containsKey(o)) {
                s.append(' ').append(byOutcome.get(o)).append(" <span class=\"").append(o.name()).append("\">")
                        .append(Html.escape(PlainLanguage.outcome(o))).append("</span>,");
            }
        }
        if (s.charAt(s.length() - 1) == ',') {
            s.setLength(s.length() - 1);
        }
        s.append("</span><span>findings:");
        for (Finding.Severity v : Finding.Severity.values()) {
            s.append(' ').append(bySeverity.getOrDefault(v, 0)).append(' ').append(v.name().toLowerCase(
                    java.util.Locale.ROOT));
        }
        s.append("</span></p>\n");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static void agencies(StringBuilder s, SharingPolicy p) {
        s.append("<h2>Agencies</h2>\n<table id=\"agencies\"><tr><th>Id</th><th>Name</th><th>Kind</th><th>Country</th>"
                + "<th>Designations</th></tr>\n");
        for (Agency a : p.agencies().values()) {
            s.append("<tr><td>").append(Html.escape(a.id().value())).append("</td><td>").append(Html.escape(a.name()))
                    .append("</td><td>").append(a.kind()).append("</td><td>").append(a.country().code())
                    .append("</td><td>").append(Html.escape(PlainLanguage.join(a.designations()))).append("</td></tr>\n");
        }
        s.append("</table>\n");
    }

    private static void agreements(StringBuilder s, SharingPolicy p) {
        s.append("<h2>Agreements</h2>\n<dl id=\"agreements\">\n");
        for (SharingAgreement g : p.agreements().values()) {
            s.append("<dt><b>").append(Html.escape(g.id().value())).append("</b></dt><dd>")
                    .append(Html.escape(PlainLanguage.agreement(g))).append("</dd>\n");
        }
        s.append("</dl>\n");
    }

    private static void matrix(StringBuilder s, FlowMatrix m) {
        s.append("<h2>Flow matrix</h2>\n<p>Every holder, recipient, category and purpose for which some item may flow"
                + " on some day of the period, with the best outcome reachable. Anything not listed is refused."
                + " <span class=\"law\">By law only</span>: no item held today reaches it, but one would.</p>\n");
        s.append("<table id=\"matrix\"><tr><th>Holder</th><th>Recipient</th><th>Category</th><th>Purpose</th>"
                + "<th>Outcome</th><th>Agreement</th><th>Conditions</th><th>Items</th></tr>\n");
        for (Flow f : m.flows()) {
            s.append("<tr class=\"flow\"><td>").append(Html.escape(f.holder().value())).append("</td><td>")
                    .append(Html.escape(f.recipient().value())).append("</td><td>").append(f.category()).append("</td><td>")
                    .append(Html.escape(f.purpose().value())).append("</td><td class=\"o ").append(f.outcome().name())
                    .append("\">").append(Html.escape(PlainLanguage.outcome(f.outcome()))).append("</td><td>")
                    .append(f.agreement() == null ? "" : Html.escape(f.agreement().value())).append("</td><td>");
            for (Condition c : f.conditions()) {
                s.append(Html.escape(PlainLanguage.condition(c))).append("<br>");
            }
            s.append("</td><td>").append(f.byLawOnly() ? "<span class=\"law\">by law only</span>"
                    : String.valueOf(f.items())).append("</td></tr>\n");
        }
        s.append("</table>\n");
    }

    private void findings(StringBuilder s, List<Finding> findings) {
        s.append("<h2>Findings</h2>\n");
        if (findings.isEmpty()) {
            s.append("<p id=\"findings\">No findings.</p>\n");
            return;
        }
        s.append("<table id=\"findings\"><tr><th>Severity</th><th>Code</th><th>Where</th><th>What</th></tr>\n");
        for (Finding f : findings) {
            String where = locations.apply(f.section(), f.element());
            s.append("<tr class=\"finding\"><td class=\"o ").append(f.severity().name()).append("\">")
                    .append(f.severity()).append("</td><td>").append(f.code()).append("</td><td class=\"where\">")
                    .append(Html.escape(where == null ? f.section() + "/" + f.element() : where)).append("</td><td>")
                    .append(Html.escape(f.message())).append("</td></tr>\n");
        }
        s.append("</table>\n");
    }

    private void tests(StringBuilder s) {
        s.append("<h2>Tests and coverage</h2>\n<div id=\"tests\"><p>").append(tests.passed()).append(" passed, ")
                .append(tests.failed()).append(" failed.</p>\n");
        if (!tests.failures().isEmpty()) {
            s.append("<p>Failed: ").append(Html.escape(String.join(", ", tests.failures()))).append("</p>\n");
        }
        s.append("<p>Rules no test exercised: ").append(tests.unexercisedRules().isEmpty() ? "none"
                : Html.escape(String.join(", ", tests.unexercisedRules()))).append(".</p>\n<p>Agreements no test"
                + " relied on: ").append(tests.unexercisedAgreements().isEmpty() ? "none"
                : Html.escape(String.join(", ", tests.unexercisedAgreements()))).append(".</p></div>\n");
    }
}
