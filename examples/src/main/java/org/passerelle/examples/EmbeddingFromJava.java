package org.passerelle.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyKind;
import org.passerelle.model.Designation;
import org.passerelle.sharing.EmergencyClause;
import org.passerelle.sharing.EvidenceUsePolicy;
import org.passerelle.model.Grading;
import org.passerelle.sharing.InformationCategory;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.InstrumentType;
import org.passerelle.sharing.InterpolPurpose;
import org.passerelle.sharing.IntendedUse;
import org.passerelle.sharing.LegalBasis;
import org.passerelle.model.Markings;
import org.passerelle.sharing.OnwardTransferPolicy;
import org.passerelle.sharing.PartySpec;
import org.passerelle.sharing.Purpose;
import org.passerelle.sharing.ResponseDeadlines;
import org.passerelle.sharing.SharingAgreement;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.model.TlpLabel;

/**
 * Embedding Passerelle from Java: the customs–police MoU of {@code examples/customs-police} built
 * with the fluent builders instead of JSON, and scenario SC-01 decided with it.
 *
 * <p>The policy built here is equal to the one read from JSON (same {@link SharingPolicy#version()}),
 * so the decision is the same: a permit with conditions, the bank account and home phone redacted.
 * Builders check every value as it is set and the policy as a whole in {@code build()}; the built
 * engine is immutable and thread-safe, so an application compiles it once and shares it.
 */
public final class EmbeddingFromJava {
    /** The personal fields the MoU lists as necessary for each of its purposes (SR-27). */
    private static final String[] PERSON_FIELDS = {"driverName", "consigneeDirectorName", "dateOfBirth",
        "nationality", "idDocumentNumber", "roleInConsignment", "carrier.name", "carrier.identifier",
        "carrier.country"};
    private static final String DRUGS = "drug-trafficking-investigation";
    private static final String FIREARMS = "firearms-trafficking-investigation";
    private static final String TERRORISM = "counter-terrorism";
    private static final String MONEY_LAUNDERING = "money-laundering-investigation";

    private EmbeddingFromJava() {
    }

    /**
     * What the example built and decided.
     *
     * @param policy the policy built in Java
     * @param decision the decision on SC-01
     */
    record Result(SharingPolicy policy, SharingDecision decision) {
    }

    /**
     * Runs the example, printing to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the example.
     *
     * @param out where to print what happens
     * @return the policy and the decision
     */
    static Result run(PrintStream out) {
        SharingPolicy policy = policy();
        out.println("Policy built in Java: " + policy.agencies().keySet() + ", agreement "
                + policy.agreements().keySet() + ", item " + policy.items().keySet() + "; version " + policy.version());

        SharingEngine engine = SharingEngine.compile(policy);
        SharingRequest request = SharingRequest.builder().id("SC-01").recipient("RNP").item("SEIZ-2024-0042")
                .purpose(DRUGS).intendedUse(IntendedUse.INTELLIGENCE).at("2024-05-10T09:00:00Z")
                .under("MOU-RCA-RNP-2022").build();
        SharingDecision decision = engine.decide(request);

        out.println(decision.explanation());
        if (decision.isPermitted()) {
            out.println("Send " + request.item() + " to " + request.recipient() + " without "
                    + decision.redactedFields() + "; it must be deleted or reviewed by "
                    + decision.retainUntil().orElseThrow() + ".");
        }
        return new Result(policy, decision);
    }

    /**
     * Returns the customs–police policy: four agencies, five purposes, MOU-RCA-RNP-2022 and the SC-01
     * seizure report, exactly as the JSON documents of {@code examples/customs-police} describe them.
     *
     * @return the policy
     */
    static SharingPolicy policy() {
        return SharingPolicy.builder()
                .agencies(
                        Agency.builder("RCA").name("Ruritania Customs Administration").kind(AgencyKind.CUSTOMS)
                                .country("LU").organisation("RCA").communities("RUR-LAW-ENFORCEMENT")
                                .designations(Designation.CENTRAL_COORDINATING_UNIT, Designation.COMPETENT_AUTHORITY)
                                .build(),
                        Agency.builder("RNP").name("Ruritania National Police, drugs unit").kind(AgencyKind.POLICE)
                                .country("LU").organisation("RNP").communities("RUR-LAW-ENFORCEMENT")
                                .designations(Designation.COMPETENT_AUTHORITY, Designation.SINGLE_POINT_OF_CONTACT).build(),
                        Agency.builder("RNCB").name("INTERPOL NCB Ruritania").kind(AgencyKind.INTERPOL_NCB)
                                .country("LU").organisation("RNP").communities("RUR-LAW-ENFORCEMENT")
                                .designations(Designation.NCB_AUTHORISED).build(),
                        Agency.builder("RTA").name("Ruritania Tax Agency").kind(AgencyKind.TAX).country("LU")
                                .organisation("RTA").build())
                .purposes(
                        lawEnforcement(DRUGS, "Drug trafficking investigation", InterpolPurpose.SUPPORT_INVESTIGATION),
                        lawEnforcement(FIREARMS, "Firearms trafficking investigation",
                                InterpolPurpose.SUPPORT_INVESTIGATION),
                        lawEnforcement(TERRORISM, "Counter-terrorism", InterpolPurpose.THREAT_ANALYSIS),
                        lawEnforcement(MONEY_LAUNDERING, "Money laundering investigation",
                                InterpolPurpose.SUPPORT_INVESTIGATION),
                        Purpose.builder("income-tax-audit").title("Income-tax audit").build())
                .agreements(mou())
                .items(seizureReport())
                .build();
    }

    private static Purpose lawEnforcement(String id, String title, InterpolPurpose interpol) {
        return Purpose.builder(id).title(title).lawEnforcement().interpolPurpose(interpol).build();
    }

    private static SharingAgreement mou() {
        return SharingAgreement.builder("MOU-RCA-RNP-2022")
                .title("Memorandum of understanding between Ruritania Customs and Ruritania National Police (2022)")
                .instrumentType(InstrumentType.MOU)
                .legalBasis("MoU RCA-RNP 2022", "Art. 3")
                .parties(PartySpec.agency("RCA"), PartySpec.agency("RNP"), PartySpec.agency("RNCB"))
                .valid(LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31))
                .purposes(DRUGS, FIREARMS, TERRORISM, MONEY_LAUNDERING)
                .categories(InformationCategory.SEIZURE_REPORT, InformationCategory.INTELLIGENCE_REPORT,
                        InformationCategory.DECLARATION_DATA, InformationCategory.PERSONAL_DATA)
                .personalFields(DRUGS, PERSON_FIELDS)
                .personalFields(FIREARMS, PERSON_FIELDS)
                .personalFields(TERRORISM, PERSON_FIELDS)
                .personalFields(MONEY_LAUNDERING, PERSON_FIELDS)
                .onwardTransfer(OnwardTransferPolicy.CONSENT_REQUIRED)
                .evidenceUse(EvidenceUsePolicy.OWN_DATA_ONLY)
                .maxRetention(Period.ofYears(5))
                .community("RUR-LAW-ENFORCEMENT")
                .emergency(new EmergencyClause(Period.ofDays(30),
                        new LegalBasis("MoU RCA-RNP 2022", "Art. 9 (emergencies)")))
                .deadlines(new ResponseDeadlines(Duration.ofHours(8), Duration.ofHours(72), Duration.ofHours(168)))
                .build();
    }

    private static InformationItem seizureReport() {
        return InformationItem.builder("SEIZ-2024-0042")
                .title("Seizure report: 180 kg of cocaine in a reefer container of bananas (HS 0803) via a"
                        + " transhipment hub")
                .originator("RCA")
                .category(InformationCategory.SEIZURE_REPORT)
                .personalFields("driverName", "consigneeDirectorName", "dateOfBirth", "nationality",
                        "idDocumentNumber", "roleInConsignment", "bankAccount", "homePhone")
                .plainFields("seizedQuantityKg", "goodsDescription", "hsCode", "containerNumber", "portOfLoading",
                        "transhipmentPort", "seizureDate")
                .markings(Markings.of(TlpLabel.AMBER).withGrading(new Grading.Admiralty('B', 2)))
                .build();
    }
}
