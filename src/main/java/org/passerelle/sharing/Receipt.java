package org.passerelle.sharing;

import java.time.LocalDate;
import org.passerelle.model.AgencyId;
import org.passerelle.model.CommunityId;

/**
 * How the holder of an item received it: through its last custody hop, from a supplier, under an
 * agreement (and so within that agreement's community), on a day, with a retention end of its own.
 *
 * <p>The one place that answers "under which agreement, from whom and until when does the holder
 * hold this item": the onward-flow basis (SR-20 to SR-22), the supplier's objections (SR-22), the
 * holder's retention (SR-29) and the community an item was received in (TLP) all read it. Resolved
 * once per item revision, with the item's compiled form; immutable and thread-safe.
 */
final class Receipt {
    /** The agreement the hop names, compiled; null when the hop names none. */
    final CompiledAgreement agreement;
    /** The agency that supplied the item to the holder. */
    final AgencyId supplier;
    /** The day the holder received the item, or null when the hop does not say. */
    final LocalDate receivedOn;
    /** The holder's own retention end: received on plus the agreement's maximum retention; or null. */
    final LocalDate retentionEnd;
    /**
     * The community the item was received in (TLP:GREEN, SR-14): the agreement's; null when the hop
     * names no agreement or the agreement defines no community.
     */
    final CommunityId community;

    private Receipt(CompiledAgreement agreement, AgencyId supplier, LocalDate receivedOn) {
        this.agreement = agreement;
        this.supplier = supplier;
        this.receivedOn = receivedOn;
        this.retentionEnd = agreement == null || receivedOn == null || agreement.agreement.maxRetention() == null
                ? null : receivedOn.plus(agreement.agreement.maxRetention());
        this.community = agreement == null ? null : agreement.agreement.community();
    }

    /**
     * Returns how the holder received an item, or null when the holder is its originator.
     *
     * @param item the item
     * @param agreement the compiled agreement the last hop names, or null when it names none
     */
    static Receipt of(InformationItem item, CompiledAgreement agreement) {
        CustodyHop hop = item.lastHop().orElse(null);
        if (hop == null) {
            return null;
        }
        return new Receipt(agreement, item.supplier().orElseThrow(), hop.receivedOn());
    }
}
