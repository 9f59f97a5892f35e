package org.passerelle.risk;

import java.util.List;
import java.util.Objects;
import org.passerelle.model.Checks;
import org.passerelle.model.InvalidInputException;

/**
 * A complete risk policy: indicators, profiles, scoring and selectivity settings, and the context
 * that assessments need (trader histories, watch lists, reference values). It is what a directory
 * of risk documents holds ({@code org.passerelle.json.PolicyReader#readRiskPolicy}).
 *
 * <p>The policy is checked when it is created, by compiling its engine (unique ids, known
 * indicators, bands for every scored profile); {@link #engine()} returns that engine. Two policies
 * are equal when their indicators and profiles (in order), settings and context are equal. This
 * type is immutable and thread-safe.
 */
public final class RiskPolicy {
    private final List<Indicator> indicators;
    private final List<Profile> profiles;
    private final RiskSettings settings;
    private final RiskContext context;
    private final RiskEngine engine;

    private RiskPolicy(List<Indicator> indicators, List<Profile> profiles, RiskSettings settings,
            RiskContext context) {
        this.indicators = Checks.list("indicators", indicators);
        this.profiles = Checks.list("profiles", profiles);
        this.settings = Checks.notNull("settings", settings);
        this.context = Checks.notNull("context", context);
        this.engine = RiskEngine.builder().indicators(this.indicators).profiles(this.profiles).settings(settings)
                .build();
    }

    /**
     * Obtains a checked risk policy.
     *
     * @param indicators the indicators, in order, not null
     * @param profiles the profiles, in order (matched profiles are reported in this order), not null
     * @param settings the settings, not null
     * @param context the assessment context, not null
     * @return the policy, not null
     * @throws InvalidInputException if an id is duplicated, a profile names an unknown indicator or
     *         a scored profile has no bands
     */
    public static RiskPolicy of(List<Indicator> indicators, List<Profile> profiles, RiskSettings settings,
            RiskContext context) {
        return new RiskPolicy(indicators, profiles, settings, context);
    }

    /**
     * Returns the indicators, in order.
     *
     * @return the indicators, not null
     */
    public List<Indicator> indicators() {
        return indicators;
    }

    /**
     * Returns the profiles, in order.
     *
     * @return the profiles, not null
     */
    public List<Profile> profiles() {
        return profiles;
    }

    /**
     * Returns the scoring and selectivity settings.
     *
     * @return the settings, not null
     */
    public RiskSettings settings() {
        return settings;
    }

    /**
     * Returns the assessment context: trader histories, watch lists and reference values.
     *
     * @return the context, not null
     */
    public RiskContext context() {
        return context;
    }

    /**
     * Returns the engine compiled from the policy, without a clock: pass the instant to
     * {@link RiskEngine#assess(org.passerelle.model.Declaration, RiskContext, java.time.Instant)}.
     *
     * @return the engine, not null
     */
    public RiskEngine engine() {
        return engine;
    }

    /**
     * Returns a builder of an engine preloaded with the policy's indicators, profiles and settings,
     * to add a clock or change a setting.
     *
     * @return a new builder, not null
     */
    public RiskEngine.Builder toEngineBuilder() {
        return RiskEngine.builder().indicators(indicators).profiles(profiles).settings(settings);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RiskPolicy)) {
            return false;
        }
        RiskPolicy other = (RiskPolicy) o;
        return indicators.equals(other.indicators) && profiles.equals(other.profiles)
                && settings.equals(other.settings) && context.equals(other.context);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicators, profiles, settings, context);
    }

    @Override
    public String toString() {
        return "RiskPolicy[" + indicators.size() + " indicator(s), " + profiles.size() + " profile(s), " + context + "]";
    }
}
