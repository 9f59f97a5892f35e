package org.passerelle.risk;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.passerelle.model.Checks;
import org.passerelle.model.InvalidInputException;

/**
 * A complete risk policy: indicators, profiles, scoring and selectivity settings, and the context
 * that assessments need (trader histories, watch lists, reference values). It is what a directory
 * of risk documents holds ({@code org.passerelle.json.PolicyReader#readRiskPolicy}).
 *
 * <p>A policy is pure data: it holds no compiled state and does nothing beyond checking its own
 * invariants when it is created (unique indicator and profile ids, profiles naming only known
 * indicators, bands for every scored profile). {@link RiskEngine#compile(RiskPolicy)} compiles it
 * into an engine. Two policies are equal when their indicators and profiles (in order), settings
 * and context are equal. This type is immutable and thread-safe.
 */
public final class RiskPolicy {
    private final List<Indicator> indicators;
    private final List<Profile> profiles;
    private final RiskSettings settings;
    private final RiskContext context;

    private RiskPolicy(List<Indicator> indicators, List<Profile> profiles, RiskSettings settings,
            RiskContext context) {
        this.indicators = Checks.list("indicators", indicators);
        this.profiles = Checks.list("profiles", profiles);
        this.settings = Checks.notNull("settings", settings);
        this.context = Checks.notNull("context", context);
        Set<IndicatorId> known = new HashSet<>();
        for (Indicator i : this.indicators) {
            if (!known.add(i.id())) {
                throw new InvalidInputException("indicators", i.id().value(), "indicator ids must be unique");
            }
        }
        Set<ProfileId> seen = new HashSet<>();
        for (Profile p : this.profiles) {
            if (!seen.add(p.id())) {
                throw new InvalidInputException("profiles", p.id().value(), "profile ids must be unique");
            }
            for (IndicatorId ref : p.indicators()) {
                if (!known.contains(ref)) {
                    throw new InvalidInputException("profile." + p.id() + ".indicators", ref.value(),
                            "is not a known indicator");
                }
            }
            if (p.directLane() == null && p.bands() == null && settings.bands() == null) {
                throw new InvalidInputException("bands", p.id().value(),
                        "are required: scored profile " + p.id() + " has no bands of its own");
            }
        }
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
