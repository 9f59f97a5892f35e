package org.passerelle.model;

import java.math.BigDecimal;

/**
 * The bound on decimal amounts and how to quote them without writing them out: a decimal such as
 * {@code 1E999999999} is twelve characters long but a billion digits in full, so no message and no
 * canonical text may expand it.
 */
final class Decimals {
    /** The most digits an amount may have when written out in full (integer and fraction digits). */
    static final int MAX_DIGITS = 1_000;

    /** The most digits quoted in full in a message; longer amounts are quoted in scientific notation. */
    private static final int QUOTED_DIGITS = 40;

    private Decimals() {
    }

    /**
     * Returns how many digits a decimal has when written out in full, without expanding it: the
     * integer digits (at least one) plus the fraction digits. Never overflows.
     */
    static long plainDigits(BigDecimal value) {
        long precision = value.precision();
        long scale = value.scale();
        long integerDigits = Math.max(precision - scale, 1);
        long fractionDigits = Math.max(scale, 0);
        return integerDigits + fractionDigits;
    }

    /**
     * Requires an amount of at most {@link #MAX_DIGITS} digits written out in full.
     *
     * @return the value, not null
     */
    static BigDecimal bounded(String field, BigDecimal value) {
        if (plainDigits(value) > MAX_DIGITS) {
            throw new InvalidInputException(field, quote(value),
                    "must have at most " + MAX_DIGITS + " digits written out in full");
        }
        return value;
    }

    /**
     * Quotes a decimal for a message: in full when short, else in scientific notation, else by its size.
     *
     * @return a text of at most about 60 characters, not null
     */
    static String quote(BigDecimal value) {
        if (plainDigits(value) <= QUOTED_DIGITS) {
            return value.toPlainString();
        }
        if (value.precision() <= QUOTED_DIGITS) {
            return value.toString();
        }
        return "a decimal of " + value.precision() + " significant digits and scale " + value.scale();
    }
}
