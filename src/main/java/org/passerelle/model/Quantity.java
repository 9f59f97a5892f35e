package org.passerelle.model;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A quantity with its unit, such as 1200 PCE or 18000 KGM.
 *
 * <p>Units are UN/ECE Recommendation 20 style codes of one to three upper-case letters or
 * digits. Amounts have at most 1,000 digits written out in full. This type is immutable and
 * thread-safe.
 *
 * @param amount the amount, zero or more
 * @param unit the unit code, such as {@code PCE}, {@code KGM} or {@code NAR}
 */
public record Quantity(BigDecimal amount, String unit) {
    private static final Pattern UNIT = Pattern.compile("[A-Z0-9]{1,3}");

    /**
     * Validates the quantity.
     */
    public Quantity {
        Checks.notNull("quantity", amount);
        Checks.notNull("unit", unit);
        if (amount.signum() < 0) {
            throw new InvalidInputException("quantity", Decimals.quote(amount), "must be zero or more");
        }
        Decimals.bounded("quantity", amount);
        if (!UNIT.matcher(unit).matches()) {
            throw new InvalidInputException("unit", unit, "must be 1 to 3 upper-case letters or digits, such as PCE");
        }
    }

    /**
     * Obtains a quantity.
     *
     * @param amount the amount, zero or more
     * @param unit the unit code, not null
     * @return the quantity, not null
     */
    public static Quantity of(long amount, String unit) {
        return new Quantity(BigDecimal.valueOf(amount), unit);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + unit;
    }
}
