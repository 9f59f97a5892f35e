package org.passerelle.risk;

/**
 * An indicator that fired in an assessment, with its examiner-safe reason.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param id the indicator's identifier
 * @param threatArea the threat area
 * @param weight the weight
 * @param reason the examiner-safe reason
 */
public record FiredIndicator(IndicatorId id, ThreatArea threatArea, int weight, String reason) {
    static FiredIndicator of(Indicator i) {
        return new FiredIndicator(i.id(), i.threatArea(), i.weight(), i.reason());
    }
}
