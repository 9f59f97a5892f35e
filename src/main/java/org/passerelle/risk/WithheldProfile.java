package org.passerelle.risk;

import java.util.List;
import org.passerelle.model.ItemId;
import org.passerelle.model.Markings;

/**
 * What an assessment keeps apart from the examiner's view for a profile with restricted
 * intelligence (RR-07): the intelligence reference under its own markings, and the indicators
 * that fired.
 *
 * <p>Whoever handles this record handles the intelligence item: apply its markings. This type is
 * immutable and thread-safe.
 *
 * @param profile the profile's identifier
 * @param intelligence the intelligence item
 * @param markings the item's markings
 * @param indicators the indicators of the profile that fired
 * @param ruleHits the rules recorded about the profile that would reveal its intelligence, such as
 *        RR-06 when it stopped applying
 */
public record WithheldProfile(ProfileId profile, ItemId intelligence, Markings markings,
        List<FiredIndicator> indicators, List<RiskRuleHit> ruleHits) {
    /**
     * Copies the indicators and rule hits.
     */
    public WithheldProfile {
        indicators = List.copyOf(indicators);
        ruleHits = List.copyOf(ruleHits);
    }

    /**
     * Creates the withheld part of a profile that fired, with no rule recorded apart.
     *
     * @param profile the profile's identifier, not null
     * @param intelligence the intelligence item, not null
     * @param markings the item's markings, not null
     * @param indicators the indicators of the profile that fired, not null
     */
    public WithheldProfile(ProfileId profile, ItemId intelligence, Markings markings,
            List<FiredIndicator> indicators) {
        this(profile, intelligence, markings, indicators, List.of());
    }
}
