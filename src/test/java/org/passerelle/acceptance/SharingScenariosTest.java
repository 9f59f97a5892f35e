package org.passerelle.acceptance;

import static org.passerelle.testing.SharingAssertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.passerelle.json.PolicyReader;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.Condition;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;

/**
 * The brief's acceptance scenarios SC-01, SC-02, SC-03 and SC-05, built entirely from the JSON
 * documents in {@code src/test/resources/policies/scenarios} and {@code requests}.
 */
class SharingScenariosTest {
    private static final PolicyReader READER = PolicyReader.create();
    private static final SharingPolicy POLICY = READER.readSharingPolicy(resource("/policies/scenarios"));
    private static final SharingEngine ENGINE = SharingEngine.compile(POLICY);

    @Test
    @DisplayName("SC-01: customs shares the seizure report with the police drugs unit, redacted and limited")
    void sc01() {
        SharingDecision d = ENGINE.decide(request("sc-01-rnp-drugs.json"));

        assertThat(d).isPermittedWithConditions()
                .relyingOn("MOU-RCA-RNP-2022")
                .withRedacted("bankAccount", "homePhone")
                .retainedUntil(LocalDate.of(2029, 5, 10))
                .withCondition(Condition.Kind.KEEP_MARKING)
                .withCondition(Condition.Kind.NO_ONWARD_TRANSFER_WITHOUT_CONSENT)
                .firedRule("SR-27").firedRule("SR-19").firedRule("SR-29").firedRule("SR-20");
        org.assertj.core.api.Assertions.assertThat(d.redactedFields()).containsExactly("bankAccount", "homePhone");
    }

    @Test
    @DisplayName("SC-02: a purpose outside the MoU is refused (SR-06)")
    void sc02() {
        assertThat(ENGINE.decide(request("sc-02-immigration.json"))).isRefused().byRule("SR-06");
    }

    @Test
    @DisplayName("SC-02 variant: the tax agency is not a party to the customs-police MoU (SR-04)")
    void sc02TaxAgency() {
        SharingRequest byTax = request("sc-02-immigration.json").toBuilder().recipient("RTA").requester("RTA")
                .purpose("drug-trafficking-investigation").under("MOU-RCA-RNP-2022").build();

        assertThat(ENGINE.decide(byTax)).isRefused().byRule("SR-04");
    }

    @Test
    @DisplayName("SC-03: before the new MoU is linked, only the expired one exists (SR-02, SR-01)")
    void sc03() {
        SharingPolicy.Builder before = SharingPolicy.builder()
                .agencies(POLICY.agencies().values().toArray(new org.passerelle.model.Agency[0]))
                .purposes(POLICY.purposes().values().toArray(new org.passerelle.sharing.Purpose[0]))
                .items(POLICY.items().values().toArray(new org.passerelle.sharing.InformationItem[0]))
                .legalAreas(POLICY.legalAreas().values().toArray(new org.passerelle.sharing.LegalArea[0]));
        POLICY.agreements().values().stream()
                .filter(g -> !g.id().equals(AgreementId.of("MOU-RCA-RNP-2022")))
                .forEach(before::agreements);
        SharingRequest request = request("sc-03-before-new-mou.json");

        assertThat(SharingEngine.compile(before.build()).decide(request))
                .isRefused().firedRule("SR-02").firedRule("SR-01");
        assertThat(ENGINE.decide(request)).letsTheFlowGo().relyingOn("MOU-RCA-RNP-2022").didNotFire("SR-02");
    }

    @Test
    @DisplayName("SC-05: Naples II forwarding to the prosecutor needs no consent (SR-21); only the retention limit applies, bounded by RCA's own (SR-29)")
    void sc05Prosecutor() {
        assertThat(ENGINE.decide(request("sc-05-prosecutor.json")))
                .letsTheFlowGo().relyingOn("NAPLES-II").firedRule("SR-21").didNotFire("SR-20")
                .retainedUntil(LocalDate.of(2029, 3, 14))
                .withoutCondition(Condition.Kind.NO_ONWARD_TRANSFER_WITHOUT_CONSENT);
    }

    @Test
    @DisplayName("SC-05: forwarding to the tax agency for an income-tax audit waits for consent (SR-20, SR-06)")
    void sc05TaxOffice() {
        assertThat(ENGINE.decide(request("sc-05-tax.json")))
                .isPendingConsent().firedRule("SR-20").firedRule("SR-06");
    }

    private static SharingRequest request(String name) {
        return READER.readRequest(resource("/requests/" + name));
    }

    private static Path resource(String name) {
        try {
            return Path.of(SharingScenariosTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
