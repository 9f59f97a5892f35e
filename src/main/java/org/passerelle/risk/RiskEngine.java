package org.passerelle.risk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.passerelle.model.AeoAuthorisation;
import org.passerelle.model.Checks;
import org.passerelle.model.Declaration;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Party;
import org.passerelle.model.PartyRole;
import org.passerelle.model.PasserelleException;

/**
 * The risk engine: assesses declarations against compiled indicators and profiles and routes each
 * to a lane.
 *
 * <p>An engine is built once from indicators, profiles and scoring settings, validated and
 * compiled into an indexed, immutable form, then used for any number of assessments. Each
 * assessment runs, in order: the completeness check (RR-10); the indicators that can match the
 * declaration, found through indexes by commodity code prefix, origin, departure and routing
 * country, transhipment hub and party, plus the few that cannot be indexed; the profiles those
 * indicators belong to, if they apply on the day (RR-06), scored (RR-04) with AEO reductions
 * (RR-05) or sent to their direct lane; the most severe lane (RR-01); and the reproducible random
 * selection (RR-02). Decisions are made as of an instant given by the caller or by the injected
 * {@link Clock}; the engine never reads the system clock on its own.
 *
 * <p>Internals: the definition (indicators, profiles, settings) is a {@link RiskPolicy}, pure data
 * that checks its own invariants; the engine compiles it into three package-private parts, one per
 * concern. Indicators used by no profile are dropped, every other one gets a number. The
 * {@code CriterionIndex} holds each numbered indicator's compiled {@code Check} and the index that
 * finds the indicators which can fire on a declaration; {@code ProfileScoring} holds which profiles
 * each indicator belongs to and turns fired indicators into lanes; {@code CompletenessChecks} holds
 * the checks of RR-10. An assessment marks evaluated and fired indicators with stamps in a
 * per-thread {@code Scratch}, lists the fired ones, then visits only the profiles of fired
 * indicators, in the engine's order: nothing it allocates or scans grows with the engine's size.
 * This class is immutable and thread-safe; its builder is not.
 */
public final class RiskEngine {
    private final RiskPolicy definition;
    private final Map<IndicatorId, Indicator> indicatorsById;
    private final Map<ProfileId, Profile> profilesById;
    private final CriterionIndex criteria;
    private final ProfileScoring scoring;
    private final CompletenessChecks completeness;
    private final RandomSelection random;
    private final Set<PartyRole> aeoRoles;
    private final ZoneId zone;
    private final Clock clock;
    private final ThreadLocal<Scratch> scratch;

    private RiskEngine(RiskPolicy definition, Clock clock, Map<IndicatorId, Check> checkOverrides) {
        this.definition = definition;
        RiskSettings settings = definition.settings();
        this.clock = clock;
        this.zone = settings.zone();
        this.aeoRoles = Set.copyOf(settings.aeoRoles());
        this.random = new RandomSelection(settings.randomSeed() == null ? 0 : settings.randomSeed(),
                settings.randomRate(Lane.RED), settings.randomRate(Lane.YELLOW), settings.randomRate(Lane.BLUE));
        Map<IndicatorId, Indicator> byId = new LinkedHashMap<>();
        for (Indicator i : definition.indicators()) {
            byId.put(i.id(), i);
        }
        Map<ProfileId, Profile> profById = new LinkedHashMap<>();
        for (Profile p : definition.profiles()) {
            profById.put(p.id(), p);
        }
        this.indicatorsById = Collections.unmodifiableMap(byId);
        this.profilesById = Collections.unmodifiableMap(profById);

        // number only the indicators that some profile uses
        Map<IndicatorId, Integer> number = new LinkedHashMap<>();
        List<Indicator> numbered = new ArrayList<>();
        for (Profile p : definition.profiles()) {
            for (IndicatorId ref : p.indicators()) {
                if (number.putIfAbsent(ref, number.size()) == null) {
                    numbered.add(byId.get(ref));
                }
            }
        }
        this.criteria = new CriterionIndex(numbered, checkOverrides);
        this.scoring = new ProfileScoring(numbered, number, definition.profiles(), settings);
        this.completeness = new CompletenessChecks(settings.genericDescriptions());
        int indicatorCount = numbered.size();
        int profileCount = scoring.size();
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(indicatorCount, profileCount));
    }

    /**
     * Starts a builder for an engine.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Compiles the engine of a risk policy: its indicators, profiles and settings. The policy's
     * context is not part of the engine; pass {@link RiskPolicy#context()} to each assessment.
     *
     * @param policy the policy, not null
     * @return the engine, without a clock, not null
     */
    public static RiskEngine compile(RiskPolicy policy) {
        Checks.notNull("policy", policy);
        return new RiskEngine(policy, null, Map.of());
    }

    /**
     * Returns the scoring and selectivity settings the engine was built with.
     *
     * @return the settings, not null
     */
    public RiskSettings settings() {
        return definition.settings();
    }

    /**
     * Returns the indicators, in the order they were added.
     *
     * @return the indicators, not null
     */
    public List<Indicator> indicators() {
        return definition.indicators();
    }

    /**
     * Returns the profiles, in the order they were added; matched profiles are reported in this order.
     *
     * @return the profiles, not null
     */
    public List<Profile> profiles() {
        return definition.profiles();
    }

    /**
     * Returns an indicator.
     *
     * @param id the identifier, not null
     * @return the indicator, or empty
     */
    public Optional<Indicator> indicator(IndicatorId id) {
        return Optional.ofNullable(indicatorsById.get(id));
    }

    /**
     * Returns a profile.
     *
     * @param id the identifier, not null
     * @return the profile, or empty
     */
    public Optional<Profile> profile(ProfileId id) {
        return Optional.ofNullable(profilesById.get(id));
    }

    /**
     * Returns the configured random selection rate of a lane (RR-02).
     *
     * @param lane the lane, not null
     * @return the rate, 0 to 1
     */
    public double randomRate(Lane lane) {
        return random.rate(lane);
    }

    /**
     * Assesses a declaration as of the instant of the engine's clock.
     *
     * @param declaration the declaration, not null
     * @param context the context, not null
     * @return the assessment, not null
     * @throws PasserelleException if the engine was built without a clock
     */
    public Assessment assess(Declaration declaration, RiskContext context) {
        if (clock == null) {
            throw new PasserelleException("no clock: build the engine with clock(...) or pass the instant to assess");
        }
        return assess(declaration, context, clock.instant());
    }

    /**
     * Assesses a declaration as of an instant.
     *
     * @param declaration the declaration, not null
     * @param context the context, not null
     * @param asOf the instant the decision is made as of, not null
     * @return the assessment, not null
     */
    public Assessment assess(Declaration declaration, RiskContext context, Instant asOf) {
        Checks.notNull("declaration", declaration);
        Checks.notNull("context", context);
        Checks.notNull("asOf", asOf);
        try {
            return assessChecked(declaration, context, asOf);
        } catch (RuntimeException | StackOverflowError e) {
            return failClosed(declaration, asOf, e);
        }
    }

    /**
     * Returns the assessment of a declaration whose assessment failed: the fail-closed lane, with a
     * rule hit naming the error, never an exception and never Green.
     */
    Assessment failClosed(Declaration declaration, Instant asOf, Throwable error) {
        Lane lane = definition.settings().failClosedLane();
        String what = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": "
                + truncate(error.getMessage(), 200));
        return new Assessment(declaration.reference(), asOf, lane, lane, 0, null, false, List.of(), List.of(),
                List.of(), List.of(new RiskRuleHit(RiskRule.FAIL_CLOSED, "the assessment failed (" + what
                        + "): lane " + lane + ", fail closed")));
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }

    private Assessment assessChecked(Declaration declaration, RiskContext context, Instant asOf) {
        LocalDate day = LocalDate.ofInstant(asOf, zone);
        List<RiskRuleHit> hits = new ArrayList<>(4);

        boolean aeoCustoms = false;
        boolean aeoSecurity = false;
        boolean aeoHolder = false;
        List<CompletenessFinding> findings = completeness.findings(declaration, context, day);
        for (Party p : declaration.parties()) {
            AeoAuthorisation aeo = aeoRoles.contains(p.role()) ? context.registeredAeoOrNull(p.id(), day) : null;
            if (aeo != null) {
                aeoHolder = true;
                aeoCustoms |= aeo.type().coversCustoms();
                aeoSecurity |= aeo.type().coversSecurity();
            }
        }

        Subject s = new Subject(declaration, context, day);
        Scratch w = scratch.get();
        w.next();
        criteria.fire(s, w);
        ProfileScoring.Outcome out = new ProfileScoring.Outcome(hits);
        scoring.score(w, context, day, aeoCustoms, aeoSecurity, out);
        if (out.undervalued) {
            hits.add(new RiskRuleHit(RiskRule.RR_11, "declared value per kg below the reference for HS6 and origin"));
        }
        if (!out.matched.isEmpty()) {
            hits.add(new RiskRuleHit(RiskRule.RR_01, out.decisive == null
                    ? out.matched.size() + " profile(s) matched without selecting: lane GREEN"
                    : "lane " + out.riskLane + ", the most severe of " + out.matched.size()
                            + " matched profile(s), from profile " + out.decisive));
        }
        Lane riskLane = out.riskLane;
        Lane lane = riskLane;
        if (!findings.isEmpty()) {
            lane = Lane.mostSevere(lane, definition.settings().incompleteLane());
            hits.add(new RiskRuleHit(RiskRule.RR_10, Assessment.completenessSummary(findings.size())));
            if (CompletenessChecks.hasMissingData(findings) && scoring.mostSevereReachable().isMoreSevereThan(lane)) {
                s.riskiest = true;
                w.next();
                criteria.fireAll(s, w);
                ProfileScoring.Outcome worst = new ProfileScoring.Outcome(new ArrayList<>());
                scoring.score(w, context, day, aeoCustoms, aeoSecurity, worst);
                if (worst.riskLane.isMoreSevereThan(lane)) {
                    lane = worst.riskLane;
                    hits.add(new RiskRuleHit(RiskRule.RR_10, "with the missing data at its riskiest, profile "
                            + worst.decisive + " would give lane " + worst.riskLane
                            + ": incomplete data never lowers control"));
                }
            }
        }
        Lane randomLane = random.select(declaration.reference());
        if (randomLane != null) {
            lane = Lane.mostSevere(lane, randomLane);
            hits.add(new RiskRuleHit(RiskRule.RR_02, "selected at random for lane " + randomLane));
        }
        boolean priority = aeoHolder && lane != Lane.GREEN;
        if (priority) {
            hits.add(new RiskRuleHit(RiskRule.RR_05, "AEO holder: priority treatment when controlled"));
        }
        return new Assessment(declaration.reference(), asOf, lane, riskLane, out.score, randomLane, priority,
                findings, out.matched, out.withheld, hits);
    }

    /**
     * Changes the lane of an assessed declaration on an officer's decision (RR-01): checks that the
     * officer's role is one of the {@linkplain RiskSettings#rerouteRoles() reroute roles} and
     * returns a new assessment that records the change (officer, role, reason, instant) in
     * {@link Assessment#laneChanges()} and as an RR-01 rule hit. The given assessment is unchanged.
     *
     * @param assessment the assessment, not null
     * @param change the change, not null
     * @return the assessment with the change recorded, not null
     * @throws UnauthorisedLaneChangeException if the role may not change lanes
     * @throws InvalidInputException if the change is dated before the assessment or the last
     *         change, or does not change the lane
     */
    public Assessment reroute(Assessment assessment, LaneChange change) {
        Checks.notNull("assessment", assessment);
        Checks.notNull("change", change);
        if (!settings().rerouteRoles().contains(change.role())) {
            throw new UnauthorisedLaneChangeException(change.role(), change.officer(),
                    assessment.declarationReference(), "role \"" + change.role() + "\" of officer " + change.officer()
                    + " may not change the lane of declaration " + assessment.declarationReference()
                    + " (RR-01); authorised roles: " + (settings().rerouteRoles().isEmpty() ? "none"
                            : String.join(", ", settings().rerouteRoles())));
        }
        if (change.at().isBefore(assessment.laneSince())) {
            throw new InvalidInputException("laneChange.at", change.at().toString(),
                    "must not be before " + assessment.laneSince() + ", when declaration "
                            + assessment.declarationReference() + " entered lane " + assessment.lane());
        }
        if (change.lane() == assessment.lane()) {
            throw new InvalidInputException("laneChange.lane", change.lane().name(),
                    "is already the lane of declaration " + assessment.declarationReference());
        }
        return assessment.withChange(change);
    }

    /**
     * Returns the lane of an assessed declaration as of an instant (RR-01): its current lane, except
     * that a declaration Yellow for at least {@link RiskSettings#yellowToBlueAfter()} (since its
     * assessment or its last lane change) is Blue. Without that setting this is
     * {@link Assessment#lane()}.
     *
     * @param assessment the assessment, not null
     * @param asOf the instant, not before the declaration entered its current lane
     * @return the lane, not null
     * @throws InvalidInputException if the instant is before the declaration entered its lane
     */
    public Lane laneAsOf(Assessment assessment, Instant asOf) {
        Checks.notNull("assessment", assessment);
        Checks.notNull("asOf", asOf);
        if (asOf.isBefore(assessment.laneSince())) {
            throw new InvalidInputException("asOf", asOf.toString(), "must not be before " + assessment.laneSince()
                    + ", when declaration " + assessment.declarationReference() + " entered lane " + assessment.lane());
        }
        Duration after = settings().yellowToBlueAfter();
        if (after != null && assessment.lane() == Lane.YELLOW
                && !asOf.isBefore(assessment.laneSince().plus(after))) {
            return Lane.BLUE;
        }
        return assessment.lane();
    }

    /**
     * A builder of {@link RiskEngine}. Not thread-safe.
     *
     * <p>Every setting starts at {@link RiskSettings#DEFAULTS}, where the defaults are declared;
     * each setter checks its value at once and {@link #build()} checks them together.
     */
    public static final class Builder {
        private final List<Indicator> indicators = new ArrayList<>();
        private final List<Profile> profiles = new ArrayList<>();
        private ScoreBands bands;
        private int lowWeight;
        private int minLowWeightHits;
        private int aeoReduction;
        private Set<PartyRole> aeoRoles;
        private final Map<Lane, Double> randomRates = new EnumMap<>(Lane.class);
        private Long seed;
        private Set<String> genericDescriptions;
        private Lane incompleteLane;
        private ZoneId zone;
        private Clock clock;
        private Set<String> rerouteRoles;
        private Duration yellowToBlueAfter;
        private Lane failClosedLane;
        private final Map<IndicatorId, Check> checkOverrides = new HashMap<>();

        private Builder() {
            settings(RiskSettings.DEFAULTS);
        }

        /**
         * Applies every scoring and selectivity setting at once, replacing those set before.
         *
         * @param value the settings, not null
         * @return this builder
         */
        public Builder settings(RiskSettings value) {
            Checks.notNull("settings", value);
            this.bands = value.bands();
            this.lowWeight = value.lowWeight();
            this.minLowWeightHits = value.minLowWeightHits();
            this.aeoReduction = value.aeoReduction();
            this.aeoRoles = value.aeoRoles();
            this.randomRates.clear();
            this.randomRates.putAll(value.randomRates());
            this.seed = value.randomSeed();
            this.genericDescriptions = value.genericDescriptions();
            this.incompleteLane = value.incompleteLane();
            this.zone = value.zone();
            this.rerouteRoles = value.rerouteRoles();
            this.yellowToBlueAfter = value.yellowToBlueAfter();
            this.failClosedLane = value.failClosedLane();
            return this;
        }

        /**
         * Adds the indicators and profiles of a policy and applies its settings; its context is
         * not part of the engine.
         *
         * @param policy the policy, not null
         * @return this builder
         */
        public Builder policy(RiskPolicy policy) {
            Checks.notNull("policy", policy);
            return indicators(policy.indicators()).profiles(policy.profiles()).settings(policy.settings());
        }

        /**
         * Adds indicators.
         *
         * @param values the indicators, not null
         * @return this builder
         */
        public Builder indicators(Indicator... values) {
            for (Indicator i : values) {
                indicators.add(Checks.notNull("indicator", i));
            }
            return this;
        }

        /**
         * Adds indicators.
         *
         * @param values the indicators, not null
         * @return this builder
         */
        public Builder indicators(List<Indicator> values) {
            return indicators(values.toArray(new Indicator[0]));
        }

        /**
         * Adds profiles.
         *
         * @param values the profiles, not null
         * @return this builder
         */
        public Builder profiles(Profile... values) {
            for (Profile p : values) {
                profiles.add(Checks.notNull("profile", p));
            }
            return this;
        }

        /**
         * Adds profiles.
         *
         * @param values the profiles, not null
         * @return this builder
         */
        public Builder profiles(List<Profile> values) {
            return profiles(values.toArray(new Profile[0]));
        }

        /**
         * Sets the score bands of scored profiles that have none of their own (RR-04).
         *
         * @param value the bands, not null
         * @return this builder
         */
        public Builder bands(ScoreBands value) {
            this.bands = Checks.notNull("bands", value);
            return this;
        }

        /**
         * Sets the weight below which an indicator is low-weight (RR-04): a single one never reaches Red.
         *
         * @param value the weight, 0 or more; 0 makes no indicator low-weight
         * @return this builder
         */
        public Builder lowWeight(int value) {
            this.lowWeight = RiskSettings.checkLowWeight(value);
            return this;
        }

        /**
         * Sets how many low-weight hits a profile needs to route anywhere (RR-04, "maximum hits with
         * no selection" plus one).
         *
         * @param value the number, 1 or more; 1 routes every hit
         * @return this builder
         */
        public Builder minLowWeightHits(int value) {
            this.minLowWeightHits = RiskSettings.checkMinLowWeightHits(value);
            return this;
        }

        /**
         * Sets the points taken off a scored profile's score when a party holds a valid AEO
         * authorisation covering the profile's threat area (RR-05). Never applied to
         * intelligence-led profiles, direct lanes or random selection.
         *
         * @param points the points, 0 or more
         * @return this builder
         */
        public Builder aeoReduction(int points) {
            this.aeoReduction = RiskSettings.checkAeoReduction(points);
            return this;
        }

        /**
         * Sets the roles whose AEO status counts (RR-05).
         *
         * @param roles the roles, at least one
         * @return this builder
         */
        public Builder aeoRoles(PartyRole... roles) {
            if (roles.length == 0) {
                throw new InvalidInputException("aeoRoles", "[]", "must hold at least one role");
            }
            this.aeoRoles = Set.of(roles);
            return this;
        }

        /**
         * Sets the random selection rate of a lane (RR-02).
         *
         * @param lane Red, Yellow or Blue
         * @param rate the share of declarations, 0 to 1; the rates of all lanes add up to at most 1
         * @return this builder
         */
        public Builder randomRate(Lane lane, double rate) {
            Map<Lane, Double> rates = new EnumMap<>(randomRates);
            rates.put(Checks.notNull("randomRates.lane", lane), rate);
            RiskSettings.rates(rates);
            randomRates.put(lane, rate);
            return this;
        }

        /**
         * Sets the secret seed of the random selection (RR-02), required as soon as a lane has a
         * random rate. The draw is a keyed function of the seed: keep it out of reach of traders.
         *
         * @param value the seed
         * @return this builder
         */
        public Builder randomSeed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * Sets the generic descriptions that make a goods item incomplete (RR-10), compared after
         * lower-casing and reducing punctuation and spaces to single spaces.
         *
         * @param values the descriptions, not null
         * @return this builder
         */
        public Builder genericDescriptions(String... values) {
            Set<String> set = new LinkedHashSet<>();
            for (String v : values) {
                set.add(RiskSettings.checkGenericDescription(v));
            }
            this.genericDescriptions = set;
            return this;
        }

        /**
         * Sets the least severe lane of an incomplete declaration (RR-10).
         *
         * @param value the lane, not null
         * @return this builder
         */
        public Builder incompleteLane(Lane value) {
            this.incompleteLane = Checks.notNull("incompleteLane", value);
            return this;
        }

        /**
         * Sets the time zone that turns instants into days for validity windows.
         *
         * @param value the zone, not null
         * @return this builder
         */
        public Builder zone(ZoneId value) {
            this.zone = Checks.notNull("zone", value);
            return this;
        }

        /**
         * Sets the clock used by {@link RiskEngine#assess(Declaration, RiskContext)}; there is none by default.
         *
         * @param value the clock, not null
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Checks.notNull("clock", value);
            return this;
        }

        /**
         * Sets the roles allowed to change a declaration's lane after assessment (RR-01), through
         * {@link RiskEngine#reroute(Assessment, LaneChange)}.
         *
         * @param roles the role names, not null
         * @return this builder
         */
        public Builder rerouteRoles(String... roles) {
            Set<String> set = new LinkedHashSet<>();
            for (String r : roles) {
                set.add(RiskSettings.checkRerouteRole(r));
            }
            this.rerouteRoles = set;
            return this;
        }

        /**
         * Sets how long a declaration may stay in the Yellow lane before it is released Blue, as
         * {@link RiskEngine#laneAsOf(Assessment, Instant)} reports (RR-01).
         *
         * @param value the duration, positive, or null for never
         * @return this builder
         */
        public Builder yellowToBlueAfter(Duration value) {
            this.yellowToBlueAfter = RiskSettings.checkYellowToBlueAfter(value);
            return this;
        }

        /**
         * Sets the lane of a declaration whose assessment fails with an error (fail closed).
         *
         * @param value Red, Yellow or Blue; never Green
         * @return this builder
         */
        public Builder failClosedLane(Lane value) {
            this.failClosedLane = RiskSettings.checkFailClosedLane(value);
            return this;
        }

        /**
         * Replaces the compiled check of an indicator; for tests that need a check that fails.
         */
        Builder checkOverride(IndicatorId id, Check check) {
            checkOverrides.put(id, check);
            return this;
        }

        /**
         * Validates and compiles the engine.
         *
         * @return the engine, not null
         * @throws InvalidInputException if an id is duplicated, a profile references an unknown
         *         indicator, a scored profile has no bands or a lane has a random rate without a seed
         */
        public RiskEngine build() {
            RiskSettings settings = new RiskSettings(bands, lowWeight, minLowWeightHits, aeoReduction,
                    new TreeSet<>(aeoRoles), randomRates, seed, new TreeSet<>(genericDescriptions), incompleteLane, zone,
                    new TreeSet<>(rerouteRoles), yellowToBlueAfter, failClosedLane);
            return new RiskEngine(RiskPolicy.of(indicators, profiles, settings, RiskContext.EMPTY), clock,
                    Map.copyOf(checkOverrides));
        }
    }
}
