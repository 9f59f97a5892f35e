package org.passerelle.model;

import java.util.Locale;
import java.util.Set;

/**
 * An ISO 3166-1 alpha-2 country code, such as {@code FR} or {@code NL}.
 *
 * <p>Only codes assigned by ISO 3166-1 are accepted, in upper case. This type is immutable and
 * thread-safe.
 *
 * @param code the two-letter code, upper case
 */
public record CountryCode(String code) implements Comparable<CountryCode> {
    private static final Set<String> ASSIGNED =
            Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    /**
     * Validates the code.
     *
     * @param code the two-letter code, not null
     */
    public CountryCode {
        Checks.notNull("country", code);
        if (!ASSIGNED.contains(code)) {
            throw new InvalidInputException("country", code,
                    "must be an ISO 3166-1 alpha-2 code in upper case, such as FR or NL");
        }
    }

    /**
     * Obtains a country code.
     *
     * @param code the two-letter code, not null
     * @return the country code, not null
     */
    public static CountryCode of(String code) {
        return new CountryCode(code);
    }

    @Override
    public int compareTo(CountryCode other) {
        return code.compareTo(other.code);
    }

    /**
     * Returns whether another object is a country code with the same code: the
     * record's own equality, written out with an identity shortcut (it is a key of the compiled
     * indexes, looked up on every decision).
     *
     * @param other the object, or null
     * @return whether it is equal to this code
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CountryCode o && code.equals(o.code);
    }

    /**
     * Returns the hash code of the code, as the record's own.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
