package org.passerelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.json.PolicyReader;
import org.passerelle.json.PolicyWriter;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.SharingAgreement;
import org.passerelle.sharing.SharingPolicy;

/** The analysis commands through the tool's entry point: analyze, who-may-receive, diff and report. */
class AnalysisCommandsTest {
    private static final String POLICY = "src/test/resources/policies/scenarios";
    private static final String SUITE = "src/test/resources/policy-tests/scenarios";
    private static final AgreementId MOU = AgreementId.of("MOU-RCA-RNP-2022");

    @TempDir
    Path tmp;

    private static MainTest.Run run(String... args) {
        return MainTest.run(args);
    }

    /** The scenario policy written to a directory, with the 2022 MoU changed by a function. */
    private Path variant(String name, java.util.function.UnaryOperator<SharingAgreement.Builder> change) {
        SharingPolicy p = PolicyReader.create().readSharingPolicy(Path.of(POLICY));
        SharingPolicy changed = p.toBuilder().putAgreement(change.apply(p.agreements().get(MOU).toBuilder()).build())
                .build();
        Path dir = tmp.resolve(name);
        PolicyWriter.writeDirectory(changed, dir);
        return dir;
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyze", "who-may-receive", "diff", "report"})
    void eachCommandHasItsHelpAndIsListed(String command) {
        MainTest.Run help = run(command, "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).startsWith("Usage: passerelle " + command).contains("Exit status:");
        assertThat(run("--help").out()).contains("  " + command + " ");
    }

    @Test
    void analyzePrintsTheMatrixAndTheFindingsWithFileAndLine() {
        MainTest.Run r = run("analyze", POLICY, "--at", "2024-05-10");
        assertThat(r.status()).isZero();
        assertThat(r.out()).containsPattern("RCA +RNP +SEIZURE_REPORT +drug-trafficking-investigation +"
                + "PERMIT_WITH_CONDITIONS +MOU-RCA-RNP-2022")
                .doesNotContainPattern("RCA +RTA +SEIZURE_REPORT")
                .containsPattern("WARNING AGREEMENT_NEVER_IN_FORCE \\S*agreements.json:\\d+: agreement MOU-RCA-RNP-2017");
    }

    @Test
    void analyzeFailsOnWarningsOnlyWhenAsked() {
        assertThat(run("analyze", POLICY, "--at", "2024-05-10", "--findings-only").status()).isZero();
        MainTest.Run failing = run("analyze", POLICY, "--at", "2024-05-10", "--findings-only", "--fail-on", "warning");
        assertThat(failing.status()).isEqualTo(1);
        assertThat(failing.err()).contains("WARNING");
        Path clean = variant("clean", b -> b);
        assertThat(run("analyze", clean.toString(), "--at", "2022-06-01", "--findings-only", "--fail-on", "notice")
                .status()).as("the 2017 MoU is in force in 2021 only; the other warnings remain").isEqualTo(1);
    }

    @Test
    void whoMayReceiveNamesThePoliceAndNotTheTaxAgency() {
        MainTest.Run r = run("who-may-receive", POLICY, "--item", "SEIZ-2024-0042", "--purpose",
                "drug-trafficking-investigation", "--at", "2024-05-10");
        assertThat(r.status()).isZero();
        assertThat(r.out()).containsPattern("RNP +PERMIT_WITH_CONDITIONS +MOU-RCA-RNP-2022 +redact bankAccount, homePhone")
                .doesNotContain("RTA");
        MainTest.Run what = run("who-may-receive", POLICY, "--recipient", "RTA", "--holder", "RNP", "--at", "2024-05-10");
        assertThat(what.status()).isZero();
        assertThat(what.out()).contains("What RTA may receive from RNP: 0 flows");
    }

    @Test
    void whoMayReceiveRefusesAnUnknownItemAndMixedForms() {
        MainTest.Run unknown = run("who-may-receive", POLICY, "--item", "NOPE", "--purpose",
                "drug-trafficking-investigation", "--at", "2024-05-10");
        assertThat(unknown.status()).isEqualTo(3);
        assertThat(unknown.err()).contains("unknown item NOPE");
        assertThat(run("who-may-receive", POLICY, "--item", "X", "--recipient", "RNP").status()).isEqualTo(2);
        assertThat(run("who-may-receive", POLICY, "--item", "X", "--purpose", "p", "--at", "10/05/2024").err())
                .contains("--at must be a day, yyyy-mm-dd (got \"10/05/2024\")");
    }

    @Test
    void theDiffGateFailsWhenTheNewLawAddsAPurposeAndPassesTheOtherWay() {
        Path newer = variant("new", b -> b.purposes("immigration-enforcement-check"));

        MainTest.Run opens = run("diff", POLICY, newer.toString(), "--at", "2024-05-10", "--fail-on-new-access");
        assertThat(opens.status()).isEqualTo(1);
        assertThat(opens.out()).contains("NEW_ACCESS RCA -> RNP SEIZURE_REPORT for immigration-enforcement-check:"
                + " refused -> PERMIT_WITH_CONDITIONS under MOU-RCA-RNP-2022").contains("\"item\": \"SEIZ-2024-0042\"");
        assertThat(opens.err()).contains("the new law opens");

        MainTest.Run closes = run("diff", newer.toString(), POLICY, "--at", "2024-05-10", "--fail-on-new-access");
        assertThat(closes.status()).isZero();
        assertThat(closes.out()).contains("LOST_ACCESS").doesNotContain("NEW_ACCESS");
        assertThat(run("diff", POLICY, newer.toString(), "--at", "2024-05-10").status())
                .as("without the gate, a report only").isZero();
    }

    @Test
    void theDiffGatePassesAShorterRetention() {
        Path stricter = variant("stricter", b -> b.maxRetention(Period.ofYears(1)));
        MainTest.Run r = run("diff", POLICY, stricter.toString(), "--at", "2024-05-10", "--fail-on-new-access");
        assertThat(r.status()).isZero();
        assertThat(r.out()).doesNotContain("NEW_ACCESS");
    }

    @Test
    void reportWritesOneSelfContainedPage() throws Exception {
        Path html = tmp.resolve("report.html");
        MainTest.Run r = run("report", POLICY, "--out", html.toString(), "--at", "2024-05-10", "--tests", SUITE,
                "--title", "Customs-police policy");
        assertThat(r.status()).isZero();
        String page = Files.readString(html);
        assertThat(page).contains("<title>Customs-police policy</title>", "id=\"matrix\"", "<svg", "id=\"findings\"",
                "id=\"tests\"", "Content-Security-Policy", "agreements.json:")
                .doesNotContain("<script", "<link", "@import", "url(http").doesNotContainPattern("src=\"[^d]");
        assertThat(page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).as("no address but the SVG namespace")
                .doesNotContain("http:", "https:");
        assertThat(run("report", POLICY, "--at", "2024-05-10").status()).as("--out is required").isEqualTo(2);
    }
}
