package org.passerelle.risk;

import java.util.Arrays;

/**
 * The working memory of one assessment, reused by the next assessment on the same thread, so that
 * an assessment allocates nothing in proportion to the engine's size and touches only its
 * candidates.
 *
 * <p>Instead of bit sets cleared for every assessment, each indicator and profile carries the
 * stamp of the last assessment that evaluated, fired or selected it; {@link #next()} starts a new
 * assessment by moving to the next stamp. Fired indicators and candidate profiles are also listed,
 * so that visiting them costs what they are, not what the engine holds. Confined to one thread
 * (the engine keeps one per thread); not thread-safe.
 */
final class Scratch {
    private final int[] evaluatedAt;
    private final int[] firedAt;
    private final int[] profileAt;
    private int[] fired = new int[16];
    private int firedCount;
    private int[] profiles = new int[16];
    private int profileCount;
    private int stamp;
    private final int lastStamp;

    Scratch(int indicators, int profiles) {
        this(indicators, profiles, Integer.MAX_VALUE);
    }

    /** A working memory whose stamp wraps around after {@code lastStamp} assessments (tests use a small one). */
    Scratch(int indicators, int profiles, int lastStamp) {
        this.evaluatedAt = new int[indicators];
        this.firedAt = new int[indicators];
        this.profileAt = new int[profiles];
        this.lastStamp = lastStamp;
    }

    /** Starts an assessment. */
    void next() {
        if (stamp == lastStamp) {
            Arrays.fill(evaluatedAt, 0);
            Arrays.fill(firedAt, 0);
            Arrays.fill(profileAt, 0);
            stamp = 0;
        }
        stamp++;
        firedCount = 0;
        profileCount = 0;
    }

    /** Marks an indicator evaluated; returns false when it already was in this assessment. */
    boolean markEvaluated(int k) {
        if (evaluatedAt[k] == stamp) {
            return false;
        }
        evaluatedAt[k] = stamp;
        return true;
    }

    void markFired(int k) {
        firedAt[k] = stamp;
        if (firedCount == fired.length) {
            fired = Arrays.copyOf(fired, firedCount * 2);
        }
        fired[firedCount++] = k;
    }

    boolean hasFired(int k) {
        return firedAt[k] == stamp;
    }

    int firedCount() {
        return firedCount;
    }

    int fired(int i) {
        return fired[i];
    }

    /** Adds a candidate profile, once. */
    void addProfile(int p) {
        if (profileAt[p] != stamp) {
            profileAt[p] = stamp;
            if (profileCount == profiles.length) {
                profiles = Arrays.copyOf(profiles, profileCount * 2);
            }
            profiles[profileCount++] = p;
        }
    }

    /** Sorts the candidate profiles into the engine's order and returns how many there are. */
    int sortProfiles() {
        Arrays.sort(profiles, 0, profileCount);
        return profileCount;
    }

    int profile(int i) {
        return profiles[i];
    }
}
