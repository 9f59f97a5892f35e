package org.passerelle.model;

/**
 * The type of an Authorised Economic Operator authorisation, as the EU programme defines them.
 */
public enum AeoType {
    /** AEOC: customs simplifications; covers fiscal and compliance risks. */
    AEOC,
    /** AEOS: security and safety; covers security risks. */
    AEOS,
    /** AEOF: both customs simplifications and security and safety. */
    AEOF;

    /**
     * Returns whether this type covers fiscal and customs-compliance risks.
     *
     * @return true for AEOC and AEOF
     */
    public boolean coversCustoms() {
        return this != AEOS;
    }

    /**
     * Returns whether this type covers security and safety risks.
     *
     * @return true for AEOS and AEOF
     */
    public boolean coversSecurity() {
        return this != AEOC;
    }
}
