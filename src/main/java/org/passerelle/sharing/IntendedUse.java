package org.passerelle.sharing;

/**
 * What the recipient intends to do with the information.
 */
public enum IntendedUse {
    /** Analysis and intelligence, no direct action. */
    INTELLIGENCE,
    /** Operational action: a control, a search, an arrest (SR-35). */
    OPERATIONAL,
    /** Evidence or disclosure in criminal or judicial proceedings (SR-25). */
    EVIDENCE
}
