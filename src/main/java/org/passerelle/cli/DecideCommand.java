package org.passerelle.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.passerelle.json.DecisionJson;
import org.passerelle.json.PolicyReader;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingRequest;

/** {@code passerelle decide}: decides one sharing request under a policy and prints the decision as JSON. */
final class DecideCommand implements Command {

    @Override
    public String name() {
        return "decide";
    }

    @Override
    public String summary() {
        return "decide a sharing request; the decision as JSON";
    }

    @Override
    public String help() {
        return """
                Usage: passerelle decide --policy POLICY_DIR --request REQUEST_FILE [--explain]

                Decides the sharing request of REQUEST_FILE (one JSON object, as in docs/policy-format.md)
                under the policy of POLICY_DIR, as of the request's "instant" (or now, when it has none).
                Prints the decision as JSON on standard output, and its plain-language explanation on
                standard error.

                Options:
                  --policy POLICY_DIR     the policy directory (required)
                  --request REQUEST_FILE  the request (required)
                  --explain               print the explanation on standard output, after the JSON

                Every outcome, a refusal included, is a decision: read it from the "outcome" field.
                Exit status: 0 decided, 2 bad arguments, 3 invalid policy or request.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Args a = Args.parse(args, Set.of("--policy", "--request"), Set.of("--explain"));
        if (a.help()) {
            out.print(help());
            return ExitCode.OK;
        }
        a.positional();
        Path policyDir = Path.of(a.required("--policy", "POLICY_DIR"));
        Path requestFile = Path.of(a.required("--request", "REQUEST_FILE"));
        PolicyReader reader = PolicyReader.create();
        SharingEngine engine = SharingEngine.compile(reader.readDirectory(policyDir));
        SharingRequest request = reader.readRequest(requestFile);
        SharingDecision decision = engine.decide(request);
        out.print(DecisionJson.write(decision));
        if (a.flag("--explain")) {
            out.print(decision.explanation());
        } else {
            err.print(decision.explanation());
        }
        return ExitCode.OK;
    }
}
