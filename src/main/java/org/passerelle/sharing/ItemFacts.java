package org.passerelle.sharing;

import java.util.List;
import org.passerelle.model.Checks;

/**
 * Everything a {@link FactStore} knows about one information item, as one consistent snapshot: the
 * item (markings, grading, status, custody chain), the consents granted for it, the objections that
 * can apply to it, and its disclosures so far.
 *
 * <p>{@link #revision()} names the facts a decision used: it grows with every fact recorded about
 * the item (and with every objection naming no item), so two snapshots of one item with equal
 * revisions hold equal facts. {@link #itemRevision()} changes only when the item itself is recorded
 * again, which lets an engine cache what it compiles from the item alone. This type is immutable and
 * thread-safe.
 *
 * @param item the item
 * @param itemRevision the revision at which the item itself was last recorded
 * @param consents the consents granted for the item, in the order recorded
 * @param objections the objections naming the item, then those naming no item, in the order recorded
 * @param disclosures the disclosures of the item, in the order recorded
 * @param revision the revision of this snapshot: the highest revision of the facts in it
 */
public record ItemFacts(InformationItem item, long itemRevision, List<Consent> consents, List<Objection> objections,
        List<Disclosure> disclosures, long revision) {
    /**
     * Validates the snapshot.
     */
    public ItemFacts {
        Checks.notNull("item", item);
        consents = Checks.list("consents", consents);
        objections = Checks.list("objections", objections);
        disclosures = Checks.list("disclosures", disclosures);
        if (itemRevision < 0 || revision < itemRevision) {
            throw new org.passerelle.model.InvalidInputException("revision", revision + "/" + itemRevision,
                    "revisions are not negative and the snapshot's is at least the item's");
        }
    }
}
