package org.passerelle.model;

import java.util.regex.Pattern;

/**
 * The identifier of a trader: an EORI number or a national taxpayer identification number (TIN).
 *
 * <p>An EORI number is the code of the issuing country followed by up to 15 letters or digits,
 * such as {@code NL123456789}. A TIN is any identifier in the sense of
 * {@link Checks#id(String, String)}. This type is immutable and thread-safe.
 *
 * @param scheme the identification scheme
 * @param value the identifier
 */
public record TraderId(Scheme scheme, String value) implements Comparable<TraderId> {
    private static final Pattern EORI = Pattern.compile("[A-Z]{2}[A-Z0-9]{1,15}");

    /**
     * An identification scheme for traders.
     */
    public enum Scheme {
        /** Economic Operators Registration and Identification number (EU). */
        EORI,
        /** A national taxpayer identification number. */
        TIN
    }

    /**
     * Validates the identifier and upper-cases it, so that identifiers compare case-insensitively
     * ({@code nl123} and {@code NL123} are the same trader).
     */
    public TraderId {
        Checks.notNull("traderId.scheme", scheme);
        Checks.notNull("traderId", value);
        value = value.toUpperCase(java.util.Locale.ROOT);
        if (scheme == Scheme.EORI) {
            if (!EORI.matcher(value).matches()) {
                throw new InvalidInputException("eori", value,
                        "must be a country code followed by 1 to 15 upper-case letters or digits, such as NL123456789");
            }
            CountryCode.of(value.substring(0, 2));
        } else {
            Checks.id("tin", value);
        }
    }

    /**
     * Obtains an EORI number.
     *
     * @param value the number, such as {@code NL123456789}, not null
     * @return the identifier, not null
     */
    public static TraderId eori(String value) {
        return new TraderId(Scheme.EORI, value);
    }

    /**
     * Obtains a taxpayer identification number.
     *
     * @param value the number, not null
     * @return the identifier, not null
     */
    public static TraderId tin(String value) {
        return new TraderId(Scheme.TIN, value);
    }

    @Override
    public int compareTo(TraderId other) {
        int c = scheme.compareTo(other.scheme);
        return c != 0 ? c : value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
