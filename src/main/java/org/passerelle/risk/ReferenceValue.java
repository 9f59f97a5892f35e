package org.passerelle.risk;

import org.passerelle.model.Checks;
import org.passerelle.model.CountryCode;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Money;

/**
 * The reference value per kilogram of goods of an HS6 subheading from an origin, against which
 * declared values are compared (RR-11).
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param hs6 the HS6 subheading, exactly 6 digits
 * @param origin the country of origin
 * @param perKg the reference value per kilogram, more than zero
 */
public record ReferenceValue(String hs6, CountryCode origin, Money perKg) {
    /**
     * Validates the reference.
     */
    public ReferenceValue {
        Checks.notNull("reference.hs6", hs6);
        if (hs6.length() != 6 || !hs6.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidInputException("reference.hs6", hs6, "must be exactly 6 digits");
        }
        Checks.notNull("reference.origin", origin);
        Checks.notNull("reference.perKg", perKg);
        if (perKg.amount().signum() <= 0) {
            throw new InvalidInputException("reference.perKg", perKg.toString(), "must be more than zero");
        }
    }
}
