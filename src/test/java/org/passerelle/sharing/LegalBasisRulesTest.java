package org.passerelle.sharing;

import static org.passerelle.testing.Ruritania.*;
import static org.passerelle.testing.SharingAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.passerelle.model.AgencyKind;
import org.passerelle.model.CountryCode;
import org.passerelle.testing.Ruritania;

/**
 * Legal basis, parties, purposes and recipients: SR-01 to SR-06, SR-10, SR-16 and SR-24.
 */
class LegalBasisRulesTest extends RuleTestSupport {

    private static SharingPolicy.Builder withMou(SharingAgreement.Builder mou) {
        return Ruritania.world().putAgreement(mou.build());
    }

    @Test
    @DisplayName("SR-01 permits: the MoU covers the seizure report's category")
    void sr01Covered() {
        assertThat(decide(sc01Request())).isPermittedWithConditions().didNotFire("SR-01");
    }

    @Test
    @DisplayName("SR-01 refuses: category not covered by the agreement")
    void sr01CategoryNotCovered() {
        InformationItem caseFile = seizure().toBuilder().category(InformationCategory.CASE_FILE).build();
        assertThat(decide(Ruritania.world().putItem(caseFile), sc01Request())).isRefused().byRule("SR-01");
    }

    @Test
    @DisplayName("SR-01 refuses: the cited agreement is unknown")
    void sr01UnknownCitedAgreement() {
        SharingDecision d = decide(sc01Request().under("MOU-NOWHERE"));
        assertThat(d).isRefused().byRule("SR-01");
        assertThat(d.agreement()).isNull();
    }

    @Test
    @DisplayName("SR-01 refuses: the holder is a party to no agreement")
    void sr01HolderWithoutAgreement() {
        InformationItem taxFile = InformationItem.builder("RTA-FILE-1").title("Tax file").originator(RTA)
                .category(InformationCategory.CASE_FILE).plainFields("taxNumber").build();
        assertThat(decide(Ruritania.world().items(taxFile), ask(RNP, "RTA-FILE-1", DRUGS)))
                .isRefused().byRule("SR-01");
    }

    @Test
    @DisplayName("SR-02 permits: the MoU is in force on the request day")
    void sr02InForce() {
        assertThat(decide(sc01Request())).isPermittedWithConditions().didNotFire("SR-02");
    }

    @Test
    @DisplayName("SR-02 refuses: a suspended agreement grants nothing")
    void sr02Suspended() {
        SharingDecision d = decide(withMou(mou().toBuilder().status(AgreementStatus.SUSPENDED)), sc01Request());
        assertThat(d).isRefused().byRule("SR-02").byRule("SR-01");
    }

    @Test
    @DisplayName("SR-02 refuses: after the last day of validity")
    void sr02Expired() {
        assertThat(decide(sc01Request().at(at("2027-01-01")))).isRefused().byRule("SR-02");
    }

    /** The world with the Nairobi Convention, whose only annex X binds Ruritania and Sylvania (SR-03). */
    static SharingPolicy.Builder withNairobi() {
        SharingAgreement nairobi = SharingAgreement.builder("NAIROBI-1977").title("Nairobi Convention")
                .instrumentType(InstrumentType.CONVENTION).legalBasis("Nairobi Convention", "Annex X")
                .parties(PartySpec.of(List.of(AgencyKind.CUSTOMS), List.of(CountryCode.of(RURITANIA),
                        CountryCode.of(FREEDONIA), CountryCode.of(SYLVANIA))))
                .purposes(CUSTOMS_LAW).categories(InformationCategory.DECLARATION_DATA).adequateDataProtection(true)
                .annexes(new Annex("X", "Narcotics", new TreeSet<>(Set.of(CountryCode.of(RURITANIA),
                        CountryCode.of(SYLVANIA))))).build();
        return Ruritania.world().agreements(nairobi);
    }

    @Test
    @DisplayName("SR-03 permits: annex X accepted by both Ruritania and Sylvania")
    void sr03BothAccepted() {
        assertThat(decide(withNairobi(), send(RCA, SYL, DECLARATIONS, CUSTOMS_LAW).under("NAIROBI-1977")
                .assistanceForm("X"))).letsTheFlowGo().didNotFire("SR-03").relyingOn("NAIROBI-1977");
    }

    @Test
    @DisplayName("SR-03 refuses: Freedonia did not accept annex X")
    void sr03NotReciprocal() {
        assertThat(decide(withNairobi(), send(RCA, FCS, DECLARATIONS, CUSTOMS_LAW).under("NAIROBI-1977")
                .assistanceForm("X"))).isRefused().byRule("SR-03");
    }

    @Test
    @DisplayName("SR-03 refuses: no annex named for an annex-based convention")
    void sr03NoAnnex() {
        assertThat(decide(withNairobi(), send(RCA, SYL, DECLARATIONS, CUSTOMS_LAW).under("NAIROBI-1977")))
                .isRefused().byRule("SR-03");
    }

    @Test
    @DisplayName("SR-04 permits: the police are a party to the MoU")
    void sr04Party() {
        assertThat(decide(sc01Request())).isPermittedWithConditions().didNotFire("SR-04");
    }

    @Test
    @DisplayName("SR-04 refuses: the tax agency is not a party to the MoU")
    void sr04NotParty() {
        assertThat(decide(ask(RTA, DECLARATIONS, DRUGS).under(MOU))).isRefused().byRule("SR-04");
    }

    @Test
    @DisplayName("SR-05 permits: the recipient assured confidentiality")
    void sr05Assured() {
        assertThat(decide(withMou(mou().toBuilder().requiresConfidentialityAssurance(true)),
                sc01Request().confidentialityAssured(true))).isPermittedWithConditions().didNotFire("SR-05");
    }

    @Test
    @DisplayName("SR-05 escalates: assurance required and not given")
    void sr05NotAssured() {
        assertThat(decide(withMou(mou().toBuilder().requiresConfidentialityAssurance(true)), sc01Request()))
                .isEscalated().byRule("SR-05");
    }

    @Test
    @DisplayName("SR-06 permits: drug trafficking investigation is a purpose of the MoU")
    void sr06Listed() {
        assertThat(decide(sc01Request())).isPermittedWithConditions().didNotFire("SR-06");
    }

    @Test
    @DisplayName("SR-06 refuses: purpose not listed and no consent-based extension")
    void sr06Refused() {
        assertThat(decide(ask(RNP, DECLARATIONS, IMMIGRATION).under(MOU))).isRefused().byRule("SR-06");
    }

    @Test
    @DisplayName("SR-06 pends: purpose not listed, the agreement allows consent-based extension")
    void sr06Pending() {
        assertThat(decide(withMou(mou().toBuilder().consentExtension(true)),
                ask(RNP, DECLARATIONS, IMMIGRATION).under(MOU))).isPendingConsent().byRule("SR-06");
    }

    private static SharingPolicy.Builder withCisMou() {
        return withMou(mou().toBuilder().cisEntry(true).purposes(CIS_SURVEILLANCE)
                .personalFields(CIS_SURVEILLANCE, MOU_PERSON_FIELDS));
    }

    @Test
    @DisplayName("SR-10 permits: CIS entry for discreet surveillance with recorded real indications")
    void sr10Permitted() {
        assertThat(decide(withCisMou(), sc01Request().purpose(CIS_SURVEILLANCE)
                .realIndications("driver linked to two earlier seizures"))).isPermittedWithConditions()
                .didNotFire("SR-10");
    }

    @Test
    @DisplayName("SR-10 refuses: CIS entry without real indications")
    void sr10NoIndications() {
        assertThat(decide(withCisMou(), sc01Request().purpose(CIS_SURVEILLANCE))).isRefused().byRule("SR-10");
    }

    @Test
    @DisplayName("SR-10 refuses: CIS entry for a purpose that is none of the four actions")
    void sr10NoAction() {
        assertThat(decide(withCisMou(), sc01Request().realIndications("earlier seizures")))
                .isRefused().byRule("SR-10");
    }

    private static Officer officer(String role, String... cases) {
        return new Officer("OFF-1", new TreeSet<>(Set.of(role)), new TreeSet<>(Set.of(cases)));
    }

    @Test
    @DisplayName("SR-16 permits: the officer holds a need-to-know role and is assigned to the case")
    void sr16NeedToKnow() {
        assertThat(decide(withMou(mou().toBuilder().needToKnowRoles("drugs-investigator")),
                sc01Request().officer(officer("drugs-investigator", "CASE-7")).caseId("CASE-7")))
                .isPermittedWithConditions().didNotFire("SR-16");
    }

    @Test
    @DisplayName("SR-16 refuses: the officer lacks the role the agreement requires")
    void sr16NoRole() {
        assertThat(decide(withMou(mou().toBuilder().needToKnowRoles("drugs-investigator")),
                sc01Request().officer(officer("traffic-warden")))).isRefused().byRule("SR-16");
    }

    @Test
    @DisplayName("SR-16 refuses: the officer is not assigned to the case")
    void sr16NotOnCase() {
        assertThat(decide(sc01Request().officer(officer("drugs-investigator", "CASE-1")).caseId("CASE-7")))
                .isRefused().byRule("SR-16");
    }

    @Test
    @DisplayName("SR-24 permits: third country under an agreement with adequate data protection")
    void sr24Adequate() {
        assertThat(decide(send(RCA, SYL, DECLARATIONS, CUSTOMS_LAW).under(CMAA))).letsTheFlowGo()
                .didNotFire("SR-24").relyingOn(CMAA);
    }

    @Test
    @DisplayName("SR-24 refuses: third country without adequate data protection")
    void sr24Inadequate() {
        assertThat(decide(Ruritania.world().putAgreement(cmaa().toBuilder().adequateDataProtection(false).build()),
                send(RCA, SYL, DECLARATIONS, CUSTOMS_LAW).under(CMAA))).isRefused().byRule("SR-24");
    }

    @Test
    @DisplayName("SR-24 pends: data from another Member State needs its prior authorisation")
    void sr24OtherState() {
        InformationItem fromFreedonia = declarations().toBuilder().originator(FCS).hop(RCA, CMAA,
                LocalDate.of(2024, 1, 5)).build();
        assertThat(decide(Ruritania.world().putItem(fromFreedonia),
                send(RCA, SYL, DECLARATIONS, CUSTOMS_LAW).under(CMAA)))
                .isPendingConsent().byRule("SR-24");
    }
}
