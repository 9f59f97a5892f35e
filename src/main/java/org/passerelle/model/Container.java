package org.passerelle.model;

import java.util.Arrays;
import java.util.SortedSet;

/**
 * A container (transport equipment) of a consignment with its seals.
 *
 * <p>{@link #seals()} are the seal identifiers declared for the equipment;
 * {@link #documentedSeals()} are those on the transport document, empty when the document does
 * not give them. A difference between the two is a seal anomaly. This type is immutable and
 * thread-safe.
 *
 * @param number the ISO 6346 container number
 * @param seals the declared seal identifiers, upper-cased so that seals compare case-insensitively
 * @param documentedSeals the seal identifiers on the transport document, upper-cased likewise
 */
public record Container(ContainerNumber number, SortedSet<String> seals, SortedSet<String> documentedSeals) {
    /**
     * Validates the container.
     */
    public Container {
        Checks.notNull("container.number", number);
        seals = upperCased("container.seals", seals);
        documentedSeals = upperCased("container.documentedSeals", documentedSeals);
    }

    private static SortedSet<String> upperCased(String field, SortedSet<String> given) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (String s : Checks.sortedSet(field, given)) {
            out.add(Checks.id(field + "[]", s).toUpperCase(java.util.Locale.ROOT));
        }
        return java.util.Collections.unmodifiableSortedSet(out);
    }

    /**
     * Obtains a container with declared seals and no seals on the transport document.
     *
     * @param number the container number, not null
     * @param seals the seal identifiers, not null
     * @return the container, not null
     */
    public static Container of(String number, String... seals) {
        return new Container(ContainerNumber.of(number), Checks.sortedSet("seals", Arrays.asList(seals)), null);
    }

    /**
     * Returns a copy with the seals given on the transport document.
     *
     * @param seals the seal identifiers, not null
     * @return the copy, not null
     */
    public Container withDocumentedSeals(String... seals) {
        return new Container(number, this.seals, Checks.sortedSet("documentedSeals", Arrays.asList(seals)));
    }
}
