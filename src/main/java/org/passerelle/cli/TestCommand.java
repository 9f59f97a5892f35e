package org.passerelle.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.passerelle.json.Policy;
import org.passerelle.json.PolicyReader;
import org.passerelle.testing.PolicySuite;
import org.passerelle.testing.PolicyTestResult;
import org.passerelle.testing.SuiteResult;

/** {@code passerelle test POLICY_DIR TESTS_DIR}: runs a suite of declarative sharing and risk tests. */
final class TestCommand implements Command {

    @Override
    public String name() {
        return "test";
    }

    @Override
    public String summary() {
        return "run the declarative sharing and risk tests of a directory against a policy";
    }

    @Override
    public String help() {
        return """
                Usage: passerelle test POLICY_DIR TESTS_DIR

                Runs every policy test document under TESTS_DIR (recursively; format in
                docs/policy-testing.md) against the policy of POLICY_DIR: sharing tests (a request and
                the decision expected) against its sharing sections, risk tests (a declaration and the
                assessment expected) against its risk sections, with its traders, watch lists and
                reference values. Prints one line per test (PASS or FAIL), then for each failure every
                expected value against the actual one and the decision's or assessment's explanation,
                then the summary line "N passed, N failed" and what no test exercised: the SR rules
                and agreements of the sharing part, the RR rules, profiles and indicators of the risk
                part (each part only when the policy has it).

                Exit status: 0 every test passed, 1 a test failed, 2 bad arguments,
                3 invalid policy or test document.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Args a = Args.parse(args, Set.of(), Set.of());
        if (a.help()) {
            out.print(help());
            return ExitCode.OK;
        }
        List<String> dirs = a.positional("POLICY_DIR", "TESTS_DIR");
        Policy policy = PolicyReader.create().read(Path.of(dirs.get(0)));
        SuiteResult result = PolicySuite.load(Path.of(dirs.get(1))).run(policy);
        for (PolicyTestResult r : result.results()) {
            out.println((r.passed() ? "PASS " : "FAIL ") + r.test().name() + " (" + r.test().file() + ")");
        }
        for (PolicyTestResult r : result.failures()) {
            out.println();
            out.println(r.report());
        }
        out.println();
        out.println(result.summary());
        out.print(result.coverage().report());
        return result.allPassed() ? ExitCode.OK : ExitCode.TESTS_FAILED;
    }
}
