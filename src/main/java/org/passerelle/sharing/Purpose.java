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

    /**
     * Starts a builder of a purpose that is not law enforcement until
     * {@link Builder#lawEnforcement()} says so, with no INTERPOL purpose and no CIS action.
     *
     * @param id the identifier, such as {@code drug-investigation}
     * @return a new builder, not null
     * @throws org.passerelle.model.InvalidInputException if the identifier is not valid
     */
    public static Builder builder(String id) {
        return new Builder(PurposeId.of(id));
    }

    /**
     * Returns a builder initialised with this purpose, to derive a variant.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.title = title;
        b.lawEnforcement = lawEnforcement;
        b.customsProsecution = customsProsecution;
        b.interpolPurpose = interpolPurpose;
        b.cisAction = cisAction;
        return b;
    }

    @Override
    public int compareTo(Purpose other) {
        return id.compareTo(other.id);
    }

    /**
     * A builder of {@link Purpose}. Not thread-safe; the purpose it builds is immutable.
     */
    public static final class Builder {
        private final PurposeId id;
        private String title;
        private boolean lawEnforcement;
        private boolean customsProsecution;
        private InterpolPurpose interpolPurpose;
        private CisAction cisAction;

        private Builder(PurposeId id) {
            this.id = id;
        }

        /**
         * Sets the title, for people; required.
         *
         * @param value the title, not blank
         * @return this builder
         */
        public Builder title(String value) {
            title = value;
            return this;
        }

        /**
         * Makes it a law-enforcement purpose: the prevention, investigation or prosecution of
         * offences (SR-07).
         *
         * @return this builder
         */
        public Builder lawEnforcement() {
            lawEnforcement = true;
            return this;
        }

        /**
         * Makes it the prosecution of customs infringements (Naples II forwarding: SR-21). Independent
         * of {@link #lawEnforcement()}: call both when both hold.
         *
         * @return this builder
         */
        public Builder customsProsecution() {
            customsProsecution = true;
            return this;
        }

        /**
         * Sets the INTERPOL RPD Art. 10 purpose it falls under (SR-08).
         *
         * @param value the INTERPOL purpose, or null for none
         * @return this builder
         */
        public Builder interpolPurpose(InterpolPurpose value) {
            interpolPurpose = value;
            return this;
        }

        /**
         * Sets the Customs Information System action it corresponds to (SR-10).
         *
         * @param value the CIS action, or null for none
         * @return this builder
         */
        public Builder cisAction(CisAction value) {
            cisAction = value;
            return this;
        }

        /**
         * Builds the purpose.
         *
         * @return the purpose, not null
         * @throws org.passerelle.model.InvalidInputException if the title is missing or blank
         */
        public Purpose build() {
            return new Purpose(id, title, lawEnforcement, customsProsecution, interpolPurpose, cisAction);
        }
    }
}
