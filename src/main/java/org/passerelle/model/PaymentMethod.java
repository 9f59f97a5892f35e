package org.passerelle.model;

/**
 * A method of payment for goods or for transport charges.
 */
public enum PaymentMethod {
    /** Payment in cash. */
    CASH,
    /** Payment by credit or debit card. */
    CARD,
    /** Payment by cheque. */
    CHEQUE,
    /** Bank transfer. */
    BANK_TRANSFER,
    /** Documentary credit (letter of credit). */
    LETTER_OF_CREDIT,
    /** Payment on an account or deferred payment. */
    ACCOUNT,
    /** Payment by electronic money or another electronic means. */
    ELECTRONIC,
    /** Payment not made or not required. */
    NOT_PREPAID,
    /** Any other method. */
    OTHER
}
