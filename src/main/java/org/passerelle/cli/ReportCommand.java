package org.passerelle.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.passerelle.analysis.HtmlReport;
import org.passerelle.analysis.PolicyAnalysis;
import org.passerelle.analysis.TestSummary;
import org.passerelle.json.Policy;
import org.passerelle.json.PolicyLocations;
import org.passerelle.model.PasserelleIOException;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRule;
import org.passerelle.testing.PolicyTestResult;
import org.passerelle.testing.PolicySuite;
import org.passerelle.testing.SuiteResult;

/** {@code passerelle report}: writes one self-contained HTML report about a policy. */
final class ReportCommand implements Command {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return "write a self-contained HTML report of a policy";
    }

    @Override
    public String help() {
        return """
                Usage: passerelle report POLICY_DIR --out REPORT_HTML [--tests TESTS_DIR] [--title TITLE]
                                         [--at DAY | --from DAY --to DAY] [--use USE]

                Writes one HTML page about the sharing policy of POLICY_DIR: agencies, agreements in plain
                language, the flow diagram, the flow matrix, the findings with file and line and, with
                --tests, the results and coverage of the policy's tests. The page loads nothing: it opens
                from disk, without network.

                Options:
                  --out REPORT_HTML       the file to write (required)
                  --tests TESTS_DIR       run the declarative tests of TESTS_DIR and show their results
                  --title TITLE           the page title
                """ + AnalysisSupport.PERIOD_HELP + """

                Exit status: 0 written, 2 bad arguments, 3 invalid policy or tests.
                """;
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws UsageException {
        Args a = Args.parse(args, AnalysisSupport.with(Set.of("--out", "--tests", "--title")), Set.of());
        if (a.help()) {
            out.print(help());
            return ExitCode.OK;
        }
        Path dir = Path.of(a.positional("POLICY_DIR").get(0));
        Path target = Path.of(a.required("--out", "REPORT_HTML"));
        Policy both = Inputs.readPolicy(dir);
        SharingPolicy policy = both.sharing();
        PolicyAnalysis analysis = AnalysisSupport.analysis(policy, a);
        PolicyLocations where = PolicyLocations.of(dir);
        HtmlReport report = HtmlReport.builder(analysis).locations((s, id) -> where.locate(s, id).orElse(null));
        if (a.value("--title") != null) {
            report.title(a.value("--title"));
        }
        if (a.value("--tests") != null) {
            report.tests(summary(PolicySuite.load(Path.of(a.value("--tests"))).run(both)));
        }
        try {
            Files.writeString(target, report.write());
        } catch (IOException e) {
            throw new PasserelleIOException("cannot write " + target, e);
        }
        out.println("Wrote " + target + ": " + analysis.flowMatrix().size() + " flows, " + analysis.findings().size()
                + " findings");
        return ExitCode.OK;
    }

    private static TestSummary summary(SuiteResult r) {
        List<String> failures = new ArrayList<>();
        for (PolicyTestResult t : r.failures()) {
            failures.add(t.test().name());
        }
        TreeSet<String> rules = new TreeSet<>();
        for (SharingRule rule : r.coverage().unexercisedRules()) {
            rules.add(rule.id());
        }
        TreeSet<String> agreements = new TreeSet<>();
        for (AgreementId g : r.coverage().unexercisedAgreements()) {
            agreements.add(g.value());
        }
        return new TestSummary(r.passedCount(), r.failedCount(), failures, rules, agreements);
    }
}
