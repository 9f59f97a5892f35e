package org.passerelle.risk;

/**
 * A gap found by the completeness check that runs before scoring (RR-10): missing or truncated data,
 * or a claim the declaration makes that the context does not support.
 *
 * <p>A declaration with a finding is not complete, goes at least to the incomplete lane, and its
 * lane is never lower than the lane it would get with the missing data at its riskiest: incomplete
 * data never lowers control. This type is immutable and thread-safe.
 *
 * @param item the sequence number of the goods item, or 0 for the declaration as a whole
 * @param kind what is missing
 * @param declared what was declared: the commodity code, description, mass, the party's trader id
 *        and claimed AEO type; empty when nothing was
 */
public record CompletenessFinding(int item, Kind kind, String declared) {
    /**
     * What a completeness finding is about.
     */
    public enum Kind {
        /** The commodity code is missing or has fewer than 6 digits. */
        HS_CODE_TOO_SHORT,
        /** The goods description is generic, such as "general merchandise". */
        GENERIC_DESCRIPTION,
        /** Neither a net nor a gross mass above zero is declared. */
        MASS_MISSING,
        /** The country of origin of a goods item is not declared. */
        ORIGIN_MISSING,
        /** A party claims an AEO authorisation that the context's register does not hold (RR-05). */
        UNREGISTERED_AEO_CLAIM
    }

    /**
     * Returns the finding in plain language.
     *
     * @return the text, not null
     */
    public String describe() {
        switch (kind) {
            case HS_CODE_TOO_SHORT:
                return "item " + item + ": commodity code \"" + declared + "\" has fewer than 6 digits";
            case GENERIC_DESCRIPTION:
                return "item " + item + ": generic description \"" + declared + "\"";
            case MASS_MISSING:
                return "item " + item + ": no mass above zero (declared \"" + declared + "\")";
            case ORIGIN_MISSING:
                return "item " + item + ": no country of origin";
            case UNREGISTERED_AEO_CLAIM:
                return "AEO claim not in the authorisation register: " + declared;
            default:
                throw new IllegalStateException("unknown finding kind " + kind);
        }
    }
}
