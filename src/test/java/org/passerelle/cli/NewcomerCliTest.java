package org.passerelle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.cli.MainTest.resource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.json.DecisionJson;
import org.passerelle.json.PolicyReader;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.SharingDecision;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What issue 14 asked of the command-line tool, each both ways: {@code --version}, {@code fmt},
 * the test reports and filters, {@code decide} from options, standard input and JSON Lines, and
 * {@code --strict}.
 */
class NewcomerCliTest {
    private static final String POLICY = resource("/policies/scenarios");
    private static final String SUITE = resource("/policy-tests/scenarios");
    private static final String SC01 = resource("/requests/sc-01-rnp-drugs.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    private static MainTest.Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new MainTest.Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    // ---- --version

    @Test
    void versionPrintsTheBuildsVersion() {
        MainTest.Run r = run("", "--version");
        assertThat(r.status()).isZero();
        assertThat(r.out()).matches("passerelle \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
        MainTest.Run extra = run("", "--version", "extra");
        assertThat(extra.status()).isEqualTo(2);
        assertThat(extra.err()).startsWith("passerelle: unexpected argument \"extra\" after --version");
    }

    // ---- fmt

    @Test
    void fmtRewritesAPolicyInCanonicalFormAndCheckThenPasses() throws IOException {
        Path dir = tmp.resolve("policy");
        Files.createDirectories(dir);
        // one file holding every section, compact: valid, but not canonical
        StringBuilder all = new StringBuilder("{");
        try (Stream<Path> files = Files.list(Path.of(POLICY))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode doc = JSON.readTree(Files.readString(p));
                doc.properties().forEach(e -> all.append(all.length() > 1 ? "," : "").append('"').append(e.getKey())
                        .append("\":").append(e.getValue().toString()));
            }
        }
        Files.writeString(dir.resolve("everything.json"), all.append("}").toString());
        String version = PolicyReader.create().readPolicy(dir).sharing().version();

        MainTest.Run check = run("", "fmt", "--check", dir.toString());
        assertThat(check.status()).as(check.out()).isEqualTo(1);
        assertThat(check.out()).contains("not canonical", "remove " + dir.resolve("everything.json"),
                "create " + dir.resolve("agencies.json"));
        assertThat(dir.resolve("agencies.json")).as("--check changes nothing").doesNotExist();

        MainTest.Run fmt = run("", "fmt", dir.toString());
        assertThat(fmt.status()).as(fmt.err()).isZero();
        assertThat(dir.resolve("everything.json")).doesNotExist();
        assertThat(dir.resolve("agreements.json")).exists();
        assertThat(PolicyReader.create().readPolicy(dir).sharing().version()).as("the same policy").isEqualTo(version);

        MainTest.Run again = run("", "fmt", "--check", dir.toString());
        assertThat(again.status()).isZero();
        assertThat(again.out()).isEqualTo(dir + ": canonical\n");
    }

    @Test
    void fmtOfAnInvalidPolicyChangesNothing() throws IOException {
        Files.writeString(tmp.resolve("agencies.json"), "{\"agencies\": [{\"id\": \"RCA\"}]}");
        MainTest.Run r = run("", "fmt", tmp.toString());
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err()).contains(tmp.resolve("agencies.json") + ":1:15 $.agencies[0].name: is required");
        assertThat(Files.readString(tmp.resolve("agencies.json"))).isEqualTo("{\"agencies\": [{\"id\": \"RCA\"}]}");
    }

    // ---- test: --run, --format, --fail-under-coverage

    @Test
    void testRunSelectsTestsByNameOrFile() {
        MainTest.Run r = run("", "test", POLICY, SUITE, "--run", "SC-0[12]");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("PASS SC-01 ", "PASS SC-02 ").doesNotContain("SC-03", "SC-05").contains("3 passed, 0 failed");
        MainTest.Run none = run("", "test", POLICY, SUITE, "--run", "nothing-like-this");
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).startsWith("passerelle test: no test of " + SUITE + " matches --run nothing-like-this");
        assertThat(run("", "test", POLICY, SUITE, "--run", "[").err()).contains("option --run needs a regular expression");
    }

    @Test
    void testWritesJunitXmlAndJson() throws IOException {
        MainTest.Run xml = run("", "test", POLICY, SUITE, "--format", "junit");
        assertThat(xml.status()).isZero();
        assertThat(xml.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"passerelle policy tests\" "
                + "tests=\"6\" failures=\"0\"").contains("<testcase classname=\"sc-01-seizure-report-to-police.json\" "
                + "name=\"SC-01 seizure report to the police drugs unit\"/>").endsWith("</testsuite>\n");

        Files.writeString(tmp.resolve("wrong.json"), """
                {"name": "a <wrong> & \\"quoted\\" test",
                 "request": {"id": "W", "requester": "RNP", "recipient": "RNP", "item": "SEIZ-2024-0042",
                             "purpose": "drug-trafficking-investigation", "instant": "2024-05-10T09:00:00Z"},
                 "expect": {"outcome": "DENY"}}
                """);
        MainTest.Run failing = run("", "test", POLICY, tmp.toString(), "--format", "junit");
        assertThat(failing.status()).isEqualTo(1);
        assertThat(failing.out()).contains("failures=\"1\"", "name=\"a &lt;wrong&gt; &amp; &quot;quoted&quot; test\">",
                "<failure message=\"outcome: expected DENY, got PERMIT_WITH_CONDITIONS\">");

        MainTest.Run json = run("", "test", POLICY, tmp.toString(), "--format", "json");
        assertThat(json.status()).isEqualTo(1);
        JsonNode root = JSON.readTree(json.out());
        assertThat(root.get("passed").asInt()).isZero();
        assertThat(root.get("failed").asInt()).isEqualTo(1);
        assertThat(root.get("tests").get(0).get("passed").asBoolean()).isFalse();
        assertThat(root.get("tests").get(0).get("name").asString()).isEqualTo("a <wrong> & \"quoted\" test");
        assertThat(root.get("tests").get(0).get("report").asString()).contains("outcome: expected DENY");
        assertThat(root.get("coverage").get("unexercisedRules").toString()).contains("SR-03");
        assertThat(run("", "test", POLICY, SUITE, "--format", "html").status()).isEqualTo(2);
    }

    @Test
    void testFailsUnderTheCoverageAskedFor() {
        MainTest.Run all = run("", "test", POLICY, SUITE);
        int coverage = Integer.parseInt(all.out().replaceAll("(?s).*Rule coverage: (\\d+)%\n$", "$1"));
        assertThat(coverage).isBetween(1, 99);

        assertThat(run("", "test", POLICY, SUITE, "--fail-under-coverage", String.valueOf(coverage)).status()).isZero();
        MainTest.Run under = run("", "test", POLICY, SUITE, "--fail-under-coverage", String.valueOf(coverage + 1));
        assertThat(under.status()).isEqualTo(1);
        assertThat(under.err()).isEqualTo("passerelle test: rule coverage " + coverage + "% is under --fail-under-coverage "
                + (coverage + 1) + "%\n");
        assertThat(run("", "test", POLICY, SUITE, "--fail-under-coverage", "101").status()).isEqualTo(2);
        assertThat(run("", "test", POLICY, SUITE, "--fail-under-coverage", "most").status()).isEqualTo(2);
    }

    @Test
    void jsonStringsAreEscaped() throws IOException {
        String nasty = "tab\t, newline\n, quote \", backslash \\, bell \u0007, é";
        assertThat(JSON.readTree(TestCommand.quote(nasty)).asString()).isEqualTo(nasty);
        assertThat(TestCommand.quote("\u0007")).isEqualTo("\"\\u0007\"");
    }

    // ---- decide without a request file

    @Test
    void decideFromOptionsIsTheSameAsFromTheFile() {
        MainTest.Run fromFile = run("", "decide", "--policy", POLICY, "--request", SC01);
        MainTest.Run fromOptions = run("", "decide", "--policy", POLICY, "--recipient", "RNP", "--item", "SEIZ-2024-0042",
                "--purpose", "drug-trafficking-investigation", "--at", "2024-05-10T09:00:00Z");
        assertThat(fromOptions.status()).isZero();
        SharingDecision a = DecisionJson.readDecision(fromFile.out(), "file");
        SharingDecision b = DecisionJson.readDecision(fromOptions.out(), "options");
        assertThat(b.outcome()).isEqualTo(a.outcome()).isEqualTo(Outcome.PERMIT_WITH_CONDITIONS);
        assertThat(b.redactedFields()).isEqualTo(a.redactedFields());

        assertThat(run("", "decide", "--policy", POLICY, "--recipient", "RNP", "--item", "SEIZ-2024-0042").err())
                .startsWith("passerelle decide: missing --purpose PURPOSE");
        assertThat(run("", "decide", "--policy", POLICY, "--request", SC01, "--recipient", "RNP").err())
                .startsWith("passerelle decide: give the request one way only");
        assertThat(run("", "decide", "--policy", POLICY, "--recipient", "RNP", "--item", "I", "--purpose", "p",
                "--at", "tomorrow").err()).startsWith("passerelle decide: option --at needs an ISO instant");
    }

    @Test
    void decideReadsTheRequestFromStandardInput() throws IOException {
        MainTest.Run r = run(Files.readString(Path.of(SC01)), "decide", "--policy", POLICY, "--request", "-");
        assertThat(r.status()).isZero();
        assertThat(DecisionJson.readDecision(r.out(), "stdout").outcome()).isEqualTo(Outcome.PERMIT_WITH_CONDITIONS);

        MainTest.Run bad = run("{\"id\": \"X\"", "decide", "--policy", POLICY, "--request", "-");
        assertThat(bad.status()).isEqualTo(3);
        assertThat(bad.err()).contains("<stdin>:");
    }

    @Test
    void decideDecidesJsonLinesOneDecisionPerLine() throws IOException {
        String sc01 = JSON.readTree(Files.readString(Path.of(SC01))).toString();
        String refused = sc01.replace("drug-trafficking-investigation", "income-tax-audit");
        MainTest.Run r = run(sc01 + "\n\n" + refused + "\n", "decide", "--policy", POLICY, "--requests", "-");
        assertThat(r.status()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(DecisionJson.readDecision(lines.get(0), "1").outcome()).isEqualTo(Outcome.PERMIT_WITH_CONDITIONS);
        assertThat(DecisionJson.readDecision(lines.get(1), "2").outcome()).isEqualTo(Outcome.DENY);
        assertThat(r.err()).isEqualTo("2 decided\n");

        Path file = tmp.resolve("requests.jsonl");
        Files.writeString(file, sc01 + "\n{\"id\": \"X\", \"requester\": \"RNP\"}\n");
        MainTest.Run bad = run("", "decide", "--policy", POLICY, "--requests", file.toString());
        assertThat(bad.status()).isEqualTo(3);
        assertThat(bad.out()).as("one invalid line and nothing is decided").isEmpty();
        assertThat(bad.err()).contains(file + ":2:");
    }

    // ---- --strict

    @Test
    void strictTurnsAnUnknownReferenceIntoAnInputErrorWithADidYouMean() {
        String[] typo = {"decide", "--policy", POLICY, "--recipient", "RNQ", "--item", "SEIZ-2024-0042",
                "--purpose", "drug-trafficing-investigation", "--at", "2024-05-10T09:00:00Z"};
        MainTest.Run lenient = run("", typo);
        assertThat(lenient.status()).as("without --strict: a fail-closed refusal").isZero();
        assertThat(DecisionJson.readDecision(lenient.out(), "stdout").outcome()).isEqualTo(Outcome.DENY);

        String[] strict = Stream.concat(Stream.of(typo), Stream.of("--strict")).toArray(String[]::new);
        MainTest.Run r = run("", strict);
        assertThat(r.status()).isEqualTo(5);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("passerelle decide: 2 unknown reference(s) (--strict):\n"
                + "the command line: recipient: unknown agency \"RNQ\" (did you mean RNP?)\n"
                + "the command line: purpose: unknown purpose \"drug-trafficing-investigation\" "
                + "(did you mean drug-trafficking-investigation?)\n");

        MainTest.Run known = run("", "decide", "--policy", POLICY, "--request", SC01, "--strict");
        assertThat(known.status()).as("a request that names what the policy holds").isZero();
    }

    @Test
    void inputsThatDoNotExistAreSaidSoWithThePathAsGiven() {
        String missing = tmp.resolve("no-such-request.json").toString();
        MainTest.Run r = run("", "decide", "--policy", POLICY, "--request", missing);
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("passerelle decide: invalid input, 1 problem(s):\n" + missing + " $: does not exist\n");
    }
}
