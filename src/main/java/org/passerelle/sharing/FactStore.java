package org.passerelle.sharing;

import java.util.Objects;
import java.util.Optional;
import org.passerelle.model.ItemId;
import org.passerelle.model.ItemStatus;

/**
 * Where the facts that sharing decisions are made on live: information items (markings, grading,
 * status, custody chain), consents, objections and disclosures. The law ({@link SharingLaw}) is
 * compiled once; facts change every second and are read per decision, so recording a fact never
 * recompiles anything.
 *
 * <p>Everything about one item is keyed by the item's id and read as one {@link ItemFacts} snapshot,
 * so a store can be partitioned by item id (a Kafka Streams state store, a table keyed by item).
 * Every recording returns a revision; the snapshot of an item after it carries a revision at least
 * as high. Objections naming no item apply to every item the objector supplies under the agreement
 * and appear in every snapshot.
 *
 * <p>A store checks each fact against the item it concerns before recording it and records nothing
 * on a failed check: a consent must be granted by the item's originator (SR-20); an objection must
 * come from the item's originator or from an agency that supplied it to a later holder (SR-22); a
 * consent, objection or disclosure must name a recorded item. References to the law (agencies,
 * agreements, purposes) are checked by the engine, which refuses a request they do not resolve for.
 *
 * <p>Implementations must be thread-safe: one store serves every decision of an engine.
 * {@link InMemoryFactStore} is the one shipped.
 */
public interface FactStore {
    /**
     * Returns everything known about an item.
     *
     * @param item the item id, not null
     * @return the snapshot, or empty when no item has this id
     */
    Optional<ItemFacts> facts(ItemId item);

    /**
     * Returns everything known about an item, or null when no item has this id: {@link #facts}
     * without the {@code Optional}. The engine reads the facts of every decision through this
     * method; the default unwraps {@link #facts}, and a store may override it to spare the
     * allocation ({@link InMemoryFactStore} does).
     *
     * @param item the item id, not null
     * @return the snapshot, or null when no item has this id
     * @throws NullPointerException if {@link #facts} returns null
     */
    default ItemFacts factsOrNull(ItemId item) {
        return Objects.requireNonNull(facts(item), "the fact store returned null").orElse(null);
    }

    /**
     * Records an item, or a new version of it (a new status, custody hop, marking or grading).
     *
     * @param item the item, not null
     * @return the revision of the store after recording, not null
     * @throws org.passerelle.model.InvalidInputException if the item contradicts the facts recorded
     *         about it, naming the field
     */
    long recordItem(InformationItem item);

    /**
     * Records a new status of a recorded item (SR-30), keeping everything else of it, as one atomic
     * change: a new version of the item.
     *
     * @param item the item id, not null
     * @param status the new status, not null
     * @return the revision after recording
     * @throws org.passerelle.model.InvalidInputException if no item has this id
     */
    long recordStatus(ItemId item, ItemStatus status);

    /**
     * Records a consent of an item's originator.
     *
     * @param consent the consent, not null
     * @return the revision after recording
     * @throws org.passerelle.model.InvalidInputException if the consent names no recorded item or is
     *         not granted by the item's originator
     */
    long recordConsent(Consent consent);

    /**
     * Records an objection to the domestic onward transfer an agreement allows (SR-22).
     *
     * @param objection the objection, not null
     * @return the revision after recording
     * @throws org.passerelle.model.InvalidInputException if the objection names an item that is not
     *         recorded, or comes from an agency that is neither the item's originator nor a supplier
     *         of it
     */
    long recordObjection(Objection objection);

    /**
     * Records a disclosure: a permitted flow that was carried out.
     *
     * @param disclosure the disclosure, not null
     * @return the revision after recording
     * @throws org.passerelle.model.InvalidInputException if the disclosure names no recorded item
     */
    long recordDisclosure(Disclosure disclosure);

    /**
     * Returns the revision of the store: the revision of the last fact recorded.
     *
     * @return the revision, 0 for an empty store
     */
    long revision();
}
