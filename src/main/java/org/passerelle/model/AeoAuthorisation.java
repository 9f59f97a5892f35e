package org.passerelle.model;

import java.time.LocalDate;

/**
 * An Authorised Economic Operator authorisation held by a party, with its validity window.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param type the AEO type
 * @param validFrom the first day of validity
 * @param validTo the last day of validity, or null when open-ended
 */
public record AeoAuthorisation(AeoType type, LocalDate validFrom, LocalDate validTo) {
    /**
     * Validates the authorisation.
     */
    public AeoAuthorisation {
        Checks.notNull("aeo.type", type);
        Checks.notNull("aeo.validFrom", validFrom);
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new InvalidInputException("aeo.validTo", validTo.toString(), "must not be before validFrom " + validFrom);
        }
    }

    /**
     * Returns whether the authorisation is valid on a day.
     *
     * @param day the day, not null
     * @return whether it is valid that day
     */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
