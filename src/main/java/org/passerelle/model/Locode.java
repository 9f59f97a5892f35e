package org.passerelle.model;

import java.util.regex.Pattern;

/**
 * A UN/LOCODE: a country code followed by three letters or digits 2 to 9, such as {@code AEJEA}
 * (Jebel Ali) or {@code NLRTM} (Rotterdam).
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param code the five-character code, upper case
 */
public record Locode(String code) implements Comparable<Locode> {
    private static final Pattern LOCODE = Pattern.compile("[A-Z]{2}[A-Z2-9]{3}");

    /**
     * Validates the code.
     */
    public Locode {
        Checks.notNull("locode", code);
        if (!LOCODE.matcher(code).matches()) {
            throw new InvalidInputException("locode", code,
                    "must be a UN/LOCODE: a country code and 3 letters or digits 2-9, such as NLRTM");
        }
        CountryCode.of(code.substring(0, 2));
    }

    /**
     * Obtains a code.
     *
     * @param code the five-character code, not null
     * @return the code, not null
     */
    public static Locode of(String code) {
        return new Locode(code);
    }

    /**
     * Returns the country of the location.
     *
     * @return the country, not null
     */
    public CountryCode country() {
        return CountryCode.of(code.substring(0, 2));
    }

    @Override
    public int compareTo(Locode other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
