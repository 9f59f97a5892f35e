package org.passerelle.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.model.AgencyId;
import org.passerelle.model.InvalidInputException;
import org.passerelle.testing.Ruritania;

/**
 * What a {@link SharingDecision} tells its reader besides the outcome: the retention day (SR-29) and
 * the response deadline (SR-33) as the earliest of their conditions, the rule every outcome but a plain
 * permit must name, and the explanation an officer reads, line by line.
 */
class SharingDecisionTest {
    private static final SharingRequest REQUEST = Ruritania.sc01Request().build();
    private static final AgreementId MOU = AgreementId.of(Ruritania.MOU);
    private static final RuleHit RETENTION = new RuleHit(SharingRule.SR_29, Outcome.PERMIT_WITH_CONDITIONS, "kept");

    @Test
    void sr29TheRetentionDayIsTheEarliestRetentionCondition() {
        LocalDate early = LocalDate.of(2027, 1, 31);
        LocalDate late = LocalDate.of(2029, 5, 10);
        assertThat(permit(new Condition.RetainUntil(late), new Condition.RetainUntil(early)).retainUntil())
                .contains(early);
        assertThat(permit(new Condition.RetainUntil(early), new Condition.RetainUntil(late)).retainUntil())
                .contains(early);
        assertThat(permit(new Condition.NeedToKnow(), new Condition.RetainUntil(late)).retainUntil()).contains(late);
        assertThat(permit(new Condition.NeedToKnow()).retainUntil()).isEmpty();
        SharingDecision sc01 = SharingEngine.compile(Ruritania.policy()).decide(REQUEST);
        assertThat(sc01.retainUntil()).contains(late);
    }

    @Test
    void sr33TheResponseDeadlineIsTheEarliestDeadline() {
        Instant early = Instant.parse("2024-05-10T20:00:00Z");
        Instant late = Instant.parse("2024-05-13T12:00:00Z");
        assertThat(permit(new Condition.RespondBy(late), new Condition.RespondBy(early)).respondBy()).contains(early);
        assertThat(permit(new Condition.RespondBy(early), new Condition.RespondBy(late)).respondBy()).contains(early);
        assertThat(permit(new Condition.NeedToKnow(), new Condition.RespondBy(late)).respondBy()).contains(late);
        assertThat(permit(new Condition.RetainUntil(LocalDate.of(2029, 5, 10))).respondBy()).isEmpty();
    }

    @Test
    void everyOutcomeButAPlainPermitNamesARule() {
        for (Outcome o : List.of(Outcome.DENY, Outcome.ESCALATE, Outcome.PENDING_CONSENT)) {
            assertThatThrownBy(() -> new SharingDecision(REQUEST, REQUEST.instant(), o, null, List.of(), List.of(),
                    "v", 0)).isInstanceOf(InvalidInputException.class).hasMessageContaining("hits")
                    .hasMessageContaining(o.name()).hasMessageContaining("must name at least one rule");
        }
        assertThatThrownBy(() -> new SharingDecision(REQUEST, REQUEST.instant(), Outcome.PERMIT_WITH_CONDITIONS, MOU,
                List.of(new Condition.NeedToKnow()), List.of(), "v", 0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("hits");
        SharingDecision plain = new SharingDecision(REQUEST, REQUEST.instant(), Outcome.PERMIT, MOU, List.of(),
                List.of(), "v", 0);
        assertThat(plain.outcome()).isEqualTo(Outcome.PERMIT);
        assertThat(plain.hits()).isEmpty();
        // A conditional permit without conditions is a plain permit, which may name no rule.
        assertThat(new SharingDecision(REQUEST, REQUEST.instant(), Outcome.PERMIT_WITH_CONDITIONS, MOU, List.of(),
                List.of(), "v", 0).outcome()).isEqualTo(Outcome.PERMIT);
    }

    @Test
    void sr31TheExplanationOfAConditionalPermitListsItsRulesThenItsConditions() {
        SharingDecision d = permit(new Condition.RetainUntil(LocalDate.of(2029, 5, 10)),
                new Condition.NoOnwardTransferWithoutConsent(AgencyId.of(Ruritania.RCA)));
        String rule = "- SR-29 (" + SharingRule.SR_29.title() + ", PERMIT_WITH_CONDITIONS): kept ["
                + SharingRule.SR_29.legalSource() + "]\n";
        assertThat(d.explanation()).isEqualTo("PERMIT_WITH_CONDITIONS: item " + Ruritania.SEIZURE + " may go to RNP"
                + " for " + Ruritania.DRUGS + ", under the conditions below.\n"
                + "Agreement relied on: " + Ruritania.MOU + "\n"
                + rule
                + "Conditions:\n"
                + "- retain until 2029-05-10, then delete or review\n"
                + "- no onward transfer without the consent of RCA\n");
    }

    @Test
    void sr31TheExplanationOfARefusalListsTheOtherCandidatesApart() {
        RuleHit why = new RuleHit(SharingRule.SR_06, Outcome.DENY, "not listed");
        RuleHit other = new RuleHit(SharingRule.SR_04, Outcome.DENY, "no party");
        SharingDecision d = new SharingDecision(REQUEST, REQUEST.instant(), Outcome.DENY, MOU,
                List.of(new Condition.NeedToKnow()), List.of(why), "v", 3, List.of(other));
        assertThat(d.conditions()).isEmpty();
        assertThat(d.allHits()).containsExactly(why, other);
        assertThat(d.ruleIds()).containsExactly("SR-06", "SR-04");
        assertThat(d.explanation()).isEqualTo("DENY: item " + Ruritania.SEIZURE + " may not go to RNP for "
                + Ruritania.DRUGS + ".\n"
                + "Agreement considered: " + Ruritania.MOU + " (nothing relied on)\n"
                + "- SR-06 (" + SharingRule.SR_06.title() + ", DENY): not listed [" + SharingRule.SR_06.legalSource()
                + "]\n"
                + "Also considered (the other candidate agreements):\n"
                + "- SR-04 (" + SharingRule.SR_04.title() + ", DENY): no party [" + SharingRule.SR_04.legalSource()
                + "]\n");
    }

    @Test
    void sr32TheProvidersEvaluationIsKeptInWords() {
        SharingDecision d = permit(new Condition.KeepEvaluation("B2"));
        assertThat(d.explanation()).endsWith("Conditions:\n- keep the provider's evaluation B2; only the provider may"
                + " change it\n");
    }

    private static SharingDecision permit(Condition... conditions) {
        return new SharingDecision(REQUEST, REQUEST.instant(), Outcome.PERMIT_WITH_CONDITIONS, MOU,
                List.of(conditions), List.of(RETENTION), "v", 0);
    }
}
