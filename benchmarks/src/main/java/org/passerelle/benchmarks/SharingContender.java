package org.passerelle.benchmarks;

import org.passerelle.sharing.SharingRequest;

/**
 * One engine deciding the canonical sharing policy, behind the smallest common interface. Every
 * implementation is built from the same {@link org.passerelle.sharing.SharingPolicy} by a faithful
 * translation into the engine's own format, and must be safe for concurrent use by several threads
 * (or say so in {@link #threadSafe()}).
 */
interface SharingContender {
    /** The contender's name as it appears in the tables. */
    String name();

    /** Decides one request, reduced to what every contender must agree on (for the conformance gate). */
    Answer decide(SharingRequest request);

    /**
     * Decides one request and returns the engine's own result, which is what the benchmarks time: for
     * the peers and the baselines, the {@link Answer} their enforcement point computes; for Passerelle,
     * its full decision with conditions and rule hits.
     */
    default Object decideNative(SharingRequest request) {
        return decide(request);
    }

    /** Whether {@link #decide} may be called from several threads at once. */
    default boolean threadSafe() {
        return true;
    }
}
