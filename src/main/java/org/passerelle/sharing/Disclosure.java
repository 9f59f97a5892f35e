package org.passerelle.sharing;

import java.time.Instant;
import org.passerelle.model.AgencyId;
import org.passerelle.model.Checks;
import org.passerelle.model.ItemId;

/**
 * The record of one permitted flow that was carried out: which item went from which holder to which
 * recipient, for which purpose, under which agreement, when, and the decision record that permitted
 * it. Disclosures are facts: a recall (SR-30) follows them to every earlier recipient.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param recordId the identifier of the audit record of the permitting decision
 * @param item the item disclosed
 * @param holder the agency that disclosed it
 * @param recipient the agency that received it
 * @param purpose the purpose of the recipient's processing
 * @param agreement the agreement relied on, or null when the flow needed none (the item went back
 *        to its originator)
 * @param instant the instant of the decision that permitted it
 */
public record Disclosure(String recordId, ItemId item, AgencyId holder, AgencyId recipient, PurposeId purpose,
        AgreementId agreement, Instant instant) {
    /**
     * Validates the disclosure.
     */
    public Disclosure {
        Checks.id("recordId", recordId);
        Checks.notNull("item", item);
        Checks.notNull("holder", holder);
        Checks.notNull("recipient", recipient);
        Checks.notNull("purpose", purpose);
        Checks.notNull("instant", instant);
    }

    /**
     * Returns the disclosure a permitting decision stands for.
     *
     * @param decision the decision, a permit, not null
     * @param holder the agency that holds the item and discloses it, not null
     * @param recordId the identifier of the decision's audit record, not null
     * @return the disclosure, not null
     * @throws org.passerelle.model.InvalidInputException if the decision is not a permit
     */
    public static Disclosure of(SharingDecision decision, AgencyId holder, String recordId) {
        if (!decision.isPermitted()) {
            throw new org.passerelle.model.InvalidInputException("decision", decision.outcome().name(),
                    "only a permit is disclosed");
        }
        SharingRequest r = decision.request();
        return new Disclosure(recordId, r.item(), holder, r.recipient(), r.purpose(), decision.agreement(),
                decision.decidedAt());
    }
}
