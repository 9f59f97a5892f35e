package org.passerelle.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.model.Problem;
import org.passerelle.sharing.AgreementId;

/**
 * Runs the JSON policy example: the good directory is read whole, the broken one gives every
 * problem with its file, JSON path and line.
 */
class PolicyInJsonTest {
    private static final Printed<PolicyInJson.Result> RUN = Printed.run(PolicyInJson::run);

    @Test
    void theGoodDirectoryIsReadAndSurvivesARoundTrip() {
        assertThat(RUN.result().policy().agreements()).containsOnlyKeys(AgreementId.of("MOU-RCA-RNP-2022"));
        assertThat(RUN.text()).contains("parties: RCA, RNP, RNCB", "read back equal: true");
    }

    @Test
    void theBrokenDirectoryReportsEveryProblemWithFilePathAndLine() {
        assertThat(RUN.result().problems()).hasSize(11)
                .allSatisfy(p -> assertThat(p.line()).isPositive())
                .extracting(Problem::file).containsOnly("agencies.json", "purposes.json", "agreements.json",
                        "items.json");
        assertThat(RUN.result().problems()).extracting(Problem::jsonPath).contains(
                "$.agencies[1].country", "$.agencies[2].nmae", "$.agreements[0].parties[1].agency",
                "$.agreements[0].validTo", "$.agreements[0].onwardTransfer", "$.items[0].markings.tlp",
                "$.items[1].id", "$.purposes[0].lawEnforcement");
        assertThat(RUN.text())
                .contains("11 problems, all reported at once")
                .contains("agreements.json:10:18 $.agreements[0].validTo: must be an ISO date yyyy-mm-dd"
                        + " (got \"2026-12-31T00:00:00Z\")")
                .contains("agreements.json:8:49 $.agreements[0].parties[1].agency: names no agency of the policy"
                        + " (got \"RNP-DRUGS\")")
                .contains("items.json:12:13 $.items[1].id: item id \"SEIZ-2024-0042\" is declared more than once");
    }
}
