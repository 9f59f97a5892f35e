package org.passerelle.sharing;

import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;
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

    /**
     * Returns these restrictions as the sharing rules read them when deciding for one recipient: an
     * exclusion or an allowance of another agency is dropped, since the rules ask only whether the
     * recipient itself is excluded, whether any recipient is named as allowed and whether the recipient is
     * one of them (SR-18, and the TLP audiences of SR-11 to SR-14); the purposes, the retention end and
     * the ban on further dissemination are kept.
     *
     * <p>The contract, relied on by the policy analysis ({@code docs/analysis.md}): two items that differ
     * only by their restrictions, and whose restrictions read for a recipient are equal, are decided
     * alike for requests naming that recipient (same outcome, agreement and conditions; the reasons may
     * quote the restrictions as given). Allowed recipients that do not include the recipient are kept as
     * given.
     *
     * @param recipient the recipient, not null
     * @return the restrictions read for that recipient, not null; equal to these when nothing is dropped
     */
    public SourceRestrictions readFor(AgencyId recipient) {
        Checks.notNull("recipient", recipient);
        boolean excluded = excludedRecipients.contains(recipient);
        boolean allowed = allowedRecipients.contains(recipient);
        if ((excludedRecipients.isEmpty() || (excluded && excludedRecipients.size() == 1))
                && (!allowed || allowedRecipients.size() == 1)) {
            return this;
        }
        SortedSet<AgencyId> only = new TreeSet<>();
        only.add(recipient);
        return new SourceRestrictions(allowed ? only : allowedRecipients, excluded ? only : null, allowedPurposes,
                retentionEnd, noFurtherDissemination);
    }
}
