package org.passerelle.audit;

import java.time.Instant;
import java.util.List;
import java.util.SortedSet;
import org.passerelle.model.AgencyId;
import org.passerelle.model.Checks;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.Condition;
import org.passerelle.sharing.IntendedUse;
import org.passerelle.model.ItemId;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingRequest;

/**
 * The audit record of one sharing decision, refusals included (SR-31): who asked, who would receive,
 * which item and fields, for which purpose and use, the outcome, the agreement relied on, the rules
 * that fired, the conditions, the version of the law and the revision of the facts.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param recordId the record's own identifier
 * @param instant the instant the decision was made as of
 * @param requestId the identifier of the request decided
 * @param requester the agency that asked
 * @param recipient the agency that would receive the item
 * @param item the item requested
 * @param fields the fields requested; empty means every field of the item
 * @param purpose the purpose of the recipient's processing
 * @param intendedUse what the recipient intends to do with the item
 * @param outcome the outcome
 * @param agreement the agreement relied on, or null when none could be
 * @param ruleIds the ids of the rules that fired, in order, without repetition
 * @param conditions the conditions attached to a permit
 * @param lawVersion the version of the law the decision was made under
 * @param factsRevision the revision of the item's facts the decision was made on
 * @param recordedAt the wall-clock instant the record was made, which differs from {@code instant}
 *        when a request is decided as of another time
 */
public record AuditRecord(String recordId, Instant instant, String requestId, AgencyId requester,
        AgencyId recipient, ItemId item, SortedSet<String> fields, PurposeId purpose, IntendedUse intendedUse,
        Outcome outcome, AgreementId agreement, List<String> ruleIds, List<Condition> conditions,
        String lawVersion, long factsRevision, Instant recordedAt) {

    /**
     * Validates the record and copies its collections.
     */
    public AuditRecord {
        Checks.id("recordId", recordId);
        Checks.notNull("instant", instant);
        Checks.id("requestId", requestId);
        Checks.notNull("requester", requester);
        Checks.notNull("recipient", recipient);
        Checks.notNull("item", item);
        fields = Checks.sortedSet("fields", fields);
        Checks.notNull("purpose", purpose);
        Checks.notNull("intendedUse", intendedUse);
        Checks.notNull("outcome", outcome);
        ruleIds = Checks.list("ruleIds", ruleIds);
        conditions = Checks.list("conditions", conditions);
        Checks.notBlank("lawVersion", lawVersion);
        Checks.notNull("recordedAt", recordedAt);
    }

    /**
     * Creates the audit record of a decision.
     *
     * @param decision the decision, not null
     * @param recordId the record's identifier, such as a UUID, not null
     * @param recordedAt the wall-clock instant the record is made, not null
     * @return the record, not null
     */
    public static AuditRecord of(SharingDecision decision, String recordId, Instant recordedAt) {
        SharingRequest r = decision.request();
        return new AuditRecord(recordId, decision.decidedAt(), r.id(), r.requester(), r.recipient(), r.item(),
                r.fields(), r.purpose(), r.intendedUse(), decision.outcome(), decision.agreement(),
                decision.ruleIds(), decision.conditions(), decision.lawVersion(), decision.factsRevision(),
                recordedAt);
    }

}
