package org.passerelle.analysis;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import org.passerelle.json.PolicyReader;
import org.passerelle.model.AgencyId;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.EvidenceUsePolicy;
import org.passerelle.sharing.InstrumentType;
import org.passerelle.sharing.OnwardTransferPolicy;
import org.passerelle.sharing.PartySpec;
import org.passerelle.sharing.InformationCategory;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.SharingAgreement;
import org.passerelle.sharing.SharingPolicy;

/** The scenario policy of the brief (SC-01 ... SC-05) and the crafted variants the analysis tests use. */
final class Scenario {
    static final LocalDate SC01_DAY = LocalDate.of(2024, 5, 10);
    static final AgencyId RCA = AgencyId.of("RCA");
    static final AgencyId RNP = AgencyId.of("RNP");
    static final AgencyId RTA = AgencyId.of("RTA");
    static final AgencyId RPP = AgencyId.of("RPP");
    static final PurposeId DRUGS = PurposeId.of("drug-trafficking-investigation");
    static final PurposeId IMMIGRATION = PurposeId.of("immigration-enforcement-check");
    static final AgreementId MOU_2022 = AgreementId.of("MOU-RCA-RNP-2022");
    static final AgreementId MOU_2017 = AgreementId.of("MOU-RCA-RNP-2017");

    private Scenario() {
    }

    static SharingPolicy policy() {
        return PolicyReader.create().readSharingPolicy(Path.of("src/test/resources/policies/scenarios"));
    }

    static Flow.Key key(AgencyId holder, AgencyId recipient, InformationCategory category, PurposeId purpose) {
        return new Flow.Key(holder, recipient, category, purpose);
    }

    /** The scenario with the 2022 MoU also granting the immigration check: a change of one purpose. */
    static SharingPolicy withImmigrationPurpose() {
        SharingPolicy p = policy();
        SharingAgreement mou = p.agreements().get(MOU_2022);
        return p.toBuilder().putAgreement(mou.toBuilder().purposes(IMMIGRATION.value()).build()).build();
    }

    /**
     * The scenario with a second RCA-RNP agreement for drugs that keeps less personal data and for
     * one year only: it overlaps the 2022 MoU, which the engine relies on.
     */
    static SharingPolicy withOverlap() {
        SharingPolicy p = policy();
        SharingAgreement strict = SharingAgreement.builder("MOU-RCA-RNP-2023-DRUGS")
                .title("Drugs protocol RCA-RNP 2023").instrumentType(InstrumentType.MOU)
                .legalBasis("Protocol RCA-RNP 2023", null).parties(PartySpec.agency("RCA"), PartySpec.agency("RNP"))
                .valid(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31)).purposes(DRUGS.value())
                .categories(InformationCategory.SEIZURE_REPORT).personalFields(DRUGS.value(), "driverName")
                .onwardTransfer(OnwardTransferPolicy.CONSENT_REQUIRED).evidenceUse(EvidenceUsePolicy.OWN_DATA_ONLY)
                .maxRetention(Period.ofYears(1)).build();
        return p.toBuilder().putAgreement(strict).build();
    }
}
