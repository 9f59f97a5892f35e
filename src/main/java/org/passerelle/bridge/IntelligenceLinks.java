package org.passerelle.bridge;

import org.passerelle.risk.IntelligenceLink;
import org.passerelle.sharing.InformationItem;

/**
 * Links from risk profiles to the information items of the sharing side that justify them.
 */
public final class IntelligenceLinks {
    private IntelligenceLinks() {
    }

    /**
     * Returns the link to an information item, with the item's markings (RR-07) and its source's
     * retention end (RR-06).
     *
     * @param item the item, not null
     * @return the link, not null
     */
    public static IntelligenceLink to(InformationItem item) {
        return new IntelligenceLink(item.id(), item.markings(), item.restrictions().retentionEnd());
    }
}
