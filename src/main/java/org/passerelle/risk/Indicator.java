package org.passerelle.risk;

import org.passerelle.model.Checks;
import org.passerelle.model.InvalidInputException;

/**
 * A risk indicator: a criterion with a stable id, a threat area, a weight and a reason.
 *
 * <p>The reason is shown to examiners and must therefore never carry intelligence or other
 * sensitive detail (the ASYCUDA manual warns against it); intelligence belongs in a profile's
 * {@link IntelligenceLink}. Weights are configured per administration: there are no universal
 * coefficients. This type is immutable and thread-safe.
 *
 * @param id the stable identifier
 * @param threatArea the threat area addressed
 * @param weight the weight added to a profile's score when the indicator fires, 0 to 1000
 * @param reason the plain-language reason, safe to show an examiner
 * @param criterion the condition
 */
public record Indicator(IndicatorId id, ThreatArea threatArea, int weight, String reason, Criterion criterion) {
    /**
     * Validates the indicator.
     */
    public Indicator {
        Checks.notNull("indicator.id", id);
        Checks.notNull("indicator.threatArea", threatArea);
        if (weight < 0 || weight > 1000) {
            throw new InvalidInputException("indicator.weight", String.valueOf(weight), "must be 0 to 1000");
        }
        reason = Checks.notBlank("indicator.reason", reason);
        Checks.notNull("indicator.criterion", criterion);
    }

    /**
     * Obtains an indicator.
     *
     * @param id the identifier, not null
     * @param threatArea the threat area, not null
     * @param weight the weight, 0 to 1000
     * @param reason the examiner-safe reason, not null
     * @param criterion the condition, not null
     * @return the indicator, not null
     */
    public static Indicator of(String id, ThreatArea threatArea, int weight, String reason, Criterion criterion) {
        return new Indicator(IndicatorId.of(id), threatArea, weight, reason, criterion);
    }
}
