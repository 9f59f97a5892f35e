package org.passerelle.sharing;

import org.passerelle.model.Checks;

/**
 * A purpose for which information may be processed, such as "drug trafficking investigation".
 *
 * <p>Which purposes exist is policy data; what each one means to the engine is carried by its flags.
 * This type is immutable and thread-safe.
 *
 * @param id the identifier
 * @param title the title, for people
 * @param lawEnforcement whether it is the prevention, investigation or prosecution of offences
 *        (SIENA H0 allows only such purposes: SR-07)
 * @param customsProsecution whether it is the prosecution of customs infringements (Naples II
 *        forwarding: SR-21)
 * @param interpolPurpose the INTERPOL RPD Art. 10 purpose it falls under, or null (SR-08)
 * @param cisAction the Customs Information System action it corresponds to, or null (SR-10)
 */
public record Purpose(PurposeId id, String title, boolean lawEnforcement, boolean customsProsecution,
        InterpolPurpose interpolPurpose, CisAction cisAction) implements Comparable<Purpose> {

    /**
     * Validates the purpose.
     */
    public Purpose {
        Checks.notNull("id", id);
        title = Checks.notBlank("title", title);
    }

    /**
     * Returns a law-enforcement purpose without further flags.
     *
     * @param id the identifier, not null
     * @param title the title, not null
     * @return the purpose, not null
     */
    public static Purpose lawEnforcement(String id, String title) {
        return new Purpose(PurposeId.of(id), title, true, false, null, null);
    }

    /**
     * Returns a purpose that is not law enforcement (an audit, statistics, immigration control...).
     *
     * @param id the identifier, not null
     * @param title the title, not null
     * @return the purpose, not null
     */
    public static Purpose other(String id, String title) {
        return new Purpose(PurposeId.of(id), title, false, false, null, null);
    }

    @Override
    public int compareTo(Purpose other) {
        return id.compareTo(other.id);
    }
}
