package org.passerelle.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.json.AssessmentJson;
import org.passerelle.json.PolicyReader;
import org.passerelle.model.Declaration;
import org.passerelle.risk.Assessment;
import org.passerelle.risk.Lane;
import org.passerelle.risk.RiskPolicy;

/** {@code passerelle assess}: assesses declarations under a risk policy, one JSON line per assessment. */
final class AssessCommand implements Command {

    @Override
    public String name() {
        return "assess";
    }

    @Override
    public String summary() {
        return "assess declarations under a risk policy; one JSON line per assessment";
    }

    @Override
    public String help() {
        return """
                Usage: passerelle assess --policy POLICY_DIR --shipments FILE_OR_DIR [--at INSTANT]

                Assesses every declaration of FILE_OR_DIR (a file {"declarations": [...]}, or a
                directory of such *.json files; see docs/risk.md) under the risk policy of POLICY_DIR.
                Prints one assessment per line as JSON (JSON Lines) on standard output, in the order
                of the declarations, and a count per lane on standard error. Intelligence withheld from
                examiners is never printed.

                Options:
                  --policy POLICY_DIR       the policy directory, with risk sections (required)
                  --shipments FILE_OR_DIR   the declarations (required)
                  --at INSTANT              assess as of this instant, such as 2024-05-10T09:00:00Z;
                                            default: each declaration's lodgedAt

                Exit status: 0 assessed, 2 bad arguments, 3 invalid policy or declarations.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Args a = Args.parse(args, Set.of("--policy", "--shipments", "--at"), Set.of());
        if (a.help()) {
            out.print(help());
            return ExitCode.OK;
        }
        a.positional();
        Path policyDir = Path.of(a.required("--policy", "POLICY_DIR"));
        Path shipments = Path.of(a.required("--shipments", "FILE_OR_DIR"));
        Instant at = a.value("--at") == null ? null : instant(a.value("--at"));
        PolicyReader reader = PolicyReader.create();
        RiskPolicy policy = reader.readRiskDirectory(policyDir);
        List<Declaration> declarations = reader.readDeclarations(shipments);
        Map<Lane, Integer> lanes = new EnumMap<>(Lane.class);
        for (Declaration d : declarations) {
            Assessment assessment = policy.engine().assess(d, policy.context(), at != null ? at : d.lodgedAt());
            out.println(AssessmentJson.write(assessment));
            lanes.merge(assessment.lane(), 1, Integer::sum);
        }
        StringBuilder summary = new StringBuilder().append(declarations.size()).append(" assessed");
        for (Map.Entry<Lane, Integer> e : lanes.entrySet()) {
            summary.append(", ").append(e.getKey()).append(' ').append(e.getValue());
        }
        err.println(summary);
        return ExitCode.OK;
    }

    private static Instant instant(String text) throws UsageException {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("option --at needs an ISO instant such as 2024-05-10T09:00:00Z (got \""
                    + text + "\")");
        }
    }
}
