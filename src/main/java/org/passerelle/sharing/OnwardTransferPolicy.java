package org.passerelle.sharing;

/**
 * What a recipient may do with information received under an agreement when it wants to pass it
 * to a third agency (SR-20 to SR-22).
 */
public enum OnwardTransferPolicy {
    /** No onward transfer at all. */
    NONE,
    /** Onward transfer only with the originator's consent (the third-agency rule). */
    CONSENT_REQUIRED,
    /**
     * Naples II Art. 25(2)(a): the receiving customs may forward, without prior consent, to its own
     * customs administrations, investigative authorities and judicial bodies for prosecuting customs
     * infringements; any other transmission needs consent.
     */
    NAPLES_II,
    /**
     * The receiving customs may pass the information to its national law-enforcement agencies unless
     * the provider objected; they inherit the same use limits.
     */
    DOMESTIC_LAW_ENFORCEMENT_UNLESS_OBJECTED
}
