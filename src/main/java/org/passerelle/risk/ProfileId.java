package org.passerelle.risk;

import org.passerelle.model.Checks;

/**
 * The stable identifier of a risk profile, such as {@code NEW_TRADER}.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param value the identifier, see {@link Checks#id(String, String)}
 */
public record ProfileId(String value) implements Comparable<ProfileId> {
    /**
     * Validates the identifier.
     *
     * @param value the identifier, not null
     */
    public ProfileId {
        Checks.id("profile", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the identifier, not null
     * @return the identifier, not null
     */
    public static ProfileId of(String value) {
        return new ProfileId(value);
    }

    @Override
    public int compareTo(ProfileId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
