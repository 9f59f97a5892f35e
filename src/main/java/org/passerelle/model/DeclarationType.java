package org.passerelle.model;

/**
 * The type of a declaration.
 */
public enum DeclarationType {
    /** Import declaration (release for free circulation or another import procedure). */
    IMPORT,
    /** Export declaration. */
    EXPORT,
    /** Transit declaration. */
    TRANSIT,
    /** Entry summary declaration (ENS), the advance safety and security filing. */
    ENTRY_SUMMARY,
    /** Exit summary declaration. */
    EXIT_SUMMARY
}
