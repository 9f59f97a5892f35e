package org.passerelle.risk;

import java.util.List;

/**
 * A profile that matched a declaration, as an examiner may see it.
 *
 * <p>For a profile whose intelligence is restricted (RR-07) the reason is the sanitised examiner
 * text and the indicators are withheld (empty); they are in {@link Assessment#withheld()}. A
 * matched profile with lane Green matched without selecting the declaration (RR-04). This type is
 * immutable and thread-safe.
 *
 * @param id the profile's identifier
 * @param threatArea the threat area
 * @param lane the lane this profile calls for
 * @param score the profile's score after any AEO reduction
 * @param aeoReduction the points taken off the score for an AEO holder (RR-05), 0 if none
 * @param intelligenceLed whether the profile is led by intelligence
 * @param restricted whether the examiner sees only sanitised text (RR-07)
 * @param reason the examiner-safe reason
 * @param indicators the indicators of this profile that fired, empty when restricted; for a
 *        scorecard, heaviest first
 * @param scorecard whether the profile is an additive scorecard with jointly fitted weights
 */
public record FiredProfile(ProfileId id, ThreatArea threatArea, Lane lane, int score, int aeoReduction,
        boolean intelligenceLed, boolean restricted, String reason, List<FiredIndicator> indicators,
        boolean scorecard) {
    /**
     * Copies the indicators.
     */
    public FiredProfile {
        indicators = List.copyOf(indicators);
    }

    /**
     * Obtains a fired profile that is not a scorecard.
     *
     * @param id the profile
     * @param threatArea its threat area
     * @param lane the lane it gives
     * @param score its score
     * @param aeoReduction the AEO reduction applied
     * @param intelligenceLed whether it is intelligence-led
     * @param restricted whether its intelligence is restricted
     * @param reason the examiner-safe reason
     * @param indicators the fired indicators
     */
    public FiredProfile(ProfileId id, ThreatArea threatArea, Lane lane, int score, int aeoReduction,
            boolean intelligenceLed, boolean restricted, String reason, List<FiredIndicator> indicators) {
        this(id, threatArea, lane, score, aeoReduction, intelligenceLed, restricted, reason, indicators, false);
    }

    /**
     * Returns whether this profile selected the declaration: its lane is not Green.
     *
     * @return whether it selected it
     */
    public boolean selects() {
        return lane != Lane.GREEN;
    }
}
