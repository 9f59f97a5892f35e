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
        consents = FrozenList.field("consents", consents);
        objections = FrozenList.field("objections", objections);
        disclosures = FrozenList.field("disclosures", disclosures);
        if (itemRevision < 0 || revision < itemRevision) {
            throw new org.passerelle.model.InvalidInputException("revision", revision + "/" + itemRevision,
                    "revisions are not negative and the snapshot's is at least the item's");
        }
    }

    /**
     * Returns the facts of an item recorded for the first time.
     *
     * @param item the item, not null
     * @param revision the revision of the recording
     * @return the snapshot, not null
     */
    public static ItemFacts first(InformationItem item, long revision) {
        return new ItemFacts(item, revision, List.of(), List.of(), List.of(), revision);
    }

    /**
     * Returns these facts with a new version of the item (a new status, custody hop, marking or grading).
     *
     * @param newVersion the item's new version, not null
     * @param revision the revision of the recording
     * @return the snapshot, not null
     * @throws org.passerelle.model.InvalidInputException if the new version is of another item or
     *         names another originator
     */
    public ItemFacts withItem(InformationItem newVersion, long revision) {
        if (!item.id().equals(newVersion.id())) {
            throw new org.passerelle.model.InvalidInputException("item.id", newVersion.id().value(),
                    "must be " + item.id() + " to record a new version of it");
        }
        if (!item.originator().equals(newVersion.originator())) {
            throw new org.passerelle.model.InvalidInputException("item " + newVersion.id() + ".originator",
                    newVersion.originator().value(), "the originator of a recorded item does not change (was "
                            + item.originator() + ")");
        }
        return new ItemFacts(newVersion, revision, consents, objections, disclosures, revision);
    }

    /**
     * Returns these facts with one more consent, once it is checked against the item (SR-20).
     *
     * @param consent the consent, not null
     * @param revision the revision of the recording
     * @return the snapshot, not null
     * @throws org.passerelle.model.InvalidInputException if the consent is about another item or not
     *         granted by the item's originator
     */
    public ItemFacts withConsent(Consent consent, long revision) {
        String problem = consent.item().equals(item.id()) ? FactChecks.consent(consent, item) : "is about item "
                + consent.item() + ", not " + item.id();
        if (problem != null) {
            throw new org.passerelle.model.InvalidInputException("consent " + consent.id() + ".grantedBy",
                    consent.grantedBy().value(), problem);
        }
        return new ItemFacts(item, itemRevision, FrozenList.plus(consents, consent), objections, disclosures,
                revision);
    }

    /**
     * Returns these facts with one more objection naming the item, once it is checked against the
     * item (SR-22).
     *
     * @param objection the objection, naming this item, not null
     * @param revision the revision of the recording
     * @return the snapshot, not null
     * @throws org.passerelle.model.InvalidInputException if the objection names another item or none,
     *         or comes from neither the originator nor a supplier of the item
     */
    public ItemFacts withObjection(Objection objection, long revision) {
        String problem = item.id().equals(objection.item()) ? FactChecks.objection(objection, item)
                : "names item " + objection.item() + ", not " + item.id();
        if (problem != null) {
            throw new org.passerelle.model.InvalidInputException("objection " + objection.id() + ".objectedBy",
                    objection.objectedBy().value(), problem);
        }
        return new ItemFacts(item, itemRevision, consents, FrozenList.plus(objections, objection), disclosures,
                revision);
    }

    /**
     * Returns these facts with one more disclosure of the item.
     *
     * @param disclosure the disclosure, of this item, not null
     * @param revision the revision of the recording
     * @return the snapshot, not null
     * @throws org.passerelle.model.InvalidInputException if the disclosure is of another item
     */
    public ItemFacts withDisclosure(Disclosure disclosure, long revision) {
        if (!disclosure.item().equals(item.id())) {
            throw new org.passerelle.model.InvalidInputException("disclosure " + disclosure.recordId() + ".item",
                    disclosure.item().value(), "must be " + item.id());
        }
        return new ItemFacts(item, itemRevision, consents, objections, FrozenList.plus(disclosures, disclosure),
                revision);
    }
}
