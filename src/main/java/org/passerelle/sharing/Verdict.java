package org.passerelle.sharing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The partial verdict of one candidate agreement: the most restrictive outcome so far, the hits in
 * the order they were applied, and the conditions accumulated (without repetition).
 *
 * <p>Mutable, confined to the thread of one decision and never shared; a {@link Workspace} keeps
 * its verdicts and {@link #reset resets} one per candidate, so its lists are reused.
 */
final class Verdict {
    /** The candidate this verdict is about. */
    CompiledAgreement candidate;
    private Outcome outcome = Outcome.PERMIT;
    private final ArrayList<RuleHit> hits = new ArrayList<>(16);
    private final ArrayList<Condition> conditions = new ArrayList<>(16);
    /** The marking a consent of the originator put on the copy (SR-19), or null. */
    private Condition.KeepMarking relabelled;
    /**
     * The fields of a redaction made later ({@link #redactLater}), as given; its place among the
     * conditions is held by {@link #LATER}, which {@link #decidedConditions} replaces with the
     * condition (sorted, without repetition). A candidate evaluated and then refused so makes no
     * redaction.
     */
    private final ArrayList<String> redacted = new ArrayList<>(16);
    private boolean redactedLater;
    /**
     * The agreement and the request day of a retention condition made later ({@link #retainLater});
     * its place among the conditions is held by {@link #RETAIN_LATER}.
     */
    private CompiledAgreement retainedUnder;
    private LocalDate retainedFrom;
    /** The place of the retention condition made later; compared by identity, never handed out. */
    private static final Condition.RetainUntil RETAIN_LATER = new Condition.RetainUntil(LocalDate.EPOCH);
    /** The place of the redaction made later; compared by identity, never handed out. */
    private static final Condition.Redact LATER = new Condition.Redact(new java.util.TreeSet<>(List.of("later")));

    /** Empties the verdict for a new candidate: a permit, no hits, no conditions. */
    Verdict reset(CompiledAgreement about) {
        candidate = about;
        outcome = Outcome.PERMIT;
        hits.clear();
        conditions.clear();
        relabelled = null;
        redacted.clear();
        redactedLater = false;
        retainedUnder = null;
        retainedFrom = null;
        return this;
    }

    Outcome outcome() {
        return outcome;
    }

    List<RuleHit> hits() {
        return hits;
    }

    /**
     * Returns the conditions of the verdict decided on, the redaction and the retention made later
     * made now, in their places: the working list, to be copied.
     */
    List<Condition> decidedConditions() {
        if (redactedLater) {
            conditions.set(conditions.indexOf(LATER), new Condition.Redact(FrozenSortedSet.copyOf(redacted)));
            redactedLater = false;
        }
        if (retainedUnder != null) {
            retainNow();
        }
        return conditions;
    }

    /** Makes the retention condition made later, in its place. */
    private Condition.RetainUntil retainNow() {
        Condition.RetainUntil until = retainedUnder.retentionFrom(retainedFrom);
        conditions.set(conditions.indexOf(RETAIN_LATER), until);
        retainedUnder = null;
        retainedFrom = null;
        return until;
    }

    void hit(RuleHit hit) {
        hits.add(hit);
        outcome = outcome.and(hit.effect());
    }

    /**
     * Adds a hit with its condition. After a consent relabelled the copy ({@link #relabel}), a
     * marking condition and its reason are not added: the consent's marking is the one the
     * recipient keeps, and the explanation says so once.
     */
    void hit(RuleHit hit, Condition condition) {
        if (relabelled != null && condition instanceof Condition.KeepMarking) {
            return;
        }
        hit(hit);
        condition(condition);
    }

    /**
     * Adds a condition once. Retention conditions do not pile up: the earliest day is the one the
     * recipient must keep to (SR-29, a consent's or an emergency's shorter retention). Marking
     * conditions come with their reason ({@link #hit(RuleHit, Condition)}) or as a consent's
     * relabelling ({@link #relabel}).
     */
    void condition(Condition condition) {
        if (redactedLater && condition instanceof Condition.Redact r && sameFields(r.fields())) {
            return;
        }
        if (condition instanceof Condition.RetainUntil until) {
            for (int i = 0; i < conditions.size(); i++) {
                if (conditions.get(i) instanceof Condition.RetainUntil kept) {
                    if (kept == RETAIN_LATER) {
                        kept = retainNow();
                    }
                    if (until.day().isBefore(kept.day())) {
                        conditions.set(i, until);
                    }
                    return;
                }
            }
        }
        for (int i = 0; i < conditions.size(); i++) {
            Condition kept = conditions.get(i);
            if (kept != LATER && kept != RETAIN_LATER && kept.equals(condition)) {
                return;
            }
        }
        conditions.add(condition);
    }

    /**
     * Adds the redaction of some fields, as {@code condition(new Condition.Redact(names))} would,
     * but makes the condition only if this verdict is decided on ({@link #decidedConditions}). The
     * names are copied; the list may be reused.
     */
    void redactLater(List<String> names) {
        if (redactedLater || has(Condition.Kind.REDACT)) {
            condition(new Condition.Redact(FrozenSortedSet.copyOf(names)));
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            redacted.add(names.get(i)); // not addAll, which copies the list into an array first
        }
        redactedLater = true;
        conditions.add(LATER);
    }

    /**
     * Adds the retention an agreement gives a flow on a day ({@link CompiledAgreement#retentionFrom}),
     * as {@code condition(agreement.retentionFrom(day))} would, but makes the condition only if this
     * verdict is decided on or another retention condition is compared with it.
     */
    void retainLater(CompiledAgreement agreement, LocalDate day) {
        if (retainedUnder != null || has(Condition.Kind.RETAIN_UNTIL)) {
            condition(agreement.retentionFrom(day));
            return;
        }
        retainedUnder = agreement;
        retainedFrom = day;
        conditions.add(RETAIN_LATER);
    }

    private boolean has(Condition.Kind kind) {
        for (int i = 0; i < conditions.size(); i++) {
            if (conditions.get(i).kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /** Whether a set of field names is that of the redaction made later. */
    private boolean sameFields(java.util.Set<String> fields) {
        return fields.containsAll(redacted) && redacted.containsAll(fields);
    }

    /**
     * Replaces every condition of the same kind with this one (a consent's relabelling, the minimum
     * data of an emergency). Returns whether one was replaced.
     */
    boolean replace(Condition condition) {
        boolean replaced = remove(condition.kind());
        conditions.add(condition);
        return replaced;
    }

    /**
     * Makes a consent's relabelling the one marking condition: it replaces any marking condition
     * added so far with the reasons given for it (SR-19 hits that permit with conditions), and
     * later ones are not added. Returns whether the relabelling is new; the caller then adds the
     * relabelling's own reason.
     */
    boolean relabel(Condition.KeepMarking marking) {
        if (marking.equals(relabelled)) {
            return false;
        }
        relabelled = marking;
        replace(marking);
        hits.removeIf(h -> h.rule() == SharingRule.SR_19 && h.effect() == Outcome.PERMIT_WITH_CONDITIONS);
        return true;
    }

    /** Removes every condition of a kind; returns whether there was one. */
    boolean remove(Condition.Kind kind) {
        if (kind == Condition.Kind.REDACT) {
            redactedLater = false;
            redacted.clear();
        } else if (kind == Condition.Kind.RETAIN_UNTIL) {
            retainedUnder = null;
            retainedFrom = null;
        }
        return conditions.removeIf(c -> c.kind() == kind);
    }

    boolean hasPending(SharingRule rule) {
        for (int i = 0; i < hits.size(); i++) {
            RuleHit h = hits.get(i);
            if (h.rule() == rule && h.effect() == Outcome.PENDING_CONSENT) {
                return true;
            }
        }
        return false;
    }

    /**
     * Re-issues every hit that waits for consent as a permit with conditions, with a new reason.
     *
     * @param reason the reason of the re-issued hits
     * @param keepOriginal whether the new reason is appended to the original one
     */
    void resolvePending(String reason, boolean keepOriginal) {
        for (int i = 0; i < hits.size(); i++) {
            RuleHit h = hits.get(i);
            if (h.effect() == Outcome.PENDING_CONSENT) {
                String text = keepOriginal ? h.reason() + "; " + reason : reason;
                hits.set(i, new RuleHit(h.rule(), Outcome.PERMIT_WITH_CONDITIONS, text));
            }
        }
        outcome = Outcome.PERMIT;
        for (RuleHit h : hits) {
            outcome = outcome.and(h.effect());
        }
    }
}
