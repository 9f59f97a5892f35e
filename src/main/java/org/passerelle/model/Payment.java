package org.passerelle.model;

/**
 * A payment stated in a declaration: what was paid for, how, and by whom.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param subject what the payment is for
 * @param method the method of payment
 * @param payer the identifier of the party who paid, or null when not stated
 * @param payerName the name of the party who paid, or null when not stated
 * @param payerCountry the country of the party who paid, or null when not stated
 */
public record Payment(Subject subject, PaymentMethod method, TraderId payer, String payerName,
        CountryCode payerCountry) {

    /**
     * What a payment is for.
     */
    public enum Subject {
        /** The goods. */
        GOODS,
        /** The transport charges (freight). */
        TRANSPORT_CHARGES
    }

    /**
     * Validates the payment.
     */
    public Payment {
        Checks.notNull("payment.subject", subject);
        Checks.notNull("payment.method", method);
        if (payerName != null) {
            payerName = Checks.notBlank("payment.payerName", payerName);
        }
    }

    /**
     * Obtains a payment without a stated payer.
     *
     * @param subject what it is for, not null
     * @param method the method, not null
     * @return the payment, not null
     */
    public static Payment of(Subject subject, PaymentMethod method) {
        return new Payment(subject, method, null, null, null);
    }

    /**
     * Returns a copy with a payer.
     *
     * @param id the payer's identifier, not null
     * @param name the payer's name, not null
     * @param country the payer's ISO 3166-1 alpha-2 code, not null
     * @return the copy, not null
     */
    public Payment paidBy(TraderId id, String name, String country) {
        return new Payment(subject, method, Checks.notNull("payment.payer", id), name, CountryCode.of(country));
    }
}
