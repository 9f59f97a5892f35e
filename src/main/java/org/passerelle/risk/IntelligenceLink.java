package org.passerelle.risk;

import java.time.LocalDate;
import org.passerelle.model.Checks;
import org.passerelle.model.Grading;
import org.passerelle.model.HandlingCode;
import org.passerelle.model.ItemId;
import org.passerelle.model.Markings;
import org.passerelle.model.TlpLabel;

/**
 * The link from a profile to the intelligence item that justifies it, with that item's markings
 * and retention.
 *
 * <p>The markings govern what an examiner may see (RR-07) and the retention ends the profile
 * (RR-06). This type is immutable and thread-safe.
 *
 * @param item the information item
 * @param markings the item's markings
 * @param retainUntil the last day the item may be kept, or null when not limited
 */
public record IntelligenceLink(ItemId item, Markings markings, LocalDate retainUntil) {
    /**
     * Validates the link.
     */
    public IntelligenceLink {
        Checks.notNull("intelligence.item", item);
        markings = markings == null ? Markings.NONE : markings;
    }

    /**
     * Returns whether the item is restricted so that an examiner may see only sanitised text
     * (RR-07): handling code H2, TLP:AMBER+STRICT or TLP:RED, or 3x5x2 handling code C.
     *
     * @return whether the item is restricted
     */
    public boolean isRestricted() {
        if (markings.handling() == HandlingCode.H2) {
            return true;
        }
        TlpLabel tlp = markings.tlp();
        if (tlp == TlpLabel.AMBER_STRICT || tlp == TlpLabel.RED) {
            return true;
        }
        Grading g = markings.grading();
        return g instanceof Grading.Uk3x5x2 && ((Grading.Uk3x5x2) g).handling() == 'C';
    }

    /**
     * Returns whether the item may still be kept on a day (RR-06).
     *
     * @param day the day, not null
     * @return whether the retention has not ended
     */
    public boolean isRetainedOn(LocalDate day) {
        return retainUntil == null || !day.isAfter(retainUntil);
    }
}
