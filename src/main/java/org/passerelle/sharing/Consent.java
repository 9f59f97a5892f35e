package org.passerelle.sharing;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import org.passerelle.model.AgencyId;
import org.passerelle.model.Checks;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.ItemId;

/**
 * An originator's consent to a flow of one of its items: to whom, for which purposes and uses,
 * with which conditions, until when.
 *
 * <p>A request that would be pending the originator's consent is permitted when a consent matches
 * it, with the consent's conditions added. This type is immutable and thread-safe.
 *
 * @param id the identifier
 * @param item the item consented to
 * @param grantedBy the agency that granted it; must be the item's originator
 * @param recipient the agency that may receive the item
 * @param purposes the purposes covered; empty means any purpose
 * @param uses the intended uses covered; empty means any use
 * @param conditions the conditions the originator attached
 * @param grantedOn the day it was granted
 * @param validUntil the last day it may be relied on, or null for no end
 */
public record Consent(ConsentId id, ItemId item, AgencyId grantedBy, AgencyId recipient,
        SortedSet<PurposeId> purposes, SortedSet<IntendedUse> uses, List<Condition> conditions,
        LocalDate grantedOn, LocalDate validUntil) {

    /**
     * Validates the consent.
     */
    public Consent {
        Checks.notNull("id", id);
        Checks.notNull("item", item);
        Checks.notNull("grantedBy", grantedBy);
        Checks.notNull("recipient", recipient);
        purposes = Checks.sortedSet("purposes", purposes);
        uses = Checks.sortedSet("uses", uses);
        conditions = Checks.list("conditions", conditions);
        Checks.notNull("grantedOn", grantedOn);
        if (validUntil != null && validUntil.isBefore(grantedOn)) {
            throw new InvalidInputException("validUntil", validUntil.toString(),
                    "must not be before grantedOn " + grantedOn);
        }
    }

    /**
     * Returns whether this consent covers a flow on a day.
     *
     * @param itemId the item, not null
     * @param to the recipient, not null
     * @param purpose the purpose, not null
     * @param use the intended use, not null
     * @param day the day of the request, not null
     * @return whether the consent covers it
     */
    public boolean covers(ItemId itemId, AgencyId to, PurposeId purpose, IntendedUse use, LocalDate day) {
        return item.equals(itemId) && recipient.equals(to)
                && (purposes.isEmpty() || purposes.contains(purpose))
                && (uses.isEmpty() || uses.contains(use))
                && !day.isBefore(grantedOn)
                && (validUntil == null || !day.isAfter(validUntil));
    }
}
