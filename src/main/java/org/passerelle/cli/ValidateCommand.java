package org.passerelle.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.passerelle.json.Policy;
import org.passerelle.model.Problem;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingPolicy;

/** {@code passerelle validate POLICY_DIR}: checks a policy directory and reports every problem at once. */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check a policy directory and report every problem at once";
    }

    @Override
    public String help() {
        return """
                Usage: passerelle validate POLICY_DIR

                Reads every *.json document of POLICY_DIR as one policy (sharing and risk sections),
                strictly, and compiles it.
                On success, prints a one-line summary of the policy and its version on standard output,
                and any warning on standard error, one per line, as
                  file:line:column json.path: warning: message
                (a warning names a valid part of the policy that probably does not do what its author
                meant, such as an agreement without a community that carries TLP:GREEN items).
                Otherwise prints every problem of every file on standard error, one per line, as
                  file:line:column json.path: message

                Exit status: 0 valid, 2 bad arguments, 3 invalid policy.
                """;
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws UsageException {
        Args a = Args.parse(args, Set.of(), Set.of());
        if (a.help()) {
            out.print(help());
            return ExitCode.OK;
        }
        Path dir = Path.of(a.positional("POLICY_DIR").get(0));
        Policy both = Inputs.readPolicy(dir);
        SharingPolicy policy = both.sharing();
        SharingEngine.compile(policy);
        out.println(dir + ": valid policy: " + policy.agencies().size() + " agencies, " + policy.purposes().size()
                + " purposes, " + policy.agreements().size() + " agreements, " + policy.items().size() + " items, "
                + policy.consents().size() + " consents, " + both.risk().indicators().size() + " risk indicators, "
                + both.risk().profiles().size() + " risk profiles; sharing version " + policy.version());
        for (Problem w : Inputs.asGiven(both.warnings(), dir)) {
            String where = w.line() > 0 ? w.file() + ":" + w.line() + ":" + w.column() : w.file();
            err.println(where + " " + w.jsonPath() + ": warning: " + w.message());
        }
        return ExitCode.OK;
    }
}
