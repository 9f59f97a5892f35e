package org.passerelle.model;

/**
 * The identifier of a community of agencies, the circle that TLP:GREEN allows.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param value the identifier, see {@link Checks#id(String, String)}
 */
public record CommunityId(String value) implements Comparable<CommunityId> {
    /**
     * Validates the identifier.
     *
     * @param value the identifier, not null
     */
    public CommunityId {
        Checks.id("community", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the identifier, not null
     * @return the identifier, not null
     */
    public static CommunityId of(String value) {
        return new CommunityId(value);
    }

    @Override
    public int compareTo(CommunityId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
