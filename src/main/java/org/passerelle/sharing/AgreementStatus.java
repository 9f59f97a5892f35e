package org.passerelle.sharing;

/**
 * The status of an agreement, besides its validity window (SR-02).
 */
public enum AgreementStatus {
    /** In force within its validity window. */
    IN_FORCE,
    /** Signed or adopted but never entered into force (the Johannesburg Convention): never a basis. */
    NOT_IN_FORCE,
    /** Suspended: grants nothing while suspended. */
    SUSPENDED,
    /** Terminated: grants nothing. */
    TERMINATED
}
