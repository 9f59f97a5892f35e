package org.passerelle.risk;

import java.util.List;
import org.passerelle.sharing.ItemId;
import org.passerelle.sharing.Markings;

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
 */
public record WithheldProfile(ProfileId profile, ItemId intelligence, Markings markings,
        List<FiredIndicator> indicators) {
    /**
     * Copies the indicators.
     */
    public WithheldProfile {
        indicators = List.copyOf(indicators);
    }
}
