package org.passerelle.json;

import java.time.Instant;
import java.util.List;
import java.util.SortedSet;
import org.passerelle.model.AgencyId;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.Condition;
import org.passerelle.sharing.IntendedUse;
import org.passerelle.sharing.ItemId;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.PurposeId;

/**
 * The content of one audit record, as {@link AuditJson} writes and reads it: one decision, refusals
 * included (SR-31).
 *
 * <p>{@code org.passerelle.audit.AuditRecord} implements this view, so that the JSON mapping lives
 * here, with the only code that knows Jackson, while the audit package depends on this one and not
 * the other way round. Implementations are immutable and thread-safe.
 */
public interface AuditEntry {

    /**
     * Returns the record's own identifier.
     *
     * @return the identifier, not null
     */
    String recordId();

    /**
     * Returns the instant the decision was made as of.
     *
     * @return the instant, not null
     */
    Instant instant();

    /**
     * Returns the identifier of the request decided.
     *
     * @return the request id, not null
     */
    String requestId();

    /**
     * Returns the agency that asked.
     *
     * @return the requester, not null
     */
    AgencyId requester();

    /**
     * Returns the agency that would receive the item.
     *
     * @return the recipient, not null
     */
    AgencyId recipient();

    /**
     * Returns the item requested.
     *
     * @return the item, not null
     */
    ItemId item();

    /**
     * Returns the fields requested; empty means every field of the item.
     *
     * @return the field names, sorted, not null
     */
    SortedSet<String> fields();

    /**
     * Returns the purpose of the recipient's processing.
     *
     * @return the purpose, not null
     */
    PurposeId purpose();

    /**
     * Returns what the recipient intends to do with the item.
     *
     * @return the intended use, not null
     */
    IntendedUse intendedUse();

    /**
     * Returns the outcome of the decision.
     *
     * @return the outcome, not null
     */
    Outcome outcome();

    /**
     * Returns the agreement relied on.
     *
     * @return the agreement, or null when none could be
     */
    AgreementId agreement();

    /**
     * Returns the ids of the rules that fired, in order, without repetition.
     *
     * @return the rule ids, such as {@code SR-27}, not null
     */
    List<String> ruleIds();

    /**
     * Returns the conditions attached to a permit.
     *
     * @return the conditions, empty for other outcomes, not null
     */
    List<Condition> conditions();

    /**
     * Returns the version of the law the decision was made under.
     *
     * @return the version, not null
     */
    String lawVersion();

    /**
     * Returns the revision of the item's facts the decision was made on.
     *
     * @return the revision, not negative
     */
    long factsRevision();

    /**
     * Returns the wall-clock instant the record was made, besides the instant the decision was made as of.
     *
     * @return the instant, not null
     */
    Instant recordedAt();
}
