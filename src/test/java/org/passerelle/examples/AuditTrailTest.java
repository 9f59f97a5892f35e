package org.passerelle.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.audit.AuditRecord;
import org.passerelle.sharing.Outcome;

/**
 * Runs the audit trail example: three decisions, refusals included, written as JSON lines and read
 * back equal.
 */
class AuditTrailTest {

    @Test
    void everyDecisionIsWrittenAsOneJsonLineAndReadBack() {
        Printed<List<AuditRecord>> run = Printed.run(AuditTrail::run);

        assertThat(run.result()).extracting(AuditRecord::requestId).containsExactly("REQ-1", "REQ-2", "REQ-3");
        assertThat(run.result()).extracting(AuditRecord::outcome)
                .containsExactly(Outcome.PERMIT_WITH_CONDITIONS, Outcome.DENY, Outcome.DENY);
        assertThat(run.result().get(0).ruleIds()).contains("SR-27", "SR-29", "SR-31");
        assertThat(run.result().get(1).ruleIds()).contains("SR-04", "SR-01");
        assertThat(run.result().get(2).ruleIds()).contains("SR-02");
        assertThat(run.result()).allSatisfy(r -> assertThat(r.conditions().isEmpty())
                .isEqualTo(r.outcome() == Outcome.DENY));
        assertThat(run.text().lines().filter(l -> l.startsWith("{\"recordId\":\"") && l.contains("\"requestId\":\"REQ-")))
                .hasSize(3);
        assertThat(run.result()).extracting(AuditRecord::recordId).doesNotHaveDuplicates();
        assertThat(run.text()).contains("REQ-2 | 2024-05-10T11:30:00Z | RTA -> RTA | SEIZ-2024-0042 | income-tax-audit | DENY",
                "Every record carries the law version it was decided under: true");
    }
}
