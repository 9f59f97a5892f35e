package org.passerelle.model;

/**
 * A coded attribute of a declaration that administrations record besides its parties, goods and
 * route, such as the customs procedure or the office of lodgement; the values are national codes.
 */
public enum DeclarationAttribute {
    /** The customs procedure or process type. */
    PROCEDURE,
    /** The import type (such as a general import or a re-import). */
    IMPORT_TYPE,
    /** The intended use of the imported goods. */
    IMPORT_USE,
    /** How duties and taxes are paid. */
    PAYMENT_TYPE,
    /** The customs office of lodgement. */
    OFFICE,
    /** The tax (duty) type applied. */
    TAX_TYPE,
    /** The tax (duty) rate applied, as a code such as {@code 8.0}. */
    TAX_RATE,
    /** How the origin was determined or proven (origin indicator). */
    ORIGIN_INDICATOR
}
