package org.passerelle.sharing;

/**
 * The actions for which personal data may be entered in the Customs Information System
 * (Regulation (EC) 515/97 Art. 27; SR-10).
 */
public enum CisAction {
    /** Sighting and reporting. */
    SIGHTING_AND_REPORTING,
    /** Discreet surveillance. */
    DISCREET_SURVEILLANCE,
    /** Specific checks. */
    SPECIFIC_CHECKS,
    /** Operational analysis. */
    OPERATIONAL_ANALYSIS
}
