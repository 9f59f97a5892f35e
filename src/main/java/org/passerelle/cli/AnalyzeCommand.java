package org.passerelle.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.passerelle.analysis.Finding;
import org.passerelle.analysis.FlowMatrix;
import org.passerelle.analysis.PolicyAnalysis;

/** {@code passerelle analyze}: prints the flow matrix of a policy and its findings with file and line. */
final class AnalyzeCommand implements Command {

    @Override
    public String name() {
        return "analyze";
    }

    @Override
    public String summary() {
        return "print the flow matrix and the findings of a policy";
    }

    @Override
    public String help() {
        return """
                Usage: passerelle analyze POLICY_DIR [--at DAY | --from DAY --to DAY] [--use USE]
                                          [--findings-only] [--fail-on SEVERITY]

                Prints the flow matrix of the sharing policy of POLICY_DIR: every holder, recipient,
                information category and purpose for which some item may flow on some day of the period,
                with the best outcome, the agreement relied on and its conditions; then the findings
                (overlapping agreements, agreements that never apply, purposes never granted, items no
                one may receive, designations and restrictions that change nothing), each with its file
                and line. The matrix is exact: the engine is asked about every class of requests the
                rules tell apart (docs/analysis.md).

                Options:
                """ + AnalysisSupport.PERIOD_HELP + """
                  --findings-only         print the findings only
                  --fail-on SEVERITY      exit 1 when there is a finding of this severity or a more
                                          serious one: warning, notice or info

                Exit status: 0 done, 1 a finding reached --fail-on, 2 bad arguments, 3 invalid policy.
                """;
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws UsageException {
        Args a = Args.parse(args, AnalysisSupport.with(Set.of("--fail-on")), Set.of("--findings-only"));
        if (a.help()) {
            out.print(help());
            return ExitCode.OK;
        }
        Path dir = Path.of(a.positional("POLICY_DIR").get(0));
        Finding.Severity failOn = a.value("--fail-on") == null ? null : AnalysisSupport.severity(a.value("--fail-on"));
        PolicyAnalysis analysis = AnalysisSupport.analysis(Inputs.readPolicy(dir).sharing(), a);
        if (!a.flag("--findings-only")) {
            FlowMatrix m = analysis.flowMatrix();
            out.println("Flow matrix of " + dir + " from " + m.from() + " to " + m.to() + ", " + m.intendedUse()
                    + " use: " + m.size() + " flows (" + m.decisions() + " decisions)");
            AnalysisSupport.printFlows(m.flows(), out);
            out.println();
        }
        List<Finding> findings = analysis.findings();
        out.println("Findings: " + findings.size());
        AnalysisSupport.printFindings(findings, dir, out);
        if (failOn != null && findings.stream().anyMatch(f -> f.severity().compareTo(failOn) <= 0)) {
            err.println("passerelle analyze: findings of severity " + failOn + " or more serious");
            return ExitCode.CHECK_FAILED;
        }
        return ExitCode.OK;
    }
}
