package org.passerelle.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.passerelle.analysis.ChangeImpact;
import org.passerelle.analysis.Flow;
import org.passerelle.analysis.FlowChange;
import org.passerelle.analysis.PolicyAnalysis;
import org.passerelle.json.PolicyReader;
import org.passerelle.json.PolicyWriter;
import org.passerelle.sharing.SharingPolicy;

/**
 * {@code passerelle diff}: the impact of a change of the law, flow by flow, each with a request that
 * shows it; with {@code --fail-on-new-access}, a gate for a policy repository's CI.
 */
final class DiffCommand implements Command {

    @Override
    public String name() {
        return "diff";
    }

    @Override
    public String summary() {
        return "what a change of the law opens, closes or conditions differently";
    }

    @Override
    public String help() {
        return """
                Usage: passerelle diff OLD_DIR NEW_DIR [--at DAY | --from DAY --to DAY] [--use USE]
                                       [--fail-on-new-access]

                Compares the law of OLD_DIR (agencies, purposes, agreements, legal areas) with the law of
                NEW_DIR on the same facts, those of OLD_DIR (items, consents, objections), and prints
                every flow whose outcome changes: NEW_ACCESS (the new law opens it), LOST_ACCESS,
                WEAKER_CONDITIONS, STRONGER_CONDITIONS, CHANGED (another agreement or other
                conditions); each with a request, as JSON, that shows the change.

                Options:
                """ + AnalysisSupport.PERIOD_HELP + """
                  --fail-on-new-access    exit 1 when the new law opens any flow (a CI gate)

                Exit status: 0 done (or no new access), 1 new access with --fail-on-new-access,
                2 bad arguments, 3 invalid policy.
                """;
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws UsageException {
        Args a = Args.parse(args, AnalysisSupport.PERIOD_OPTIONS, Set.of("--fail-on-new-access"));
        if (a.help()) {
            out.print(help());
            return ExitCode.OK;
        }
        List<String> dirs = a.positional("OLD_DIR", "NEW_DIR");
        PolicyReader reader = PolicyReader.create();
        SharingPolicy old = reader.readSharingPolicy(Path.of(dirs.get(0)));
        SharingPolicy next = reader.readSharingPolicy(Path.of(dirs.get(1)));
        PolicyAnalysis analysis = AnalysisSupport.analysis(old, a);
        ChangeImpact impact = analysis.changeTo(next);
        out.println("Changes from " + dirs.get(0) + " to " + dirs.get(1) + ", " + impact.before().from() + " to "
                + impact.before().to() + ": " + impact.changes().size());
        for (FlowChange c : impact.changes()) {
            out.println();
            out.println(c.kind() + " " + c.key() + ": " + side(c.before()) + " -> " + side(c.after()));
            out.print("  shown by: " + PolicyWriter.writeRequest(c.witness()).replace("\n", "\n  ").stripTrailing());
            out.println();
            if (c.witness().item().value().startsWith("hypothetical:")) {
                out.println("  (a hypothetical item: any such item of the holder, unmarked, without personal data)");
            }
        }
        if (a.flag("--fail-on-new-access") && impact.opensNewAccess()) {
            err.println("passerelle diff: the new law opens " + impact.changes(FlowChange.Kind.NEW_ACCESS).size()
                    + " flow(s)");
            return ExitCode.CHECK_FAILED;
        }
        return ExitCode.OK;
    }

    private static String side(Flow f) {
        if (f == null) {
            return "refused";
        }
        return f.outcome() + (f.agreement() == null ? "" : " under " + f.agreement())
                + (f.conditions().isEmpty() ? "" : " (" + AnalysisSupport.conditions(f.conditions()) + ")");
    }
}
