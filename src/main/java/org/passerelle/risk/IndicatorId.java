package org.passerelle.risk;

import org.passerelle.model.Checks;

/**
 * The stable identifier of a risk indicator, such as {@code NEW_TRADER}.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param value the identifier, see {@link Checks#id(String, String)}
 */
public record IndicatorId(String value) implements Comparable<IndicatorId> {
    /**
     * Validates the identifier.
     *
     * @param value the identifier, not null
     */
    public IndicatorId {
        Checks.id("indicator", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the identifier, not null
     * @return the identifier, not null
     */
    public static IndicatorId of(String value) {
        return new IndicatorId(value);
    }

    @Override
    public int compareTo(IndicatorId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
