package org.passerelle.model;

/**
 * The identifier of an agency.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param value the identifier, see {@link Checks#id(String, String)}
 */
public record AgencyId(String value) implements Comparable<AgencyId> {
    /**
     * Validates the identifier.
     *
     * @param value the identifier, not null
     */
    public AgencyId {
        Checks.id("agency", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the identifier, not null
     * @return the identifier, not null
     */
    public static AgencyId of(String value) {
        return new AgencyId(value);
    }

    @Override
    public int compareTo(AgencyId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
