package org.passerelle.sharing;

import org.passerelle.model.Checks;

/**
 * The identifier of a purpose of processing.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param value the identifier, see {@link Checks#id(String, String)}
 */
public record PurposeId(String value) implements Comparable<PurposeId> {
    /**
     * Validates the identifier.
     *
     * @param value the identifier, not null
     */
    public PurposeId {
        Checks.id("purpose", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the identifier, not null
     * @return the identifier, not null
     */
    public static PurposeId of(String value) {
        return new PurposeId(value);
    }

    @Override
    public int compareTo(PurposeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
