package org.passerelle.sharing;

/**
 * The type of legal instrument an agreement is.
 */
public enum InstrumentType {
    /** A multilateral convention (Nairobi, Naples II...). */
    CONVENTION,
    /** An EU regulation, directive or decision. */
    EU_INSTRUMENT,
    /** A bilateral agreement, such as a customs mutual assistance agreement (CMAA). */
    BILATERAL_AGREEMENT,
    /** A memorandum of understanding between agencies. */
    MOU,
    /** A national statute. */
    STATUTE
}
