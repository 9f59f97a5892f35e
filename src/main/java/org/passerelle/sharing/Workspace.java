package org.passerelle.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * The working memory of one decision, kept per thread and reused: the {@link Facts}, a
 * {@link Verdict} per candidate evaluated and the lists a refusal is assembled in. What a decision
 * allocates is then its {@link SharingDecision} and what it holds, not the means of reaching it.
 *
 * <p>Confined to one thread and one decision at a time: {@link #take} hands out the thread's
 * workspace, or a fresh one if the thread is already deciding (a decision inside a decision), and
 * {@link #release} gives it back.
 */
final class Workspace {
    private static final ThreadLocal<Workspace> CURRENT = ThreadLocal.withInitial(Workspace::new);

    final Facts facts = new Facts();
    /** The hits of a refusal of every candidate: the deciding candidate's, and the others'. */
    final ArrayList<RuleHit> hits = new ArrayList<>(16);
    final ArrayList<RuleHit> also = new ArrayList<>(16);
    private Verdict[] pool = new Verdict[0];
    private Verdict[] byCandidate = new Verdict[16];
    private boolean busy;
    /**
     * The dates of the days decided on, shared by every thread, by epoch day modulo their number
     * (eleven years of consecutive days without a collision); a date is immutable, so a thread that
     * reads a slot another is writing sees a whole date or the one before.
     */
    private static final LocalDate[] DAYS = new LocalDate[4096];

    private Workspace() {
    }

    /** Returns the thread's workspace for one decision; give it back with {@link #release}. */
    static Workspace take() {
        Workspace w = CURRENT.get();
        if (w.busy) {
            w = new Workspace();
        }
        w.busy = true;
        return w;
    }

    /** The day of an instant in UTC, as {@code LocalDate.ofInstant(instant, ZoneOffset.UTC)}, without allocating. */
    static LocalDate day(Instant instant) {
        long epochDay = Math.floorDiv(instant.getEpochSecond(), 86_400L);
        int slot = (int) (epochDay & (DAYS.length - 1));
        LocalDate day = DAYS[slot];
        if (day == null || day.toEpochDay() != epochDay) {
            day = LocalDate.ofEpochDay(epochDay);
            DAYS[slot] = day;
        }
        return day;
    }

    /** Returns the verdict slots of {@code n} candidates, all empty. */
    Verdict[] verdicts(int n) {
        if (byCandidate.length < n) {
            byCandidate = new Verdict[n];
        } else {
            Arrays.fill(byCandidate, 0, n, null);
        }
        return byCandidate;
    }

    /** Returns the {@code i}-th verdict of this decision, empty, about a candidate. */
    Verdict verdict(int i, CompiledAgreement candidate) {
        if (i >= pool.length) {
            pool = Arrays.copyOf(pool, Math.max(4, i * 2));
            for (int k = 0; k < pool.length; k++) {
                if (pool[k] == null) {
                    pool[k] = new Verdict();
                }
            }
        }
        return pool[i].reset(candidate);
    }

    /** Gives the workspace back, keeping neither the request nor the item's facts alive. */
    void release() {
        facts.clear();
        hits.clear();
        also.clear();
        busy = false;
    }
}
