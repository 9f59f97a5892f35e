package org.passerelle.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedSet;
import org.passerelle.model.AgencyId;
import org.passerelle.model.Checks;
import org.passerelle.model.HandlingCode;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.TlpLabel;

/**
 * A condition attached to a permit: what the sender and the recipient must do for the flow to be
 * lawful. Conditions accumulate over the rules that fired.
 *
 * <p>Implementations are immutable and thread-safe records.
 */
public sealed interface Condition {

    /**
     * Returns the kind of the condition.
     *
     * @return the kind, not null
     */
    Kind kind();

    /**
     * The kinds of condition.
     */
    enum Kind {
        /** Remove fields before sending (SR-27, SR-34). */
        REDACT,
        /** Keep the marking and handling code, or make them stricter (SR-19). */
        KEEP_MARKING,
        /** Keep no longer than a day (SR-29). */
        RETAIN_UNTIL,
        /** Pass on to nobody without the originator's consent (SR-20). */
        NO_ONWARD_TRANSFER_WITHOUT_CONSENT,
        /** Pass on to nobody (an agreement or a source forbids any onward transfer). */
        NO_ONWARD_TRANSFER,
        /** Tell the originator (SR-21, SR-34). */
        NOTIFY_ORIGINATOR,
        /** Confirm the information with its source before acting on it (SR-35). */
        VERIFY_WITH_SOURCE,
        /** Answer by an instant (SR-33). */
        RESPOND_BY,
        /** The information is uncorroborated; not a sole basis for coercive action (SR-32). */
        UNCORROBORATED,
        /** Disseminate inside the recipient only on a need-to-know basis (SR-13). */
        NEED_TO_KNOW,
        /** Not to be used as evidence without the provider's prior consent (SR-25). */
        NO_EVIDENCE_USE,
        /** Transferred under the emergency clause (SR-34). */
        EMERGENCY,
        /** Keep the provider's evaluation codes; the recipient may not change them (SR-32). */
        KEEP_EVALUATION
    }

    /**
     * Remove these fields before sending.
     *
     * @param fields the field names, not empty
     */
    record Redact(SortedSet<String> fields) implements Condition {
        /** Validates the condition. */
        public Redact {
            fields = FrozenSortedSet.field("fields", fields);
            if (fields.isEmpty()) {
                throw new InvalidInputException("fields", null, "a redaction names at least one field");
            }
        }

        @Override
        public Kind kind() {
            return Kind.REDACT;
        }
    }

    /**
     * Keep this marking (or a stricter one) on every copy.
     *
     * @param tlp the TLP label, or null
     * @param handling the handling code, or null
     */
    record KeepMarking(TlpLabel tlp, HandlingCode handling) implements Condition {
        /** Validates the condition. */
        public KeepMarking {
            if (tlp == null && handling == null) {
                throw new InvalidInputException("marking", null, "names a TLP label, a handling code or both");
            }
        }

        @Override
        public Kind kind() {
            return Kind.KEEP_MARKING;
        }
    }

    /**
     * Keep the information no longer than this day; then delete it or review it.
     *
     * @param day the last day, not null
     */
    record RetainUntil(LocalDate day) implements Condition {
        /** Validates the condition. */
        public RetainUntil {
            Checks.notNull("retainUntil", day);
        }

        @Override
        public Kind kind() {
            return Kind.RETAIN_UNTIL;
        }
    }

    /**
     * Pass the information to nobody without the consent of its originator.
     *
     * @param originator the originator whose consent is needed, not null
     */
    record NoOnwardTransferWithoutConsent(AgencyId originator) implements Condition {
        /** Validates the condition. */
        public NoOnwardTransferWithoutConsent {
            Checks.notNull("originator", originator);
        }

        @Override
        public Kind kind() {
            return Kind.NO_ONWARD_TRANSFER_WITHOUT_CONSENT;
        }
    }

    /**
     * Pass the information to nobody.
     */
    record NoOnwardTransfer() implements Condition {
        @Override
        public Kind kind() {
            return Kind.NO_ONWARD_TRANSFER;
        }
    }

    /**
     * Tell the originator about the transfer without delay.
     *
     * @param originator the originator, not null
     */
    record NotifyOriginator(AgencyId originator) implements Condition {
        /** Validates the condition. */
        public NotifyOriginator {
            Checks.notNull("originator", originator);
        }

        @Override
        public Kind kind() {
            return Kind.NOTIFY_ORIGINATOR;
        }
    }

    /**
     * Confirm the information with its source before acting on it.
     *
     * @param source the source to ask, not null
     */
    record VerifyWithSource(AgencyId source) implements Condition {
        /** Validates the condition. */
        public VerifyWithSource {
            Checks.notNull("source", source);
        }

        @Override
        public Kind kind() {
            return Kind.VERIFY_WITH_SOURCE;
        }
    }

    /**
     * Answer the request by this instant.
     *
     * @param deadline the instant, not null
     */
    record RespondBy(Instant deadline) implements Condition {
        /** Validates the condition. */
        public RespondBy {
            Checks.notNull("respondBy", deadline);
        }

        @Override
        public Kind kind() {
            return Kind.RESPOND_BY;
        }
    }

    /**
     * The information is uncorroborated and must not be the sole basis for coercive action.
     *
     * @param grading the grading that makes it so, such as {@code X4}, not null
     */
    record Uncorroborated(String grading) implements Condition {
        /** Validates the condition. */
        public Uncorroborated {
            Checks.notBlank("grading", grading);
        }

        @Override
        public Kind kind() {
            return Kind.UNCORROBORATED;
        }
    }

    /**
     * Keep the evaluation the provider gave the information; only the provider may change it.
     *
     * @param grading the provider's grading code, such as {@code B2}, not null
     */
    record KeepEvaluation(String grading) implements Condition {
        /** Validates the condition. */
        public KeepEvaluation {
            Checks.notBlank("grading", grading);
        }

        @Override
        public Kind kind() {
            return Kind.KEEP_EVALUATION;
        }
    }

    /**
     * Disseminate inside the recipient only to those who need to know.
     */
    record NeedToKnow() implements Condition {
        @Override
        public Kind kind() {
            return Kind.NEED_TO_KNOW;
        }
    }

    /**
     * Do not use the information as evidence in proceedings without the provider's prior consent.
     */
    record NoEvidenceUse() implements Condition {
        @Override
        public Kind kind() {
            return Kind.NO_EVIDENCE_USE;
        }
    }

    /**
     * The transfer was made under an emergency clause; it must be justified after the fact.
     *
     * @param justification the threat that justified it, not null
     */
    record Emergency(String justification) implements Condition {
        /** Validates the condition. */
        public Emergency {
            Checks.notBlank("justification", justification);
        }

        @Override
        public Kind kind() {
            return Kind.EMERGENCY;
        }
    }
}
