package org.passerelle.model;

/**
 * A Harmonized System commodity code of 6 to 10 digits, such as {@code 240311} or {@code 0803901000}.
 *
 * <p>The code is kept as a string of digits so that leading zeros survive (chapter 07 is
 * {@code 07}, not {@code 7}). {@link #parse(String)} accepts the usual dotted and spaced forms
 * ({@code 2403.11}, {@code 0803 90 10}). This type is immutable and thread-safe.
 *
 * @param code 6 to 10 digits
 */
public record HsCode(String code) implements Comparable<HsCode> {
    /**
     * Validates the code.
     *
     * @param code 6 to 10 digits, not null
     */
    public HsCode {
        Checks.notNull("hsCode", code);
        if (code.length() < 6 || code.length() > 10 || !isDigits(code)) {
            throw new InvalidInputException("hsCode", code, "must be 6 to 10 digits, such as 240311");
        }
    }

    /**
     * Obtains a code from its digits.
     *
     * @param code 6 to 10 digits, not null
     * @return the code, not null
     */
    public static HsCode of(String code) {
        return new HsCode(code);
    }

    /**
     * Parses a code written with dots or spaces, such as {@code 2403.11} or {@code 0803 90 10}.
     *
     * @param text the text, not null
     * @return the code, not null
     * @throws InvalidInputException if the text does not hold 6 to 10 digits
     */
    public static HsCode parse(String text) {
        Checks.notNull("hsCode", text);
        String digits = normalise(text);
        if (digits == null) {
            throw new InvalidInputException("hsCode", text, "must be 6 to 10 digits, such as 2403.11");
        }
        return new HsCode(digits);
    }

    /**
     * Removes dots and spaces from a commodity code as declared.
     *
     * @param text the declared code, not null
     * @return the digits, or null if the text holds anything but digits, dots and spaces
     */
    static String normalise(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            } else if (c != '.' && c != ' ') {
                return null;
            }
        }
        return b.toString();
    }

    static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the chapter: the first two digits.
     *
     * @return the chapter, such as {@code 24}
     */
    public String chapter() {
        return code.substring(0, 2);
    }

    /**
     * Returns the heading: the first four digits.
     *
     * @return the heading, such as {@code 2403}
     */
    public String heading() {
        return code.substring(0, 4);
    }

    /**
     * Returns the HS6 subheading: the first six digits, the internationally harmonised level.
     *
     * @return the subheading, such as {@code 240311}
     */
    public String hs6() {
        return code.substring(0, 6);
    }

    /**
     * Returns whether this code starts with a prefix of digits.
     *
     * @param prefix the prefix, such as {@code 24} or {@code 2403}, not null
     * @return whether the code starts with it
     */
    public boolean startsWith(String prefix) {
        return code.startsWith(prefix);
    }

    @Override
    public int compareTo(HsCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
