package org.passerelle.sharing;

import java.time.Instant;
import java.time.LocalDate;
import org.passerelle.model.Agency;

/**
 * What one decision is made on: the request, its day, the law compiled, the item's facts from the
 * store, the agencies and purpose resolved, how the holder received the item, and the mode of the
 * flow. Built once per decision and shared by the evaluation of every candidate.
 *
 * <p>Immutable; confined to the thread of one decision.
 */
final class Facts {
    final CompiledLaw law;
    final SharingRequest request;
    final Instant instant;
    final LocalDate day;
    final ItemFacts stored;
    final CompiledItem item;
    final Agency holder;
    final Agency originator;
    final Agency recipient;
    final Purpose purpose;
    /** How the holder received the item; null when the holder is its originator. */
    final Receipt receipt;
    /** The holder is the originator. */
    final boolean holderIsOriginator;
    /** The holder is not the originator and the recipient is not the originator either. */
    final boolean onwardFlow;

    Facts(CompiledLaw law, SharingRequest request, Instant instant, LocalDate day, ItemFacts stored,
            CompiledItem item, Agency recipient, Purpose purpose) {
        this.law = law;
        this.request = request;
        this.instant = instant;
        this.day = day;
        this.stored = stored;
        this.item = item;
        this.holder = item.holder;
        this.originator = item.originator;
        this.recipient = recipient;
        this.purpose = purpose;
        this.receipt = item.receipt;
        this.holderIsOriginator = item.holderIsOriginator;
        this.onwardFlow = !holderIsOriginator && !recipient.id().equals(originator.id());
    }

    /** Returns the first consent recorded for the item that covers this flow, or null. */
    Consent consent() {
        for (Consent c : stored.consents()) {
            if (c.covers(item.item.id(), recipient.id(), purpose.id(), request.intendedUse(), day)) {
                return c;
            }
        }
        return null;
    }
}
