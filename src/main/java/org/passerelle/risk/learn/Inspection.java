package org.passerelle.risk.learn;

import org.passerelle.model.Checks;
import org.passerelle.model.Declaration;
import org.passerelle.model.InvalidInputException;
import org.passerelle.risk.InspectionResult;

/**
 * One record of inspection history: a declaration, the result of inspecting it and whether it was
 * selected at random (RR-02) rather than by a profile.
 *
 * <p>Random inspections are the unbiased sample: the recall of a profile and the base rate of
 * irregularities are estimated from them. This type is immutable and thread-safe.
 *
 * @param declaration the declaration inspected
 * @param result the result of the inspection, for the same declaration reference
 * @param random whether the declaration was selected at random
 */
public record Inspection(Declaration declaration, InspectionResult result, boolean random) {
    /**
     * Validates the record: the result must be about the declaration.
     */
    public Inspection {
        Checks.notNull("inspection.declaration", declaration);
        Checks.notNull("inspection.result", result);
        if (!result.declarationReference().equals(declaration.reference())) {
            throw new InvalidInputException("inspection.result.declarationReference", result.declarationReference(),
                    "must be the reference of the declaration inspected, " + declaration.reference());
        }
    }

    /**
     * Returns whether the inspection found an irregularity.
     *
     * @return whether it was a hit
     */
    public boolean irregular() {
        return result.finding();
    }

    /**
     * Returns the revenue recovered, 0 when none.
     *
     * @return the amount, in the currency of the result
     */
    public double revenue() {
        return result.revenueRecovered() == null ? 0 : result.revenueRecovered().amount().doubleValue();
    }
}
