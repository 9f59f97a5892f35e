package org.passerelle.model;

/**
 * A designation an agency holds, conferred by law or by another body.
 */
public enum Designation {
    /** Authorised by its INTERPOL NCB to access INTERPOL's information system (RPD Art. 21). */
    NCB_AUTHORISED,
    /** The single point of contact under Directive (EU) 2023/977. */
    SINGLE_POINT_OF_CONTACT,
    /** Designated as a competent law-enforcement authority (Directive (EU) 2016/680, Directive (EU) 2023/977). */
    COMPETENT_AUTHORITY,
    /** A customs administration's designated central unit for mutual administrative assistance. */
    CENTRAL_COORDINATING_UNIT
}
