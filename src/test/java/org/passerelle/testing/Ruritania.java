package org.passerelle.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyId;
import org.passerelle.model.AgencyKind;
import org.passerelle.model.CountryCode;
import org.passerelle.model.Designation;
import org.passerelle.sharing.Condition;
import org.passerelle.sharing.Consent;
import org.passerelle.sharing.ConsentId;
import org.passerelle.sharing.EmergencyClause;
import org.passerelle.sharing.EvidenceUsePolicy;
import org.passerelle.sharing.InformationCategory;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.InstrumentType;
import org.passerelle.sharing.InterpolPurpose;
import org.passerelle.model.ItemId;
import org.passerelle.sharing.LegalArea;
import org.passerelle.sharing.LegalAreaId;
import org.passerelle.sharing.LegalBasis;
import org.passerelle.sharing.OnwardTransferPolicy;
import org.passerelle.sharing.PartySpec;
import org.passerelle.sharing.Purpose;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.SharingAgreement;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.model.TlpLabel;
import org.passerelle.sharing.CisAction;

/**
 * The brief's fictional world as a Java fixture: Ruritania's customs (RCA), police drugs unit (RNP),
 * INTERPOL NCB (RNCB), tax agency (RTA) and public prosecutor (RPP); Freedonia's customs (FCS); and
 * Sylvania's customs (SYL), with the agreements MOU-RCA-RNP-2022, NAPLES-II and CMAA-RUR-SYL-2015.
 *
 * <p>Country codes must be ISO 3166-1 codes, so the fictional states are mapped to real, small ones,
 * chosen for their legal position in the scenarios and nothing else:
 * <ul>
 *   <li>Ruritania = {@code LU} (an EU Member State, as the Naples II scenarios require);</li>
 *   <li>Freedonia = {@code MT} (an EU Member State, Ruritania's Naples II partner);</li>
 *   <li>Sylvania = {@code NO} (a third country outside the EU legal area, with a bilateral CMAA).</li>
 * </ul>
 * The legal area {@code EU} holds LU and MT only.
 */
public final class Ruritania {
    /** Ruritania. */
    public static final String RURITANIA = "LU";
    /** Freedonia. */
    public static final String FREEDONIA = "MT";
    /** Sylvania. */
    public static final String SYLVANIA = "NO";

    /** Ruritania Customs Administration. */
    public static final String RCA = "RCA";
    /** RCA's risk targeting centre: same organisation as RCA. */
    public static final String RCA_RTC = "RCA-RTC";
    /** Ruritania National Police, drugs unit. */
    public static final String RNP = "RNP";
    /** INTERPOL NCB Ruritania, within the police organisation. */
    public static final String RNCB = "RNCB";
    /** Ruritania Tax Agency. */
    public static final String RTA = "RTA";
    /** Ruritania public prosecutor. */
    public static final String RPP = "RPP";
    /** Freedonia Customs Service. */
    public static final String FCS = "FCS";
    /** Sylvania Customs. */
    public static final String SYL = "SYL";

    /** The domestic customs-police MoU. */
    public static final String MOU = "MOU-RCA-RNP-2022";
    /** Its predecessor, expired at the end of 2021 (SC-03). */
    public static final String MOU_2017 = "MOU-RCA-RNP-2017";
    /** The Naples II convention between Ruritania and Freedonia. */
    public static final String NAPLES = "NAPLES-II";
    /** The bilateral CMAA between Ruritania and Sylvania. */
    public static final String CMAA = "CMAA-RUR-SYL-2015";

    /** Purpose: drug trafficking investigation. */
    public static final String DRUGS = "drug-trafficking-investigation";
    /** Purpose: firearms trafficking investigation. */
    public static final String FIREARMS = "firearms-trafficking-investigation";
    /** Purpose: counter-terrorism. */
    public static final String TERRORISM = "counter-terrorism";
    /** Purpose: money laundering investigation. */
    public static final String MONEY_LAUNDERING = "money-laundering-investigation";
    /** Purpose: immigration enforcement check (not law enforcement in the sense of H0). */
    public static final String IMMIGRATION = "immigration-enforcement";
    /** Purpose: prosecution of customs infringements (Naples II forwarding). */
    public static final String CUSTOMS_PROSECUTION = "customs-prosecution";
    /** Purpose: application of customs law. */
    public static final String CUSTOMS_LAW = "customs-law";
    /** Purpose: income-tax audit. */
    public static final String TAX_AUDIT = "income-tax-audit";
    /** Purpose: a CIS entry for discreet surveillance. */
    public static final String CIS_SURVEILLANCE = "cis-discreet-surveillance";
    /** Purpose: statistics. */
    public static final String STATISTICS = "statistics";

    /** SC-01's seizure report: TLP:AMBER, originated and held by RCA. */
    public static final String SEIZURE = "SEIZURE-2024-0042";
    /** SC-02's import declarations of company X, originated and held by RCA. */
    public static final String DECLARATIONS = "DECL-COMPANY-X";
    /** SC-05's personal data on a cigarette smuggler: from FCS, received by RCA under Naples II. */
    public static final String SMUGGLER = "SMUGGLER-2024-07";
    /** An intelligence report from SYL, received by RCA under the CMAA. */
    public static final String SYL_REPORT = "SYL-REPORT-2024-3";

    /** The personal-data fields the MoU lists as necessary for its purposes. */
    public static final String[] MOU_PERSON_FIELDS =
            {"name", "dateOfBirth", "nationality", "idDocumentNumber", "roleInConsignment"};

    private Ruritania() {
    }

    /**
     * Returns an instant on a day, at 09:00 UTC.
     *
     * @param day an ISO date such as {@code 2024-05-10}
     * @return the instant
     */
    public static Instant at(String day) {
        return Instant.parse(day + "T09:00:00Z");
    }

    /** The usual request day of the scenarios. */
    public static final Instant SC_DAY = at("2024-05-10");

    /**
     * Returns the agencies.
     *
     * @return the agencies
     */
    public static Agency[] agencies() {
        return new Agency[] {
            Agency.builder(RCA).name("Ruritania Customs Administration").kind(AgencyKind.CUSTOMS).country(RURITANIA)
                    .organisation("RUR-CUSTOMS").communities("RUR-LE").clients(RPP)
                    .designations(Designation.CENTRAL_COORDINATING_UNIT).build(),
            Agency.builder(RCA_RTC).name("RCA risk targeting centre").kind(AgencyKind.CUSTOMS).country(RURITANIA)
                    .organisation("RUR-CUSTOMS").communities("RUR-LE", "EU-CUSTOMS").build(),
            Agency.builder(RNP).name("Ruritania National Police, drugs unit").kind(AgencyKind.POLICE)
                    .country(RURITANIA).organisation("RUR-POLICE").communities("RUR-LE").build(),
            Agency.builder(RNCB).name("INTERPOL NCB Ruritania").kind(AgencyKind.INTERPOL_NCB).country(RURITANIA)
                    .organisation("RUR-POLICE").communities("RUR-LE").designations(Designation.NCB_AUTHORISED)
                    .build(),
            Agency.builder(RTA).name("Ruritania Tax Agency").kind(AgencyKind.TAX).country(RURITANIA)
                    .organisation("RUR-TAX").build(),
            Agency.builder(RPP).name("Ruritania public prosecutor").kind(AgencyKind.PROSECUTOR).country(RURITANIA)
                    .organisation("RUR-PROSECUTION").communities("RUR-LE").build(),
            Agency.builder(FCS).name("Freedonia Customs Service").kind(AgencyKind.CUSTOMS).country(FREEDONIA)
                    .organisation("FRE-CUSTOMS").communities("EU-CUSTOMS").build(),
            Agency.builder(SYL).name("Sylvania Customs").kind(AgencyKind.CUSTOMS).country(SYLVANIA)
                    .organisation("SYL-CUSTOMS").build()
        };
    }

    /**
     * Returns the purposes.
     *
     * @return the purposes
     */
    public static Purpose[] purposes() {
        return new Purpose[] {
            new Purpose(PurposeId.of(DRUGS), "Drug trafficking investigation", true, false,
                    InterpolPurpose.SUPPORT_INVESTIGATION, null),
            new Purpose(PurposeId.of(FIREARMS), "Firearms trafficking investigation", true, false,
                    InterpolPurpose.SUPPORT_INVESTIGATION, null),
            new Purpose(PurposeId.of(TERRORISM), "Counter-terrorism", true, false, InterpolPurpose.ALERT, null),
            new Purpose(PurposeId.of(MONEY_LAUNDERING), "Money laundering investigation", true, false,
                    InterpolPurpose.SUPPORT_INVESTIGATION, null),
            Purpose.other(IMMIGRATION, "Immigration enforcement check"),
            new Purpose(PurposeId.of(CUSTOMS_PROSECUTION), "Prosecution of customs infringements", true, true,
                    null, null),
            Purpose.lawEnforcement(CUSTOMS_LAW, "Application of customs law"),
            Purpose.other(TAX_AUDIT, "Income-tax audit"),
            new Purpose(PurposeId.of(CIS_SURVEILLANCE), "CIS entry for discreet surveillance", true, false, null,
                    CisAction.DISCREET_SURVEILLANCE),
            Purpose.other(STATISTICS, "Statistics")
        };
    }

    /**
     * Returns MOU-RCA-RNP-2022: valid 2022-01-01 to 2026-12-31, the four purposes of the brief, person
     * fields limited to five, five years' retention, onward transfer with consent, evidence use for
     * own-originated data.
     *
     * @return the agreement
     */
    public static SharingAgreement mou() {
        return mouBuilder(MOU).valid(LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31)).build();
    }

    private static SharingAgreement.Builder mouBuilder(String id) {
        return SharingAgreement.builder(id).title("Memorandum of understanding RCA-RNP")
                .instrumentType(InstrumentType.MOU).legalBasis("MoU RCA-RNP 2022", "Art. 3")
                .parties(PartySpec.agency(RCA), PartySpec.agency(RCA_RTC), PartySpec.agency(RNP),
                        PartySpec.agency(RNCB))
                .purposes(DRUGS, FIREARMS, TERRORISM, MONEY_LAUNDERING)
                .categories(InformationCategory.SEIZURE_REPORT, InformationCategory.DECLARATION_DATA,
                        InformationCategory.INTELLIGENCE_REPORT, InformationCategory.PERSONAL_DATA,
                        InformationCategory.ALERT)
                .personalFields(DRUGS, MOU_PERSON_FIELDS).personalFields(FIREARMS, MOU_PERSON_FIELDS)
                .personalFields(TERRORISM, MOU_PERSON_FIELDS).personalFields(MONEY_LAUNDERING, MOU_PERSON_FIELDS)
                .maxRetention(Period.ofYears(5)).onwardTransfer(OnwardTransferPolicy.CONSENT_REQUIRED)
                .evidenceUse(EvidenceUsePolicy.OWN_DATA_ONLY).community("RUR-LE");
    }

    /**
     * Returns the predecessor MoU, valid 2017-01-01 to 2021-12-31 (SC-03).
     *
     * @return the agreement
     */
    public static SharingAgreement mou2017() {
        return mouBuilder(MOU_2017).valid(LocalDate.of(2017, 1, 1), LocalDate.of(2021, 12, 31)).build();
    }

    /**
     * Returns NAPLES-II between Ruritania and Freedonia: customs of LU and MT, customs purposes with
     * consent-based extension, Naples II onward transfer, evidence use allowed, an emergency clause.
     *
     * @return the agreement
     */
    public static SharingAgreement naples() {
        String[] fields = {"name", "dateOfBirth", "nationality", "idDocumentNumber", "roleInConsignment"};
        return SharingAgreement.builder(NAPLES).title("Naples II Convention")
                .instrumentType(InstrumentType.CONVENTION).legalBasis("Naples II Convention", "Art. 25")
                .parties(PartySpec.of(List.of(AgencyKind.CUSTOMS),
                        List.of(CountryCode.of(RURITANIA), CountryCode.of(FREEDONIA))))
                .valid(LocalDate.of(2009, 6, 23), null)
                .purposes(CUSTOMS_LAW, CUSTOMS_PROSECUTION).consentExtension(true)
                .categories(InformationCategory.SEIZURE_REPORT, InformationCategory.DECLARATION_DATA,
                        InformationCategory.INTELLIGENCE_REPORT, InformationCategory.PERSONAL_DATA,
                        InformationCategory.CASE_FILE)
                .personalFields(CUSTOMS_LAW, fields).personalFields(CUSTOMS_PROSECUTION, fields)
                .onwardTransfer(OnwardTransferPolicy.NAPLES_II).evidenceUse(EvidenceUsePolicy.ALLOWED)
                .community("EU-CUSTOMS")
                .emergency(new EmergencyClause(Period.ofMonths(6),
                        new LegalBasis("Directive (EU) 2016/680", "Art. 35(2)")))
                .build();
    }

    /**
     * Returns CMAA-RUR-SYL-2015: customs of LU and NO, customs-law purposes, domestic law-enforcement
     * onward transfer unless the provider objects, evidence use with prior written consent, adequate
     * data protection.
     *
     * @return the agreement
     */
    public static SharingAgreement cmaa() {
        String[] fields = {"name", "dateOfBirth", "nationality", "idDocumentNumber"};
        return SharingAgreement.builder(CMAA).title("Customs mutual assistance agreement Ruritania-Sylvania")
                .instrumentType(InstrumentType.BILATERAL_AGREEMENT).legalBasis("CMAA Ruritania-Sylvania", "Art. 10")
                .parties(PartySpec.of(List.of(AgencyKind.CUSTOMS),
                        List.of(CountryCode.of(RURITANIA), CountryCode.of(SYLVANIA))))
                .valid(LocalDate.of(2015, 6, 1), null)
                .purposes(CUSTOMS_LAW, CUSTOMS_PROSECUTION)
                .categories(InformationCategory.SEIZURE_REPORT, InformationCategory.DECLARATION_DATA,
                        InformationCategory.INTELLIGENCE_REPORT, InformationCategory.PERSONAL_DATA)
                .personalFields(CUSTOMS_LAW, fields).personalFields(CUSTOMS_PROSECUTION, fields)
                .maxRetention(Period.ofYears(3))
                .onwardTransfer(OnwardTransferPolicy.DOMESTIC_LAW_ENFORCEMENT_UNLESS_OBJECTED)
                .evidenceUse(EvidenceUsePolicy.PRIOR_WRITTEN_CONSENT).adequateDataProtection(true).build();
    }

    /**
     * Returns SC-01's seizure report: 180 kg of cocaine in bananas, TLP:AMBER, with the consignee
     * director's bank account and home phone among the personal fields.
     *
     * @return the item
     */
    public static InformationItem seizure() {
        return InformationItem.builder(SEIZURE).title("Seizure of 180 kg cocaine in a reefer of bananas (HS 0803)")
                .originator(RCA).category(InformationCategory.SEIZURE_REPORT).tlp(TlpLabel.AMBER)
                .personalFields(MOU_PERSON_FIELDS).personalFields("bankAccount", "homePhone")
                .plainFields("hsCode", "netMassKg", "containerNumber", "portOfLoading", "transhipmentPort").build();
    }

    /**
     * Returns SC-02's declarations of company X.
     *
     * @return the item
     */
    public static InformationItem declarations() {
        return InformationItem.builder(DECLARATIONS).title("24 months of import declarations of company X")
                .originator(RCA).category(InformationCategory.DECLARATION_DATA)
                .plainFields("declarant", "hsCode", "customsValue", "countryOfOrigin").build();
    }

    /**
     * Returns SC-05's personal data on a cigarette smuggler, supplied by FCS to RCA under Naples II.
     *
     * @return the item
     */
    public static InformationItem smuggler() {
        return InformationItem.builder(SMUGGLER).title("Cigarette smuggler identified by FCS").originator(FCS)
                .hop(RCA, NAPLES, LocalDate.of(2024, 3, 1)).category(InformationCategory.PERSONAL_DATA)
                .personalFields("name", "dateOfBirth", "nationality", "idDocumentNumber")
                .plainFields("offence", "seizedCigarettes").build();
    }

    /**
     * Returns an intelligence report from SYL, received by RCA under the CMAA.
     *
     * @return the item
     */
    public static InformationItem sylReport() {
        return InformationItem.builder(SYL_REPORT).title("Vessel suspected of cocaine smuggling").originator(SYL)
                .hop(RCA, CMAA, LocalDate.of(2024, 2, 1)).category(InformationCategory.INTELLIGENCE_REPORT)
                .personalFields("name").plainFields("vesselName", "route").build();
    }

    /**
     * Returns the EU legal area (Ruritania and Freedonia).
     *
     * @return the legal area
     */
    public static LegalArea eu() {
        return new LegalArea(LegalAreaId.of("EU"), "European Union",
                new java.util.TreeSet<>(Set.of(CountryCode.of(RURITANIA), CountryCode.of(FREEDONIA))));
    }

    /**
     * Returns a builder of the whole world: agencies, purposes, the three agreements, the four items,
     * the EU legal area; no consent, no objection.
     *
     * @return a policy builder
     */
    public static SharingPolicy.Builder world() {
        return SharingPolicy.builder().agencies(agencies()).purposes(purposes())
                .agreements(mou(), naples(), cmaa())
                .items(seizure(), declarations(), smuggler(), sylReport())
                .legalAreas(eu());
    }

    /**
     * Returns the whole world as a policy.
     *
     * @return the policy
     */
    public static SharingPolicy policy() {
        return world().build();
    }

    /**
     * Returns a consent of an item's originator.
     *
     * @param id the consent id
     * @param item the item
     * @param grantedBy the originator
     * @param recipient the recipient
     * @param purpose the purpose covered
     * @param grantedOn the day it was granted
     * @param conditions the conditions attached
     * @return the consent
     */
    public static Consent consent(String id, String item, String grantedBy, String recipient, String purpose,
            LocalDate grantedOn, Condition... conditions) {
        return new Consent(ConsentId.of(id), ItemId.of(item), AgencyId.of(grantedBy), AgencyId.of(recipient),
                new java.util.TreeSet<>(Set.of(PurposeId.of(purpose))), null, List.of(conditions), grantedOn, null);
    }

    /**
     * Returns SC-01's request: RNP asks for the seizure report for a drug trafficking investigation
     * on 2024-05-10 under MOU-RCA-RNP-2022.
     *
     * @return a request builder
     */
    public static SharingRequest.Builder sc01Request() {
        return SharingRequest.builder().id("SC-01").recipient(RNP).item(SEIZURE).purpose(DRUGS).at(SC_DAY).under(MOU);
    }
}
