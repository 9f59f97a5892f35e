package org.passerelle.sharing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.testing.Ruritania.*;
import static org.passerelle.testing.SharingAssertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.passerelle.model.AgencyId;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.ItemId;
import org.passerelle.testing.Ruritania;

/**
 * The basis of an onward flow (SR-20 to SR-22, SR-29): the agreement the holder received the item
 * under, which a cited agreement can narrow but never widen; the supplier's objections; the holder's
 * own retention; and the day the holder received the item.
 */
class OnwardBasisTest extends RuleTestSupport {

    /** SC-05's smuggler, supplied by FCS to RCA under Naples II on 2024-03-01. */
    private static SharingRequest.Builder smugglerToPolice() {
        return send(RCA, RNP, SMUGGLER, DRUGS);
    }

    @Test
    @DisplayName("SR-20: citing an agreement that does not govern the holder's custody cannot produce a permit")
    void aCitedAgreementCannotWiden() {
        assertThat(decide(smugglerToPolice().under(MOU))).isRefused().byRule("SR-20");
        assertThat(decide(smugglerToPolice())).as("judged under Naples II, the custody agreement")
                .isPendingConsent().byRule("SR-20").relyingOn(NAPLES);
    }

    @Test
    @DisplayName("SR-20: citing the custody agreement itself narrows nothing away")
    void citingTheCustodyAgreementIsTheSame() {
        assertThat(decide(send(RCA, RPP, SMUGGLER, CUSTOMS_PROSECUTION).under(NAPLES)))
                .letsTheFlowGo().firedRule("SR-21").relyingOn(NAPLES);
        assertThat(decide(send(RCA, RPP, SMUGGLER, CUSTOMS_PROSECUTION)))
                .letsTheFlowGo().firedRule("SR-21").relyingOn(NAPLES);
    }

    @Test
    @DisplayName("SR-20: a custody hop that names no agreement gives no basis for an onward flow")
    void aHopWithoutAgreementGivesNoBasis() {
        InformationItem unknownBasis = InformationItem.builder(SMUGGLER).title("smuggler").originator(FCS)
                .hop(RCA, null, LocalDate.of(2024, 3, 1)).category(InformationCategory.PERSONAL_DATA)
                .plainFields("offence").build();
        assertThat(decide(Ruritania.world().putItem(unknownBasis), send(RCA, RPP, SMUGGLER, CUSTOMS_PROSECUTION)))
                .isRefused().byRule("SR-20");
        assertThat(decide(send(RCA, RPP, SMUGGLER, CUSTOMS_PROSECUTION))).letsTheFlowGo();
    }

    @Test
    @DisplayName("SR-20: the holder must be a party to the agreement it received the item under")
    void theHolderMustBeAParty() {
        InformationItem viaMou = InformationItem.builder(SMUGGLER).title("smuggler").originator(FCS)
                .hop(RTA, MOU, LocalDate.of(2024, 3, 1)).category(InformationCategory.PERSONAL_DATA)
                .plainFields("offence").build();
        assertThat(decide(Ruritania.world().putItem(viaMou), send(RTA, RNP, SMUGGLER, DRUGS)))
                .isRefused().byRule("SR-20");
    }

    @Test
    @DisplayName("SR-20: a request dated before the holder received the item is refused; from that day it is not")
    void aRequestBeforeReceiptIsRefused() {
        SharingRequest.Builder before = send(RCA, RPP, SMUGGLER, CUSTOMS_PROSECUTION).at(at("2024-02-29"));
        assertThat(decide(before)).isRefused().byRule("SR-20");
        assertThat(decide(send(RCA, RPP, SMUGGLER, CUSTOMS_PROSECUTION).at(at("2024-03-01")))).letsTheFlowGo();
    }

    @Test
    @DisplayName("SR-29: after the holder's own retention no onward flow; before it, the recipient's end never exceeds it")
    void theHoldersRetentionBoundsTheFlow() {
        SharingPolicy.Builder shortNaples = Ruritania.world().putAgreement(naples().toBuilder()
                .maxRetention(Period.ofYears(1)).build());
        assertThat(decide(shortNaples, send(RCA, RPP, SMUGGLER, CUSTOMS_PROSECUTION).at(at("2025-03-02"))))
                .isRefused().byRule("SR-29");
        assertThat(decide(shortNaples, send(RCA, RPP, SMUGGLER, CUSTOMS_PROSECUTION).at(at("2025-03-01"))))
                .letsTheFlowGo().retainedUntil(LocalDate.of(2025, 3, 1));
        assertThat(decide(shortNaples, send(RCA, RPP, SMUGGLER, CUSTOMS_PROSECUTION)))
                .letsTheFlowGo().retainedUntil(LocalDate.of(2025, 3, 1));
    }

    /** An item SYL received from its originator FCS and supplied to RCA under the CMAA. */
    private static InformationItem suppliedBySyl() {
        return InformationItem.builder("RELAYED-1").title("Relayed report").originator(FCS)
                .hop(SYL, null, LocalDate.of(2024, 1, 10)).hop(RCA, CMAA, LocalDate.of(2024, 2, 1))
                .category(InformationCategory.INTELLIGENCE_REPORT).plainFields("vesselName").build();
    }

    @Test
    @DisplayName("SR-22: the supplier's objection counts, not only the originator's")
    void theSuppliersObjectionCounts() {
        SharingPolicy.Builder world = Ruritania.world().putItem(suppliedBySyl());
        SharingRequest.Builder toPolice = send(RCA, RNP, "RELAYED-1", CUSTOMS_LAW);
        assertThat(decide(world, toPolice)).firedRule("SR-22", Outcome.PERMIT_WITH_CONDITIONS);
        Objection bySupplier = new Objection(ConsentId.of("SYL-OBJ"), AgreementId.of(CMAA), AgencyId.of(SYL),
                ItemId.of("RELAYED-1"), null, LocalDate.of(2024, 2, 2));
        assertThat(decide(Ruritania.world().putItem(suppliedBySyl()).objections(bySupplier), toPolice))
                .isPendingConsent().byRule("SR-22");
    }

    @Test
    @DisplayName("SR-22: an objector who is neither originator nor supplier is an error, at load and when recorded")
    void anObjectorWhoIsNeitherIsAnError() {
        Objection byStranger = new Objection(ConsentId.of("RTA-OBJ"), AgreementId.of(CMAA), AgencyId.of(RTA),
                ItemId.of("RELAYED-1"), null, LocalDate.of(2024, 2, 2));
        assertThatThrownBy(() -> Ruritania.world().putItem(suppliedBySyl()).objections(byStranger).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("objection RTA-OBJ")
                .hasMessageContaining("objectedBy").hasMessageContaining("neither the originator FCS");
        InMemoryFactStore store = InMemoryFactStore.create();
        store.recordItem(suppliedBySyl());
        long before = store.revision();
        assertThatThrownBy(() -> store.recordObjection(byStranger)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("RTA");
        org.assertj.core.api.Assertions.assertThat(store.revision()).isEqualTo(before);
        Objection generalByStranger = new Objection(ConsentId.of("RTA-ALL"), AgreementId.of(CMAA),
                AgencyId.of(RTA), null, null, LocalDate.of(2024, 2, 2));
        assertThatThrownBy(() -> Ruritania.world().objections(generalByStranger).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a party to agreement");
        org.assertj.core.api.Assertions.assertThat(Ruritania.world().objections(new Objection(ConsentId.of("SYL-ALL"),
                AgreementId.of(CMAA), AgencyId.of(SYL), null, null, LocalDate.of(2024, 2, 2))).build().objections())
                .hasSize(1);
    }

    @Test
    @DisplayName("Receipt: how the holder received an item is resolved once, from its last custody hop")
    void theReceiptOfTheHolder() {
        CompiledLaw law = new CompiledLaw(Ruritania.policy().law());
        InformationItem relayed = suppliedBySyl();
        Receipt r = Receipt.of(relayed, null);
        org.assertj.core.api.Assertions.assertThat(r.supplier).isEqualTo(AgencyId.of(SYL));
        org.assertj.core.api.Assertions.assertThat(r.receivedOn).isEqualTo(LocalDate.of(2024, 2, 1));
        org.assertj.core.api.Assertions.assertThat(r.retentionEnd).isNull();
        org.assertj.core.api.Assertions.assertThat(Receipt.of(seizure(), null)).as("the originator holds it").isNull();
        org.assertj.core.api.Assertions.assertThat(law.version).isEqualTo(Ruritania.policy().version());
        org.assertj.core.api.Assertions.assertThat(List.of(relayed.supplier().orElseThrow(), smuggler().supplier()
                .orElseThrow())).containsExactly(AgencyId.of(SYL), AgencyId.of(FCS));
    }
}
