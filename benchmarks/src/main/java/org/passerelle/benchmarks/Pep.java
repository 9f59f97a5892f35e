package org.passerelle.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.ItemField;

/**
 * What an enforcement point does around a peer engine that has no notion of minimisation or retention:
 * it turns the permit's obligations (the personal fields the agreement allows for the purpose, the
 * retention period) into the fields to redact and the retention end. Every peer contender uses the
 * same code, as does the hand-written baseline, so the comparison is about deciding.
 */
final class Pep {
    private Pep() {
    }

    /** The day a request is decided as of, at UTC, as an epoch day. */
    static long epochDay(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), 86_400L);
    }

    /** The personal fields requested (all the item's when none are named) that the agreement does not allow. */
    static Set<String> redacted(InformationItem item, SortedSet<String> requested, Collection<String> allowed) {
        Set<String> redacted = new TreeSet<>();
        for (ItemField f : item.fields()) {
            if (f.personalData() && (requested.isEmpty() || requested.contains(f.name()))
                    && !allowed.contains(f.name())) {
                redacted.add(f.name());
            }
        }
        return redacted;
    }

    /** The retention end: the day plus the agreement's period, capped by the source's retention end. */
    static LocalDate retainUntil(LocalDate day, Period maxRetention, LocalDate itemEnd) {
        LocalDate until = day.plus(maxRetention);
        return itemEnd != null && itemEnd.isBefore(until) ? itemEnd : until;
    }
}
