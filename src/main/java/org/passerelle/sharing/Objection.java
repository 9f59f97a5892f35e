package org.passerelle.sharing;

import java.time.LocalDate;
import org.passerelle.model.AgencyId;
import org.passerelle.model.Checks;
import org.passerelle.model.ItemId;

/**
 * A provider's objection to the domestic onward transfer an agreement would otherwise allow (SR-22).
 *
 * <p>The provider is the item's originator or the agency that supplied the item to its holder under
 * the agreement; an objection by anyone else is refused when the facts are loaded or recorded.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param id the identifier
 * @param agreement the agreement whose opt-out exception is objected to
 * @param objectedBy the provider that objected: the originator or a supplier of the item
 * @param item the item concerned, or null for everything the provider supplies under the agreement
 * @param recipient the agency the objection is against, or null for every agency
 * @param recordedOn the day the objection was recorded
 */
public record Objection(ConsentId id, AgreementId agreement, AgencyId objectedBy, ItemId item, AgencyId recipient,
        LocalDate recordedOn) {
    /**
     * Validates the objection.
     */
    public Objection {
        Checks.notNull("id", id);
        Checks.notNull("agreement", agreement);
        Checks.notNull("objectedBy", objectedBy);
        Checks.notNull("recordedOn", recordedOn);
    }

    /**
     * Returns whether this objection applies to a transfer on a day.
     *
     * @param under the agreement the holder received the item under, not null
     * @param originator the item's originator, not null
     * @param supplier the agency that supplied the item to the holder, or null when the holder is the originator
     * @param itemId the item, not null
     * @param to the recipient, not null
     * @param day the day of the request, not null
     * @return whether the objection applies
     */
    public boolean appliesTo(AgreementId under, AgencyId originator, AgencyId supplier, ItemId itemId, AgencyId to,
            LocalDate day) {
        return agreement.equals(under) && (objectedBy.equals(originator) || objectedBy.equals(supplier))
                && (item == null || item.equals(itemId))
                && (recipient == null || recipient.equals(to))
                && !day.isBefore(recordedOn);
    }
}
