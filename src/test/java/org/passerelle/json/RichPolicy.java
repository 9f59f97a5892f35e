package org.passerelle.json;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyId;
import org.passerelle.model.AgencyKind;
import org.passerelle.model.CountryCode;
import org.passerelle.model.Designation;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.AgreementStatus;
import org.passerelle.sharing.Annex;
import org.passerelle.sharing.Channel;
import org.passerelle.sharing.CisAction;
import org.passerelle.sharing.Condition;
import org.passerelle.sharing.Consent;
import org.passerelle.sharing.ConsentId;
import org.passerelle.sharing.CustodyHop;
import org.passerelle.sharing.EmergencyClause;
import org.passerelle.model.Grading;
import org.passerelle.sharing.EvidenceUsePolicy;
import org.passerelle.model.HandlingCode;
import org.passerelle.sharing.InformationCategory;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.InstrumentType;
import org.passerelle.sharing.IntendedUse;
import org.passerelle.sharing.InterpolPurpose;
import org.passerelle.sharing.ItemField;
import org.passerelle.model.ItemId;
import org.passerelle.model.ItemStatus;
import org.passerelle.sharing.LegalArea;
import org.passerelle.sharing.LegalAreaId;
import org.passerelle.sharing.LegalBasis;
import org.passerelle.model.Markings;
import org.passerelle.sharing.Objection;
import org.passerelle.sharing.Officer;
import org.passerelle.sharing.OnwardTransferPolicy;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.PartySpec;
import org.passerelle.sharing.Purpose;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.ResponseDeadlines;
import org.passerelle.sharing.RuleHit;
import org.passerelle.sharing.SharingAgreement;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.sharing.SharingRule;
import org.passerelle.sharing.SourceRestrictions;
import org.passerelle.sharing.SourceSystem;
import org.passerelle.model.TlpLabel;
import org.passerelle.sharing.Urgency;

/** A policy, a request and a decision that use every field of the format, for round trips. */
final class RichPolicy {
    private RichPolicy() {
    }

    static SharingPolicy policy() {
        Agency rca = Agency.builder("RCA").name("Ruritania Customs Administration").kind(AgencyKind.CUSTOMS)
                .country("LU").organisation("RCA").communities("RUR-LE", "EU-CUSTOMS").clients("RPP")
                .designations(Designation.CENTRAL_COORDINATING_UNIT, Designation.COMPETENT_AUTHORITY).build();
        Agency rnp = Agency.builder("RNP").name("Ruritania National Police").kind(AgencyKind.POLICE).country("LU")
                .designations(Designation.SINGLE_POINT_OF_CONTACT).build();
        Agency rncb = Agency.builder("RNCB").name("INTERPOL NCB Ruritania").kind(AgencyKind.INTERPOL_NCB)
                .country("LU").organisation("RNP").designations(Designation.NCB_AUTHORISED).build();
        Agency rpp = Agency.builder("RPP").name("Ruritania Public Prosecutor").kind(AgencyKind.PROSECUTOR)
                .country("LU").build();
        Agency fcs = Agency.builder("FCS").name("Freedonia Customs Service").kind(AgencyKind.CUSTOMS).country("BE")
                .communities("EU-CUSTOMS").build();
        Agency syl = Agency.builder("SYL").name("Sylvania Customs").kind(AgencyKind.CUSTOMS).country("CH").build();

        Purpose drugs = new Purpose(PurposeId.of("drugs"), "Drug trafficking investigation", true, false,
                InterpolPurpose.SUPPORT_INVESTIGATION, CisAction.SIGHTING_AND_REPORTING);
        Purpose prosecution = new Purpose(PurposeId.of("customs-prosecution"), "Prosecution of customs offences",
                true, true, null, null);
        Purpose audit = Purpose.other("tax-audit", "Income-tax audit");

        SharingAgreement mou = new SharingAgreement(AgreementId.of("MOU-RCA-RNP-2022"), "Customs-police MoU",
                InstrumentType.MOU, new LegalBasis("MoU RCA-RNP 2022", "Art. 3"),
                List.of(PartySpec.agency("RCA"), PartySpec.agency("RNP"),
                        PartySpec.of(List.of(AgencyKind.PROSECUTOR, AgencyKind.JUDICIAL), List.of(CountryCode.of("LU")))),
                LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31), AgreementStatus.IN_FORCE,
                new TreeSet<>(Set.of(PurposeId.of("drugs"), PurposeId.of("customs-prosecution"))), true,
                new TreeSet<>(Set.of(InformationCategory.SEIZURE_REPORT, InformationCategory.PERSONAL_DATA)),
                new TreeMap<>(java.util.Map.of(PurposeId.of("drugs"),
                        new TreeSet<>(Set.of("driverName", "dateOfBirth")))),
                new TreeSet<>(Set.of(PurposeId.of("drugs"))), OnwardTransferPolicy.CONSENT_REQUIRED,
                EvidenceUsePolicy.OWN_DATA_ONLY, Period.ofYears(5), org.passerelle.model.CommunityId.of("RUR-LE"),
                new EmergencyClause(Period.ofDays(30), new LegalBasis("Directive (EU) 2016/680", "Art. 35(2)"),
                        new TreeSet<>(Set.of("driverName"))),
                new ResponseDeadlines(Duration.ofHours(8), Duration.ofDays(3), Duration.ofDays(7)),
                List.of(new Annex("X", "Narcotics", new TreeSet<>(Set.of(CountryCode.of("LU"), CountryCode.of("BE"))))),
                true, true, true, new TreeSet<>(Set.of("drugs-investigator", "analyst")));
        SharingAgreement naples = SharingAgreement.builder("NAPLES-II").title("Naples II")
                .instrumentType(InstrumentType.CONVENTION).legalBasis("Naples II Convention", null)
                .parties(PartySpec.of(List.of(AgencyKind.CUSTOMS), List.of(CountryCode.of("LU"), CountryCode.of("BE"))))
                .status(AgreementStatus.SUSPENDED).purposes("customs-prosecution")
                .categories(InformationCategory.PERSONAL_DATA).onwardTransfer(OnwardTransferPolicy.NAPLES_II)
                .evidenceUse(EvidenceUsePolicy.ALLOWED).build();
        SharingAgreement cmaa = SharingAgreement.builder("CMAA-RUR-SYL-2015").title("CMAA Ruritania-Sylvania")
                .instrumentType(InstrumentType.BILATERAL_AGREEMENT).legalBasis("CMAA 2015", "Art. 10")
                .parties(PartySpec.agency("RCA"), PartySpec.agency("SYL")).valid(LocalDate.of(2015, 7, 1), null)
                .purposes("customs-prosecution").categories(InformationCategory.INTELLIGENCE_REPORT)
                .onwardTransfer(OnwardTransferPolicy.DOMESTIC_LAW_ENFORCEMENT_UNLESS_OBJECTED)
                .evidenceUse(EvidenceUsePolicy.MUTUAL_LEGAL_ASSISTANCE_ONLY).build();

        InformationItem seizure = new InformationItem(ItemId.of("SEIZ-2024-0042"), "Seizure report",
                AgencyId.of("RCA"), List.of(), InformationCategory.SEIZURE_REPORT,
                new TreeSet<>(Set.of(ItemField.personal("driverName"), ItemField.personal("dateOfBirth"),
                        ItemField.special("healthNotes"), ItemField.plain("seizedQuantityKg"))),
                new Markings(TlpLabel.AMBER_STRICT, HandlingCode.H3, "Not for court use before 2025", 
                        new Grading.Admiralty('B', 2)),
                new SourceRestrictions(new TreeSet<>(Set.of(AgencyId.of("RNP"))), new TreeSet<>(Set.of(AgencyId.of("SYL"))),
                        new TreeSet<>(Set.of(PurposeId.of("drugs"))), LocalDate.of(2030, 1, 31), true),
                ItemStatus.INACCURATE, SourceSystem.CEN, true);
        InformationItem smuggler = new InformationItem(ItemId.of("NAPLES-FCS-0007"), "Cigarette smuggler",
                AgencyId.of("FCS"), List.of(new CustodyHop(AgencyId.of("RCA"), AgreementId.of("NAPLES-II"),
                        LocalDate.of(2024, 3, 14)), new CustodyHop(AgencyId.of("RPP"), null, null)),
                InformationCategory.PERSONAL_DATA, new TreeSet<>(Set.of(ItemField.personal("suspectName"))),
                new Markings(null, HandlingCode.H2, null, new Grading.Europol('X', 4)), null, null,
                SourceSystem.SIENA, false);
        InformationItem notice = new InformationItem(ItemId.of("INTERPOL-1"), "Diffusion", AgencyId.of("RNCB"),
                List.of(), InformationCategory.ALERT, null,
                new Markings(TlpLabel.GREEN, null, null, new Grading.Uk3x5x2(1, 'A', 'P')), null, null,
                SourceSystem.INTERPOL, false);

        Consent consent = new Consent(ConsentId.of("CONS-1"), ItemId.of("SEIZ-2024-0042"), AgencyId.of("RCA"),
                AgencyId.of("RPP"), new TreeSet<>(Set.of(PurposeId.of("customs-prosecution"))),
                new TreeSet<>(Set.of(IntendedUse.EVIDENCE, IntendedUse.OPERATIONAL)), allConditions(),
                LocalDate.of(2024, 5, 1), LocalDate.of(2024, 12, 31));
        Consent open = new Consent(ConsentId.of("CONS-2"), ItemId.of("NAPLES-FCS-0007"), AgencyId.of("FCS"),
                AgencyId.of("RNP"), null, null, null, LocalDate.of(2024, 5, 2), null);
        Objection objection = new Objection(ConsentId.of("OBJ-1"), AgreementId.of("CMAA-RUR-SYL-2015"),
                AgencyId.of("RNCB"), ItemId.of("INTERPOL-1"), AgencyId.of("RNP"), LocalDate.of(2023, 2, 1));
        Objection blanket = new Objection(ConsentId.of("OBJ-2"), AgreementId.of("CMAA-RUR-SYL-2015"),
                AgencyId.of("SYL"), null, null, LocalDate.of(2023, 2, 2));
        LegalArea eu = new LegalArea(LegalAreaId.of("EU"), "European Union",
                new TreeSet<>(Set.of(CountryCode.of("LU"), CountryCode.of("BE"), CountryCode.of("NL"))));

        return SharingPolicy.builder().agencies(rca, rnp, rncb, rpp, fcs, syl).purposes(drugs, prosecution, audit)
                .agreements(mou, naples, cmaa).items(seizure, smuggler, notice).consents(consent, open)
                .objections(objection, blanket).legalAreas(eu).build();
    }

    /** One condition of every kind. */
    static List<Condition> allConditions() {
        return List.of(new Condition.Redact(new TreeSet<>(Set.of("bankAccount", "homePhone"))),
                new Condition.KeepMarking(TlpLabel.AMBER, HandlingCode.H1),
                new Condition.KeepMarking(null, HandlingCode.H2),
                new Condition.RetainUntil(LocalDate.of(2029, 5, 10)),
                new Condition.NoOnwardTransferWithoutConsent(AgencyId.of("RCA")),
                new Condition.NoOnwardTransfer(),
                new Condition.NotifyOriginator(AgencyId.of("FCS")),
                new Condition.VerifyWithSource(AgencyId.of("RNCB")),
                new Condition.RespondBy(Instant.parse("2024-05-10T17:00:00Z")),
                new Condition.Uncorroborated("X4"),
                new Condition.NeedToKnow(),
                new Condition.NoEvidenceUse(),
                new Condition.Emergency("imminent shipment of firearms"),
                new Condition.KeepEvaluation("B2"));
    }

    static SharingRequest request() {
        return new SharingRequest("REQ-2024-0001", AgencyId.of("RNP"), AgencyId.of("RNCB"),
                ItemId.of("SEIZ-2024-0042"), new TreeSet<>(Set.of("driverName", "seizedQuantityKg")),
                PurposeId.of("drugs"), IntendedUse.OPERATIONAL, Instant.parse("2024-05-10T09:00:00Z"),
                Urgency.URGENT, true, "threat to life", AgreementId.of("MOU-RCA-RNP-2022"),
                new Officer("officer-17", new TreeSet<>(Set.of("drugs-investigator")),
                        new TreeSet<>(Set.of("CASE-9"))), "CASE-9", Channel.PUBLIC, true, "seizure of 180 kg",
                "X", TlpLabel.RED, true, true, new Grading.Admiralty('B', 2));
    }

    static SharingDecision decision() {
        return new SharingDecision(request(), Instant.parse("2024-05-10T09:00:01Z"), Outcome.PERMIT_WITH_CONDITIONS,
                AgreementId.of("MOU-RCA-RNP-2022"), allConditions(),
                List.of(new RuleHit(SharingRule.SR_27, Outcome.PERMIT_WITH_CONDITIONS, "redact bankAccount, homePhone"),
                        new RuleHit(SharingRule.SR_29, Outcome.PERMIT_WITH_CONDITIONS, "retain until 2029-05-10"),
                        new RuleHit(SharingRule.FAIL_CLOSED, Outcome.PERMIT, "quoted \"text\" and\nnew line")),
                "ed0d0e3dd2db5fe2dc5558d18da785368267843c28fbb4c7f8c37ab43f137827", 42);
    }
}
