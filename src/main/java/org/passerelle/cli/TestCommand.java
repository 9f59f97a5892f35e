package org.passerelle.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.passerelle.json.Policy;
import org.passerelle.json.PolicyTestCase;
import org.passerelle.model.InvalidInputException;
import org.passerelle.testing.Coverage;
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
                Usage: passerelle test POLICY_DIR TESTS_DIR [--run REGEX] [--format text|junit|json]
                                       [--fail-under-coverage PERCENT]

                Runs every policy test document under TESTS_DIR (recursively; format in
                docs/policy-testing.md) against the policy of POLICY_DIR: sharing tests (a request and
                the decision expected) against its sharing sections, risk tests (a declaration and the
                assessment expected) against its risk sections, with its traders, watch lists and
                reference values. Prints one line per test (PASS or FAIL), then for each failure every
                expected value against the actual one and the decision's or assessment's explanation,
                then the summary line "N passed, N failed" and what no test exercised: the SR rules
                and agreements of the sharing part, the RR rules, profiles and indicators of the risk
                part (each part only when the policy has it), and the rule coverage in percent.

                Options:
                  --run REGEX                    run only the tests whose name or file matches REGEX
                  --format text|junit|json       the report: text (default), JUnit XML for CI servers,
                                                 or one JSON object
                  --fail-under-coverage PERCENT  fail (status 1) when the tests exercised fewer than
                                                 PERCENT of the rules they can exercise

                Exit status: 0 every test passed, 1 a test failed or coverage is too low,
                2 bad arguments, 3 invalid policy or test document.
                """;
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws UsageException {
        Args a = Args.parse(args, Set.of("--run", "--format", "--fail-under-coverage"), Set.of());
        if (a.help()) {
            out.print(help());
            return ExitCode.OK;
        }
        List<String> dirs = a.positional("POLICY_DIR", "TESTS_DIR");
        String format = a.value("--format") == null ? "text" : a.value("--format");
        if (!List.of("text", "junit", "json").contains(format)) {
            throw new UsageException("option --format is text, junit or json (got \"" + format + "\")");
        }
        Pattern run = a.value("--run") == null ? null : pattern(a.value("--run"));
        Integer minimum = a.value("--fail-under-coverage") == null ? null : percent(a.value("--fail-under-coverage"));
        Path policyDir = Path.of(dirs.get(0));
        Path testsDir = Path.of(dirs.get(1));
        Policy policy = Inputs.readPolicy(policyDir);
        PolicySuite suite;
        try {
            suite = PolicySuite.load(testsDir);
        } catch (InvalidInputException e) {
            throw Inputs.asGiven(e, testsDir);
        }
        if (run != null) {
            List<PolicyTestCase> chosen = suite.tests().stream()
                    .filter(t -> run.matcher(t.name()).find() || run.matcher(t.file()).find()).toList();
            if (chosen.isEmpty()) {
                throw new UsageException("no test of " + testsDir + " matches --run " + run.pattern());
            }
            suite = PolicySuite.of(chosen);
        }
        SuiteResult result = suite.run(policy);
        int coverage = percent(result.coverage());
        switch (format) {
            case "junit" -> out.print(junit(result, coverage));
            case "json" -> out.println(json(result, coverage));
            default -> text(result, coverage, testsDir, out);
        }
        if (minimum != null && coverage < minimum) {
            err.println("passerelle test: rule coverage " + coverage + "% is under --fail-under-coverage " + minimum + "%");
            return ExitCode.CHECK_FAILED;
        }
        return result.allPassed() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }

    private static void text(SuiteResult result, int coverage, Path testsDir, PrintStream out) {
        for (PolicyTestResult r : result.results()) {
            out.println((r.passed() ? "PASS " : "FAIL ") + r.test().name() + " (" + testsDir.resolve(r.test().file()) + ")");
        }
        for (PolicyTestResult r : result.failures()) {
            out.println();
            out.println(r.report());
        }
        out.println();
        out.println(result.summary());
        out.print(result.coverage().report());
        out.println("Rule coverage: " + coverage + "%");
    }

    /**
     * Returns the share of the rules a suite can exercise that it did exercise, rounded down: the SR
     * rules when the policy has a sharing part, the RR rules when it has a risk part.
     */
    static int percent(Coverage c) {
        int coverable = (c.coversSharing() ? Coverage.coverableRules().size() : 0)
                + (c.coversRisk() ? Coverage.coverableRiskRules().size() : 0);
        int missed = c.unexercisedRules().size() + c.unexercisedRiskRules().size();
        return coverable == 0 ? 100 : (coverable - missed) * 100 / coverable;
    }

    private static String junit(SuiteResult result, int coverage) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<testsuite name=\"passerelle policy tests\" tests=\"").append(result.results().size())
                .append("\" failures=\"").append(result.failedCount()).append("\" errors=\"0\" skipped=\"0\">\n");
        for (PolicyTestResult r : result.results()) {
            x.append("  <testcase classname=\"").append(xml(r.test().file())).append("\" name=\"")
                    .append(xml(r.test().name())).append('"');
            if (r.passed()) {
                x.append("/>\n");
            } else {
                String firstLine = r.report().lines().skip(1).findFirst().orElse("").trim();
                x.append(">\n    <failure message=\"").append(xml(firstLine)).append("\">").append(xml(r.report()))
                        .append("</failure>\n  </testcase>\n");
            }
        }
        x.append("  <system-out>").append(xml(result.summary() + "\n" + result.coverage().report()
                + "Rule coverage: " + coverage + "%\n")).append("</system-out>\n");
        return x.append("</testsuite>\n").toString();
    }

    private static String xml(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * The report as one JSON object. Written here, by hand, because only the json package may use
     * Jackson and it cannot depend on the test kit's result types; the values are strings, numbers and
     * booleans, escaped by {@link #quote(String)}.
     */
    private static String json(SuiteResult result, int coverage) {
        StringBuilder j = new StringBuilder("{\"passed\":").append(result.passedCount())
                .append(",\"failed\":").append(result.failedCount()).append(",\"tests\":[");
        String comma = "";
        for (PolicyTestResult r : result.results()) {
            j.append(comma).append("{\"name\":").append(quote(r.test().name())).append(",\"file\":")
                    .append(quote(r.test().file())).append(",\"passed\":").append(r.passed());
            if (!r.passed()) {
                j.append(",\"report\":").append(quote(r.report()));
            }
            j.append('}');
            comma = ",";
        }
        Coverage c = result.coverage();
        j.append("],\"coverage\":{\"rulePercent\":").append(coverage);
        strings(j, "unexercisedRules", c.unexercisedRules().stream().map(x -> x.id()).toList());
        strings(j, "unexercisedAgreements", c.unexercisedAgreements().stream().map(x -> x.value()).toList());
        strings(j, "unexercisedRiskRules", c.unexercisedRiskRules().stream().map(x -> x.id()).toList());
        strings(j, "unexercisedProfiles", c.unexercisedProfiles().stream().map(x -> x.value()).toList());
        strings(j, "unexercisedIndicators", c.unexercisedIndicators().stream().map(x -> x.value()).toList());
        return j.append("}}").toString();
    }

    private static void strings(StringBuilder j, String name, List<String> values) {
        j.append(",\"").append(name).append("\":[");
        for (int i = 0; i < values.size(); i++) {
            j.append(i > 0 ? "," : "").append(quote(values.get(i)));
        }
        j.append(']');
    }

    /** Returns a JSON string literal: quotes, backslashes and control characters escaped (RFC 8259). */
    static String quote(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static Pattern pattern(String regex) throws UsageException {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new UsageException("option --run needs a regular expression (" + e.getDescription() + " in \""
                    + regex + "\")");
        }
    }

    private static int percent(String text) throws UsageException {
        try {
            int n = Integer.parseInt(text);
            if (n >= 0 && n <= 100) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("option --fail-under-coverage needs a whole number from 0 to 100 (got \"" + text + "\")");
    }
}
