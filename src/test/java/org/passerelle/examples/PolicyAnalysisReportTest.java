package org.passerelle.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.analysis.PolicyAnalysis;

/** Runs the policy analysis example: the matrix printed, the seizure report's recipients, the report written. */
class PolicyAnalysisReportTest {
    @TempDir
    Path tmp;

    @Test
    void printsTheMatrixAndTheRecipientsAndWritesTheReport() throws Exception {
        Path report = tmp.resolve("report.html");
        Printed<PolicyAnalysis> run = Printed.run(out -> PolicyAnalysisReport.run(out, report));

        assertThat(run.result().flowMatrix().size()).isPositive();
        assertThat(run.text()).contains("RCA -> RNP SEIZURE_REPORT for drug-trafficking-investigation: may receive,"
                + " on conditions under MOU-RCA-RNP-2022", "  RNP: may receive, on conditions under MOU-RCA-RNP-2022",
                "    - redact bankAccount, homePhone", "Report written to")
                .doesNotContain("RTA: may receive");
        assertThat(Files.readString(report)).contains("<table id=\"matrix\">", "<svg", "Customs–police policy");
    }
}
