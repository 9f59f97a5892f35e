package org.passerelle.sharing;

/**
 * How urgent a request is (Directive (EU) 2023/977; SR-33).
 */
public enum Urgency {
    /** A routine request. */
    ROUTINE,
    /** An urgent request. */
    URGENT
}
