package org.passerelle.model;

/**
 * The identifier of an organisation, the unit that TLP calls "own organisation".
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param value the identifier, see {@link Checks#id(String, String)}
 */
public record OrganisationId(String value) implements Comparable<OrganisationId> {
    /**
     * Validates the identifier.
     *
     * @param value the identifier, not null
     */
    public OrganisationId {
        Checks.id("organisation", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the identifier, not null
     * @return the identifier, not null
     */
    public static OrganisationId of(String value) {
        return new OrganisationId(value);
    }

    @Override
    public int compareTo(OrganisationId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
