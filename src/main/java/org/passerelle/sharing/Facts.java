package org.passerelle.sharing;

import java.time.Instant;
import java.time.LocalDate;
import org.passerelle.model.Agency;

/**
 * The resolved facts of one request: the agencies, item and purpose it names, the day and the mode
 * of the flow. Built once per decision and shared by the evaluation of every candidate.
 *
 * <p>Immutable; confined to the thread of one decision.
 */
final class Facts {
    final SharingRequest request;
    final Instant instant;
    final LocalDate day;
    final CompiledItem item;
    final Agency holder;
    final Agency originator;
    final Agency recipient;
    final Purpose purpose;
    /** The holder is the originator. */
    final boolean holderIsOriginator;
    /** The holder is not the originator and the recipient is not the originator either. */
    final boolean onwardFlow;

    Facts(SharingRequest request, Instant instant, LocalDate day, CompiledItem item, Agency recipient,
            Purpose purpose) {
        this.request = request;
        this.instant = instant;
        this.day = day;
        this.item = item;
        this.holder = item.holder;
        this.originator = item.originator;
        this.recipient = recipient;
        this.purpose = purpose;
        this.holderIsOriginator = item.holderIsOriginator;
        this.onwardFlow = !holderIsOriginator && !recipient.id().equals(originator.id());
    }
}
