package org.passerelle.model;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * An amount of money in an ISO 4217 currency, such as 1250.00 EUR.
 *
 * <p>Amounts are never negative and have at most 1,000 digits written out in full (integer and
 * fraction digits), so that an amount such as {@code 1E999999999} is refused rather than expanded.
 * This type is immutable and thread-safe.
 *
 * @param amount the amount, zero or more
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) {
    /**
     * Validates the amount.
     */
    public Money {
        Checks.notNull("amount", amount);
        Checks.notNull("currency", currency);
        if (amount.signum() < 0) {
            throw new InvalidInputException("amount", Decimals.quote(amount), "must be zero or more");
        }
        Decimals.bounded("amount", amount);
    }

    /**
     * Obtains an amount.
     *
     * @param amount the amount as decimal text, such as {@code 1250.00}, not null
     * @param currency the ISO 4217 code, such as {@code EUR}, not null
     * @return the amount, not null
     * @throws InvalidInputException if the amount is not a decimal number of zero or more with at most
     *         1,000 digits written out in full, or the currency is not an ISO 4217 code
     */
    public static Money of(String amount, String currency) {
        Checks.notNull("amount", amount);
        BigDecimal value;
        try {
            value = new BigDecimal(amount);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("amount", amount.length() > 100 ? amount.substring(0, 100) + "..." : amount,
                    "must be a decimal number, such as 1250.00");
        }
        return new Money(value, currency(currency));
    }

    /**
     * Obtains an amount.
     *
     * @param amount the amount, zero or more, not null
     * @param currency the ISO 4217 code, such as {@code EUR}, not null
     * @return the amount, not null
     */
    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount, currency(currency));
    }

    /**
     * Obtains an ISO 4217 currency from its code.
     *
     * @param code the three-letter code in upper case, such as {@code EUR}, not null
     * @return the currency, not null
     * @throws InvalidInputException if the code is not an ISO 4217 currency code
     */
    public static Currency currency(String code) {
        Checks.notNull("currency", code);
        if (code.length() == 3) {
            try {
                Currency c = Currency.getInstance(code);
                if (c.getCurrencyCode().equals(code)) {
                    return c;
                }
            } catch (IllegalArgumentException e) {
                // reported below with the value
            }
        }
        throw new InvalidInputException("currency", code, "must be an ISO 4217 currency code, such as EUR or USD");
    }

    /**
     * Returns the sum of this amount and another in the same currency.
     *
     * @param other the other amount, not null
     * @return the sum, not null
     * @throws InvalidInputException if the currencies differ
     */
    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new InvalidInputException("currency", other.currency.getCurrencyCode(),
                    "must be " + currency.getCurrencyCode() + " to add to " + this);
        }
        return new Money(amount.add(other.amount), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
