package org.passerelle.sharing;

/**
 * The outcome of a sharing decision, from the least to the most restrictive.
 *
 * <p>When several rules speak, the most restrictive outcome wins:
 * {@code DENY > PENDING_CONSENT > ESCALATE > PERMIT_WITH_CONDITIONS > PERMIT}.
 */
public enum Outcome {
    /** The flow may go ahead. */
    PERMIT,
    /** The flow may go ahead under the conditions the decision lists. */
    PERMIT_WITH_CONDITIONS,
    /** A human must decide (a free-text restriction, special-category data, a missing assurance...). */
    ESCALATE,
    /** The originator's consent must be obtained first. */
    PENDING_CONSENT,
    /** The flow is refused. */
    DENY;

    /**
     * Returns the more restrictive of this outcome and another.
     *
     * @param other the other outcome, not null
     * @return the more restrictive one, not null
     */
    public Outcome and(Outcome other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /**
     * Returns whether this outcome lets the flow go ahead.
     *
     * @return true for {@link #PERMIT} and {@link #PERMIT_WITH_CONDITIONS}
     */
    public boolean isPermit() {
        return this == PERMIT || this == PERMIT_WITH_CONDITIONS;
    }
}
