package org.passerelle.bridge;

import org.passerelle.risk.IntelligenceLink;
import org.passerelle.risk.RiskContext;
import org.passerelle.sharing.InformationItem;

/**
 * Links from risk profiles to the information items of the sharing side that justify them, and
 * the current facts of those items for a risk context (RR-06).
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

    /**
     * Gives a risk context the current facts of an intelligence item that profiles are built on
     * (RR-06): its status and its source's retention end, as the fact store has them now.
     *
     * @param context the context being built, not null
     * @param item the item as the fact store has it now, not null
     * @return the context builder
     */
    public static RiskContext.Builder facts(RiskContext.Builder context, InformationItem item) {
        return context.intelligence(item.id(), item.status(), item.restrictions().retentionEnd());
    }
}
