package org.passerelle.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import org.passerelle.model.Agency;

/**
 * What one decision is made on: the request, its day, the law compiled, the item's facts from the
 * store, the agencies and purpose resolved, how the holder received the item, and the mode of the
 * flow. Loaded once per decision ({@link #load}) and shared by the evaluation of every candidate;
 * it lives in the thread's {@link Workspace}, so a decision allocates none.
 *
 * <p>Read-only to the checks; confined to the thread of one decision.
 */
final class Facts {
    CompiledLaw law;
    SharingRequest request;
    Instant instant;
    LocalDate day;
    /** The day as an epoch day. */
    long epochDay;
    ItemFacts stored;
    CompiledItem item;
    Agency holder;
    Agency originator;
    Agency recipient;
    /** The recipient's index among the agencies of the law ({@link Candidates}). */
    int recipientIndex;
    Purpose purpose;
    /** How the holder received the item; null when the holder is its originator. */
    Receipt receipt;
    /** The holder is the originator. */
    boolean holderIsOriginator;
    /** The holder is not the originator and the recipient is not the originator either. */
    boolean onwardFlow;

    /** A working list of field names, for the one check that is running; empty between checks. */
    final ArrayList<String> names = new ArrayList<>();

    /** Loads the facts of one decision. */
    Facts load(CompiledLaw law, SharingRequest request, Instant instant, LocalDate day, ItemFacts stored,
            CompiledItem item, Agency recipient, int recipientIndex, Purpose purpose) {
        this.law = law;
        this.request = request;
        this.instant = instant;
        this.day = day;
        this.epochDay = day.toEpochDay();
        this.stored = stored;
        this.item = item;
        this.holder = item.holder;
        this.originator = item.originator;
        this.recipient = recipient;
        this.recipientIndex = recipientIndex;
        this.purpose = purpose;
        this.receipt = item.receipt;
        this.holderIsOriginator = item.holderIsOriginator;
        this.onwardFlow = !holderIsOriginator && !recipient.id().equals(originator.id());
        return this;
    }

    /** Forgets the decision, so that the workspace keeps nothing of it alive. */
    void clear() {
        law = null;
        request = null;
        instant = null;
        day = null;
        stored = null;
        item = null;
        holder = null;
        originator = null;
        recipient = null;
        purpose = null;
        receipt = null;
        names.clear();
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
