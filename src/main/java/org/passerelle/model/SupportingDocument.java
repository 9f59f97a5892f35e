package org.passerelle.model;

import java.util.SortedSet;

/**
 * A document supporting a declaration: a transport document, an invoice, a licence or a permit.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param type the document type
 * @param reference the document's reference
 * @param items the sequence numbers of the goods items it covers; empty when it covers all of them
 */
public record SupportingDocument(DocumentType type, String reference, SortedSet<Integer> items) {
    /**
     * Validates the document.
     */
    public SupportingDocument {
        Checks.notNull("document.type", type);
        reference = Checks.notBlank("document.reference", reference);
        items = Checks.sortedSet("document.items", items);
    }

    /**
     * Obtains a document that covers every goods item.
     *
     * @param type the type, not null
     * @param reference the reference, not null
     * @return the document, not null
     */
    public static SupportingDocument of(DocumentType type, String reference) {
        return new SupportingDocument(type, reference, null);
    }

    /**
     * Returns whether the document covers a goods item.
     *
     * @param sequence the item's sequence number
     * @return whether it covers that item
     */
    public boolean covers(int sequence) {
        return items.isEmpty() || items.contains(sequence);
    }
}
