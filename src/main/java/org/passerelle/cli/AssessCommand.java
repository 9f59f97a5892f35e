package org.passerelle.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.json.AssessmentJson;
import org.passerelle.json.PolicyReader;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Declaration;
import org.passerelle.risk.Assessment;
import org.passerelle.risk.Lane;
import org.passerelle.risk.RiskEngine;
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
                                         [--format json|text]

                Assesses every declaration of FILE_OR_DIR (a file {"declarations": [...]}, or a
                directory of such *.json files; see docs/risk.md) under the risk policy of POLICY_DIR.
                Prints one assessment per line as JSON (JSON Lines) on standard output, in the order
                of the declarations, or with --format text each assessment's explanation for an
                examiner, and a count per lane on standard error. Intelligence withheld from
                examiners is never printed.

                Options:
                  --policy POLICY_DIR       the policy directory, with risk sections (required)
                  --shipments FILE_OR_DIR   the declarations (required)
                  --at INSTANT              assess as of this instant, such as 2024-05-10T09:00:00Z;
                                            default: each declaration's lodgedAt
                  --format json|text        JSON Lines (default), or the explanations in words

                Exit status: 0 assessed, 2 bad arguments, 3 invalid policy or declarations.
                """;
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws UsageException {
        Args a = Args.parse(args, Set.of("--policy", "--shipments", "--at", "--format"), Set.of());
        if (a.help()) {
            out.print(help());
            return ExitCode.OK;
        }
        a.positional();
        Path policyDir = Path.of(a.required("--policy", "POLICY_DIR"));
        Path shipments = Path.of(a.required("--shipments", "FILE_OR_DIR"));
        Instant at = a.value("--at") == null ? null : Args.instant("--at", a.value("--at"));
        String format = a.value("--format") == null ? "json" : a.value("--format");
        if (!format.equals("json") && !format.equals("text")) {
            throw new UsageException("option --format is json or text (got \"" + format + "\")");
        }
        PolicyReader reader = PolicyReader.create();
        RiskPolicy policy;
        try {
            policy = reader.readRiskPolicy(policyDir);
        } catch (InvalidInputException e) {
            throw Inputs.asGiven(e, policyDir);
        }
        List<Declaration> declarations;
        try {
            declarations = reader.readDeclarations(shipments);
        } catch (InvalidInputException e) {
            throw Inputs.asGiven(e, shipments);
        }
        Map<Lane, Integer> lanes = new EnumMap<>(Lane.class);
        boolean first = true;
        RiskEngine engine = RiskEngine.compile(policy);
        for (Declaration d : declarations) {
            Assessment assessment = engine.assess(d, policy.context(), at != null ? at : d.lodgedAt());
            if (format.equals("json")) {
                out.println(AssessmentJson.write(assessment));
            } else {
                if (!first) {
                    out.println();
                }
                out.println(assessment.explanation());
                first = false;
            }
            lanes.merge(assessment.lane(), 1, Integer::sum);
        }
        StringBuilder summary = new StringBuilder().append(declarations.size()).append(" assessed");
        for (Map.Entry<Lane, Integer> e : lanes.entrySet()) {
            summary.append(", ").append(e.getKey()).append(' ').append(e.getValue());
        }
        err.println(summary);
        return ExitCode.OK;
    }
}
