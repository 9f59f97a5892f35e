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

    @Override
    public String toString() {
        return value;
    }
}
