package org.passerelle.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.passerelle.analysis.Finding;
import org.passerelle.analysis.Flow;
import org.passerelle.analysis.HtmlReport;
import org.passerelle.analysis.PlainLanguage;
import org.passerelle.analysis.PolicyAnalysis;
import org.passerelle.json.PolicyLocations;
import org.passerelle.json.PolicyReader;
import org.passerelle.model.ItemId;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingPolicy;

/**
 * What the customs–police policy lets flow, for the people who sign it: the flow matrix on the day of
 * scenario SC-01, who may receive the seizure report for a drugs investigation, the findings with
 * file and line, and one self-contained HTML report ({@code target/policy-report.html} by default,
 * or the path given as the first argument) that opens from disk.
 */
public final class PolicyAnalysisReport {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 10);

    private PolicyAnalysisReport() {
    }

    /**
     * Runs the example, printing to standard output.
     *
     * @param args the path of the report to write, optional
     */
    public static void main(String[] args) {
        run(System.out, Path.of(args.length > 0 ? args[0] : "target/policy-report.html"));
    }

    /**
     * Runs the example.
     *
     * @param out where to print
     * @param report where to write the HTML report
     * @return the analysis
     */
    static PolicyAnalysis run(PrintStream out, Path report) {
        Path dir = ExampleFiles.path("customs-police");
        SharingPolicy policy = PolicyReader.create().readSharingPolicy(dir);
        PolicyAnalysis analysis = PolicyAnalysis.of(policy, DAY, DAY);

        out.println("Flow matrix of examples/customs-police on " + DAY + " (" + analysis.flowMatrix().size()
                + " flows; anything not listed is refused):");
        for (Flow f : analysis.flowMatrix().flows()) {
            out.println("  " + f.key() + ": " + PlainLanguage.outcome(f.outcome())
                    + (f.agreement() == null ? "" : " under " + f.agreement())
                    + (f.byLawOnly() ? " (by law only: no item held today)" : ""));
        }
        out.println();
        out.println("Who may receive SEIZ-2024-0042 for a drugs investigation on " + DAY + ":");
        for (SharingDecision d : analysis.whoMayReceive(ItemId.of("SEIZ-2024-0042"),
                PurposeId.of("drug-trafficking-investigation"), DAY)) {
            out.println("  " + d.request().recipient() + ": " + PlainLanguage.outcome(d.outcome()) + " under "
                    + d.agreement());
            d.conditions().forEach(c -> out.println("    - " + PlainLanguage.condition(c)));
        }
        out.println();
        PolicyLocations where = PolicyLocations.of(dir);
        out.println("Findings:");
        for (Finding f : analysis.findings()) {
            out.println("  " + f.severity() + " " + f.code() + " " + where.locate(f.section(), f.element())
                    .orElse(f.section() + "/" + f.element()) + ": " + f.message());
        }
        try {
            Path parent = report.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(report, HtmlReport.builder(analysis).title("Customs–police policy")
                    .locations((section, id) -> where.locate(section, id).orElse(null)).write());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + report, e);
        }
        out.println();
        out.println("Report written to " + report + ": open it in a browser, it loads nothing from the network.");
        return analysis;
    }
}
