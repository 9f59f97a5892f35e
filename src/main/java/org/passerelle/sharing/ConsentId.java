package org.passerelle.sharing;

import org.passerelle.model.Checks;

/**
 * The identifier of a recorded consent or objection.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param value the identifier, see {@link Checks#id(String, String)}
 */
public record ConsentId(String value) implements Comparable<ConsentId> {
    /**
     * Validates the identifier.
     *
     * @param value the identifier, not null
     */
    public ConsentId {
        Checks.id("consent", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the identifier, not null
     * @return the identifier, not null
     */
    public static ConsentId of(String value) {
        return new ConsentId(value);
    }

    @Override
    public int compareTo(ConsentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
