package org.passerelle.sharing;

import static org.passerelle.testing.Ruritania.*;
import static org.passerelle.testing.SharingAssertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyId;
import org.passerelle.model.Designation;
import org.passerelle.model.HandlingCode;
import org.passerelle.model.Markings;
import org.passerelle.model.TlpLabel;
import org.passerelle.testing.Ruritania;

/**
 * Onward transfer, evidence, personal data, deadlines and emergencies: SR-20 to SR-22, SR-25, SR-27
 * to SR-29, SR-33 and SR-34.
 */
class OnwardAndDataRulesTest extends RuleTestSupport {

    /** The seizure report after RCA gave it to RNP under the MoU. */
    private static SharingPolicy.Builder seizureAtPolice() {
        return Ruritania.world().putItem(seizure().toBuilder().hop(RNP, MOU, LocalDate.of(2024, 5, 10)).build());
    }

    @Test
    @DisplayName("SR-20 conditions a direct flow: no onward transfer without the originator's consent")
    void sr20Direct() {
        assertThat(decide(sc01Request())).isPermittedWithConditions()
                .firedRule("SR-20", Outcome.PERMIT_WITH_CONDITIONS)
                .withCondition(new Condition.NoOnwardTransferWithoutConsent(AgencyId.of(RCA)));
    }

    @Test
    @DisplayName("SR-20 conditions a direct flow under an agreement that forbids onward transfer")
    void sr20DirectNone() {
        assertThat(decide(Ruritania.world().putAgreement(mou().toBuilder()
                .onwardTransfer(OnwardTransferPolicy.NONE).build()), sc01Request()))
                .isPermittedWithConditions().withCondition(Condition.Kind.NO_ONWARD_TRANSFER);
    }

    @Test
    @DisplayName("SR-20 pends: the police pass the customs report on to the NCB")
    void sr20OnwardConsent() {
        assertThat(decide(seizureAtPolice(), send(RNP, RNCB, SEIZURE, DRUGS))).isPendingConsent().byRule("SR-20")
                .relyingOn(MOU);
    }

    @Test
    @DisplayName("SR-20 refuses: onward transfer under an agreement that forbids it")
    void sr20OnwardForbidden() {
        assertThat(decide(seizureAtPolice().putAgreement(mou().toBuilder().onwardTransfer(OnwardTransferPolicy.NONE)
                .build()), send(RNP, RNCB, SEIZURE, DRUGS))).isRefused().byRule("SR-20");
    }

    @Test
    @DisplayName("SR-20 pends for H2 items: the Naples II exception never applies")
    void sr20H2() {
        InformationItem h2 = smuggler().toBuilder().markings(new Markings(null, HandlingCode.H2, null, null)).build();
        assertThat(decide(Ruritania.world().putItem(h2), send(RCA, RPP, SMUGGLER, CUSTOMS_PROSECUTION)))
                .isPendingConsent().byRule("SR-20").didNotFire("SR-21");
    }

    @Test
    @DisplayName("SR-21 permits Naples II forwarding to the prosecutor without consent")
    void sr21Permitted() {
        assertThat(decide(send(RCA, RPP, SMUGGLER, CUSTOMS_PROSECUTION))).isPermittedWithoutConditions()
                .firedRule("SR-21", Outcome.PERMIT);
    }

    @Test
    @DisplayName("SR-21 not met (not a customs prosecution): SR-20 asks for consent")
    void sr21NotMet() {
        assertThat(decide(send(RCA, RPP, SMUGGLER, CUSTOMS_LAW))).isPendingConsent().byRule("SR-20")
                .didNotFire("SR-21");
    }

    @Test
    @DisplayName("SR-22 conditions: Sylvanian report passed on to national police, same use limits")
    void sr22Permitted() {
        assertThat(decide(send(RCA, RNP, SYL_REPORT, CUSTOMS_LAW))).isPermittedWithConditions().relyingOn(CMAA)
                .firedRule("SR-22", Outcome.PERMIT_WITH_CONDITIONS)
                .withCondition(new Condition.NoOnwardTransferWithoutConsent(AgencyId.of(SYL)));
    }

    @Test
    @DisplayName("SR-22 pends: the provider objected to domestic onward transfer")
    void sr22Objected() {
        Objection objection = new Objection(ConsentId.of("SYL-OBJ-1"), AgreementId.of(CMAA), AgencyId.of(SYL), null,
                AgencyId.of(RNP), LocalDate.of(2024, 1, 1));
        assertThat(decide(Ruritania.world().objections(objection), send(RCA, RNP, SYL_REPORT, CUSTOMS_LAW)))
                .isPendingConsent().byRule("SR-22");
    }

    @Test
    @DisplayName("SR-25 permits evidence use of the originator's own data under the MoU")
    void sr25OwnData() {
        assertThat(decide(sc01Request().intendedUse(IntendedUse.EVIDENCE))).isPermittedWithConditions()
                .didNotFire("SR-25");
    }

    @Test
    @DisplayName("SR-25 pends: evidence use needs prior written consent under the CMAA")
    void sr25PriorConsent() {
        assertThat(decide(send(RCA, RNP, SYL_REPORT, CUSTOMS_LAW).intendedUse(IntendedUse.EVIDENCE)))
                .isPendingConsent().byRule("SR-25");
    }

    @Test
    @DisplayName("SR-25 conditions intelligence use: no evidence use without consent")
    void sr25NoEvidenceUse() {
        assertThat(decide(send(RCA, RNP, SYL_REPORT, CUSTOMS_LAW))).isPermittedWithConditions()
                .firedRule("SR-25", Outcome.PERMIT_WITH_CONDITIONS).withCondition(Condition.Kind.NO_EVIDENCE_USE);
    }

    @Test
    @DisplayName("SR-25 refuses: evidence only through mutual legal assistance")
    void sr25Mla() {
        assertThat(decide(Ruritania.world().putAgreement(mou().toBuilder()
                .evidenceUse(EvidenceUsePolicy.MUTUAL_LEGAL_ASSISTANCE_ONLY).build()),
                sc01Request().intendedUse(IntendedUse.EVIDENCE))).isRefused().byRule("SR-25");
    }

    @Test
    @DisplayName("SR-25 pends: an H1 item as evidence, even where evidence use is allowed")
    void sr25H1() {
        InformationItem h1 = seizure().toBuilder().markings(Markings.of(TlpLabel.AMBER)
                .withHandling(HandlingCode.H1, null)).build();
        assertThat(decide(Ruritania.world().putItem(h1), sc01Request().intendedUse(IntendedUse.EVIDENCE)))
                .isPendingConsent().byRule("SR-25");
        assertThat(decide(Ruritania.world().putItem(h1), sc01Request())).isPermittedWithConditions()
                .withCondition(Condition.Kind.NO_EVIDENCE_USE);
    }

    @Test
    @DisplayName("SR-27 conditions: personal fields beyond those listed for the purpose are redacted")
    void sr27Redacts() {
        assertThat(decide(sc01Request())).isPermittedWithConditions().withRedacted("bankAccount", "homePhone");
    }

    @Test
    @DisplayName("SR-27 silent when only listed or non-personal fields are requested")
    void sr27NothingToRedact() {
        assertThat(decide(sc01Request().fields("name", "hsCode"))).isPermittedWithConditions().didNotFire("SR-27")
                .withoutCondition(Condition.Kind.REDACT);
    }

    @Test
    @DisplayName("SR-27 refuses: a requested field the item does not have")
    void sr27UnknownField() {
        assertThat(decide(sc01Request().fields("shoeSize"))).isRefused().byRule("SR-27");
    }

    @Test
    @DisplayName("SR-27 refuses every requested field the item does not have, in name order, before the redaction")
    void sr27UnknownFieldsAmongKnownOnes() {
        SharingDecision d = decide(sc01Request().fields("zodiac", "bankAccount", "shoeSize", "name"));
        java.util.List<String> sr27 = d.allHits().stream().filter(h -> h.rule() == SharingRule.SR_27)
                .map(RuleHit::reason).distinct().toList();

        org.assertj.core.api.Assertions.assertThat(d.outcome()).isEqualTo(Outcome.DENY);
        org.assertj.core.api.Assertions.assertThat(sr27).startsWith(
                "field shoeSize is not a field of item " + d.request().item(),
                "field zodiac is not a field of item " + d.request().item());
        org.assertj.core.api.Assertions.assertThat(decide(sc01Request().fields("bankAccount", "name")))
                .satisfies(ok -> org.assertj.core.api.Assertions.assertThat(ok.redactedFields())
                        .containsExactly("bankAccount"));
    }

    private static SharingPolicy.Builder withBiometrics(boolean strictlyNecessary) {
        SharingAgreement.Builder mou = mou().toBuilder().personalFields(DRUGS, "name", "faceImage");
        if (strictlyNecessary) {
            mou.strictNecessity(DRUGS);
        }
        return Ruritania.world().putAgreement(mou.build())
                .putItem(seizure().toBuilder().fields(ItemField.special("faceImage")).build());
    }

    @Test
    @DisplayName("SR-28 permits special-category data the agreement states strictly necessary")
    void sr28StrictlyNecessary() {
        assertThat(decide(withBiometrics(true), sc01Request())).isPermittedWithConditions().didNotFire("SR-28");
    }

    @Test
    @DisplayName("SR-28 escalates special-category data without stated strict necessity")
    void sr28Escalated() {
        assertThat(decide(withBiometrics(false), sc01Request())).isEscalated().byRule("SR-28");
    }

    @Test
    @DisplayName("SR-29 conditions: the source's earlier retention end wins over the agreement's five years")
    void sr29SourceEnd() {
        InformationItem limited = seizure().toBuilder().restrictions(new SourceRestrictions(null, null, null,
                LocalDate.of(2025, 1, 31), false)).build();
        assertThat(decide(Ruritania.world().putItem(limited), sc01Request())).isPermittedWithConditions()
                .retainedUntil(LocalDate.of(2025, 1, 31)).firedRule("SR-29");
    }

    @Test
    @DisplayName("SR-29 refuses: the source's retention period has ended")
    void sr29Ended() {
        InformationItem expired = seizure().toBuilder().restrictions(new SourceRestrictions(null, null, null,
                LocalDate.of(2024, 5, 9), false)).build();
        assertThat(decide(Ruritania.world().putItem(expired), sc01Request())).isRefused().byRule("SR-29");
    }

    private static SharingPolicy.Builder withDeadlines() {
        return Ruritania.world().putAgreement(mou().toBuilder().deadlines(ResponseDeadlines.DIRECTIVE_2023_977)
                .build());
    }

    /** The world with deadlines in which the customs administration RCA is the single point of contact. */
    private static SharingPolicy.Builder withDeadlinesAndSpoc() {
        Agency[] agencies = Ruritania.agencies();
        for (int i = 0; i < agencies.length; i++) {
            Agency a = agencies[i];
            if (a.id().value().equals(RCA)) {
                agencies[i] = new Agency(a.id(), a.name(), a.kind(), a.country(), a.organisation(), a.communities(),
                        a.clients(), new TreeSet<>(Set.of(Designation.SINGLE_POINT_OF_CONTACT)));
            }
        }
        return SharingPolicy.builder().agencies(agencies).purposes(Ruritania.purposes())
                .agreements(mou().toBuilder().deadlines(ResponseDeadlines.DIRECTIVE_2023_977).build(), naples(),
                        cmaa())
                .items(seizure(), declarations(), smuggler(), sylReport()).legalAreas(eu());
    }

    @Test
    @DisplayName("SR-33 reads the SPOC designation: 8 hours only when the holder is the single point of contact")
    void sr33DirectOnlyForTheSpoc() {
        SharingDecision notSpoc = decide(withDeadlines(), sc01Request().urgency(Urgency.URGENT)
                .directlyAccessible(true));
        assertThat(notSpoc).isPermittedWithConditions().firedRule("SR-33").respondBy(SC_DAY.plus(Duration.ofDays(3)));
        assertThat(notSpoc.hits()).anySatisfy(h -> assertThat(h.reason())
                .contains("the holder is not a single point of contact"));
        assertThat(decide(withDeadlinesAndSpoc(), sc01Request().urgency(Urgency.URGENT).directlyAccessible(true)))
                .respondBy(SC_DAY.plus(Duration.ofHours(8)));
    }

    @Test
    @DisplayName("SR-33 conditions: 8 hours urgent direct, 3 days urgent indirect, 7 days routine")
    void sr33Deadlines() {
        assertThat(decide(withDeadlinesAndSpoc(), sc01Request().urgency(Urgency.URGENT).directlyAccessible(true)))
                .isPermittedWithConditions().firedRule("SR-33").respondBy(SC_DAY.plus(Duration.ofHours(8)));
        assertThat(decide(withDeadlines(), sc01Request().urgency(Urgency.URGENT)))
                .respondBy(SC_DAY.plus(Duration.ofDays(3)));
        assertThat(decide(withDeadlines(), sc01Request())).respondBy(SC_DAY.plus(Duration.ofDays(7)));
    }

    @Test
    @DisplayName("SR-33 for an emergency (SR-34): urgent unless the request says otherwise, in words in the reason")
    void sr33EmergencyIsUrgent() {
        SharingDecision emergency = decide(withDeadlinesAndSpoc(), sc01Request().emergency("imminent delivery")
                .directlyAccessible(true));
        assertThat(emergency).firedRule("SR-33").respondBy(SC_DAY.plus(Duration.ofHours(8)));
        assertThat(emergency.hits()).anySatisfy(h -> assertThat(h.reason()).startsWith("respond within 8 hours ("));
        assertThat(decide(withDeadlines(), sc01Request().emergency("imminent delivery").urgency(Urgency.ROUTINE)))
                .as("a routine urgency said explicitly is kept").respondBy(SC_DAY.plus(Duration.ofDays(7)));
        assertThat(decide(withDeadlines(), sc01Request())).as("no emergency: routine").respondBy(SC_DAY.plus(Duration.ofDays(7)));
    }

    @Test
    @DisplayName("SR-33 on a refusal: the deadline is in the reason, no condition is attached")
    void sr33OnRefusal() {
        SharingDecision d = decide(withDeadlines(), sc01Request().purpose(IMMIGRATION));
        assertThat(d).isRefused().byRule("SR-06").firedRule("SR-33");
        assertThat(d.respondBy()).isEmpty();
        assertThat(d.hits()).anySatisfy(h -> assertThat(h.reason()).contains("2024-05-17T09:00:00Z"));
    }

    private static SharingRequest.Builder emergencyToPolice() {
        return send(RCA, RNP, SMUGGLER, DRUGS).emergency("imminent delivery of a firearms shipment");
    }

    @Test
    @DisplayName("SR-34 permits an emergency transfer under conditions when consent is pending")
    void sr34Emergency() {
        assertThat(decide(send(RCA, RNP, SMUGGLER, DRUGS))).isPendingConsent();
        SharingDecision d = decide(emergencyToPolice());
        assertThat(d).isPermittedWithConditions().firedRule("SR-34").relyingOn(NAPLES)
                .withCondition(Condition.Kind.EMERGENCY)
                .withCondition(new Condition.NotifyOriginator(AgencyId.of(FCS)))
                .retainedUntil(LocalDate.of(2024, 11, 10))
                .withRedacted("name", "dateOfBirth", "nationality", "idDocumentNumber");
        assertThat(d.conditions(Condition.RetainUntil.class)).as("only the shorter, emergency retention is kept")
                .containsExactly(new Condition.RetainUntil(LocalDate.of(2024, 11, 10)));
    }

    @Test
    @DisplayName("SR-34 does not override a refusal (TLP:RED), and the emergency invoked is recorded")
    void sr34NotOverDeny() {
        InformationItem red = smuggler().toBuilder().tlp(TlpLabel.RED).build();
        SharingDecision d = decide(Ruritania.world().putItem(red), emergencyToPolice());
        assertThat(d).isRefused().byRule("SR-11").firedRule("SR-34", Outcome.DENY);
        assertThat(d.hits()).anySatisfy(h -> assertThat(h.reason()).startsWith("an emergency was invoked but cannot"
                + " override this refusal"));
        assertThat(decide(Ruritania.world().putItem(red), send(RCA, RNP, SMUGGLER, DRUGS))).isRefused()
                .didNotFire("SR-34");
    }

    @Test
    @DisplayName("SR-34 does not set aside the consent needed for evidence use")
    void sr34NotForEvidence() {
        InformationItem h1 = smuggler().toBuilder().markings(new Markings(null, HandlingCode.H1, null, null)).build();
        assertThat(decide(Ruritania.world().putItem(h1), emergencyToPolice().intendedUse(IntendedUse.EVIDENCE)))
                .isPendingConsent().byRule("SR-34").byRule("SR-25");
    }

    @Test
    @DisplayName("SR-34 pends without an emergency clause in the agreement")
    void sr34NoClause() {
        assertThat(decide(Ruritania.world().putAgreement(naples().toBuilder().emergency(null).build()),
                emergencyToPolice())).isPendingConsent().byRule("SR-34");
    }

    @Test
    @DisplayName("SR-34 does not override an escalation")
    void sr34NotOverEscalate() {
        InformationItem h3 = smuggler().toBuilder().markings(new Markings(null, HandlingCode.H3, "ask FCS first",
                null)).build();
        assertThat(decide(Ruritania.world().putItem(h3), emergencyToPolice())).isEscalated().byRule("SR-17");
    }

    @Test
    @DisplayName("SR-34's retention is the shortest of the clause's, the agreement's and the holder's own (SR-29)")
    void sr34Retention() {
        InformationItem receivedThatDay = new InformationItem(smuggler().id(), "received on the request day", AgencyId.of(FCS),
                java.util.List.of(new CustodyHop(AgencyId.of(RCA), AgreementId.of(NAPLES), LocalDate.of(2024, 5, 10))),
                smuggler().category(), smuggler().fields(), null, null, null, null, false);
        assertThat(decide(Ruritania.world().putItem(receivedThatDay).putAgreement(naples().toBuilder()
                .maxRetention(Period.ofMonths(1)).build()), emergencyToPolice())).retainedUntil(LocalDate.of(2024, 6, 10));
    }
}
