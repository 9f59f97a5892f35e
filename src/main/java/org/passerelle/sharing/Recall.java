package org.passerelle.sharing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.model.AgencyId;
import org.passerelle.model.Checks;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.ItemId;
import org.passerelle.model.ItemStatus;

/**
 * What must follow when an item is marked inaccurate, wrongly transmitted or erased (SR-30): one
 * notification to every agency that received the item, following its custody chain and every
 * recorded disclosure, onward ones included, and one task per recipient, to correct the item (when
 * inaccurate) or to erase it (when wrongly transmitted or erased).
 *
 * <p>A recall is data: the caller delivers the notifications and follows up the tasks; the audited
 * engine records it (SR-31). This type is immutable and thread-safe.
 *
 * @param item the item recalled
 * @param status the status it was marked with, not {@link ItemStatus#ACTIVE}
 * @param originator the item's originator, who marked it
 * @param instant the instant of the marking
 * @param factsRevision the revision of the item's facts the recall was computed from
 * @param notifications one per earlier recipient, in the order the item reached them
 * @param tasks one per earlier recipient, in the same order
 */
public record Recall(ItemId item, ItemStatus status, AgencyId originator, Instant instant, long factsRevision,
        List<Notification> notifications, List<Task> tasks) {

    /**
     * Validates the recall.
     */
    public Recall {
        Checks.notNull("item", item);
        Checks.notNull("status", status);
        if (status == ItemStatus.ACTIVE) {
            throw new InvalidInputException("status", status.name(), "an active item is not recalled");
        }
        Checks.notNull("originator", originator);
        Checks.notNull("instant", instant);
        notifications = Checks.list("notifications", notifications);
        tasks = Checks.list("tasks", tasks);
    }

    /**
     * Computes the recall of an item that is marked: every agency the item reached, through its
     * custody chain and its disclosures, is notified by the agency that passed the item to it.
     *
     * @param facts the item's facts, its status other than {@link ItemStatus#ACTIVE}, not null
     * @param at the instant of the marking, not null
     * @return the recall, not null
     * @throws InvalidInputException if the item is active
     */
    public static Recall of(ItemFacts facts, Instant at) {
        InformationItem item = facts.item();
        ItemStatus status = item.status();
        if (status == ItemStatus.ACTIVE) {
            throw new InvalidInputException("status", status.name(), "item " + item.id()
                    + " is active: mark it inaccurate, wrongly transmitted or erased to recall it");
        }
        // The first way the item reached each recipient: custody hops, then disclosures in order.
        Map<AgencyId, Notification> first = new LinkedHashMap<>();
        AgencyId from = item.originator();
        for (CustodyHop hop : item.custody()) {
            if (!hop.holder().equals(item.originator())) {
                first.putIfAbsent(hop.holder(), new Notification(from, hop.holder(), null, hop.receivedUnder()));
            }
            from = hop.holder();
        }
        for (Disclosure d : facts.disclosures()) {
            if (!d.recipient().equals(item.originator())) {
                first.putIfAbsent(d.recipient(), new Notification(d.holder(), d.recipient(), d.recordId(),
                        d.agreement()));
            }
        }
        TaskKind kind = status == ItemStatus.INACCURATE ? TaskKind.CORRECT : TaskKind.ERASE;
        List<Task> tasks = new ArrayList<>(first.size());
        for (AgencyId recipient : first.keySet()) {
            tasks.add(new Task(recipient, kind));
        }
        return new Recall(item.id(), status, item.originator(), at, facts.revision(), new ArrayList<>(first.values()),
                tasks);
    }

    /**
     * The notice to one earlier recipient that the item was recalled, sent by the agency that passed
     * the item to it.
     *
     * @param notifier the agency that passed the item to the recipient and notifies it
     * @param recipient the agency to notify
     * @param disclosure the record id of the disclosure it received the item by, or null for a custody hop
     * @param agreement the agreement it received the item under, or null when none was named
     */
    public record Notification(AgencyId notifier, AgencyId recipient, String disclosure, AgreementId agreement) {
        /**
         * Validates the notification.
         */
        public Notification {
            Checks.notNull("notifier", notifier);
            Checks.notNull("recipient", recipient);
        }
    }

    /**
     * What one earlier recipient must do with its copy.
     *
     * @param agency the recipient
     * @param kind correct or erase
     */
    public record Task(AgencyId agency, TaskKind kind) {
        /**
         * Validates the task.
         */
        public Task {
            Checks.notNull("agency", agency);
            Checks.notNull("kind", kind);
        }
    }

    /** What a recipient does with its copy of a recalled item. */
    public enum TaskKind {
        /** Replace the copy with the corrected item (the item was inaccurate). */
        CORRECT,
        /** Erase the copy (the item was wrongly transmitted or erased). */
        ERASE
    }
}
