package org.passerelle.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.passerelle.model.Problem;
import org.passerelle.json.DecisionJson;
import org.passerelle.json.PolicyReader;
import org.passerelle.model.InvalidInputException;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;

/**
 * {@code passerelle decide}: decides sharing requests under a policy and prints each decision as JSON:
 * one request from a file, standard input or options, or a batch of requests as JSON Lines.
 */
final class DecideCommand implements Command {
    private static final Set<String> REQUEST_OPTIONS = Set.of("--id", "--recipient", "--requester", "--item", "--purpose",
            "--at");

    @Override
    public String name() {
        return "decide";
    }

    @Override
    public String summary() {
        return "decide sharing requests; each decision as JSON";
    }

    @Override
    public String help() {
        return """
                Usage: passerelle decide --policy POLICY_DIR --request REQUEST_FILE [--explain] [--strict]
                       passerelle decide --policy POLICY_DIR --recipient AGENCY --item ITEM --purpose PURPOSE
                                         [--at INSTANT] [--requester AGENCY] [--id ID] [--explain] [--strict]
                       passerelle decide --policy POLICY_DIR --requests REQUESTS_JSONL [--strict]

                Decides a sharing request under the policy of POLICY_DIR, as of the request's instant
                (or now, when it has none), and prints the decision as JSON on standard output and its
                plain-language explanation on standard error.

                The request is a JSON object in REQUEST_FILE (as in docs/policy-format.md; - reads it
                from standard input), or is given by options: --recipient is the agency that would
                receive the item and asks for it, unless --requester names another agency that asks.
                With --requests, every line of REQUESTS_JSONL (- for standard input) is a request, and
                every decision is printed on one line (JSON Lines), in the same order; blank lines are
                skipped. Every line is read before any is decided: one invalid line and nothing is.

                Options:
                  --policy POLICY_DIR        the policy directory (required)
                  --request REQUEST_FILE     one request, a JSON object; - for standard input
                  --requests REQUESTS_JSONL  requests, one JSON object per line; - for standard input
                  --recipient AGENCY         the receiving agency (asks too, unless --requester says otherwise)
                  --requester AGENCY         the agency that asks, when it is not the recipient
                  --item ITEM                the information item
                  --purpose PURPOSE          the purpose
                  --at INSTANT               decide as of this instant, such as 2024-05-10T09:00:00Z
                  --id ID                    the request id (default: cli-1)
                  --explain                  print the explanation on standard output, after the JSON
                  --strict                   an agency, item or purpose that the policy does not hold is an
                                             input error (exit status 5, with "did you mean"), not a refusal

                Every outcome, a refusal included, is a decision: read it from the "outcome" field.
                Exit status: 0 decided, 2 bad arguments, 3 invalid policy or request,
                5 (--strict) a request names an unknown agency, item or purpose.
                """;
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws UsageException {
        Set<String> values = new java.util.HashSet<>(REQUEST_OPTIONS);
        values.addAll(Set.of("--policy", "--request", "--requests"));
        Args a = Args.parse(args, values, Set.of("--explain", "--strict"));
        if (a.help()) {
            out.print(help());
            return ExitCode.OK;
        }
        a.positional();
        Path policyDir = Path.of(a.required("--policy", "POLICY_DIR"));
        boolean options = REQUEST_OPTIONS.stream().anyMatch(o -> a.value(o) != null);
        int sources = (a.value("--request") != null ? 1 : 0) + (a.value("--requests") != null ? 1 : 0) + (options ? 1 : 0);
        if (sources != 1) {
            throw new UsageException(sources == 0
                    ? "missing the request: --request REQUEST_FILE, --requests REQUESTS_JSONL, or --recipient, --item and --purpose"
                    : "give the request one way only: --request, --requests, or --recipient, --item and --purpose");
        }
        if (a.value("--requests") != null && a.flag("--explain")) {
            throw new UsageException("option --explain is for one request; with --requests, decisions are JSON Lines");
        }
        PolicyReader reader = PolicyReader.create();
        SharingPolicy policy = Inputs.readPolicy(policyDir).sharing();
        SharingEngine engine = SharingEngine.compile(policy);
        List<SharingRequest> requests;
        List<String> where = new ArrayList<>();
        if (a.value("--requests") != null) {
            requests = batch(reader, a.value("--requests"), in, where);
        } else if (a.value("--request") != null) {
            String given = a.value("--request");
            where.add(Inputs.name(given));
            try {
                requests = List.of(reader.readRequest(Inputs.text(given, in), Inputs.name(given)));
            } catch (InvalidInputException e) {
                throw given.equals("-") ? e : Inputs.asGiven(e, Path.of(given));
            }
        } else {
            where.add("the command line");
            requests = List.of(fromOptions(a));
        }
        if (a.flag("--strict")) {
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                for (String u : StrictCheck.unknownReferences(requests.get(i), policy)) {
                    unknown.add(where.get(i) + ": " + u);
                }
            }
            if (!unknown.isEmpty()) {
                err.println("passerelle decide: " + unknown.size() + " unknown reference(s) (--strict):");
                unknown.forEach(err::println);
                return ExitCode.UNKNOWN_REFERENCE;
            }
        }
        if (a.value("--requests") != null) {
            for (SharingRequest r : requests) {
                out.println(DecisionJson.writeLine(engine.decide(r)));
            }
            err.println(requests.size() + " decided");
            return ExitCode.OK;
        }
        SharingDecision decision = engine.decide(requests.get(0));
        out.print(DecisionJson.write(decision));
        (a.flag("--explain") ? out : err).print(decision.explanation());
        return ExitCode.OK;
    }

    private static SharingRequest fromOptions(Args a) throws UsageException {
        SharingRequest.Builder b = SharingRequest.builder().id(a.value("--id") != null ? a.value("--id") : "cli-1");
        try {
            if (a.value("--requester") != null) {
                b.requester(a.value("--requester"));
            }
            b.recipient(a.required("--recipient", "AGENCY")).item(a.required("--item", "ITEM"))
                    .purpose(a.required("--purpose", "PURPOSE"));
            if (a.value("--at") != null) {
                b.at(Args.instant("--at", a.value("--at")));
            }
            return b.build();
        } catch (InvalidInputException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Reads every line first, so that one invalid line stops the batch before any decision. */
    private static List<SharingRequest> batch(PolicyReader reader, String given, InputStream in, List<String> where) {
        String name = Inputs.name(given);
        String[] lines = Inputs.text(given, in).split("\r?\n", -1);
        List<SharingRequest> requests = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                requests.add(reader.readRequest(lines[i], name));
                where.add(name + ":" + (i + 1));
            } catch (InvalidInputException e) {
                for (Problem p : e.problems()) {
                    problems.add(p.locatedAt(new Problem.Location(name, p.jsonPath(), i + 1, p.column())));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (requests.isEmpty()) {
            throw Inputs.problem(Problem.Code.MISSING, name, "holds no request: expected one JSON object per line");
        }
        return requests;
    }
}
