package org.passerelle.model;

import java.util.regex.Pattern;

/**
 * An ISO 6346 freight container number, such as {@code CSQU3054383}, with its check digit verified.
 *
 * <p>The number is an owner code of three letters, a category identifier ({@code U} freight
 * container, {@code J} detachable equipment, {@code Z} trailer or chassis), a six-digit serial
 * number and a check digit. The check digit is computed as ISO 6346 specifies: letters take the
 * values 10 to 38 skipping multiples of 11, each of the first ten characters is weighted by
 * 2<sup>position</sup>, and the sum modulo 11 (10 read as 0) is the check digit. This type is
 * immutable and thread-safe.
 *
 * @param value the eleven-character number, upper case and without spaces
 */
public record ContainerNumber(String value) implements Comparable<ContainerNumber> {
    private static final Pattern FORMAT = Pattern.compile("[A-Z]{3}[UJZ][0-9]{7}");
    private static final int[] LETTER_VALUES = letterValues();

    /**
     * Validates the number and its check digit.
     */
    public ContainerNumber {
        Checks.notNull("containerNumber", value);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidInputException("containerNumber", value,
                    "must be 3 letters, U, J or Z, and 7 digits, such as CSQU3054383");
        }
        int expected = checkDigit(value);
        if (value.charAt(10) - '0' != expected) {
            throw new InvalidInputException("containerNumber", value,
                    "has a wrong ISO 6346 check digit: expected " + expected);
        }
    }

    /**
     * Obtains a container number, ignoring spaces and case.
     *
     * @param text the number, such as {@code CSQU 305438 3}, not null
     * @return the number, not null
     * @throws InvalidInputException if the format or the check digit is wrong
     */
    public static ContainerNumber of(String text) {
        Checks.notNull("containerNumber", text);
        return new ContainerNumber(text.replace(" ", "").toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * Returns whether a text is a well-formed container number with a correct check digit.
     *
     * @param text the text, may be null
     * @return whether {@link #of(String)} would accept it
     */
    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String v = text.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        return FORMAT.matcher(v).matches() && v.charAt(10) - '0' == checkDigit(v);
    }

    /**
     * Computes the ISO 6346 check digit of the first ten characters of a number.
     *
     * @param number at least ten characters: owner code, category identifier and serial number
     * @return the check digit, 0 to 9
     */
    static int checkDigit(String number) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char c = number.charAt(i);
            int v = c >= 'A' && c <= 'Z' ? LETTER_VALUES[c - 'A'] : c - '0';
            sum += v << i;
        }
        return sum % 11 % 10;
    }

    private static int[] letterValues() {
        int[] values = new int[26];
        int v = 10;
        for (int i = 0; i < 26; i++) {
            if (v % 11 == 0) {
                v++;
            }
            values[i] = v++;
        }
        return values;
    }

    /**
     * Returns the owner code: the first three letters.
     *
     * @return the owner code, such as {@code CSQ}
     */
    public String ownerCode() {
        return value.substring(0, 3);
    }

    @Override
    public int compareTo(ContainerNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
