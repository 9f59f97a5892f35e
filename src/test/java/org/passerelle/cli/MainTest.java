package org.passerelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.json.DecisionJson;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.SharingDecision;

/**
 * The command-line tool through its real entry point, {@link Main#run}: exit statuses, standard
 * output and standard error.
 */
class MainTest {
    private static final String POLICY = resource("/policies/scenarios");
    private static final String BROKEN = resource("/policies/broken/mixed");
    private static final String SUITE = resource("/policy-tests/scenarios");
    private static final String SC01 = resource("/requests/sc-01-rnp-drugs.json");
    private static final String SC02 = resource("/requests/sc-02-immigration.json");
    private static final String RISK = resource("/policies/sc-10");
    private static final String DECLARATIONS = resource("/declarations/sc-10.json");
    private static final String RISK_SUITE = resource("/policy-tests/sc-10");

    @TempDir
    Path tmp;

    /** The result of one run. */
    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    // ---- help and usage

    @Test
    void withoutArgumentsTheHelpGoesToStandardErrorWithStatus2() {
        Run r = run();
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("Usage: passerelle COMMAND [ARGS]").contains("  validate ", "  decide ", "  assess ", "  test ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void generalHelp(String option) {
        Run r = run(option);
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Commands:", "validate", "fmt", "decide", "test",
                "Exit status: 0 ok, 1 a check failed (a policy test, fmt --check), 2 bad arguments,\n"
                        + "3 invalid input, 4 internal error, 5 an unknown agency, item or purpose (decide --strict).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "fmt", "decide", "assess", "test"})
    void eachCommandHasItsHelp(String command) {
        Run direct = run(command, "--help");
        Run viaHelp = run("help", command);
        assertThat(direct.status()).isZero();
        assertThat(direct.out()).startsWith("Usage: passerelle " + command).contains("Exit status:");
        assertThat(viaHelp).isEqualTo(direct);
    }

    @Test
    void anUnknownCommandOrOptionIsAUsageError() {
        Run r = run("frobnicate");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("passerelle: unknown command \"frobnicate\"\n"
                + "Run 'passerelle --help' for usage.\n");
        assertThat(run("--verbose").err()).startsWith("passerelle: unknown option --verbose");
        assertThat(run("help", "frobnicate").status()).isEqualTo(2);
    }

    @Test
    void badArgumentsNameWhatIsWrong() {
        assertThat(run("validate").err()).isEqualTo("passerelle validate: missing POLICY_DIR\n"
                + "Run 'passerelle validate --help' for usage.\n");
        assertThat(run("validate", POLICY, "extra").err()).startsWith("passerelle validate: unexpected argument \"extra\"");
        assertThat(run("decide", "--policy", POLICY).err()).startsWith("passerelle decide: missing the request: "
                + "--request REQUEST_FILE, --requests REQUESTS_JSONL, or --recipient, --item and --purpose");
        assertThat(run("decide", "--policy", POLICY, "--request").err())
                .startsWith("passerelle decide: option --request needs a value");
        assertThat(run("decide", "--policy", POLICY, "--policy", POLICY, "--request", SC01).err())
                .startsWith("passerelle decide: option --policy is given twice");
        assertThat(run("decide", "--policy", POLICY, "--request", SC01, "--explain=yes").err())
                .startsWith("passerelle decide: option --explain takes no value");
        assertThat(run("decide", "--policy", POLICY, "--request", SC01, "--colour").err())
                .startsWith("passerelle decide: unknown option --colour");
        assertThat(run("test", POLICY).err()).startsWith("passerelle test: missing TESTS_DIR");
        for (String[] args : new String[][] {{"validate"}, {"decide", "--policy", POLICY}, {"test", POLICY}}) {
            assertThat(run(args).status()).as(String.join(" ", args)).isEqualTo(2);
        }
    }

    // ---- validate

    @Test
    void validateAcceptsAValidPolicy() {
        Run r = run("validate", POLICY);
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith(POLICY + ": valid policy: 7 agencies, ").contains("4 agreements")
                .contains("0 risk indicators, 0 risk profiles")
                .containsPattern("; sharing version [0-9a-f]{64}\n$");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void validateReportsEveryProblemAtOnceWithStatus3() {
        Run r = run("validate", BROKEN);
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        String[] lines = r.err().split("\n");
        assertThat(lines[0]).matches("passerelle validate: invalid input, \\d+ problem\\(s\\):");
        int count = Integer.parseInt(lines[0].replaceAll("\\D", ""));
        assertThat(count).isGreaterThan(3);
        assertThat(lines).hasSize(count + 1);
        assertThat(lines).as("each file named as given: the directory, then the file")
                .filteredOn(l -> l.startsWith(BROKEN + "/")
                        && l.substring(BROKEN.length() + 1).matches("(agencies|agreements|items|purposes)\\.json:\\d+:\\d+ \\$\\S*: .+"))
                .hasSize(count);
    }

    @Test
    void validateOfAMissingDirectoryIsInvalidInput() {
        Run r = run("validate", tmp.resolve("nope").toString());
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err()).contains(tmp.resolve("nope") + " $: does not exist").doesNotContain("Exception");
    }

    // ---- decide

    @Test
    void decidePrintsTheDecisionAsJsonAndTheExplanationOnStandardError() {
        Run r = run("decide", "--policy", POLICY, "--request", SC01);
        assertThat(r.status()).isZero();
        SharingDecision d = DecisionJson.readDecision(r.out(), "stdout");
        assertThat(d.outcome()).isEqualTo(Outcome.PERMIT_WITH_CONDITIONS);
        assertThat(d.redactedFields()).containsExactly("bankAccount", "homePhone");
        assertThat(r.err()).isEqualTo(d.explanation()).startsWith("PERMIT_WITH_CONDITIONS: item SEIZ-2024-0042");
    }

    @Test
    void decideWithExplainPrintsTheExplanationAfterTheJson() {
        Run r = run("decide", "--request=" + SC02, "--policy=" + POLICY, "--explain");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        int split = r.out().indexOf("}\nDENY: ");
        assertThat(split).isPositive();
        SharingDecision d = DecisionJson.readDecision(r.out().substring(0, split + 2), "stdout");
        assertThat(d.outcome()).as("a refusal is a decision: status 0").isEqualTo(Outcome.DENY);
        assertThat(r.out().substring(split + 2)).isEqualTo(d.explanation());
    }

    @Test
    void decideReportsAnInvalidRequestWithFileAndLine() throws IOException {
        Path request = tmp.resolve("bad-request.json");
        Files.writeString(request, "{\n  \"id\": \"X\",\n  \"requester\": \"RNP\",\n  \"recipient\": \"RNP\",\n"
                + "  \"item\": \"SEIZ-2024-0042\",\n  \"purpose\": \"drug-trafficking-investigation\",\n"
                + "  \"instant\": \"yesterday\"\n}\n");
        Run r = run("decide", "--policy", POLICY, "--request", request.toString());
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("passerelle decide: invalid input, 1 problem(s):\n"
                + request + ":7:14 $.instant: must be an ISO instant such as 2024-05-10T09:00:00Z (got \"yesterday\")\n");
        assertThat(run("decide", "--policy", POLICY, "--request", tmp.resolve("none.json").toString()).status())
                .isEqualTo(3);
        assertThat(run("decide", "--policy", BROKEN, "--request", SC01).status()).isEqualTo(3);
    }

    // ---- assess

    @Test
    void assessPrintsOneJsonLinePerDeclaration() {
        Run r = run("assess", "--policy", RISK, "--shipments", DECLARATIONS, "--at", "2024-05-10T09:00:00Z");
        assertThat(r.status()).isZero();
        assertThat(r.out().lines().toList()).hasSize(3).satisfiesExactly(
                l -> assertThat(l).startsWith("{\"declaration\":\"LRN-D1\",\"asOf\":\"2024-05-10T09:00:00Z\","
                        + "\"lane\":\"RED\"").contains("\"score\":85"),
                l -> assertThat(l).startsWith("{\"declaration\":\"LRN-D2\"").contains("\"lane\":\"GREEN\""),
                l -> assertThat(l).startsWith("{\"declaration\":\"LRN-D3\"").contains("\"lane\":\"RED\"")
                        .doesNotContain("IR-2024-0917"));
        assertThat(r.err()).isEqualTo("3 assessed, RED 2, GREEN 1\n");
    }

    @Test
    void assessDefaultsToEachDeclarationsLodgementInstant() {
        Run r = run("assess", "--policy", RISK, "--shipments", DECLARATIONS);
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("{\"declaration\":\"LRN-D1\",\"asOf\":\"2024-05-10T08:00:00Z\"");
    }

    @Test
    void assessReportsBadArgumentsAndInvalidInput() throws IOException {
        Run badAt = run("assess", "--policy", RISK, "--shipments", DECLARATIONS, "--at", "today");
        assertThat(badAt.status()).isEqualTo(2);
        assertThat(badAt.err()).startsWith("passerelle assess: option --at needs an ISO instant such as "
                + "2024-05-10T09:00:00Z (got \"today\")");
        assertThat(run("assess", "--policy", RISK).err()).startsWith("passerelle assess: missing --shipments FILE_OR_DIR");

        Run noRisk = run("assess", "--policy", POLICY, "--shipments", DECLARATIONS);
        assertThat(noRisk.status()).isEqualTo(3);
        assertThat(noRisk.err()).contains("holds no risk section");

        Path bad = tmp.resolve("decl.json");
        Files.writeString(bad, "{\n  \"declarations\": [\n    {\"lrn\": \"X\", \"tpye\": \"IMPORT\"}\n  ]\n}\n");
        Run invalid = run("assess", "--policy", RISK, "--shipments", bad.toString());
        assertThat(invalid.status()).isEqualTo(3);
        assertThat(invalid.out()).isEmpty();
        assertThat(invalid.err()).startsWith("passerelle assess: invalid input, ").contains("decl.json:3:");
    }

    // ---- test

    @Test
    void testRunsTheSuiteAndReportsCoverage() {
        Run r = run("test", POLICY, SUITE);
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("PASS SC-01 seizure report to the police drugs unit "
                + "(" + Path.of(SUITE, "sc-01-seizure-report-to-police.json") + ")\n")
                .contains("PASS SC-05 forwarding to the tax agency waits for the originator's consent ("
                        + Path.of(SUITE, "sc-05/tax-office.json") + ")\n")
                .contains("\n6 passed, 0 failed\nRules no test exercised: SR-03, SR-05, ")
                .containsPattern("Agreements no test relied on: CMAA-RUR-SYL-2015, MOU-RCA-RNP-2017\nRule coverage: \\d+%\n$");
    }

    @Test
    void aFailingTestGivesStatus1WithExpectedActualAndExplanation() throws IOException {
        Files.writeString(tmp.resolve("sc-03-wrong.json"), """
                {
                  "request": {"id": "W", "requester": "RNP", "recipient": "RNP", "item": "DECL-2022-2024-COMPANY-X",
                              "purpose": "immigration-enforcement-check", "instant": "2024-05-10T09:00:00Z"},
                  "expect": {"outcome": "PERMIT"}
                }
                """);
        Files.copy(Path.of(SUITE, "sc-02-immigration-check.json"), tmp.resolve("sc-02.json"));
        Run r = run("test", POLICY, tmp.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).startsWith("PASS SC-02 immigration check is outside the MoU (" + tmp.resolve("sc-02.json") + ")\n"
                + "FAIL sc-03-wrong (" + tmp.resolve("sc-03-wrong.json") + ")\n\nFAILED sc-03-wrong (sc-03-wrong.json)\n"
                + "  outcome: expected PERMIT, got DENY\n--- decision ---\nDENY: ")
                .contains("\n1 passed, 1 failed\n");
    }

    @Test
    void anInvalidTestDocumentGivesStatus3WithFileAndLine() throws IOException {
        Files.writeString(tmp.resolve("typo.json"), "{\n  \"request\": {},\n  \"expect\": {\"outcome\": \"DENY\"},\n"
                + "  \"expected\": {}\n}\n");
        Run r = run("test", POLICY, tmp.toString());
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("passerelle test: invalid input, ")
                .contains("typo.json:4:3 $.expected: unknown field \"expected\"; expected one of name, description, "
                        + "request, expect\n")
                .contains("typo.json:2:14 $.request.id: is required\n");
    }

    @Test
    void testRunsRiskTestsAndReportsRiskCoverage() {
        Run r = run("test", RISK, RISK_SUITE);
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(("""
                PASS SC-10 D1: new trader, undervaluation, hub and third-party freight score 85: Red \
                (SUITE/d1-new-trader-undervalued-red.json)
                PASS SC-10 D2: an AEOF consignee with only the hub indicator is Green (SUITE/d2-aeo-consignee-green.json)
                PASS SC-10 D3: the intelligence-led profile naming the consignee sends it Red despite AEO \
                (SUITE/d3-named-consignee-red-despite-aeo.json)

                3 passed, 0 failed
                Risk rules no test exercised: RR-02, RR-04, RR-06, RR-10
                Profiles no test matched: TOB-WATCH-01
                Indicators no test fired: WATCHED_TOBACCO_IMPORTER
                Rule coverage: 50%
                """).replace("SUITE", RISK_SUITE));
    }

    @Test
    void aFailingRiskTestGivesStatus1WithExpectedActualAndTheAssessment() throws IOException {
        Files.writeString(tmp.resolve("d2-wrong.json"), Files.readString(Path.of(RISK_SUITE,
                "d2-aeo-consignee-green.json")).replace("\"score\": 5", "\"score\": 15"));
        Run r = run("test", RISK, tmp.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).startsWith("FAIL SC-10 D2: ")
                .contains("\n  score: expected 15, got 5\n--- assessment ---\nDeclaration LRN-D2: lane GREEN, score 5.\n")
                .contains("\n0 passed, 1 failed\nRisk rules no test exercised: ");
    }

    @Test
    void aTestDocumentWithBothARequestAndADeclarationGivesStatus3NamingTheFile() throws IOException {
        Files.writeString(tmp.resolve("both.json"), """
                {"request": {"id": "X"}, "declaration": {"lrn": "X"}, "expect": {"lane": "RED"}}
                """);
        Run r = run("test", RISK, tmp.toString());
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("passerelle test: invalid input, 1 problem(s):\n"
                + tmp.resolve("both.json") + ":1:1 $: holds both a request and a declaration; a policy test holds one of them: "
                + "a \"request\" (a sharing test) or a \"declaration\" (a risk test)\n");
    }

    @Test
    void testHelpMentionsRiskTests() {
        Run r = run("test", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("risk tests (a declaration and the", "RR rules, profiles and indicators");
    }

    static String resource(String name) {
        try {
            return Path.of(MainTest.class.getResource(name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
