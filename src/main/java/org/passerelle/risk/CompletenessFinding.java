package org.passerelle.risk;

/**
 * A gap found by the completeness check that runs before scoring (RR-10).
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param item the sequence number of the goods item
 * @param kind what is missing
 * @param declared the commodity code or description as declared
 */
public record CompletenessFinding(int item, Kind kind, String declared) {
    /**
     * What a completeness finding is about.
     */
    public enum Kind {
        /** The commodity code is missing or has fewer than 6 digits. */
        HS_CODE_TOO_SHORT,
        /** The goods description is generic, such as "general merchandise". */
        GENERIC_DESCRIPTION
    }

    /**
     * Returns the finding in plain language.
     *
     * @return the text, not null
     */
    public String describe() {
        if (kind == Kind.HS_CODE_TOO_SHORT) {
            return "item " + item + ": commodity code \"" + declared + "\" has fewer than 6 digits";
        }
        return "item " + item + ": generic description \"" + declared + "\"";
    }
}
