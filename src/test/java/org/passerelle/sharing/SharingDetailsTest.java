package org.passerelle.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyId;
import org.passerelle.model.Grading;
import org.passerelle.model.HandlingCode;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Problem;
import org.passerelle.model.TlpLabel;
import org.passerelle.testing.Ruritania;

/**
 * Details that decisions and their explanations rest on, written when mutation testing showed them
 * unchecked: the text of every condition, the outcome sentences, gradings at their boundaries,
 * deadlines, and every dangling reference a policy can hold.
 */
class SharingDetailsTest {
    @Test
    void everyConditionHasItsOwnPlainText() {
        AgencyId rca = AgencyId.of("RCA");
        assertThat(Explanations.describe(new Condition.Redact(new TreeSet<>(Set.of("name", "homePhone")))))
                .isEqualTo("redact fields homePhone, name");
        assertThat(Explanations.describe(new Condition.KeepMarking(TlpLabel.AMBER, null)))
                .isEqualTo("keep the marking TLP:AMBER (or a stricter one) on every copy");
        assertThat(Explanations.describe(new Condition.KeepMarking(null, HandlingCode.H2)))
                .isEqualTo("keep the marking H2 (or a stricter one) on every copy");
        assertThat(Explanations.describe(new Condition.KeepMarking(TlpLabel.RED, HandlingCode.H1)))
                .isEqualTo("keep the marking TLP:RED and handling code H1 (or a stricter one) on every copy");
        assertThat(Explanations.describe(new Condition.RetainUntil(LocalDate.of(2029, 5, 10))))
                .isEqualTo("retain until 2029-05-10, then delete or review");
        assertThat(Explanations.describe(new Condition.NoOnwardTransferWithoutConsent(rca)))
                .isEqualTo("no onward transfer without the consent of RCA");
        assertThat(Explanations.describe(new Condition.NoOnwardTransfer())).isEqualTo("no onward transfer at all");
        assertThat(Explanations.describe(new Condition.NotifyOriginator(rca)))
                .isEqualTo("notify the originator RCA without delay");
        assertThat(Explanations.describe(new Condition.VerifyWithSource(rca)))
                .isEqualTo("verify with the source RCA before acting on it");
        assertThat(Explanations.describe(new Condition.RespondBy(Instant.parse("2024-05-10T17:00:00Z"))))
                .isEqualTo("respond by 2024-05-10T17:00:00Z");
        assertThat(Explanations.describe(new Condition.Uncorroborated("E5")))
                .isEqualTo("uncorroborated (graded E5): not a sole basis for coercive action");
        assertThat(Explanations.describe(new Condition.NeedToKnow()))
                .isEqualTo("disseminate only on a need-to-know basis");
        assertThat(Explanations.describe(new Condition.NoEvidenceUse()))
                .isEqualTo("not to be used as evidence without the provider's prior written consent");
        assertThat(Explanations.describe(new Condition.Emergency("bomb threat")))
                .isEqualTo("emergency transfer (bomb threat): minimum data, short retention");
    }

    @Test
    void everyOutcomeHasItsOwnFirstLine() {
        SharingRequest r = Ruritania.sc01Request().build();
        RuleHit hit = new RuleHit(SharingRule.SR_06, Outcome.DENY, "why");
        String item = "item " + Ruritania.SEIZURE + " ";
        assertThat(line(new SharingDecision(r, r.instant(), Outcome.PERMIT, AgreementId.of(Ruritania.MOU), List.of(),
                List.of(new RuleHit(SharingRule.SR_19, Outcome.PERMIT, "ok")), "v", 0)))
                .isEqualTo("PERMIT: " + item + "may go to RNP for drug-trafficking-investigation.");
        assertThat(line(new SharingDecision(r, r.instant(), Outcome.PERMIT_WITH_CONDITIONS, AgreementId.of(Ruritania.MOU),
                List.of(new Condition.NeedToKnow()), List.of(hit), "v", 0))).startsWith("PERMIT_WITH_CONDITIONS: " + item);
        assertThat(line(new SharingDecision(r, r.instant(), Outcome.ESCALATE, null, List.of(), List.of(hit), "v", 0)))
                .isEqualTo("ESCALATE: a person must decide whether " + item + "may go to RNP.");
        assertThat(line(new SharingDecision(r, r.instant(), Outcome.PENDING_CONSENT, null, List.of(), List.of(hit), "v", 0)))
                .isEqualTo("PENDING_CONSENT: " + item + "may go to RNP only once its originator consents.");
        SharingDecision deny = new SharingDecision(r, r.instant(), Outcome.DENY, null, List.of(), List.of(hit), "v", 0);
        assertThat(line(deny)).isEqualTo("DENY: " + item + "may not go to RNP for drug-trafficking-investigation.");
        assertThat(deny.explanation()).contains("Agreement relied on: none\n")
                .contains("- SR-06 (" + SharingRule.SR_06.title() + ", DENY): why [" + SharingRule.SR_06.legalSource() + "]")
                .doesNotContain("Conditions:");
        assertThat(deny.fired(SharingRule.SR_06)).isTrue();
        assertThat(deny.fired(SharingRule.SR_07)).isFalse();
        assertThat(deny.respondBy()).isEmpty();
    }

    private static String line(SharingDecision d) {
        return d.explanation().lines().findFirst().orElseThrow();
    }

    @Test
    void aHitAddedToAPermitKeepsItsConditionsAndARefusalDropsThem() {
        SharingRequest r = Ruritania.sc01Request().build();
        SharingDecision permit = new SharingDecision(r, r.instant(), Outcome.PERMIT_WITH_CONDITIONS,
                AgreementId.of(Ruritania.MOU), List.of(new Condition.NeedToKnow()),
                List.of(new RuleHit(SharingRule.SR_13, Outcome.PERMIT_WITH_CONDITIONS, "amber")), "v", 0);
        assertThat(permit.with(new RuleHit(SharingRule.SR_31, Outcome.PERMIT, "logged")).conditions())
                .containsExactly(new Condition.NeedToKnow());
        assertThat(permit.with(new RuleHit(SharingRule.SR_31, Outcome.DENY, "not logged")).conditions()).isEmpty();
    }

    @Test
    void everyRuleHasATitleAndALegalSource() {
        for (SharingRule rule : SharingRule.values()) {
            assertThat(rule.title()).as("title of %s", rule).isNotBlank();
            assertThat(rule.legalSource()).as("source of %s", rule).isNotBlank();
            assertThat(rule.toString()).isEqualTo(rule.id());
        }
    }

    @Test
    void admiraltyGradingsAtTheirBoundaries() {
        for (char r = 'A'; r <= 'F'; r++) {
            for (int c = 1; c <= 6; c++) {
                assertThat(new Grading.Admiralty(r, c).isUncorroborated()).as("%s%s", r, c)
                        .isEqualTo(r >= 'E' || c >= 5);
            }
        }
        assertThatThrownBy(() -> new Grading.Admiralty('@', 1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Grading.Admiralty('G', 1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Grading.Admiralty('A', 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Grading.Admiralty('A', 7)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void uk3x5x2GradingsAtTheirBoundaries() {
        for (int s = 1; s <= 3; s++) {
            for (char i = 'A'; i <= 'E'; i++) {
                assertThat(new Grading.Uk3x5x2(s, i, 'P').isUncorroborated()).as("%s%s", s, i)
                        .isEqualTo(s >= 2 || i >= 'C');
            }
        }
        assertThatThrownBy(() -> new Grading.Uk3x5x2(0, 'A', 'P')).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Grading.Uk3x5x2(4, 'A', 'P')).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Grading.Uk3x5x2(1, '@', 'P')).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Grading.Uk3x5x2(1, 'F', 'P')).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void deadlinesMustBePositive() {
        Duration day = Duration.ofDays(1);
        assertThatThrownBy(() -> new ResponseDeadlines(Duration.ZERO, day, day)).hasMessageContaining("urgentDirect");
        assertThatThrownBy(() -> new ResponseDeadlines(day, Duration.ofHours(-1), day))
                .hasMessageContaining("urgentIndirect");
        assertThatThrownBy(() -> new ResponseDeadlines(day, day, Duration.ZERO)).hasMessageContaining("routine");
    }

    @Test
    void policyProblemsReadAsOneLine() {
        assertThat(Problem.ofElement(Problem.Code.UNKNOWN_REFERENCE, "item", "X", "originator", "NOPE",
                "names no agency of the policy"))
                .hasToString("item X: originator: names no agency of the policy (got \"NOPE\")");
        assertThat(Problem.ofElement(Problem.Code.MISSING, "policy", null, "agencies", null, "is empty"))
                .hasToString("policy: agencies: is empty");
        assertThat(Problem.warning("agreement", "A", "community", null, "defines no community"))
                .hasToString("warning: agreement A: community: defines no community");
    }

    /** Each reference a policy holds is checked, and the problem names the element, field and value. */
    @Test
    void everyDanglingReferenceIsReported() {
        Agency withClient = Agency.builder("LONE").name("Lone").kind(org.passerelle.model.AgencyKind.POLICE).country("LU")
                .clients("GHOST-CLIENT").build();
        SharingAgreement agreement = Ruritania.mou().toBuilder().parties(PartySpec.agency("GHOST-PARTY"))
                .purposes("ghost-purpose").build();
        InformationItem item = Ruritania.seizure().toBuilder().originator("GHOST-ORIGINATOR")
                .hop("GHOST-HOLDER", null, null)
                .restrictions(new SourceRestrictions(new TreeSet<>(Set.of(AgencyId.of("GHOST-ALLOWED"))),
                        new TreeSet<>(Set.of(AgencyId.of("GHOST-EXCLUDED"))),
                        new TreeSet<>(Set.of(PurposeId.of("ghost-allowed-purpose"))), null, false))
                .build();
        Consent consent = new Consent(ConsentId.of("C-1"), item.id(), AgencyId.of("GHOST-ORIGINATOR"),
                AgencyId.of("GHOST-RECIPIENT"), new TreeSet<>(Set.of(PurposeId.of("ghost-consent-purpose"))), null,
                List.of(), LocalDate.of(2024, 1, 1), null);
        Objection objection = new Objection(ConsentId.of("O-1"), AgreementId.of(Ruritania.MOU),
                AgencyId.of("GHOST-OBJECTOR"), item.id(), AgencyId.of("GHOST-OBJECTION-RECIPIENT"),
                LocalDate.of(2024, 1, 1));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> Ruritania.world().agencies(withClient).putAgreement(agreement).putItem(item).consents(consent)
                        .objections(objection).build());
        assertThat(e.problems()).extracting(Problem::value).contains("GHOST-CLIENT", "GHOST-PARTY",
                "ghost-purpose", "GHOST-ORIGINATOR", "GHOST-HOLDER", "GHOST-ALLOWED", "GHOST-EXCLUDED",
                "ghost-allowed-purpose", "GHOST-RECIPIENT", "ghost-consent-purpose", "GHOST-OBJECTOR",
                "GHOST-OBJECTION-RECIPIENT");
        assertThat(e.problems()).extracting(p -> p.field().toString()).contains("clients[]",
                "restrictions.allowedRecipients[]", "restrictions.excludedRecipients[]",
                "restrictions.allowedPurposes[]", "recipient", "objectedBy", "parties[4].agency", "purposes[]");
        assertThat(e.problems()).filteredOn(p -> p.code() == Problem.Code.UNKNOWN_REFERENCE).extracting(Problem::value)
                .contains("GHOST-CLIENT", "GHOST-PARTY", "ghost-purpose", "GHOST-ORIGINATOR", "GHOST-HOLDER",
                        "GHOST-ALLOWED", "GHOST-EXCLUDED", "ghost-allowed-purpose", "GHOST-RECIPIENT",
                        "ghost-consent-purpose", "GHOST-OBJECTOR", "GHOST-OBJECTION-RECIPIENT");
        assertThat(e.problems()).filteredOn(p -> p.code() == Problem.Code.CONFLICT)
                .extracting(p -> p.element() + " " + p.field() + " " + p.value())
                .containsExactly("objection objectedBy GHOST-OBJECTOR");
    }
}
