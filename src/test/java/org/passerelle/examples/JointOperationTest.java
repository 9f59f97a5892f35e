package org.passerelle.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.testing.SharingAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.passerelle.model.ItemStatus;
import org.passerelle.sharing.Recall;
import org.passerelle.model.AgencyId;
import org.passerelle.risk.Lane;
import org.passerelle.sharing.Condition;
import org.passerelle.sharing.InformationCategory;
import org.passerelle.sharing.Outcome;
import org.passerelle.testing.RiskAssertions;

/**
 * Runs the flagship example and checks every step: what it decided and what it printed.
 */
class JointOperationTest {
    private static final Printed<JointOperation.Outcomes> RUN = Printed.run(JointOperation::run);

    @Test
    void theReeferOfBananasViaTheHubGoesRedAndTheOthersDoNot() {
        JointOperation.Outcomes o = RUN.result();

        assertThat(o.assessments()).hasSize(3);
        RiskAssertions.assertThat(o.assessments().get(0)).hasLane(Lane.RED).hasScore(80)
                .firedExactlyIndicators("BANANAS", "SOURCE_COUNTRY", "TRANSHIPMENT_HUB", "NEW_TRADER")
                .firedProfile("NARC-FRUIT-01", Lane.RED).byRule("RR-01");
        RiskAssertions.assertThat(o.assessments().get(1)).hasLane(Lane.GREEN).hasScore(10);
        RiskAssertions.assertThat(o.assessments().get(2)).hasLane(Lane.BLUE).hasScore(25);
        assertThat(RUN.text()).contains("Declaration LRN-2024-0311: lane RED, score 80.",
                "Routed via a transhipment hub (+25)", "Found: cocaine in banana boxes, 180 kg");
    }

    @Test
    void theSeizureBecomesACustomsSeizureReport() {
        assertThat(RUN.result().report().category()).isEqualTo(InformationCategory.SEIZURE_REPORT);
        assertThat(RUN.result().report().originator()).isEqualTo(AgencyId.of("RCA"));
        assertThat(RUN.result().report().title()).contains("cocaine", "LRN-2024-0311");
    }

    @Test
    void customsShareItWithThePoliceRedactedAndLimited() {
        assertThat(RUN.result().toPolice()).isPermittedWithConditions().relyingOn("MOU-RCA-RNP-2022")
                .withRedacted("notify_party.name", "notify_party.identifier", "notify_party.country")
                .retainedUntil(LocalDate.of(2029, 5, 10))
                .withCondition(new Condition.NoOnwardTransferWithoutConsent(AgencyId.of("RCA")))
                .firedRule("SR-27").firedRule("SR-29").firedRule("SR-20");
        assertThat(RUN.result().toPolice().redactedFields()).doesNotContain("carrier.name");
    }

    @Test
    void forwardingToTheNcbWaitsForTheOriginatorThenConsentPermitsItWithItsConditions() {
        assertThat(RUN.result().forwardToNcb()).isPendingConsent().byRule("SR-20");
        assertThat(RUN.result().forwardWithConsent()).isPermittedWithConditions()
                .firedRule("SR-20", Outcome.PERMIT_WITH_CONDITIONS)
                .withCondition(new Condition.NotifyOriginator(AgencyId.of("RCA")))
                .retainedUntil(LocalDate.of(2025, 5, 14));
        assertThat(RUN.text()).contains("In short: PENDING_CONSENT, because of [SR-20].",
                "consent RCA-CONSENT-2024-0107 of RCA recorded on 2024-05-14");
    }

    @Test
    void theTaxAgencyIsRefused() {
        assertThat(RUN.result().taxOffice()).isRefused().byRule("SR-04").byRule("SR-01");
        assertThat(RUN.text()).contains("DENY: item SEIZ-2024-0107 may not go to RTA for income-tax-audit.");
    }

    @Test
    void anEmergencyRequestIsPermittedUnderTheEmergencyClauseWithItsConditions() {
        assertThat(RUN.result().emergency()).isPermittedWithConditions().firedRule("SR-34")
                .withCondition(Condition.Kind.EMERGENCY)
                .withCondition(new Condition.NotifyOriginator(AgencyId.of("RCA")))
                .retainedUntil(LocalDate.of(2024, 6, 15));
    }

    @Test
    void theEmergencysDeadlineComesBeforeTheThreat() {
        // The container arrives within 24 hours of the request (22:00): an emergency is urgent, and the
        // police answers from its own files, so SR-33 gives the 8 hours of the agreement, in words.
        assertThat(RUN.result().emergency()).respondBy(java.time.Instant.parse("2024-05-17T06:00:00Z"));
        assertThat(RUN.text()).contains("respond within 8 hours (");
    }

    @Test
    @DisplayName("SR-31: every permit was recorded as a disclosure, and only permits were")
    void permitsAreRecordedAsDisclosures() {
        JointOperation.Outcomes o = RUN.result();
        assertThat(RUN.text()).contains("3 disclosures recorded: [RCA->RNP (record 1), RNP->RNCB (record 4),"
                + " RNP->RNCB (record 5)]");
        assertThat(o.taxOffice().isPermitted()).isFalse();
        assertThat(o.forwardToNcb().isPermitted()).isFalse();
    }

    @Test
    @DisplayName("SR-30: the recall reaches every recipient, the NCB through the police included, and stops sharing")
    void theRecallReachesEveryRecipient() {
        Recall recall = RUN.result().recall();
        assertThat(recall.status()).isEqualTo(ItemStatus.INACCURATE);
        assertThat(recall.notifications()).extracting(Recall.Notification::recipient)
                .containsExactly(AgencyId.of("RNP"), AgencyId.of("RNCB"));
        assertThat(recall.notifications()).extracting(Recall.Notification::notifier)
                .containsExactly(AgencyId.of("RCA"), AgencyId.of("RNP"));
        assertThat(recall.tasks()).containsExactly(new Recall.Task(AgencyId.of("RNP"), Recall.TaskKind.CORRECT),
                new Recall.Task(AgencyId.of("RNCB"), Recall.TaskKind.CORRECT));
        assertThat(RUN.result().afterRecall()).isRefused().byRule("SR-30");
        assertThat(RUN.text()).contains("Recall recorded in the audit trail: 1");
    }

    @Test
    void everyStepPrintsItsDecision() {
        assertThat(RUN.text()).containsSubsequence("== 1.", "== 2.", "== 3.", "PERMIT_WITH_CONDITIONS",
                "== 4.", "DENY", "== 5.", "PENDING_CONSENT", "== 6.", "PERMIT_WITH_CONDITIONS", "== 7.",
                "PERMIT_WITH_CONDITIONS", "== 8.", "Notify RNP", "Notify RNCB", "DENY");
    }
}
