package org.passerelle.analysis;

import java.util.Objects;
import org.passerelle.sharing.SharingRequest;

/**
 * One flow whose outcome or conditions differ between two versions of the law, with a concrete
 * request that shows the difference.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the flow
 * @param kind what changed
 * @param before the flow under the old law, or null when every request there was refused
 * @param after the flow under the new law, or null when every request there is refused
 * @param witness a request whose decision differs: the best request of the side that gives more access
 */
public record FlowChange(Flow.Key key, Kind kind, Flow before, Flow after, SharingRequest witness) {

    /**
     * Checks the components.
     */
    public FlowChange {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(witness, "witness");
    }

    /**
     * What changed on a flow.
     */
    public enum Kind {
        /** The new law opens the flow: it was refused, or waited for consent or a human, and now goes ahead. */
        NEW_ACCESS,
        /** The new law closes the flow. */
        LOST_ACCESS,
        /** The flow goes ahead under both, with fewer or lighter conditions under the new law. */
        WEAKER_CONDITIONS,
        /** The flow goes ahead under both, with more or heavier conditions under the new law. */
        STRONGER_CONDITIONS,
        /** The outcome is the same, but it relies on another agreement or its conditions differ otherwise. */
        CHANGED
    }
}
