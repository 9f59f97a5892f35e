package org.passerelle.sharing;

/**
 * The category of an information item; agreements permit categories.
 */
public enum InformationCategory {
    /** Data of customs declarations and manifests. */
    DECLARATION_DATA,
    /** A report of a seizure of goods. */
    SEIZURE_REPORT,
    /** An intelligence report. */
    INTELLIGENCE_REPORT,
    /** A risk profile or its indicators. */
    RISK_PROFILE,
    /** Personal data about a party (a person or a company). */
    PERSONAL_DATA,
    /** A case file of an investigation. */
    CASE_FILE,
    /** An alert or a notice about persons, goods, means of transport or methods. */
    ALERT
}
