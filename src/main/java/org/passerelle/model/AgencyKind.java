package org.passerelle.model;

/**
 * The kind of an agency: what it is competent for.
 */
public enum AgencyKind {
    /** A customs administration or one of its units. */
    CUSTOMS,
    /** A police force or one of its units. */
    POLICE,
    /** An INTERPOL National Central Bureau. */
    INTERPOL_NCB,
    /** A public prosecutor's office. */
    PROSECUTOR,
    /** A court or investigating judge. */
    JUDICIAL,
    /** A financial intelligence unit. */
    FIU,
    /** A tax authority. */
    TAX,
    /** A border guard. */
    BORDER_GUARD,
    /** An international organisation, such as the WCO, the INTERPOL General Secretariat, Europol or OLAF. */
    INTERNATIONAL_ORG;

    /**
     * Returns whether agencies of this kind prevent, investigate or prosecute offences.
     *
     * @return true for customs, police, INTERPOL NCBs, prosecutors, judicial bodies, FIUs and border guards
     */
    public boolean isLawEnforcement() {
        return this != TAX && this != INTERNATIONAL_ORG;
    }
}
