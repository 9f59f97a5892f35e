package org.passerelle.testing;

import static org.passerelle.testing.SharingAssertions.assertThat;
import static org.passerelle.testing.SharingAssertions.assertThatThrownBy;
import static org.passerelle.testing.SharingAssertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.json.PolicyReader;
import org.passerelle.json.PolicyTestCase;
import org.passerelle.json.PolicyTestReader;
import org.passerelle.model.InvalidInputException;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingRule;

/**
 * The policy test kit itself: the sample suite of the scenario policy passes, a wrong expectation
 * fails with expected, actual and the explanation, a malformed test file is reported with file, path
 * and line, and coverage names what the suite never exercised.
 */
class PolicyTestKitTest {
    static final Path POLICY = resource("/policies/scenarios");
    static final Path SUITE = resource("/policy-tests/scenarios");
    private static final SharingEngine ENGINE = SharingEngine.compile(PolicyReader.create().readSharingPolicy(POLICY));

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> theScenarioSuiteAsJUnitTests() {
        return PolicyTests.dynamicTests(POLICY, SUITE);
    }

    @Test
    void theScenarioSuitePassesInFileOrder() {
        SuiteResult result = PolicySuite.load(SUITE).run(ENGINE);

        assertThat(result.results()).extracting(r -> r.test().file()).containsExactly(
                "sc-01-seizure-report-to-police.json", "sc-02-immigration-check.json",
                "sc-02-tax-agency-not-a-party.json", "sc-03-under-the-2022-mou.json",
                "sc-05/prosecutor.json", "sc-05/tax-office.json");
        assertThat(result.failures()).as(() -> result.failures().stream().map(PolicyTestResult::report)
                .collect(Collectors.joining("\n"))).isEmpty();
        assertThat(result.summary()).isEqualTo("6 passed, 0 failed");
        assertThat(result.allPassed()).isTrue();
    }

    @Test
    void aWrongExpectationFailsWithExpectedActualAndTheExplanation() throws IOException {
        Files.writeString(tmp.resolve("wrong.json"), """
                {
                  "request": {"id": "W", "requester": "RNP", "recipient": "RNP", "item": "DECL-2022-2024-COMPANY-X",
                              "purpose": "immigration-enforcement-check", "instant": "2024-05-10T09:00:00Z"},
                  "expect": {"outcome": "PERMIT", "agreement": "MOU-RCA-RNP-2022", "redacted": [],
                             "firedRules": ["SR-27"], "notFiredRules": ["SR-06"]}
                }
                """);

        SuiteResult result = PolicySuite.load(tmp).run(ENGINE);

        assertThat(result.summary()).isEqualTo("0 passed, 1 failed");
        PolicyTestResult failed = result.failures().get(0);
        assertThat(failed.mismatches()).extracting(Mismatch::check)
                .containsExactly("outcome", "agreement", "firedRules", "notFiredRules");
        assertThat(failed.report())
                .startsWith("FAILED wrong (wrong.json)\n")
                .contains("outcome: expected PERMIT, got DENY")
                .contains("agreement: expected MOU-RCA-RNP-2022, got no agreement")
                .contains("firedRules: expected SR-27 to fire, got fired: [SR-01, SR-02, SR-04, SR-06]")
                .contains("notFiredRules: expected SR-06 not to fire, got SR-06 fired")
                .contains("--- decision ---\nDENY: item DECL-2022-2024-COMPANY-X may not go to RNP");
    }

    @Test
    void everyKindOfExpectationIsCompared() {
        PolicyTestCase t = PolicyTestReader.create().readTest("""
                {"request": {"id": "SC-01", "requester": "RNP", "recipient": "RNP", "item": "SEIZ-2024-0042",
                 "purpose": "drug-trafficking-investigation", "instant": "2024-05-10T09:00:00Z"},
                 "expect": {"outcome": "PERMIT_WITH_CONDITIONS", "decidingRules": ["SR-06", "SR-27"],
                            "conditions": ["EMERGENCY", "REDACT"], "absentConditions": ["KEEP_MARKING"],
                            "redacted": ["bankAccount"], "retainUntil": "2029-05-11",
                            "respondBy": "2024-05-17T10:00:00Z"}}
                """, "all.json");

        assertThat(PolicySuite.run(t, ENGINE).mismatches()).extracting(Mismatch::toString).containsExactly(
                "decidingRules: expected SR-06 to call for PERMIT_WITH_CONDITIONS, got fired: "
                        + "[SR-19, SR-20, SR-27, SR-29, SR-32, SR-33]",
                "conditions: expected a condition EMERGENCY, got conditions: "
                        + "[REDACT, KEEP_MARKING, RETAIN_UNTIL, NO_ONWARD_TRANSFER_WITHOUT_CONSENT, RESPOND_BY, KEEP_EVALUATION]",
                "absentConditions: expected no condition KEEP_MARKING, got conditions: "
                        + "[REDACT, KEEP_MARKING, RETAIN_UNTIL, NO_ONWARD_TRANSFER_WITHOUT_CONSENT, RESPOND_BY, KEEP_EVALUATION]",
                "redacted: expected [bankAccount], got [bankAccount, homePhone]",
                "retainUntil: expected 2029-05-11, got 2029-05-10",
                "respondBy: expected 2024-05-17T10:00:00Z, got 2024-05-17T09:00:00Z");
    }

    @Test
    void aFailingDynamicTestThrowsTheReport() throws Throwable {
        Files.writeString(tmp.resolve("sc-02-expects-permit.json"), """
                {
                  "name": "SC-02 wrongly expected to pass",
                  "request": {"id": "W", "requester": "RNP", "recipient": "RNP", "item": "DECL-2022-2024-COMPANY-X",
                              "purpose": "immigration-enforcement-check", "instant": "2024-05-10T09:00:00Z"},
                  "expect": {"outcome": "PERMIT"}
                }
                """);
        List<DynamicTest> tests = PolicyTests.dynamicTests(POLICY, tmp).toList();

        assertThat(tests).singleElement().satisfies(t -> {
            assertThat(t.getDisplayName()).isEqualTo("SC-02 wrongly expected to pass");
            assertThat(t.getTestSourceUri()).contains(tmp.resolve("sc-02-expects-permit.json").toUri());
        });
        AssertionError e = catchThrowableOfType(AssertionError.class, () -> tests.get(0).getExecutable().execute());
        assertThat(e).hasMessageContaining("outcome: expected PERMIT, got DENY")
                .hasMessageContaining("SR-06 (Purpose limitation, DENY)");
    }

    @Test
    void malformedTestFilesAreReportedTogetherWithFilePathAndLine() throws IOException {
        Files.writeString(tmp.resolve("a-unknown.json"), """
                {
                  "request": {"id": "X", "requester": "RNP", "recipient": "RNP", "item": "SEIZ-2024-0042",
                              "purpose": "drug-trafficking-investigation"},
                  "expect": {
                    "outcome": "PERMITTED",
                    "firedRules": ["SR-99"],
                    "retainUntil": "2029-02-30",
                    "colour": "red"
                  }
                }
                """);
        Files.createDirectories(tmp.resolve("sub"));
        Files.writeString(tmp.resolve("sub/b-broken.json"), "{\n  \"request\": {\n");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> PolicySuite.load(tmp));

        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "a-unknown.json:2:14 $.request.instant: is required in a policy test, so that the decision "
                        + "does not depend on the day the suite runs",
                "a-unknown.json:5:16 $.expect.outcome: must be one of PERMIT, PERMIT_WITH_CONDITIONS, ESCALATE, "
                        + "PENDING_CONSENT, DENY (got \"PERMITTED\")",
                "a-unknown.json:6:20 $.expect.firedRules[0]: is not a sharing rule id (SR-01 ... SR-35) (got \"SR-99\")",
                "a-unknown.json:7:20 $.expect.retainUntil: must be an ISO date yyyy-mm-dd (got \"2029-02-30\")",
                "a-unknown.json:8:5 $.expect.colour: unknown field \"colour\"; expected one of outcome, agreement, "
                        + "firedRules, notFiredRules, decidingRules, conditions, absentConditions, redacted, "
                        + "retainUntil, respondBy",
                e.problems().get(5).toString());
        assertThat(e.problems().get(5).toString()).startsWith("sub/b-broken.json:3:1 $: malformed JSON: ");
    }

    @Test
    void aMalformedJsonFileIsReportedWithItsPathAndLine() throws IOException {
        Files.createDirectories(tmp.resolve("sub"));
        Files.writeString(tmp.resolve("sub/broken.json"), "{\n  \"request\": {\n");

        assertThatThrownBy(() -> PolicySuite.load(tmp)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("sub/broken.json:3:").hasMessageContaining("malformed JSON");
    }

    @Test
    void contradictionsAndDuplicateNamesAreRejected() throws IOException {
        String test = """
                {"name": "same", "request": {"id": "X", "requester": "RNP", "recipient": "RNP", "item": "SEIZ-2024-0042",
                 "purpose": "drug-trafficking-investigation", "instant": "2024-05-10T09:00:00Z"},
                 "expect": {"outcome": "DENY", "firedRules": ["SR-06"], "notFiredRules": ["SR-06"]}}
                """;
        Files.writeString(tmp.resolve("one.json"), test);
        Files.writeString(tmp.resolve("two.json"), test.replace("\"notFiredRules\": [\"SR-06\"]", "\"agreement\": null"));

        assertThatThrownBy(() -> PolicySuite.load(tmp)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("one.json:3:75 $.expect.notFiredRules[0]: is also listed as a rule that must fire "
                        + "(got \"SR-06\")")
                .hasMessageNotContaining("two.json:1:10 $.name: test name \"same\" is already used by one.json");

        Files.writeString(tmp.resolve("one.json"), test.replace("\"notFiredRules\": [\"SR-06\"]", "\"redacted\": []"));
        assertThatThrownBy(() -> PolicySuite.load(tmp)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("two.json:1:10 $.name: test name \"same\" is already used by one.json");
    }

    @Test
    void anEmptyOrMissingSuiteIsAnError() {
        assertThatThrownBy(() -> PolicySuite.load(tmp)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("holds no *.json policy test file");
        assertThatThrownBy(() -> PolicySuite.load(tmp.resolve("nope"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void coverageNamesTheRulesAndAgreementsTheSuiteNeverExercised() {
        Coverage coverage = PolicySuite.load(SUITE).run(ENGINE).coverage();

        assertThat(coverage.unexercisedAgreements()).containsExactly(AgreementId.of("CMAA-RUR-SYL-2015"),
                AgreementId.of("MOU-RCA-RNP-2017"));
        assertThat(coverage.unexercisedRules())
                .contains(SharingRule.SR_11, SharingRule.SR_12, SharingRule.SR_34)
                .doesNotContain(SharingRule.SR_04, SharingRule.SR_06, SharingRule.SR_19, SharingRule.SR_20,
                        SharingRule.SR_21, SharingRule.SR_27, SharingRule.SR_29,
                        SharingRule.SR_31, SharingRule.FAIL_CLOSED);
        assertThat(coverage.isComplete()).isFalse();
        assertThat(coverage.report()).contains("Rules no test exercised: SR-03, SR-05, SR-07, ")
                .contains("Agreements no test relied on: CMAA-RUR-SYL-2015, MOU-RCA-RNP-2017\n");
    }

    @Test
    void anExpectationOfNoAgreementIsChecked() {
        PolicyTestCase t = PolicyTestReader.create().readTest("""
                {"request": {"id": "X", "requester": "RNP", "recipient": "RNP", "item": "SEIZ-2024-0042",
                 "purpose": "drug-trafficking-investigation", "instant": "2024-05-10T09:00:00Z"},
                 "expect": {"outcome": "PERMIT_WITH_CONDITIONS", "agreement": null}}
                """, "inline.json");

        PolicyTestResult r = PolicySuite.run(t, ENGINE);

        assertThat(t.name()).isEqualTo("inline");
        assertThat(r.mismatches()).containsExactly(new Mismatch("agreement", "no agreement", "MOU-RCA-RNP-2022"));
    }

    @Test
    void isPermittedAcceptsConditionsSoTheyCanBeChained() {
        SharingDecision sc01 = ENGINE.decide(PolicySuite.load(SUITE).tests().get(0).request());

        assertThat(sc01).isPermitted().withRedacted("bankAccount").relyingOn("MOU-RCA-RNP-2022");
        assertThat(sc01).isPermittedWithConditions().letsTheFlowGo();
        assertThatThrownBy(() -> assertThat(sc01).isPermittedWithoutConditions())
                .hasMessageContaining("Expected outcome PERMIT but was PERMIT_WITH_CONDITIONS")
                .hasMessageContaining("--- decision ---");
        SharingDecision refused = ENGINE.decide(PolicySuite.load(SUITE).tests().get(1).request());
        assertThatThrownBy(() -> assertThat(refused).isPermitted())
                .hasMessageContaining("Expected a permit (with or without conditions) but was DENY");
    }

    static Path resource(String name) {
        try {
            return Path.of(PolicyTestKitTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
