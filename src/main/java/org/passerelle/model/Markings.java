package org.passerelle.model;


/**
 * The markings an originator put on an information item: TLP label, SIENA handling code and grading.
 *
 * <p>Each part may be absent (null). This type is immutable and thread-safe.
 *
 * @param tlp the TLP 2.0 label, or null
 * @param handling the SIENA handling code, or null
 * @param handlingText the free-text restriction that an {@link HandlingCode#H3} code carries, or null
 * @param grading the provider's evaluation of source and information, or null
 */
public record Markings(TlpLabel tlp, HandlingCode handling, String handlingText, Grading grading) {
    /** No markings at all. */
    public static final Markings NONE = new Markings(null, null, null, null);

    /**
     * Validates the markings: an H3 code needs its free text, other codes take none.
     */
    public Markings {
        if (handling == HandlingCode.H3 && (handlingText == null || handlingText.isBlank())) {
            throw new InvalidInputException("handlingText", handlingText, "is required with handling code H3");
        }
        if (handling != HandlingCode.H3 && handlingText != null) {
            throw new InvalidInputException("handlingText", handlingText, "is allowed only with handling code H3");
        }
    }

    /**
     * Returns markings with only a TLP label.
     *
     * @param tlp the label, not null
     * @return the markings, not null
     */
    public static Markings of(TlpLabel tlp) {
        return new Markings(tlp, null, null, null);
    }

    /**
     * Returns a copy with another handling code.
     *
     * @param code the code, may be null
     * @param text the H3 text, may be null
     * @return the copy, not null
     */
    public Markings withHandling(HandlingCode code, String text) {
        return new Markings(tlp, code, text, grading);
    }

    /**
     * Returns a copy with another grading.
     *
     * @param value the grading, may be null
     * @return the copy, not null
     */
    public Markings withGrading(Grading value) {
        return new Markings(tlp, handling, handlingText, value);
    }
}
