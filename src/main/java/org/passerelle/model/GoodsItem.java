package org.passerelle.model;

import java.util.Optional;

/**
 * A goods item (house item) of a declaration.
 *
 * <p>The commodity code is kept as declared, with dots and spaces removed: it may be missing or
 * shorter than the 6 digits a complete declaration needs, which is exactly what a completeness
 * check (RR-10) looks for. {@link #hsCode()} gives the validated code when it is complete. Masses
 * are in kilograms. This type is immutable and thread-safe.
 *
 * @param sequence the item number, 1 or more
 * @param commodityCode the commodity code as declared, 0 to 10 digits; empty when not declared
 * @param description the goods description
 * @param quantity the quantity with its unit, or null
 * @param grossMassKg the gross mass in kilograms, zero or more
 * @param netMassKg the net mass in kilograms, zero or more and not above the gross mass
 * @param value the declared (invoice or customs) value, or null
 * @param origin the country of origin, or null
 * @param preferenceClaimed whether a tariff preference is claimed for the origin
 */
public record GoodsItem(int sequence, String commodityCode, String description, Quantity quantity,
        double grossMassKg, double netMassKg, Money value, CountryCode origin, boolean preferenceClaimed) {
    /**
     * Validates the item and normalises its commodity code.
     */
    public GoodsItem {
        if (sequence < 1) {
            throw new InvalidInputException("item.sequence", String.valueOf(sequence), "must be 1 or more");
        }
        String declared = commodityCode == null ? "" : commodityCode;
        commodityCode = HsCode.normalise(declared);
        if (commodityCode == null || commodityCode.length() > 10) {
            throw new InvalidInputException("item.commodityCode", declared,
                    "must be up to 10 digits, optionally with dots or spaces");
        }
        description = Checks.notBlank("item.description", description);
        Checks.nonNegative("item.grossMassKg", grossMassKg);
        Checks.nonNegative("item.netMassKg", netMassKg);
        if (grossMassKg > 0 && netMassKg > grossMassKg) {
            throw new InvalidInputException("item.netMassKg", String.valueOf(netMassKg),
                    "must not exceed the gross mass " + grossMassKg);
        }
    }

    /**
     * Returns the validated HS code when the declared code has 6 to 10 digits.
     *
     * @return the code, or empty when the declared code is missing or shorter than 6 digits
     */
    public Optional<HsCode> hsCode() {
        return commodityCode.length() >= 6 ? Optional.of(new HsCode(commodityCode)) : Optional.empty();
    }

    /**
     * Returns the mass to relate the value to: the net mass, or the gross mass when no net mass
     * was declared.
     *
     * @return the mass in kilograms, zero when neither was declared
     */
    public double valuationMassKg() {
        return netMassKg > 0 ? netMassKg : grossMassKg;
    }

    /**
     * Starts a builder for a goods item.
     *
     * @param sequence the item number, 1 or more
     * @return a new builder, not null
     */
    public static Builder builder(int sequence) {
        return new Builder(sequence);
    }

    /**
     * A builder of {@link GoodsItem}. Not thread-safe.
     */
    public static final class Builder {
        private final int sequence;
        private String commodityCode;
        private String description;
        private Quantity quantity;
        private double grossMassKg;
        private double netMassKg;
        private Money value;
        private CountryCode origin;
        private boolean preferenceClaimed;

        private Builder(int sequence) {
            this.sequence = sequence;
        }

        /**
         * Sets the commodity code as declared.
         *
         * @param code up to 10 digits, dots and spaces allowed, not null
         * @return this builder
         */
        public Builder commodityCode(String code) {
            this.commodityCode = code;
            return this;
        }

        /**
         * Sets the goods description.
         *
         * @param text the description, not null
         * @return this builder
         */
        public Builder description(String text) {
            this.description = text;
            return this;
        }

        /**
         * Sets the quantity.
         *
         * @param amount the amount, zero or more
         * @param unit the unit code, not null
         * @return this builder
         */
        public Builder quantity(long amount, String unit) {
            this.quantity = Quantity.of(amount, unit);
            return this;
        }

        /**
         * Sets the gross and net masses.
         *
         * @param grossKg the gross mass in kilograms
         * @param netKg the net mass in kilograms
         * @return this builder
         */
        public Builder mass(double grossKg, double netKg) {
            this.grossMassKg = grossKg;
            this.netMassKg = netKg;
            return this;
        }

        /**
         * Sets the declared value.
         *
         * @param amount the amount as decimal text, not null
         * @param currency the ISO 4217 code, not null
         * @return this builder
         */
        public Builder value(String amount, String currency) {
            this.value = Money.of(amount, currency);
            return this;
        }

        /**
         * Sets the country of origin.
         *
         * @param country the ISO 3166-1 alpha-2 code, not null
         * @return this builder
         */
        public Builder origin(String country) {
            this.origin = CountryCode.of(country);
            return this;
        }

        /**
         * Sets whether a tariff preference is claimed.
         *
         * @param claimed whether it is claimed
         * @return this builder
         */
        public Builder preferenceClaimed(boolean claimed) {
            this.preferenceClaimed = claimed;
            return this;
        }

        /**
         * Builds the item.
         *
         * @return the item, not null
         * @throws InvalidInputException if a setting is missing or wrong
         */
        public GoodsItem build() {
            return new GoodsItem(sequence, commodityCode, description, quantity, grossMassKg, netMassKg, value,
                    origin, preferenceClaimed);
        }
    }
}
