package org.passerelle.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.testing.Ruritania.*;
import static org.passerelle.testing.SharingAssertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyId;
import org.passerelle.model.Designation;
import org.passerelle.model.Grading;
import org.passerelle.model.HandlingCode;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Markings;
import org.passerelle.model.TlpLabel;
import org.passerelle.testing.Ruritania;

/**
 * The rule behaviours completed with the law/facts split: SR-32 grading, SR-08 purpose relied on and
 * NCB access, SR-25 mutual legal assistance, a consent's relabelling, SR-34 minimum data and its
 * record, the designations, and how a refusal lists its reasons.
 */
class CatalogueRulesTest extends RuleTestSupport {

    private static SharingPolicy.Builder smugglerGraded(Grading grading) {
        return Ruritania.world().putItem(smuggler().toBuilder().markings(Markings.NONE.withGrading(grading)).build());
    }

    private static SharingPolicy.Builder seizureGraded(Grading grading) {
        return Ruritania.world().putItem(seizure().toBuilder().markings(Markings.NONE.withGrading(grading)).build());
    }

    @Test
    @DisplayName("SR-32: every decision on a graded item carries the provider's evaluation; ungraded ones none")
    void sr32EvaluationTravels() {
        SharingDecision d = decide(smugglerGraded(new Grading.Admiralty('B', 2)),
                send(RCA, RPP, SMUGGLER, CUSTOMS_PROSECUTION));
        assertThat(d).isPermittedWithConditions().firedRule("SR-32", Outcome.PERMIT_WITH_CONDITIONS)
                .withCondition(new Condition.KeepEvaluation("B2")).withoutCondition(Condition.Kind.UNCORROBORATED);
        SharingDecision pending = decide(smugglerGraded(new Grading.Admiralty('B', 2)),
                send(RCA, RNP, SMUGGLER, DRUGS));
        assertThat(pending).isPendingConsent().firedRule("SR-32", Outcome.PERMIT_WITH_CONDITIONS);
        assertThat(pending.hits()).anySatisfy(h -> assertThat(h.reason()).contains("evaluated the information B2"));
        assertThat(decide(send(RCA, RPP, SMUGGLER, CUSTOMS_PROSECUTION))).didNotFire("SR-32")
                .withoutCondition(Condition.Kind.KEEP_EVALUATION);
    }

    @Test
    @DisplayName("SR-32 refuses another evaluation proposed by anyone but the provider")
    void sr32OnlyTheProviderEvaluates() {
        assertThat(decide(smugglerGraded(new Grading.Admiralty('B', 2)), send(RCA, RPP, SMUGGLER,
                CUSTOMS_PROSECUTION).proposedGrading(new Grading.Admiralty('A', 1)))).isRefused().byRule("SR-32");
        assertThat(decide(send(RCA, RPP, SMUGGLER, CUSTOMS_PROSECUTION)
                .proposedGrading(new Grading.Admiralty('A', 1)))).as("ungraded: no evaluation to replace either")
                .isRefused().byRule("SR-32");
        assertThat(decide(smugglerGraded(new Grading.Admiralty('B', 2)), send(RCA, RPP, SMUGGLER,
                CUSTOMS_PROSECUTION).proposedGrading(new Grading.Admiralty('B', 2)))).as("the same evaluation")
                .isPermitted().withCondition(new Condition.KeepEvaluation("B2"));
        // The provider (RCA originated the seizure report) may re-evaluate its own information.
        SharingDecision own = decide(seizureGraded(new Grading.Admiralty('B', 2)),
                sc01Request().proposedGrading(new Grading.Admiralty('E', 5)));
        assertThat(own).isPermittedWithConditions().withCondition(new Condition.KeepEvaluation("E5"))
                .withCondition(new Condition.Uncorroborated("E5"));
    }

    @Test
    @DisplayName("SR-32 UNCORROBORATED thresholds: 3x5x2 source 2 or 3 or intelligence C to E; 1A and 1B are not")
    void sr32Thresholds() {
        for (String code : new String[] {"2AP", "3AP", "1CP", "1DP", "1EP"}) {
            Grading g = new Grading.Uk3x5x2(code.charAt(0) - '0', code.charAt(1), 'P');
            assertThat(decide(smugglerGraded(g), send(RCA, RPP, SMUGGLER, CUSTOMS_PROSECUTION))).as(code)
                    .withCondition(new Condition.Uncorroborated(code));
        }
        for (String code : new String[] {"1AP", "1BP"}) {
            Grading g = new Grading.Uk3x5x2(code.charAt(0) - '0', code.charAt(1), 'P');
            assertThat(decide(smugglerGraded(g), send(RCA, RPP, SMUGGLER, CUSTOMS_PROSECUTION))).as(code)
                    .withoutCondition(Condition.Kind.UNCORROBORATED);
        }
    }

    @Test
    @DisplayName("SR-08 reads NCB authorisation: INTERPOL data passed on to an agency without NCB access waits for the source")
    void sr08NcbAccess() {
        SharingPolicy.Builder world = Ruritania.world().putItem(smuggler().toBuilder()
                .sourceSystem(SourceSystem.INTERPOL).build());
        assertThat(decide(world, send(RCA, RNP, SMUGGLER, DRUGS))).firedRule("SR-08", Outcome.PENDING_CONSENT);
        world = Ruritania.world().putItem(smuggler().toBuilder().sourceSystem(SourceSystem.INTERPOL).build());
        assertThat(decide(world, send(RCA, RNCB, SMUGGLER, DRUGS))).firedRule("SR-08", Outcome.PERMIT)
                .satisfies(d -> assertThat(d.hits()).noneMatch(h -> h.rule() == SharingRule.SR_08
                        && h.effect() == Outcome.PENDING_CONSENT));
    }

    @Test
    @DisplayName("Designations that mean nothing are rejected at load time: NCB authorisation without an NCB, a second SPOC")
    void designationsThatMeanNothing() {
        Agency[] agencies = Ruritania.agencies();
        for (int i = 0; i < agencies.length; i++) {
            Agency a = agencies[i];
            if (a.id().value().equals(FCS)) {
                agencies[i] = designated(a, Designation.NCB_AUTHORISED);
            }
        }
        assertThatThrownBy(() -> SharingPolicy.builder().agencies(agencies).purposes(Ruritania.purposes()).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("FCS")
                .hasMessageContaining("designations").hasMessageContaining("no INTERPOL NCB");
        Agency[] spocs = Ruritania.agencies();
        for (int i = 0; i < spocs.length; i++) {
            if (spocs[i].id().value().equals(RCA) || spocs[i].id().value().equals(RNP)) {
                spocs[i] = designated(spocs[i], Designation.SINGLE_POINT_OF_CONTACT);
            }
        }
        assertThatThrownBy(() -> SharingPolicy.builder().agencies(spocs).purposes(Ruritania.purposes()).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("SINGLE_POINT_OF_CONTACT")
                .hasMessageContaining("already the single point of contact");
        Agency[] one = Ruritania.agencies();
        for (int i = 0; i < one.length; i++) {
            if (one[i].id().value().equals(RNP)) {
                one[i] = designated(one[i], Designation.SINGLE_POINT_OF_CONTACT);
            }
        }
        assertThat(SharingPolicy.builder().agencies(one).purposes(Ruritania.purposes()).build().agencies())
                .containsKey(AgencyId.of(RNP));
    }

    private static Agency designated(Agency a, Designation d) {
        return new Agency(a.id(), a.name(), a.kind(), a.country(), a.organisation(), a.communities(), a.clients(),
                new TreeSet<>(Set.of(d)));
    }

    @Test
    @DisplayName("SR-25 names the mutual legal assistance channel whenever evidence use waits on written consent")
    void sr25NamesTheMlaChannel() {
        SharingPolicy.Builder consentForEvidence = Ruritania.world().putAgreement(mou().toBuilder()
                .evidenceUse(EvidenceUsePolicy.PRIOR_WRITTEN_CONSENT).build());
        SharingDecision d = decide(consentForEvidence, sc01Request().intendedUse(IntendedUse.EVIDENCE));
        assertThat(d).isPendingConsent().byRule("SR-25");
        assertThat(d.hits()).anySatisfy(h -> assertThat(h.reason()).contains("mutual legal assistance channel"));
        InformationItem h1 = seizure().toBuilder().markings(new Markings(null, HandlingCode.H1, null, null)).build();
        SharingDecision handled = decide(Ruritania.world().putItem(h1), sc01Request().intendedUse(IntendedUse.EVIDENCE));
        assertThat(handled).isPendingConsent().byRule("SR-25");
        assertThat(handled.hits()).filteredOn(h -> h.effect() == Outcome.PENDING_CONSENT)
                .allSatisfy(h -> assertThat(h.reason()).contains("mutual legal assistance channel"));
        SharingDecision intelligence = decide(consentForEvidence, sc01Request());
        assertThat(intelligence).isPermitted().withCondition(Condition.Kind.NO_EVIDENCE_USE);
        assertThat(intelligence.hits()).noneMatch(h -> h.reason().contains("mutual legal assistance"));
    }

    @Test
    @DisplayName("A consent that relabels the copy yields one marking condition, the consent's")
    void consentRelabellingIsConsistent() {
        SharingPolicy.Builder amber = Ruritania.world().putItem(smuggler().toBuilder().tlp(TlpLabel.AMBER).build());
        SharingRequest.Builder toPolice = send(RCA, RNP, SMUGGLER, CUSTOMS_PROSECUTION);
        assertThat(decide(amber, toPolice)).isPendingConsent().byRule("SR-13");
        SharingDecision relabelled = decide(Ruritania.world().putItem(smuggler().toBuilder().tlp(TlpLabel.AMBER)
                .build()).consents(consent("C-1", SMUGGLER, FCS, RNP, CUSTOMS_PROSECUTION, LocalDate.of(2024, 5, 1),
                new Condition.KeepMarking(TlpLabel.GREEN, null))), toPolice);
        assertThat(relabelled).isPermittedWithConditions().firedRule("SR-19");
        assertThat(relabelled.conditions(Condition.KeepMarking.class))
                .containsExactly(new Condition.KeepMarking(TlpLabel.GREEN, null));
        SharingDecision plain = decide(Ruritania.world().putItem(smuggler().toBuilder().tlp(TlpLabel.AMBER).build())
                .consents(consent("C-2", SMUGGLER, FCS, RNP, CUSTOMS_PROSECUTION, LocalDate.of(2024, 5, 1))), toPolice);
        assertThat(plain.conditions(Condition.KeepMarking.class))
                .containsExactly(new Condition.KeepMarking(TlpLabel.AMBER, null));
    }

    @Test
    @DisplayName("SR-34: the minimum data are the fields the emergency clause declares for the emergency purpose")
    void sr34MinimumDataFromTheClause() {
        SharingPolicy.Builder declared = Ruritania.world().putAgreement(naples().toBuilder()
                .emergency(new EmergencyClause(Period.ofMonths(6), naples().emergency().source(),
                        new TreeSet<>(Set.of("name", "nationality")))).build());
        SharingRequest.Builder emergency = send(RCA, RNP, SMUGGLER, DRUGS).emergency("imminent delivery of firearms");
        SharingDecision d = decide(declared, emergency);
        assertThat(d).isPermittedWithConditions().firedRule("SR-34").withRedacted("dateOfBirth", "idDocumentNumber");
        assertThat(d.redactedFields()).doesNotContain("name", "nationality");
        assertThat(d.conditions(Condition.Redact.class)).hasSize(1);
        assertThat(decide(emergency)).as("a clause that declares no field: no personal data")
                .withRedacted("name", "dateOfBirth", "nationality", "idDocumentNumber");
    }

    @Test
    @DisplayName("SR-34: an emergency invoked on a refusal without any legal basis is recorded in the decision")
    void sr34RecordedOnRefusalWithoutBasis() {
        SharingDecision d = decide(sc01Request().under("NO-SUCH-AGREEMENT").emergency("imminent threat"));
        assertThat(d).isRefused().byRule("SR-01").firedRule("SR-34", Outcome.DENY);
        assertThat(decide(sc01Request().under("NO-SUCH-AGREEMENT"))).isRefused().didNotFire("SR-34");
    }

    @Test
    @DisplayName("A refusal lists its deciding reason first and the other candidates' reasons apart")
    void refusalDecidingReasonFirst() {
        SharingDecision d = decide(ask(RNP, DECLARATIONS, IMMIGRATION));
        assertThat(d).isRefused();
        assertThat(d.hits().get(0).rule()).isEqualTo(SharingRule.SR_06);
        assertThat(d.hits()).noneMatch(h -> h.reason().contains("CMAA-RUR-SYL-2015"));
        assertThat(d.alsoConsidered()).anySatisfy(h -> assertThat(h.reason()).contains("CMAA-RUR-SYL-2015"));
        assertThat(d.explanation()).contains("Also considered (the other candidate agreements):\n")
                .contains("Agreement relied on: none\n");
        assertThat(decide(sc01Request()).alsoConsidered()).isEmpty();
    }

    @Test
    @DisplayName("An explanation says 'agreement considered' when nothing was relied on, 'relied on' for a permit")
    void explanationConsideredOrReliedOn() {
        SharingDecision refused = decide(sc01Request().purpose(IMMIGRATION));
        assertThat(refused).isRefused();
        assertThat(refused.explanation()).contains("Agreement considered: " + MOU + " (nothing relied on)\n")
                .doesNotContain("Agreement relied on");
        assertThat(decide(sc01Request()).explanation()).contains("Agreement relied on: " + MOU + "\n");
    }

    @Test
    @DisplayName("A refusal of one candidate puts the deciding reason before earlier non-deciding hits")
    void singleCandidateDecidingFirst() {
        SharingPolicy.Builder assurance = Ruritania.world().putAgreement(mou().toBuilder()
                .requiresConfidentialityAssurance(true).build());
        SharingDecision d = decide(assurance, sc01Request().purpose(IMMIGRATION));
        assertThat(d).isRefused().firedRule("SR-05", Outcome.ESCALATE);
        assertThat(d.hits().get(0).rule()).isEqualTo(SharingRule.SR_06);
    }
}
