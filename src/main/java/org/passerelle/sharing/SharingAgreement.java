package org.passerelle.sharing;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import org.passerelle.model.Agency;
import org.passerelle.model.Checks;
import org.passerelle.model.CommunityId;
import org.passerelle.model.InvalidInputException;

/**
 * A legal basis for sharing: a convention, an EU instrument, a bilateral agreement, an MoU or a
 * statute, with everything the engine needs to apply it.
 *
 * <p>This type is immutable and thread-safe. Build one with {@link #builder(String)}.
 *
 * @param id the identifier, such as {@code MOU-RCA-RNP-2022}
 * @param title the title
 * @param instrumentType the type of instrument
 * @param legalBasis the instrument and article cited
 * @param parties who may provide and receive under it (SR-04)
 * @param validFrom the first day it is in force, or null for "since ever"
 * @param validTo the last day it is in force, or null for open-ended
 * @param status its status (SR-02)
 * @param purposes the permitted purposes (SR-06)
 * @param consentExtension whether other purposes may be allowed with the provider's consent (SR-06)
 * @param categories the permitted information categories (SR-01)
 * @param personalFields for each purpose, the personal-data fields necessary for it; personal-data
 *        fields not listed are redacted (SR-27)
 * @param strictNecessity the purposes for which special-category data is stated strictly necessary (SR-28)
 * @param onwardTransfer the onward-transfer policy (SR-20 to SR-22)
 * @param evidenceUse the evidence-use policy (SR-25)
 * @param maxRetention the longest time a recipient may keep what it received, or null (SR-29)
 * @param community the community TLP:GREEN refers to under this agreement, or null (SR-14)
 * @param emergency the emergency clause, or null (SR-34)
 * @param deadlines the response deadlines, or null (SR-33)
 * @param annexes the optional annexes of a Nairobi-type convention (SR-03)
 * @param requiresConfidentialityAssurance whether the recipient must assure confidentiality (SR-05)
 * @param adequateDataProtection whether it ensures adequate data protection for transfers to third
 *        countries (SR-24)
 * @param cisEntry whether it governs entries in a Customs Information System-type database (SR-10)
 * @param needToKnowRoles the roles an officer must hold to receive under it; empty for no requirement (SR-16)
 */
public record SharingAgreement(AgreementId id, String title, InstrumentType instrumentType, LegalBasis legalBasis,
        List<PartySpec> parties, LocalDate validFrom, LocalDate validTo, AgreementStatus status,
        SortedSet<PurposeId> purposes, boolean consentExtension, SortedSet<InformationCategory> categories,
        SortedMap<PurposeId, SortedSet<String>> personalFields, SortedSet<PurposeId> strictNecessity,
        OnwardTransferPolicy onwardTransfer, EvidenceUsePolicy evidenceUse, Period maxRetention,
        CommunityId community, EmergencyClause emergency, ResponseDeadlines deadlines, List<Annex> annexes,
        boolean requiresConfidentialityAssurance, boolean adequateDataProtection, boolean cisEntry,
        SortedSet<String> needToKnowRoles) {

    /**
     * Validates the agreement and copies its collections.
     */
    public SharingAgreement {
        Checks.notNull("id", id);
        title = Checks.notBlank("title", title);
        Checks.notNull("instrumentType", instrumentType);
        Checks.notNull("legalBasis", legalBasis);
        parties = Checks.list("parties", parties);
        if (parties.isEmpty()) {
            throw new InvalidInputException("parties", null, "an agreement needs at least one party");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new InvalidInputException("validTo", validTo.toString(), "must not be before validFrom " + validFrom);
        }
        Checks.notNull("status", status);
        purposes = Checks.sortedSet("purposes", purposes);
        if (purposes.isEmpty()) {
            throw new InvalidInputException("purposes", null, "an agreement needs at least one purpose");
        }
        categories = Checks.sortedSet("categories", categories);
        if (categories.isEmpty()) {
            throw new InvalidInputException("categories", null, "an agreement needs at least one category");
        }
        TreeMap<PurposeId, SortedSet<String>> fields = new TreeMap<>();
        if (personalFields != null) {
            for (Map.Entry<PurposeId, SortedSet<String>> e : personalFields.entrySet()) {
                PurposeId purpose = Checks.notNull("personalFields", e.getKey());
                if (!purposes.contains(purpose)) {
                    throw new InvalidInputException("personalFields", purpose.value(),
                            "lists fields for a purpose the agreement does not permit");
                }
                fields.put(purpose, Checks.sortedSet("personalFields." + purpose, e.getValue()));
            }
        }
        personalFields = Collections.unmodifiableSortedMap(fields);
        strictNecessity = Checks.sortedSet("strictNecessity", strictNecessity);
        for (PurposeId p : strictNecessity) {
            if (!purposes.contains(p)) {
                throw new InvalidInputException("strictNecessity", p.value(), "is not a purpose of the agreement");
            }
        }
        onwardTransfer = onwardTransfer == null ? OnwardTransferPolicy.CONSENT_REQUIRED : onwardTransfer;
        evidenceUse = evidenceUse == null ? EvidenceUsePolicy.PRIOR_WRITTEN_CONSENT : evidenceUse;
        if (maxRetention != null && (maxRetention.isNegative() || maxRetention.isZero())) {
            throw new InvalidInputException("maxRetention", maxRetention.toString(), "must be a positive period");
        }
        annexes = Checks.list("annexes", annexes);
        needToKnowRoles = Checks.sortedSet("needToKnowRoles", needToKnowRoles);
    }

    /**
     * Starts a builder.
     *
     * @param id the agreement identifier, not null
     * @return a new builder, not null
     */
    public static Builder builder(String id) {
        return new Builder(AgreementId.of(id));
    }

    /**
     * Returns a builder holding everything in this agreement, to derive an amended version.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.title = title;
        b.instrumentType = instrumentType;
        b.legalBasis = legalBasis;
        b.parties.addAll(parties);
        b.validFrom = validFrom;
        b.validTo = validTo;
        b.status = status;
        b.purposes.addAll(purposes);
        b.consentExtension = consentExtension;
        b.categories.addAll(categories);
        b.personalFields.putAll(personalFields);
        b.strictNecessity.addAll(strictNecessity);
        b.onwardTransfer = onwardTransfer;
        b.evidenceUse = evidenceUse;
        b.maxRetention = maxRetention;
        b.community = community;
        b.emergency = emergency;
        b.deadlines = deadlines;
        b.annexes.addAll(annexes);
        b.requiresConfidentialityAssurance = requiresConfidentialityAssurance;
        b.adequateDataProtection = adequateDataProtection;
        b.cisEntry = cisEntry;
        b.needToKnowRoles.addAll(needToKnowRoles);
        return b;
    }

    /**
     * Returns whether the agreement is in force on a day: status {@link AgreementStatus#IN_FORCE} and
     * the day within the validity window, both ends included (SR-02).
     *
     * @param day the day, not null
     * @return whether it is in force
     */
    public boolean isInForceOn(LocalDate day) {
        return status == AgreementStatus.IN_FORCE
                && (validFrom == null || !day.isBefore(validFrom))
                && (validTo == null || !day.isAfter(validTo));
    }

    /**
     * Returns whether an agency is a party to the agreement.
     *
     * @param agency the agency, not null
     * @return whether one of the party specifications matches it
     */
    public boolean isParty(Agency agency) {
        for (PartySpec p : parties) {
            if (p.matches(agency)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the personal-data fields listed as necessary for a purpose.
     *
     * @param purpose the purpose, not null
     * @return the field names, empty when none is listed
     */
    public SortedSet<String> personalFieldsFor(PurposeId purpose) {
        SortedSet<String> f = personalFields.get(purpose);
        return f == null ? Collections.emptySortedSet() : f;
    }

    /**
     * A builder of {@link SharingAgreement}. Not thread-safe; {@link #build()} validates everything.
     */
    public static final class Builder {
        private final AgreementId id;
        private String title;
        private InstrumentType instrumentType;
        private LegalBasis legalBasis;
        private final List<PartySpec> parties = new ArrayList<>();
        private LocalDate validFrom;
        private LocalDate validTo;
        private AgreementStatus status = AgreementStatus.IN_FORCE;
        private final List<PurposeId> purposes = new ArrayList<>();
        private boolean consentExtension;
        private final List<InformationCategory> categories = new ArrayList<>();
        private final TreeMap<PurposeId, SortedSet<String>> personalFields = new TreeMap<>();
        private final List<PurposeId> strictNecessity = new ArrayList<>();
        private OnwardTransferPolicy onwardTransfer = OnwardTransferPolicy.CONSENT_REQUIRED;
        private EvidenceUsePolicy evidenceUse = EvidenceUsePolicy.PRIOR_WRITTEN_CONSENT;
        private Period maxRetention;
        private CommunityId community;
        private EmergencyClause emergency;
        private ResponseDeadlines deadlines;
        private final List<Annex> annexes = new ArrayList<>();
        private boolean requiresConfidentialityAssurance;
        private boolean adequateDataProtection;
        private boolean cisEntry;
        private final List<String> needToKnowRoles = new ArrayList<>();

        private Builder(AgreementId id) {
            this.id = id;
        }

        /** @param value the title @return this builder */
        public Builder title(String value) {
            title = value;
            return this;
        }

        /** @param value the instrument type @return this builder */
        public Builder instrumentType(InstrumentType value) {
            instrumentType = value;
            return this;
        }

        /** @param instrument the instrument cited @param article the article, may be null @return this builder */
        public Builder legalBasis(String instrument, String article) {
            legalBasis = new LegalBasis(instrument, article);
            return this;
        }

        /** @param values the parties to add @return this builder */
        public Builder parties(PartySpec... values) {
            parties.addAll(List.of(values));
            return this;
        }

        /** @param from the first day, may be null @param to the last day, may be null @return this builder */
        public Builder valid(LocalDate from, LocalDate to) {
            validFrom = from;
            validTo = to;
            return this;
        }

        /** @param value the status @return this builder */
        public Builder status(AgreementStatus value) {
            status = value;
            return this;
        }

        /** @param ids the permitted purposes to add @return this builder */
        public Builder purposes(String... ids) {
            for (String p : ids) {
                purposes.add(PurposeId.of(p));
            }
            return this;
        }

        /** @param value whether other purposes may be allowed with consent @return this builder */
        public Builder consentExtension(boolean value) {
            consentExtension = value;
            return this;
        }

        /** @param values the permitted categories to add @return this builder */
        public Builder categories(InformationCategory... values) {
            categories.addAll(List.of(values));
            return this;
        }

        /** @param purpose the purpose @param fields the personal-data fields necessary for it @return this builder */
        public Builder personalFields(String purpose, String... fields) {
            personalFields.put(PurposeId.of(purpose), Checks.sortedSet("personalFields", List.of(fields)));
            return this;
        }

        /** @param ids purposes for which special categories are strictly necessary @return this builder */
        public Builder strictNecessity(String... ids) {
            for (String p : ids) {
                strictNecessity.add(PurposeId.of(p));
            }
            return this;
        }

        /** @param value the onward-transfer policy @return this builder */
        public Builder onwardTransfer(OnwardTransferPolicy value) {
            onwardTransfer = value;
            return this;
        }

        /** @param value the evidence-use policy @return this builder */
        public Builder evidenceUse(EvidenceUsePolicy value) {
            evidenceUse = value;
            return this;
        }

        /** @param value the maximum retention, may be null @return this builder */
        public Builder maxRetention(Period value) {
            maxRetention = value;
            return this;
        }

        /** @param value the community identifier, may be null @return this builder */
        public Builder community(String value) {
            community = value == null ? null : CommunityId.of(value);
            return this;
        }

        /** @param value the emergency clause, may be null @return this builder */
        public Builder emergency(EmergencyClause value) {
            emergency = value;
            return this;
        }

        /** @param value the response deadlines, may be null @return this builder */
        public Builder deadlines(ResponseDeadlines value) {
            deadlines = value;
            return this;
        }

        /** @param values the annexes to add @return this builder */
        public Builder annexes(Annex... values) {
            annexes.addAll(List.of(values));
            return this;
        }

        /** @param value whether confidentiality assurance is required @return this builder */
        public Builder requiresConfidentialityAssurance(boolean value) {
            requiresConfidentialityAssurance = value;
            return this;
        }

        /** @param value whether it ensures adequate data protection @return this builder */
        public Builder adequateDataProtection(boolean value) {
            adequateDataProtection = value;
            return this;
        }

        /** @param value whether it governs CIS-type entries @return this builder */
        public Builder cisEntry(boolean value) {
            cisEntry = value;
            return this;
        }

        /** @param roles the need-to-know roles to add @return this builder */
        public Builder needToKnowRoles(String... roles) {
            needToKnowRoles.addAll(List.of(roles));
            return this;
        }

        /**
         * Builds the agreement.
         *
         * @return the agreement, not null
         * @throws InvalidInputException naming the setting that is missing or wrong
         */
        public SharingAgreement build() {
            return new SharingAgreement(id, title, instrumentType, legalBasis, parties, validFrom, validTo, status,
                    Checks.sortedSet("purposes", purposes), consentExtension,
                    Checks.sortedSet("categories", categories), personalFields,
                    Checks.sortedSet("strictNecessity", strictNecessity), onwardTransfer, evidenceUse, maxRetention,
                    community, emergency, deadlines, annexes, requiresConfidentialityAssurance,
                    adequateDataProtection, cisEntry, Checks.sortedSet("needToKnowRoles", needToKnowRoles));
        }
    }
}
