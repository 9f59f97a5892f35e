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

    /** Decides one request. */
    Answer decide(SharingRequest request);

    /** Whether {@link #decide} may be called from several threads at once. */
    default boolean threadSafe() {
        return true;
    }
}
