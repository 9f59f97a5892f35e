package org.passerelle.sharing;

/**
 * The channel through which information would be disclosed.
 */
public enum Channel {
    /** A closed channel between agencies (SIENA, CENcomm, I-24/7...). */
    CLOSED,
    /** A publicly accessible channel: TLP:GREEN may not go there (SR-14). */
    PUBLIC
}
