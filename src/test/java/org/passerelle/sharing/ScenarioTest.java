package org.passerelle.sharing;

import static org.passerelle.testing.Ruritania.*;
import static org.passerelle.testing.SharingAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.passerelle.model.AgencyId;
import org.passerelle.model.TlpLabel;
import org.passerelle.testing.Ruritania;

/**
 * The acceptance scenarios of the brief (section 5) on the Ruritania fixture.
 */
class ScenarioTest {
    private final SharingEngine engine = SharingEngine.compile(Ruritania.policy());

    @Test
    @DisplayName("SC-01: customs to police for drugs: permit with redaction, marking, retention, no onward transfer")
    void sc01() {
        SharingDecision d = engine.decide(sc01Request().build());

        assertThat(d).isPermittedWithConditions().relyingOn(MOU)
                .withRedacted("bankAccount", "homePhone").firedRule("SR-27")
                .withCondition(new Condition.KeepMarking(TlpLabel.AMBER, null)).firedRule("SR-19")
                .retainedUntil(LocalDate.of(2029, 5, 10)).firedRule("SR-29")
                .withCondition(new Condition.NoOnwardTransferWithoutConsent(AgencyId.of(RCA))).firedRule("SR-20");
        assertThat(d.redactedFields()).containsExactly("bankAccount", "homePhone");
    }

    @Test
    @DisplayName("SC-01 without citing the MoU: the engine finds it among RCA's agreements")
    void sc01Uncited() {
        SharingDecision d = engine.decide(sc01Request().under(null).build());

        assertThat(d).isPermittedWithConditions().relyingOn(MOU).withRedacted("bankAccount", "homePhone");
    }

    @Test
    @DisplayName("SC-02: purpose outside the MoU, no consent-based extension: DENY by SR-06")
    void sc02() {
        SharingDecision d = engine.decide(SharingRequest.builder().recipient(RNP).item(DECLARATIONS)
                .purpose(IMMIGRATION).at(SC_DAY).under(MOU).build());

        assertThat(d).isRefused().byRule("SR-06").relyingOn(MOU);
    }

    @Test
    @DisplayName("SC-02 variant: the tax agency asks under the MoU: DENY by SR-04, not a party")
    void sc02TaxAgency() {
        SharingDecision d = engine.decide(SharingRequest.builder().recipient(RTA).item(DECLARATIONS)
                .purpose(DRUGS).at(SC_DAY).under(MOU).build());

        assertThat(d).isRefused().byRule("SR-04");
    }

    @Test
    @DisplayName("SC-03: only the expired predecessor MoU: DENY by SR-02 and SR-01; with the new MoU the request passes")
    void sc03() {
        SharingPolicy before = SharingPolicy.builder().agencies(agencies()).purposes(purposes())
                .agreements(mou2017()).items(seizure()).build();
        SharingRequest request = sc01Request().under(null).at(at("2022-03-01")).build();

        SharingDecision expired = SharingEngine.compile(before).decide(request);
        assertThat(expired).isRefused().byRule("SR-02").byRule("SR-01");

        SharingPolicy after = before.toBuilder().agreements(mou()).build();
        SharingDecision linked = SharingEngine.compile(after).decide(request);
        assertThat(linked).isPermittedWithConditions().relyingOn(MOU).didNotFire("SR-01");
    }

    @Test
    @DisplayName("SC-05: Naples II forwarding to the prosecutor for a customs infringement: PERMIT by SR-21")
    void sc05Prosecutor() {
        SharingDecision d = engine.decide(SharingRequest.builder().requester(RCA).recipient(RPP).item(SMUGGLER)
                .purpose(CUSTOMS_PROSECUTION).at(SC_DAY).build());

        assertThat(d).isPermittedWithoutConditions().relyingOn(NAPLES).firedRule("SR-21", Outcome.PERMIT).didNotFire("SR-20");
    }

    @Test
    @DisplayName("SC-05: forwarding to the tax agency for an income-tax audit: PENDING_CONSENT by SR-20 and SR-06")
    void sc05TaxOffice() {
        SharingDecision d = engine.decide(SharingRequest.builder().requester(RCA).recipient(RTA).item(SMUGGLER)
                .purpose(TAX_AUDIT).at(SC_DAY).build());

        assertThat(d).isPendingConsent().byRule("SR-20").byRule("SR-06").relyingOn(NAPLES);
    }

    @Test
    @DisplayName("Consent of FCS turns SC-05's pending tax-office flow into a permit with the consent's conditions")
    void consentResolvesPending() {
        SharingPolicy withConsent = Ruritania.world().consents(consent("FCS-C-1", SMUGGLER, FCS, RTA, TAX_AUDIT,
                LocalDate.of(2024, 5, 2), new Condition.NoEvidenceUse())).build();
        SharingDecision d = SharingEngine.compile(withConsent).decide(SharingRequest.builder().requester(RCA)
                .recipient(RTA).item(SMUGGLER).purpose(TAX_AUDIT).at(SC_DAY).build());

        assertThat(d).isPermittedWithConditions().withCondition(Condition.Kind.NO_EVIDENCE_USE)
                .firedRule("SR-20", Outcome.PERMIT_WITH_CONDITIONS).firedRule("SR-06", Outcome.PERMIT_WITH_CONDITIONS)
                .withCondition(Condition.Kind.NO_ONWARD_TRANSFER_WITHOUT_CONSENT)
                .withRedacted("name", "dateOfBirth", "nationality", "idDocumentNumber");
        assertThat(d.hits()).anySatisfy(h -> assertThat(h.reason()).contains("consent FCS-C-1 of FCS"));
    }

    @Test
    @DisplayName("A consent granted after the request day does not count")
    void consentNotYetGranted() {
        SharingPolicy withConsent = Ruritania.world().consents(consent("FCS-C-1", SMUGGLER, FCS, RTA, TAX_AUDIT,
                LocalDate.of(2024, 6, 1))).build();
        SharingDecision d = SharingEngine.compile(withConsent).decide(SharingRequest.builder().requester(RCA)
                .recipient(RTA).item(SMUGGLER).purpose(TAX_AUDIT).at(SC_DAY).build());

        assertThat(d).isPendingConsent();
    }
}
