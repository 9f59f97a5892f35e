package org.passerelle.sharing;

import java.time.LocalDate;
import java.util.SortedSet;
import org.passerelle.model.AgencyId;
import org.passerelle.model.Checks;
import org.passerelle.model.InvalidInputException;

/**
 * Restrictions the source fixed on an item; they bind every holder (SR-18).
 *
 * <p>Empty sets mean "no restriction of that kind". This type is immutable and thread-safe.
 *
 * @param allowedRecipients if not empty, the only agencies that may receive the item
 * @param excludedRecipients agencies that may never receive the item
 * @param allowedPurposes if not empty, the only purposes for which the item may be used
 * @param retentionEnd the last day the item may be kept, or null
 * @param noFurtherDissemination whether recipients may not pass the item on at all
 */
public record SourceRestrictions(SortedSet<AgencyId> allowedRecipients, SortedSet<AgencyId> excludedRecipients,
        SortedSet<PurposeId> allowedPurposes, LocalDate retentionEnd, boolean noFurtherDissemination) {
    /** No restriction. */
    public static final SourceRestrictions NONE = new SourceRestrictions(null, null, null, null, false);

    /**
     * Validates and copies the restrictions.
     */
    public SourceRestrictions {
        allowedRecipients = Checks.sortedSet("allowedRecipients", allowedRecipients);
        excludedRecipients = Checks.sortedSet("excludedRecipients", excludedRecipients);
        allowedPurposes = Checks.sortedSet("allowedPurposes", allowedPurposes);
        for (AgencyId id : excludedRecipients) {
            if (allowedRecipients.contains(id)) {
                throw new InvalidInputException("excludedRecipients", id.value(),
                        "an agency cannot be both allowed and excluded");
            }
        }
    }
}
