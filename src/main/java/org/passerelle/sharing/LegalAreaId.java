package org.passerelle.sharing;

import org.passerelle.model.Checks;

/**
 * The identifier of a legal area (a group of states sharing data-protection law).
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param value the identifier, see {@link Checks#id(String, String)}
 */
public record LegalAreaId(String value) implements Comparable<LegalAreaId> {
    /**
     * Validates the identifier.
     *
     * @param value the identifier, not null
     */
    public LegalAreaId {
        Checks.id("legalArea", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the identifier, not null
     * @return the identifier, not null
     */
    public static LegalAreaId of(String value) {
        return new LegalAreaId(value);
    }

    @Override
    public int compareTo(LegalAreaId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
