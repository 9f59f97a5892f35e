package org.passerelle.sharing;

/**
 * The purposes of processing in INTERPOL's information system (Rules on the Processing of Data,
 * Art. 10, as amended in 2023).
 */
public enum InterpolPurpose {
    /** Locate a wanted person with a view to detention, arrest or restriction of movement. */
    LOCATE_WANTED_PERSON,
    /** Obtain information on, or identify, persons or objects of interest to the police. */
    IDENTIFY_PERSONS_OR_OBJECTS,
    /** Support investigations, including criminal history. */
    SUPPORT_INVESTIGATION,
    /** Provide warnings about persons, events, objects or methods. */
    ALERT,
    /** Identify individuals or dead bodies. */
    IDENTIFICATION,
    /** Forensic analysis. */
    FORENSIC_ANALYSIS,
    /** Security checks pertaining to international police cooperation. */
    SECURITY_CHECK,
    /** Analyse threats, crime trends and criminal networks. */
    THREAT_ANALYSIS,
    /** Border management and border control (Art. 10(1)(h), added in 2023). */
    BORDER_MANAGEMENT
}
