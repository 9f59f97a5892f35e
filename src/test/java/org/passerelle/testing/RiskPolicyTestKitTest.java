package org.passerelle.testing;

import static org.passerelle.testing.SharingAssertions.assertThat;
import static org.passerelle.testing.SharingAssertions.assertThatThrownBy;
import static org.passerelle.testing.SharingAssertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.json.Policy;
import org.passerelle.json.PolicyReader;
import org.passerelle.json.PolicyTestCase;
import org.passerelle.model.InvalidInputException;
import org.passerelle.risk.IndicatorId;
import org.passerelle.risk.Lane;
import org.passerelle.risk.ProfileId;
import org.passerelle.risk.RiskRule;
import org.passerelle.sharing.SharingEngine;

/**
 * The risk side of the policy test kit: the SC-10 sample suite (D1 Red 85, D2 Green, D3 Red despite
 * AEO) passes against the policy of {@code policies/sc-10}, with its traders and reference values; a
 * wrong expectation fails with expected, actual and the assessment's explanation; a malformed risk
 * test is reported with file, path and line; coverage names the risk rules, profiles and indicators
 * the suite never exercised.
 */
class RiskPolicyTestKitTest {
    static final Path POLICY_DIR = PolicyTestKitTest.resource("/policies/sc-10");
    static final Path SUITE = PolicyTestKitTest.resource("/policy-tests/sc-10");
    private static final Policy POLICY = PolicyReader.create().readPolicy(POLICY_DIR);

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> theSc10SuiteAsJUnitTests() {
        return PolicyTests.dynamicTests(POLICY_DIR, SUITE);
    }

    @Test
    void theSc10SuitePassesInFileOrder() {
        SuiteResult result = PolicySuite.load(SUITE).run(POLICY);

        assertThat(result.results()).extracting(r -> r.test().file()).containsExactly(
                "d1-new-trader-undervalued-red.json", "d2-aeo-consignee-green.json",
                "d3-named-consignee-red-despite-aeo.json");
        assertThat(result.failures()).as(() -> result.failures().stream().map(PolicyTestResult::report)
                .collect(Collectors.joining("\n"))).isEmpty();
        assertThat(result.summary()).isEqualTo("3 passed, 0 failed");
        PolicyTestResult d1 = result.results().get(0);
        assertThat(d1.test().isRisk()).isTrue();
        assertThat(d1.decision()).isNull();
        assertThat(d1.assessment().lane()).isEqualTo(Lane.RED);
        assertThat(d1.assessment().score()).isEqualTo(85);
    }

    @Test
    void withoutAssessedAtTheDeclarationIsAssessedAsOfItsLodging() {
        PolicyTestCase d3 = PolicySuite.load(SUITE).tests().get(2);

        assertThat(d3.assessedAt()).isEqualTo(d3.declaration().lodgedAt());
        assertThat(PolicySuite.load(SUITE).tests().get(0).assessedAt()).hasToString("2024-05-10T09:00:00Z");
    }

    @Test
    void aWrongExpectationFailsWithExpectedActualAndTheAssessmentsExplanation() throws IOException {
        Files.writeString(tmp.resolve("d2-wrong.json"), Files.readString(SUITE.resolve("d2-aeo-consignee-green.json"))
                .replaceFirst("(?s)\"expect\": \\{.*?\\n  \\}", """
                        "expect": {
                            "lane": "RED", "score": 85, "firedProfiles": ["INT-0042", "NO-SUCH-PROFILE"],
                            "notFiredProfiles": ["TOB-VALUE-01"], "firedIndicators": ["NEW_TRADER"],
                            "notFiredIndicators": ["TRANSHIPMENT_HUB", "NO_SUCH_INDICATOR"],
                            "random": true, "complete": false, "rules": ["RR-02"]
                          }"""));

        SuiteResult result = PolicySuite.load(tmp).run(POLICY);

        assertThat(result.summary()).isEqualTo("0 passed, 1 failed");
        PolicyTestResult failed = result.failures().get(0);
        assertThat(failed.mismatches()).extracting(Mismatch::toString).containsExactly(
                "lane: expected RED, got GREEN",
                "score: expected 85, got 5",
                "firedProfiles: expected INT-0042 to match, got matched: [TOB-VALUE-01]",
                "firedProfiles: expected NO-SUCH-PROFILE to match, got no profile NO-SUCH-PROFILE in the policy",
                "notFiredProfiles: expected TOB-VALUE-01 not to match, got TOB-VALUE-01 matched with lane GREEN",
                "firedIndicators: expected NEW_TRADER to fire, got fired: [TRANSHIPMENT_HUB]",
                "notFiredIndicators: expected NO_SUCH_INDICATOR not to fire, got no indicator NO_SUCH_INDICATOR "
                        + "in the policy",
                "notFiredIndicators: expected TRANSHIPMENT_HUB not to fire, got TRANSHIPMENT_HUB fired",
                "random: expected selected at random, got not selected at random",
                "complete: expected incomplete, got complete",
                "rules: expected RR-02 to shape the assessment, got rules: [RR-01, RR-05]");
        assertThat(failed.report())
                .startsWith("FAILED SC-10 D2: an AEOF consignee with only the hub indicator is Green (d2-wrong.json)\n"
                        + "  Only the hub indicator fires")
                .contains("\n  lane: expected RED, got GREEN\n")
                .contains("\n--- assessment ---\nDeclaration LRN-D2: lane GREEN, score 5.\n"
                        + "- Profile TOB-VALUE-01 -> GREEN (score 5 after an AEO reduction of 10)")
                .doesNotContain("--- decision ---");
    }

    @Test
    void aFailingRiskDynamicTestThrowsTheReport() throws Throwable {
        Files.writeString(tmp.resolve("d1-expects-green.json"), Files.readString(
                SUITE.resolve("d1-new-trader-undervalued-red.json")).replace("\"lane\": \"RED\"", "\"lane\": \"GREEN\""));
        List<DynamicTest> tests = PolicyTests.dynamicTests(POLICY_DIR, tmp).toList();

        AssertionError e = catchThrowableOfType(AssertionError.class, () -> tests.get(0).getExecutable().execute());

        assertThat(e).hasMessageContaining("lane: expected GREEN, got RED")
                .hasMessageContaining("--- assessment ---\nDeclaration LRN-D1: lane RED, score 85.");
    }

    @Test
    void restrictedIntelligenceNeverReachesTheReport() throws IOException {
        Files.writeString(tmp.resolve("d3-expects-yellow.json"), Files.readString(
                SUITE.resolve("d3-named-consignee-red-despite-aeo.json")).replace("\"lane\": \"RED\"", "\"lane\": \"YELLOW\""));

        PolicyTestResult r = PolicySuite.load(tmp).run(POLICY).results().get(0);

        assertThat(r.passed()).isFalse();
        assertThat(r.report()).contains("Selected by the risk targeting centre")
                .doesNotContain("IR-2024-0917", "RNP tip-off");
    }

    @Test
    void malformedRiskTestsAreReportedTogetherWithFilePathAndLine() throws IOException {
        Files.writeString(tmp.resolve("a-both.json"), """
                {
                  "request": {"id": "X", "requester": "RNP", "recipient": "RNP", "item": "SEIZ-2024-0042",
                              "purpose": "drug-trafficking-investigation", "instant": "2024-05-10T09:00:00Z"},
                  "declaration": {"lrn": "X"},
                  "expect": {"lane": "RED"}
                }
                """);
        Files.writeString(tmp.resolve("b-neither.json"), """
                {
                  "name": "nothing to run",
                  "expect": {"lane": "RED"}
                }
                """);
        Files.writeString(tmp.resolve("c-bad.json"), """
                {
                  "assessedAt": "2024-05-10",
                  "expect": {
                    "lane": "AMBER",
                    "outcome": "DENY",
                    "score": "high",
                    "firedProfiles": ["TOB-VALUE-01"],
                    "notFiredProfiles": ["INT-0042", "INT-0042"],
                    "random": "no",
                    "rules": ["RR-03", "SR-01"]
                  },
                  "declaration": {
                    "lrn": "LRN-X",
                    "lodgedAt": "2024-05-10T08:00:00Z",
                    "items": [{"sequence": 1, "commodityCode": "2403.11.00", "descripton": "tobacco"}]
                  }
                }
                """);
        Files.writeString(tmp.resolve("d-contradiction.json"), """
                {"declaration": {"lrn": "LRN-Y", "lodgedAt": "2024-05-10T08:00:00Z",
                                 "items": [{"sequence": 1, "commodityCode": "2403.11.00", "description": "tobacco"}]},
                 "expect": {"lane": "RED", "firedIndicators": ["NEW_TRADER"], "notFiredIndicators": ["NEW_TRADER"]}}
                """);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> PolicySuite.load(tmp));

        assertThat(e.problems()).extracting(Object::toString).contains(
                "a-both.json:1:1 $: holds both a request and a declaration; a policy test holds one of them: "
                        + "a \"request\" (a sharing test) or a \"declaration\" (a risk test)",
                "b-neither.json:1:1 $: holds neither a request nor a declaration; a policy test holds one of them: "
                        + "a \"request\" (a sharing test) or a \"declaration\" (a risk test)",
                "c-bad.json:2:17 $.assessedAt: must be an ISO instant such as 2024-05-10T09:00:00Z (got \"2024-05-10\")",
                "c-bad.json:4:13 $.expect.lane: must be one of RED, YELLOW, BLUE, GREEN (got \"AMBER\")",
                "c-bad.json:5:5 $.expect.outcome: unknown field \"outcome\"; expected one of lane, score, "
                        + "firedProfiles, notFiredProfiles, firedIndicators, notFiredIndicators, random, complete, rules",
                "c-bad.json:6:14 $.expect.score: must be an integer (got string \"high\")",
                "c-bad.json:8:38 $.expect.notFiredProfiles[1]: \"INT-0042\" is listed more than once",
                "c-bad.json:9:15 $.expect.random: must be true or false (got string \"no\")",
                "c-bad.json:10:15 $.expect.rules[0]: is not a risk rule id (RR-01 ... RR-11, RR-FC) (got \"RR-03\")",
                "c-bad.json:10:24 $.expect.rules[1]: is not a risk rule id (RR-01 ... RR-11, RR-FC) (got \"SR-01\")",
                "d-contradiction.json:3:86 $.expect.notFiredIndicators[0]: is also listed among the indicators "
                        + "that must fire (got \"NEW_TRADER\")");
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.toString())
                .startsWith("c-bad.json:15:62 $.declaration.items[0].descripton: unknown field \"descripton\""));
    }

    @Test
    void coverageNamesTheRiskRulesProfilesAndIndicatorsTheSuiteNeverExercised() {
        Coverage coverage = PolicySuite.load(SUITE).run(POLICY).coverage();

        assertThat(coverage.coversRisk()).isTrue();
        assertThat(coverage.coversSharing()).isFalse();
        assertThat(coverage.unexercisedProfiles()).containsExactly(ProfileId.of("TOB-WATCH-01"));
        assertThat(coverage.unexercisedIndicators()).containsExactly(IndicatorId.of("WATCHED_TOBACCO_IMPORTER"));
        assertThat(coverage.unexercisedRiskRules()).containsExactly(RiskRule.RR_02, RiskRule.RR_04, RiskRule.RR_06,
                RiskRule.RR_10);
        assertThat(coverage.unexercisedRules()).isEmpty();
        assertThat(coverage.isComplete()).isFalse();
        assertThat(coverage.report()).isEqualTo("""
                Risk rules no test exercised: RR-02, RR-04, RR-06, RR-10
                Profiles no test matched: TOB-WATCH-01
                Indicators no test fired: WATCHED_TOBACCO_IMPORTER
                """);
    }

    @Test
    void aSuiteOfBothKindsRunsAgainstAPolicyOfBothParts() throws IOException {
        Path policy = Files.createDirectories(tmp.resolve("policy"));
        Path suite = Files.createDirectories(tmp.resolve("tests"));
        for (Path dir : List.of(PolicyTestKitTest.POLICY, POLICY_DIR)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.copy(f, policy.resolve(f.getFileName()));
                }
            }
        }
        Files.copy(PolicyTestKitTest.SUITE.resolve("sc-01-seizure-report-to-police.json"), suite.resolve("sc-01.json"));
        Files.copy(SUITE.resolve("d1-new-trader-undervalued-red.json"), suite.resolve("sc-10-d1.json"));
        Policy both = PolicyReader.create().readPolicy(policy);

        SuiteResult result = PolicySuite.load(suite).run(both);

        assertThat(result.summary()).isEqualTo("2 passed, 0 failed");
        assertThat(result.results()).extracting(r -> r.test().isRisk()).containsExactly(false, true);
        Coverage coverage = result.coverage();
        assertThat(coverage.coversSharing()).isTrue();
        assertThat(coverage.coversRisk()).isTrue();
        assertThat(coverage.report()).startsWith("Rules no test exercised: SR-01, ")
                .contains("\nAgreements no test relied on: CMAA-RUR-SYL-2015, ")
                .contains("\nRisk rules no test exercised: RR-02, RR-04, RR-05, RR-06, RR-07, RR-10\n")
                .endsWith("\nIndicators no test fired: CONSIGNEE_NAMED, WATCHED_TOBACCO_IMPORTER\n");
        assertThat(PolicyTests.dynamicTests(SharingEngine.compile(both.sharing()), both.risk(), suite)).hasSize(2);
    }

    @Test
    void theRiskTestOfTheDocsIsTheSampleFile() throws IOException {
        String md = Files.readString(Path.of("docs/policy-testing.md"));

        assertThat(md).contains("```json\n" + Files.readString(SUITE.resolve("d1-new-trader-undervalued-red.json"))
                + "```\n");
    }

    @Test
    void riskTestsNeedARiskPolicy() {
        PolicySuite suite = PolicySuite.load(SUITE);
        SharingEngine engine = SharingEngine.compile(POLICY.sharing());

        assertThatThrownBy(() -> suite.run(engine)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the suite holds risk tests [d1-new-trader-undervalued-red.json, ")
                .hasMessageContaining("run(Policy)");
        assertThatThrownBy(() -> PolicySuite.run(suite.tests().get(0), engine))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a risk policy");
    }
}
