package org.passerelle.sharing;

/**
 * The information system or channel an item came from, which brings its own rules.
 */
public enum SourceSystem {
    /** A national system of the originator. */
    NATIONAL,
    /** INTERPOL's information system (the Rules on the Processing of Data apply: SR-08, SR-35). */
    INTERPOL,
    /** Europol's SIENA. */
    SIENA,
    /** The EU Customs Information System. */
    CIS,
    /** The WCO Customs Enforcement Network. */
    CEN
}
