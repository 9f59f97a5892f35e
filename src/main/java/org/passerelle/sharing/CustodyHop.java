package org.passerelle.sharing;

import java.time.LocalDate;
import org.passerelle.model.AgencyId;
import org.passerelle.model.Checks;

/**
 * One step in the chain of holders an item passed through after its originator.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param holder the agency that received the item
 * @param receivedUnder the agreement under which it received the item, or null if unknown
 * @param receivedOn the day it received the item, or null if unknown
 */
public record CustodyHop(AgencyId holder, AgreementId receivedUnder, LocalDate receivedOn) {
    /**
     * Validates the hop.
     */
    public CustodyHop {
        Checks.notNull("holder", holder);
    }
}
