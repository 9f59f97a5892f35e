package org.passerelle.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.passerelle.audit.AuditRecord;
import org.passerelle.json.JsonLinesAuditReader;
import org.passerelle.sharing.Condition;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.testing.SharingAssertions;

/**
 * Runs the SC-01 example and checks its decision and what it printed, the audit line included.
 */
class SeizureReportToPoliceTest {

    @Test
    void customsShareTheSeizureReportRedactedAndLimitedAndTheAuditLineIsShown() {
        Printed<SharingDecision> run = Printed.run(SeizureReportToPolice::run);

        SharingAssertions.assertThat(run.result()).isPermittedWithConditions()
                .relyingOn("MOU-RCA-RNP-2022")
                .withRedacted("bankAccount", "homePhone")
                .retainedUntil(LocalDate.of(2029, 5, 10))
                .withCondition(Condition.Kind.KEEP_MARKING)
                .withCondition(Condition.Kind.NO_ONWARD_TRANSFER_WITHOUT_CONSENT)
                .firedRule("SR-27").firedRule("SR-19").firedRule("SR-29").firedRule("SR-20").firedRule("SR-31");
        assertThat(run.result().redactedFields()).containsExactly("bankAccount", "homePhone");
        assertThat(run.text())
                .contains("Request SC-01: RNP asks for SEIZ-2024-0042")
                .contains("PERMIT_WITH_CONDITIONS: item SEIZ-2024-0042 may go to RNP")
                .contains("- redact fields bankAccount, homePhone")
                .contains("- retain until 2029-05-10")
                .contains("- no onward transfer without the consent of RCA")
                .contains("The police must delete or review it by: 2029-05-10");

        String auditLine = run.text().lines().filter(l -> l.startsWith("{\"recordId\"")).findFirst().orElseThrow();
        AuditRecord record = JsonLinesAuditReader.read(new java.io.StringReader(auditLine), "printed").get(0);
        assertThat(record.requestId()).isEqualTo("SC-01");
        assertThat(record.outcome()).isEqualTo(Outcome.PERMIT_WITH_CONDITIONS);
        assertThat(record.ruleIds()).contains("SR-27", "SR-29", "SR-19", "SR-20");
        assertThat(record.lawVersion()).isEqualTo(run.result().lawVersion());
    }
}
