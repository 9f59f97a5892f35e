package org.passerelle.sharing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.passerelle.model.AgencyId;
import org.passerelle.model.Checks;
import org.passerelle.model.Grading;
import org.passerelle.model.ItemId;
import org.passerelle.model.TlpLabel;

/**
 * A request to let one information item flow to a recipient, for a purpose.
 *
 * <p>The sender is the item's current holder. The requester is the agency that asks: the holder
 * when it pushes, the recipient when it pulls. This type is immutable and thread-safe. Build one
 * with {@link #builder()}.
 *
 * @param id the request identifier, for the audit trail
 * @param requester the agency that asks
 * @param recipient the agency that would receive the item
 * @param item the item requested
 * @param fields the fields requested; empty means every field of the item
 * @param purpose the purpose of the recipient's processing
 * @param intendedUse what the recipient intends to do with it
 * @param instant the instant the decision is made as of, or null to take the engine's clock
 * @param urgency the urgency (SR-33); when null, {@code URGENT} for an emergency (an
 *        {@code emergencyJustification}), else {@code ROUTINE}
 * @param directlyAccessible whether the data is directly accessible to the answering single point of
 *        contact (SR-33)
 * @param emergencyJustification the immediate and serious threat that justifies an emergency transfer,
 *        or null (SR-34)
 * @param citedAgreement the agreement the requester invokes, or null to let the engine find one
 * @param officer the individual who will receive the information, or null (SR-16)
 * @param caseId the case the request belongs to, or null (SR-16)
 * @param channel the channel the item would travel on (SR-14)
 * @param confidentialityAssured whether the recipient assured confidentiality and purpose limits (SR-05)
 * @param realIndications the recorded real indications that justify a CIS-type entry, or null (SR-10)
 * @param assistanceForm the annex of a Nairobi-type convention the assistance falls under, or null (SR-03)
 * @param proposedMarking the TLP label the sender would put on the copy, or null to keep the item's (SR-19)
 * @param coerciveAction whether the information would be the sole basis for coercive action (SR-32)
 * @param politicalCharacter whether the request has a political, military, religious or racial character (SR-08)
 * @param proposedGrading the evaluation the sender would put on the copy, or null to keep the provider's (SR-32)
 */
public record SharingRequest(String id, AgencyId requester, AgencyId recipient, ItemId item,
        SortedSet<String> fields, PurposeId purpose, IntendedUse intendedUse, Instant instant, Urgency urgency,
        boolean directlyAccessible, String emergencyJustification, AgreementId citedAgreement, Officer officer,
        String caseId, Channel channel, boolean confidentialityAssured, String realIndications,
        String assistanceForm, TlpLabel proposedMarking, boolean coerciveAction, boolean politicalCharacter,
        Grading proposedGrading) {

    /**
     * Validates the request.
     */
    public SharingRequest {
        Checks.id("id", id);
        Checks.notNull("requester", requester);
        Checks.notNull("recipient", recipient);
        Checks.notNull("item", item);
        fields = Checks.sortedSet("fields", fields);
        Checks.notNull("purpose", purpose);
        intendedUse = intendedUse == null ? IntendedUse.INTELLIGENCE : intendedUse;
        // An emergency is urgent unless the request says otherwise, so that its SR-33 deadline matches it.
        urgency = urgency != null ? urgency : emergencyJustification != null ? Urgency.URGENT : Urgency.ROUTINE;
        if (emergencyJustification != null) {
            emergencyJustification = Checks.notBlank("emergencyJustification", emergencyJustification);
        }
        channel = channel == null ? Channel.CLOSED : channel;
        if (realIndications != null) {
            realIndications = Checks.notBlank("realIndications", realIndications);
        }
    }

    /**
     * Starts a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder initialised with this request, to derive a variant.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.requester = requester;
        b.recipient = recipient;
        b.item = item;
        b.fields.addAll(fields);
        b.purpose = purpose;
        b.intendedUse = intendedUse;
        b.instant = instant;
        b.urgency = urgency;
        b.directlyAccessible = directlyAccessible;
        b.emergencyJustification = emergencyJustification;
        b.citedAgreement = citedAgreement;
        b.officer = officer;
        b.caseId = caseId;
        b.channel = channel;
        b.confidentialityAssured = confidentialityAssured;
        b.realIndications = realIndications;
        b.assistanceForm = assistanceForm;
        b.proposedMarking = proposedMarking;
        b.coerciveAction = coerciveAction;
        b.politicalCharacter = politicalCharacter;
        b.proposedGrading = proposedGrading;
        return b;
    }

    /**
     * A builder of {@link SharingRequest}. Not thread-safe.
     */
    public static final class Builder {
        private String id = "request";
        private AgencyId requester;
        private AgencyId recipient;
        private ItemId item;
        private final List<String> fields = new ArrayList<>();
        private PurposeId purpose;
        private IntendedUse intendedUse = IntendedUse.INTELLIGENCE;
        private Instant instant;
        private Urgency urgency;
        private boolean directlyAccessible;
        private String emergencyJustification;
        private AgreementId citedAgreement;
        private Officer officer;
        private String caseId;
        private Channel channel = Channel.CLOSED;
        private boolean confidentialityAssured;
        private String realIndications;
        private String assistanceForm;
        private TlpLabel proposedMarking;
        private boolean coerciveAction;
        private boolean politicalCharacter;
        private Grading proposedGrading;

        private Builder() {
        }

        /** @param value the request id @return this builder */
        public Builder id(String value) {
            id = value;
            return this;
        }

        /**
         * Sets the agency that asks; when it is not set, the recipient asks (a pull request).
         *
         * @param value the requesting agency
         * @return this builder
         */
        public Builder requester(String value) {
            requester = AgencyId.of(value);
            return this;
        }

        /**
         * Sets the agency that would receive the item; required. Unless {@link #requester(String)}
         * names another agency, the recipient is the requester too (a pull request).
         *
         * @param value the receiving agency
         * @return this builder
         */
        public Builder recipient(String value) {
            recipient = AgencyId.of(value);
            return this;
        }

        /** @param value the item @return this builder */
        public Builder item(String value) {
            item = ItemId.of(value);
            return this;
        }

        /** @param names the fields requested @return this builder */
        public Builder fields(String... names) {
            fields.addAll(List.of(names));
            return this;
        }

        /** @param value the purpose @return this builder */
        public Builder purpose(String value) {
            purpose = PurposeId.of(value);
            return this;
        }

        /** @param value the intended use @return this builder */
        public Builder intendedUse(IntendedUse value) {
            intendedUse = value;
            return this;
        }

        /** @param value the instant of the decision @return this builder */
        public Builder at(Instant value) {
            instant = value;
            return this;
        }

        /** @param value the instant, ISO-8601 such as {@code 2024-05-10T09:00:00Z} @return this builder */
        public Builder at(String value) {
            instant = Instant.parse(value);
            return this;
        }

        /** @param value the urgency; unset, an emergency is urgent and any other request routine @return this builder */
        public Builder urgency(Urgency value) {
            urgency = value;
            return this;
        }

        /** @param value whether the data is directly accessible @return this builder */
        public Builder directlyAccessible(boolean value) {
            directlyAccessible = value;
            return this;
        }

        /** @param value the emergency justification @return this builder */
        public Builder emergency(String value) {
            emergencyJustification = value;
            return this;
        }

        /** @param value the agreement invoked @return this builder */
        public Builder under(String value) {
            citedAgreement = value == null ? null : AgreementId.of(value);
            return this;
        }

        /** @param value the receiving officer @return this builder */
        public Builder officer(Officer value) {
            officer = value;
            return this;
        }

        /** @param value the case id @return this builder */
        public Builder caseId(String value) {
            caseId = value;
            return this;
        }

        /** @param value the channel @return this builder */
        public Builder channel(Channel value) {
            channel = value;
            return this;
        }

        /** @param value whether confidentiality was assured @return this builder */
        public Builder confidentialityAssured(boolean value) {
            confidentialityAssured = value;
            return this;
        }

        /** @param value the real indications recorded @return this builder */
        public Builder realIndications(String value) {
            realIndications = value;
            return this;
        }

        /** @param value the annex id @return this builder */
        public Builder assistanceForm(String value) {
            assistanceForm = value;
            return this;
        }

        /** @param value the TLP label proposed for the copy @return this builder */
        public Builder proposedMarking(TlpLabel value) {
            proposedMarking = value;
            return this;
        }

        /** @param value whether it is the sole basis for coercive action @return this builder */
        public Builder coerciveAction(boolean value) {
            coerciveAction = value;
            return this;
        }

        /** @param value whether it has a political, military, religious or racial character @return this builder */
        public Builder politicalCharacter(boolean value) {
            politicalCharacter = value;
            return this;
        }

        /** @param value the evaluation proposed for the copy, or null to keep the provider's @return this builder */
        public Builder proposedGrading(Grading value) {
            proposedGrading = value;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request, not null
         * @throws org.passerelle.model.InvalidInputException naming the setting that is missing or wrong
         */
        public SharingRequest build() {
            return new SharingRequest(id, requester != null ? requester : recipient, recipient, item,
                    Checks.sortedSet("fields", fields), purpose,
                    intendedUse, instant, urgency, directlyAccessible, emergencyJustification, citedAgreement, officer,
                    caseId, channel, confidentialityAssured, realIndications, assistanceForm, proposedMarking,
                    coerciveAction, politicalCharacter, proposedGrading);
        }
    }
}
