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

    /**
     * Returns whether another object is an identifier of this type with the same value: the
     * record's own equality, written out with an identity shortcut (it is a key of the compiled
     * indexes, looked up on every decision).
     *
     * @param other the object, or null
     * @return whether it is equal to this identifier
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PurposeId o && value.equals(o.value);
    }

    /**
     * Returns the hash code of the value, as the record's own.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
