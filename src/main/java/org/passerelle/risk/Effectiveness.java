package org.passerelle.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.passerelle.model.Checks;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Money;

/**
 * Profile and indicator effectiveness computed from inspection results (RR-09): inspections,
 * hits, hit rate, seizures and revenue, and the profiles to review.
 *
 * <p>An inspection counts for every profile that selected the declaration (its lane was not
 * Green), whether an examiner could see it or it was withheld (RR-07), and for every indicator that
 * fired in such a profile, once per inspection. Declarations selected at random are counted apart,
 * as the compliance baseline. A profile is flagged for review when it has at least the configured
 * number of inspections and a hit rate below the configured threshold. This type is immutable and
 * thread-safe; its builder is not.
 */
public final class Effectiveness {
    private final Map<ProfileId, Tally> profiles;
    private final Map<IndicatorId, Tally> indicators;
    private final Tally random;
    private final List<ProfileId> forReview;

    /**
     * The figures of a profile, an indicator or the random selection.
     *
     * <p>This type is immutable and thread-safe.
     *
     * @param inspections the inspections counted
     * @param hits the inspections with a finding
     * @param seizures the inspections with a seizure
     * @param revenueRecovered the revenue recovered
     */
    public record Tally(int inspections, int hits, int seizures, Money revenueRecovered) {
        /**
         * Validates the tally.
         */
        public Tally {
            Checks.notNull("revenueRecovered", revenueRecovered);
            if (hits > inspections || seizures > hits || inspections < 0 || seizures < 0) {
                throw new InvalidInputException("tally", inspections + "/" + hits + "/" + seizures,
                        "needs 0 <= seizures <= hits <= inspections");
            }
        }

        /**
         * Returns the hit rate: hits divided by inspections.
         *
         * @return the rate, 0 to 1; 0 when there was no inspection
         */
        public double hitRate() {
            return inspections == 0 ? 0 : (double) hits / inspections;
        }

        /**
         * Returns the sum of this tally and another, such as the figures of one profile counted on
         * several partitions or days.
         *
         * @param other the other tally, not null
         * @return the sum, not null
         * @throws InvalidInputException if the two count revenue in different currencies
         */
        public Tally plus(Tally other) {
            Checks.notNull("other", other);
            return new Tally(inspections + other.inspections, hits + other.hits, seizures + other.seizures,
                    revenueRecovered.plus(other.revenueRecovered));
        }

        Tally plus(InspectionResult r) {
            Money revenue = revenueRecovered;
            if (r.revenueRecovered() != null) {
                revenue = revenue.plus(r.revenueRecovered());
            }
            return new Tally(inspections + 1, hits + (r.finding() ? 1 : 0), seizures + (r.seizure() != null ? 1 : 0),
                    revenue);
        }
    }

    private Effectiveness(Map<ProfileId, Tally> profiles, Map<IndicatorId, Tally> indicators, Tally random,
            List<ProfileId> forReview) {
        this.profiles = Collections.unmodifiableMap(profiles);
        this.indicators = Collections.unmodifiableMap(indicators);
        this.random = random;
        this.forReview = List.copyOf(forReview);
    }

    /**
     * What the inspection of one assessed declaration counts towards (RR-09): the profiles that
     * selected it, the indicators that fired in them (once each, withheld ones included) and whether
     * it was selected at random.
     *
     * <p>It holds only identifiers, so it can be kept in place of the assessment until the
     * inspection result arrives, as a stream processor keeps it in a state store. This type is
     * immutable and thread-safe.
     *
     * @param declarationReference the reference of the assessed declaration
     * @param profiles the selecting profiles, sorted
     * @param indicators the indicators counted, sorted
     * @param random whether the declaration was selected at random
     */
    public record Attribution(String declarationReference, List<ProfileId> profiles, List<IndicatorId> indicators,
            boolean random) {
        /**
         * Validates the attribution and copies the lists.
         */
        public Attribution {
            Checks.notBlank("declarationReference", declarationReference);
            profiles = List.copyOf(Checks.notNull("profiles", profiles));
            indicators = List.copyOf(Checks.notNull("indicators", indicators));
        }

        /**
         * Obtains what the inspection of an assessed declaration counts towards.
         *
         * @param assessment the assessment, not null
         * @return the attribution, not null
         */
        public static Attribution of(Assessment assessment) {
            Checks.notNull("assessment", assessment);
            Map<ProfileId, List<FiredIndicator>> withheld = new TreeMap<>();
            for (WithheldProfile w : assessment.withheld()) {
                withheld.put(w.profile(), w.indicators());
            }
            Set<ProfileId> profiles = new TreeSet<>();
            Set<IndicatorId> indicators = new TreeSet<>();
            for (FiredProfile p : assessment.firedProfiles()) {
                if (!p.selects()) {
                    continue;
                }
                profiles.add(p.id());
                for (FiredIndicator i : p.restricted() ? withheld.getOrDefault(p.id(), List.of()) : p.indicators()) {
                    indicators.add(i.id());
                }
            }
            return new Attribution(assessment.declarationReference(), new ArrayList<>(profiles),
                    new ArrayList<>(indicators), assessment.isRandom());
        }
    }

    /**
     * Starts a builder.
     *
     * @param currency the ISO 4217 code that revenue is reported in, not null
     * @return a new builder, not null
     */
    public static Builder builder(String currency) {
        return new Builder(Money.currency(currency));
    }

    /**
     * Returns the figures of every profile that selected an inspected declaration.
     *
     * @return the figures by profile, sorted by id
     */
    public Map<ProfileId, Tally> profiles() {
        return profiles;
    }

    /**
     * Returns the figures of every indicator that fired in a selecting profile.
     *
     * @return the figures by indicator, sorted by id
     */
    public Map<IndicatorId, Tally> indicators() {
        return indicators;
    }

    /**
     * Returns the figures of a profile.
     *
     * @param id the profile's identifier, not null
     * @return the figures, or empty when it selected no inspected declaration
     */
    public Optional<Tally> profile(String id) {
        return Optional.ofNullable(profiles.get(ProfileId.of(id)));
    }

    /**
     * Returns the figures of an indicator.
     *
     * @param id the indicator's identifier, not null
     * @return the figures, or empty
     */
    public Optional<Tally> indicator(String id) {
        return Optional.ofNullable(indicators.get(IndicatorId.of(id)));
    }

    /**
     * Returns the figures of the declarations selected at random (RR-02), the compliance baseline.
     *
     * @return the figures, not null
     */
    public Tally random() {
        return random;
    }

    /**
     * Returns the profiles flagged for review (RR-09).
     *
     * @return the profile ids, sorted
     */
    public List<ProfileId> profilesForReview() {
        return forReview;
    }

    /**
     * A builder of {@link Effectiveness}: records inspections one by one. Not thread-safe.
     */
    public static final class Builder {
        private final Currency currency;
        private final Map<ProfileId, Tally> profiles = new TreeMap<>();
        private final Map<IndicatorId, Tally> indicators = new TreeMap<>();
        private final Tally zero;
        private Tally random;
        private int minInspections = 20;
        private double minHitRate = 0.05;

        private Builder(Currency currency) {
            this.currency = currency;
            this.zero = new Tally(0, 0, 0, new Money(BigDecimal.ZERO, currency));
            this.random = zero;
        }

        /**
         * Sets how many inspections a profile needs before it can be flagged; defaults to 20.
         *
         * @param value the number, 1 or more
         * @return this builder
         */
        public Builder minInspections(int value) {
            if (value < 1) {
                throw new InvalidInputException("minInspections", String.valueOf(value), "must be 1 or more");
            }
            this.minInspections = value;
            return this;
        }

        /**
         * Sets the hit rate under which a profile is flagged for review; defaults to 0.05.
         *
         * @param value the rate, 0 to 1
         * @return this builder
         */
        public Builder minHitRate(double value) {
            if (!(value >= 0 && value <= 1)) {
                throw new InvalidInputException("minHitRate", String.valueOf(value), "must be 0 to 1");
            }
            this.minHitRate = value;
            return this;
        }

        /**
         * Records the result of inspecting an assessed declaration.
         *
         * @param assessment the assessment that led to the inspection, not null
         * @param result the inspection result, not null
         * @return this builder
         * @throws InvalidInputException if the result is about another declaration or its revenue
         *         is in another currency
         */
        public Builder record(Assessment assessment, InspectionResult result) {
            return record(Attribution.of(assessment), result);
        }

        /**
         * Records the result of inspecting a declaration, given what its inspection counts towards.
         *
         * @param attribution what the inspection counts towards, from the declaration's assessment, not null
         * @param result the inspection result, not null
         * @return this builder
         * @throws InvalidInputException if the result is about another declaration or its revenue
         *         is in another currency
         */
        public Builder record(Attribution attribution, InspectionResult result) {
            Checks.notNull("attribution", attribution);
            Checks.notNull("result", result);
            if (!attribution.declarationReference().equals(result.declarationReference())) {
                throw new InvalidInputException("result.declarationReference", result.declarationReference(),
                        "must be the assessed declaration " + attribution.declarationReference());
            }
            if (result.revenueRecovered() != null && !result.revenueRecovered().currency().equals(currency)) {
                throw new InvalidInputException("result.revenueRecovered", result.revenueRecovered().toString(),
                        "must be in " + currency.getCurrencyCode());
            }
            for (ProfileId p : attribution.profiles()) {
                profiles.merge(p, zero.plus(result), (a, b) -> a.plus(result));
            }
            for (IndicatorId i : attribution.indicators()) {
                indicators.merge(i, zero.plus(result), (a, b) -> a.plus(result));
            }
            if (attribution.random()) {
                random = random.plus(result);
            }
            return this;
        }

        /**
         * Builds the figures.
         *
         * @return the effectiveness, not null
         */
        public Effectiveness build() {
            List<ProfileId> review = new ArrayList<>();
            profiles.forEach((id, t) -> {
                if (t.inspections() >= minInspections && t.hitRate() < minHitRate) {
                    review.add(id);
                }
            });
            return new Effectiveness(new TreeMap<>(profiles), new TreeMap<>(indicators), random, review);
        }
    }
}
