package org.passerelle.risk;

import java.time.LocalDate;
import org.passerelle.model.Checks;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Money;

/**
 * The result of inspecting a declaration: whether anything was found, what was seized and what
 * revenue was recovered; the feedback for profile effectiveness (RR-09).
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param declarationReference the reference of the declaration inspected (its MRN, else its LRN)
 * @param inspectedOn the day of the inspection
 * @param finding whether the inspection found an irregularity: a hit
 * @param seizure what was seized, or null
 * @param revenueRecovered the duties and taxes recovered, or null
 */
public record InspectionResult(String declarationReference, LocalDate inspectedOn, boolean finding, Seizure seizure,
        Money revenueRecovered) {
    /**
     * Validates the result: a seizure or recovered revenue is a finding.
     */
    public InspectionResult {
        Checks.notBlank("declarationReference", declarationReference);
        Checks.notNull("inspectedOn", inspectedOn);
        if (!finding && seizure != null) {
            throw new InvalidInputException("finding", "false", "must be true when something was seized");
        }
        if (!finding && revenueRecovered != null && revenueRecovered.amount().signum() > 0) {
            throw new InvalidInputException("finding", "false", "must be true when revenue was recovered");
        }
    }

    /**
     * Obtains the result of an inspection that found nothing.
     *
     * @param reference the declaration reference, not null
     * @param day the day of the inspection, not null
     * @return the result, not null
     */
    public static InspectionResult nothingFound(String reference, LocalDate day) {
        return new InspectionResult(reference, day, false, null, null);
    }

    /**
     * Obtains the result of an inspection that led to a seizure.
     *
     * @param reference the declaration reference, not null
     * @param day the day of the inspection, not null
     * @param seizure what was seized, not null
     * @return the result, not null
     */
    public static InspectionResult seized(String reference, LocalDate day, Seizure seizure) {
        return new InspectionResult(reference, day, true, Checks.notNull("seizure", seizure), null);
    }

    /**
     * Obtains the result of an inspection that recovered revenue.
     *
     * @param reference the declaration reference, not null
     * @param day the day of the inspection, not null
     * @param revenue the revenue recovered, not null
     * @return the result, not null
     */
    public static InspectionResult revenue(String reference, LocalDate day, Money revenue) {
        return new InspectionResult(reference, day, true, null, Checks.notNull("revenueRecovered", revenue));
    }
}
