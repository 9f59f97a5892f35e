package org.passerelle.sharing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyId;

/**
 * An agreement with everything the engine needs about it resolved at compile time: the agencies
 * that are its parties, its annexes, purposes and field lists hashed, and, per {@link Check}, the
 * reasons that check gives that depend only on the agreement, written by the check itself
 * ({@link Check#ofAgreement}).
 *
 * <p>Immutable and thread-safe.
 */
final class CompiledAgreement {
    final SharingAgreement agreement;
    final AgreementId id;
    /** The agencies of the policy that are parties (SR-04). */
    final Set<AgencyId> parties;
    final Map<String, Annex> annexes;
    /** The permitted purposes, hashed (SR-06). */
    final Set<PurposeId> purposes;
    /** The personal-data fields listed per purpose, hashed (SR-27). */
    final Map<PurposeId, Set<String>> personalFields;
    /** The purposes for which special categories are stated strictly necessary, hashed (SR-28). */
    final Set<PurposeId> strictNecessity;
    /** The reasons of each check, by {@link Check#ordinal()}. */
    private final Object[] texts;
    /** The retention condition of the last request day asked (SR-29): the requests of a day share it. */
    private volatile Retention lastRetention;

    /** A request day and the retention condition the agreement gives a flow on that day. */
    private record Retention(LocalDate from, Condition.RetainUntil until) {
    }

    CompiledAgreement(SharingAgreement agreement, Iterable<Agency> agencies) {
        this.agreement = agreement;
        this.id = agreement.id();
        Set<AgencyId> p = new HashSet<>();
        for (Agency a : agencies) {
            if (agreement.isParty(a)) {
                p.add(a.id());
            }
        }
        this.parties = Set.copyOf(p);
        Map<String, Annex> byId = new HashMap<>();
        for (Annex a : agreement.annexes()) {
            byId.put(a.id(), a);
        }
        this.annexes = Map.copyOf(byId);
        this.purposes = Set.copyOf(agreement.purposes());
        Map<PurposeId, Set<String>> fields = new HashMap<>();
        agreement.personalFields().forEach((purpose, names) -> fields.put(purpose, Set.copyOf(names)));
        this.personalFields = Map.copyOf(fields);
        this.strictNecessity = Set.copyOf(agreement.strictNecessity());
        Check[] checks = Check.values();
        Object[] t = new Object[checks.length];
        for (Check c : checks) {
            t[c.ordinal()] = c.ofAgreement(this);
        }
        this.texts = t;
    }

    /**
     * Returns the retention the agreement gives a flow on {@code day}: that day plus its maximum
     * retention (SR-29), or null when it sets none. The condition of the last day asked is kept, so
     * the decisions of one day share one condition instead of allocating it.
     */
    Condition.RetainUntil retentionFrom(LocalDate day) {
        if (agreement.maxRetention() == null) {
            return null;
        }
        Retention last = lastRetention;
        if (last == null || !last.from.equals(day)) {
            last = new Retention(day, new Condition.RetainUntil(day.plus(agreement.maxRetention())));
            lastRetention = last;
        }
        return last.until;
    }

    /** Returns the reasons {@code check} wrote for this agreement, or null when it wrote none. */
    Object texts(Check check) {
        return texts[check.ordinal()];
    }
}
