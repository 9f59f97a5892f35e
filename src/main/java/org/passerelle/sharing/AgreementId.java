package org.passerelle.sharing;

import org.passerelle.model.Checks;

/**
 * The identifier of a sharing agreement.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param value the identifier, see {@link Checks#id(String, String)}
 */
public record AgreementId(String value) implements Comparable<AgreementId> {
    /**
     * Validates the identifier.
     *
     * @param value the identifier, not null
     */
    public AgreementId {
        Checks.id("agreement", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the identifier, not null
     * @return the identifier, not null
     */
    public static AgreementId of(String value) {
        return new AgreementId(value);
    }

    @Override
    public int compareTo(AgreementId other) {
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
        return this == other || other instanceof AgreementId o && value.equals(o.value);
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
