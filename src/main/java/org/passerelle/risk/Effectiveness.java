package org.passerelle.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
            Checks.notNull("assessment", assessment);
            Checks.notNull("result", result);
            if (!assessment.declarationReference().equals(result.declarationReference())) {
                throw new InvalidInputException("result.declarationReference", result.declarationReference(),
                        "must be the assessed declaration " + assessment.declarationReference());
            }
            if (result.revenueRecovered() != null && !result.revenueRecovered().currency().equals(currency)) {
                throw new InvalidInputException("result.revenueRecovered", result.revenueRecovered().toString(),
                        "must be in " + currency.getCurrencyCode());
            }
            Set<IndicatorId> counted = new HashSet<>();
            Map<ProfileId, List<FiredIndicator>> withheld = new TreeMap<>();
            for (WithheldProfile w : assessment.withheld()) {
                withheld.put(w.profile(), w.indicators());
            }
            for (FiredProfile p : assessment.firedProfiles()) {
                if (!p.selects()) {
                    continue;
                }
                profiles.merge(p.id(), zero.plus(result), (a, b) -> a.plus(result));
                List<FiredIndicator> fired = p.restricted() ? withheld.getOrDefault(p.id(), List.of()) : p.indicators();
                for (FiredIndicator i : fired) {
                    if (counted.add(i.id())) {
                        indicators.merge(i.id(), zero.plus(result), (a, b) -> a.plus(result));
                    }
                }
            }
            if (assessment.isRandom()) {
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
