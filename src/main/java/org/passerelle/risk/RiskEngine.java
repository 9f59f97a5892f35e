package org.passerelle.risk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.passerelle.model.AeoAuthorisation;
import org.passerelle.model.Checks;
import org.passerelle.model.CountryCode;
import org.passerelle.model.Declaration;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Locode;
import org.passerelle.model.Party;
import org.passerelle.model.PartyRole;
import org.passerelle.model.PasserelleException;
import org.passerelle.model.TraderId;

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
 * <p>Internals: indicators used by no profile are dropped at build time; every other indicator
 * gets an index number, a compiled {@code Check} and its precomputed {@link FiredIndicator}. The
 * index maps keys (commodity code prefixes, country codes, UN/LOCODEs, trader ids) to indicator
 * numbers (commodity code prefixes in a {@code PrefixIndex} probed digit by digit, without cutting
 * substrings); a conjunction is indexed under its most selective indexable part (the fewest keys, a
 * commodity code prefix on a tie), a disjunction only
 * when all its parts are indexable. An assessment marks evaluated and fired indicators with stamps
 * in a per-thread {@code Scratch}, lists the fired ones, then visits only the profiles of fired
 * indicators, in the engine's order: nothing it allocates or scans grows with the engine's size. This class is immutable and
 * thread-safe; its builder is not.
 */
public final class RiskEngine {
    /** The generic descriptions that the completeness check (RR-10) rejects unless configured otherwise. */
    public static final Set<String> DEFAULT_GENERIC_DESCRIPTIONS = Collections.unmodifiableSet(new LinkedHashSet<>(
            Arrays.asList("general merchandise", "general cargo", "consolidated", "consolidated cargo", "cargo",
                    "freight all kinds", "fak", "said to contain", "stc", "goods", "various", "various goods",
                    "miscellaneous", "parts", "spare parts", "samples", "gift", "gifts", "personal items",
                    "personal effects", "accessories", "equipment")));

    private enum Dim { HS, ORIGIN, DEPARTURE, ROUTING, HUB, PARTY }

    private final List<Indicator> indicators;
    private final List<Profile> profiles;
    private final Map<IndicatorId, Indicator> indicatorsById;
    private final Map<ProfileId, Profile> profilesById;

    private final Check[] checks;
    private final FiredIndicator[] fired;
    private final boolean[] undervaluation;
    private final int[][] profilesOfIndicator;
    private final int[][] indicatorsOfProfile;
    private final Profile[] profileArray;
    private final ScoreBands[] bandsOfProfile;
    private final int[] unindexed;
    private final Map<Dim, Map<Object, int[]>> index;
    private final PrefixIndex hsIndex;
    private final ThreadLocal<Scratch> scratch;

    private final ScoreBands bands;
    private final int lowWeight;
    private final int minLowWeightHits;
    private final int aeoReduction;
    private final Set<PartyRole> aeoRoles;
    private final RandomSelection random;
    private final Set<String> genericDescriptions;
    private final Lane incompleteLane;
    private final ZoneId zone;
    private final Clock clock;
    private final RiskSettings settings;

    private RiskEngine(Builder b) {
        this.settings = new RiskSettings(b.bands, b.lowWeight, b.minLowWeightHits, b.aeoReduction,
                Checks.sortedSet("aeoRoles", b.aeoRoles), b.randomRates, b.seed,
                Checks.sortedSet("genericDescriptions", b.genericDescriptions), b.incompleteLane, b.zone,
                Checks.sortedSet("rerouteRoles", b.rerouteRoles), b.yellowToBlueAfter, b.failClosedLane);
        this.bands = b.bands;
        this.lowWeight = b.lowWeight;
        this.minLowWeightHits = b.minLowWeightHits;
        this.aeoReduction = b.aeoReduction;
        this.aeoRoles = Set.copyOf(b.aeoRoles);
        this.random = new RandomSelection(b.seed == null ? 0 : b.seed, b.randomRates.getOrDefault(Lane.RED, 0.0),
                b.randomRates.getOrDefault(Lane.YELLOW, 0.0), b.randomRates.getOrDefault(Lane.BLUE, 0.0));
        this.genericDescriptions = Set.copyOf(b.genericDescriptions);
        this.incompleteLane = b.incompleteLane;
        this.zone = b.zone;
        this.clock = b.clock;

        Map<IndicatorId, Indicator> byId = new LinkedHashMap<>();
        for (Indicator i : b.indicators) {
            if (byId.putIfAbsent(i.id(), i) != null) {
                throw new InvalidInputException("indicators", i.id().value(), "indicator ids must be unique");
            }
        }
        Map<ProfileId, Profile> profById = new LinkedHashMap<>();
        for (Profile p : b.profiles) {
            if (profById.putIfAbsent(p.id(), p) != null) {
                throw new InvalidInputException("profiles", p.id().value(), "profile ids must be unique");
            }
            for (IndicatorId ref : p.indicators()) {
                if (!byId.containsKey(ref)) {
                    throw new InvalidInputException("profile." + p.id() + ".indicators", ref.value(),
                            "is not a known indicator");
                }
            }
            if (p.directLane() == null && p.bands() == null && bands == null) {
                throw new InvalidInputException("bands", p.id().value(),
                        "are required: scored profile " + p.id() + " has no bands of its own");
            }
        }
        this.indicators = List.copyOf(byId.values());
        this.profiles = List.copyOf(profById.values());
        this.indicatorsById = Collections.unmodifiableMap(byId);
        this.profilesById = Collections.unmodifiableMap(profById);

        // number only the indicators that some profile uses
        Map<IndicatorId, Integer> number = new LinkedHashMap<>();
        for (Profile p : profiles) {
            for (IndicatorId ref : p.indicators()) {
                number.putIfAbsent(ref, number.size());
            }
        }
        int n = number.size();
        this.checks = new Check[n];
        this.fired = new FiredIndicator[n];
        this.undervaluation = new boolean[n];
        List<List<Integer>> profilesOf = new ArrayList<>();
        List<Integer> unindexedList = new ArrayList<>();
        Map<Dim, Map<Object, List<Integer>>> idx = new EnumMap<>(Dim.class);
        for (Map.Entry<IndicatorId, Integer> e : number.entrySet()) {
            Indicator ind = byId.get(e.getKey());
            int k = e.getValue();
            checks[k] = b.checkOverrides.getOrDefault(ind.id(), Compiler.compile(ind.criterion()));
            fired[k] = FiredIndicator.of(ind);
            undervaluation[k] = Compiler.mentionsUndervaluation(ind.criterion());
            profilesOf.add(new ArrayList<>());
            Map<Dim, Set<Object>> keys = keysOf(ind.criterion());
            if (keys == null) {
                unindexedList.add(k);
            } else {
                keys.forEach((dim, values) -> {
                    for (Object v : values) {
                        idx.computeIfAbsent(dim, d -> new HashMap<>()).computeIfAbsent(v, x -> new ArrayList<>()).add(k);
                    }
                });
            }
        }
        this.profileArray = profiles.toArray(new Profile[0]);
        this.indicatorsOfProfile = new int[profileArray.length][];
        this.bandsOfProfile = new ScoreBands[profileArray.length];
        for (int p = 0; p < profileArray.length; p++) {
            Profile prof = profileArray[p];
            int[] refs = new int[prof.indicators().size()];
            int j = 0;
            for (IndicatorId ref : prof.indicators()) {
                refs[j++] = number.get(ref);
                profilesOf.get(number.get(ref)).add(p);
            }
            indicatorsOfProfile[p] = refs;
            bandsOfProfile[p] = prof.bands() != null ? prof.bands() : bands;
        }
        this.profilesOfIndicator = new int[n][];
        for (int k = 0; k < n; k++) {
            profilesOfIndicator[k] = toArray(profilesOf.get(k));
        }
        this.unindexed = toArray(unindexedList);
        Map<Dim, Map<Object, int[]>> frozen = new EnumMap<>(Dim.class);
        Map<String, List<Integer>> prefixes = new HashMap<>();
        idx.forEach((dim, m) -> {
            if (dim == Dim.HS) {
                m.forEach((key, list) -> prefixes.put((String) key, list));
            } else {
                Map<Object, int[]> f = new HashMap<>();
                m.forEach((key, list) -> f.put(key, toArray(list)));
                frozen.put(dim, f);
            }
        });
        this.index = frozen;
        this.hsIndex = prefixes.isEmpty() ? null : new PrefixIndex(prefixes);
        int profileCount = profileArray.length;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(n, profileCount));
    }

    private static int[] toArray(List<Integer> list) {
        int[] a = new int[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }

    /**
     * Returns the index keys under which a criterion can be found, or null when it must always be
     * evaluated. A key is necessary for the criterion to fire.
     */
    private static Map<Dim, Set<Object>> keysOf(Criterion c) {
        Map<Dim, Set<Object>> keys = new EnumMap<>(Dim.class);
        switch (c.kind()) {
            case HS_PREFIX:
                keys.put(Dim.HS, Set.copyOf(((Criterion.HsPrefix) c).prefixes()));
                return keys;
            case MISSING_PERMIT:
                keys.put(Dim.HS, Set.copyOf(((Criterion.MissingPermit) c).prefixes()));
                return keys;
            case RANGE: {
                Criterion.Range r = (Criterion.Range) c;
                if (r.prefixes().isEmpty()) {
                    return null;
                }
                keys.put(Dim.HS, Set.copyOf(r.prefixes()));
                return keys;
            }
            case ORIGIN_COUNTRY:
                keys.put(Dim.ORIGIN, codes(((Criterion.OriginCountry) c).countries()));
                return keys;
            case DEPARTURE_COUNTRY:
                keys.put(Dim.DEPARTURE, codes(((Criterion.DepartureCountry) c).countries()));
                return keys;
            case ROUTING_COUNTRY:
                keys.put(Dim.ROUTING, codes(((Criterion.RoutingCountry) c).countries()));
                return keys;
            case TRANSHIPMENT_HUB: {
                Set<Object> hubs = new LinkedHashSet<>();
                for (Locode l : ((Criterion.TranshipmentHub) c).hubs()) {
                    hubs.add(l.code());
                }
                keys.put(Dim.HUB, hubs);
                return keys;
            }
            case NAMED_PARTY:
                keys.put(Dim.PARTY, Set.copyOf(((Criterion.NamedParty) c).parties()));
                return keys;
            case ALL_OF: {
                Map<Dim, Set<Object>> best = null;
                for (Criterion part : ((Criterion.AllOf) c).criteria()) {
                    Map<Dim, Set<Object>> k = keysOf(part);
                    if (k != null && (best == null || size(k) < size(best)
                            || size(k) == size(best) && k.containsKey(Dim.HS) && !best.containsKey(Dim.HS))) {
                        best = k;
                    }
                }
                return best;
            }
            case ANY_OF:
                for (Criterion part : ((Criterion.AnyOf) c).criteria()) {
                    Map<Dim, Set<Object>> k = keysOf(part);
                    if (k == null) {
                        return null;
                    }
                    k.forEach((dim, values) -> keys.computeIfAbsent(dim, d -> new LinkedHashSet<>()).addAll(values));
                }
                return keys;
            case PARTY_ON_WATCH_LIST:
            case NEW_TRADER:
            case PRIOR_OFFENCES:
            case UNDERVALUATION:
            case VAGUE_DESCRIPTION:
            case THIRD_PARTY_PAYMENT:
            case PAYMENT_METHOD:
            case CONTAINER_ANOMALY:
            case AEO_HOLDER:
            case TRANSPORT_MODE:
            case ATTRIBUTE:
            case NOT:
                return null;
            default:
                throw new IllegalStateException("unknown criterion kind " + c.kind());
        }
    }

    private static Set<Object> codes(Set<CountryCode> countries) {
        Set<Object> codes = new LinkedHashSet<>();
        for (CountryCode c : countries) {
            codes.add(c.code());
        }
        return codes;
    }

    private static int size(Map<Dim, Set<Object>> keys) {
        int s = 0;
        for (Set<Object> v : keys.values()) {
            s += v.size();
        }
        return s;
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
        return policy.engine();
    }

    /**
     * Returns the scoring and selectivity settings the engine was built with.
     *
     * @return the settings, not null
     */
    public RiskSettings settings() {
        return settings;
    }

    /**
     * Returns the indicators, in the order they were added.
     *
     * @return the indicators, not null
     */
    public List<Indicator> indicators() {
        return indicators;
    }

    /**
     * Returns the profiles, in the order they were added; matched profiles are reported in this order.
     *
     * @return the profiles, not null
     */
    public List<Profile> profiles() {
        return profiles;
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
        Lane lane = settings.failClosedLane();
        String what = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": "
                + truncate(error.getMessage(), 200));
        return new Assessment(declaration.reference(), asOf, lane, lane, 0, null, false, List.of(), List.of(),
                List.of(), List.of(new RiskRuleHit(RiskRule.FAIL_CLOSED, "the assessment failed (" + what
                        + "): lane " + lane + ", fail closed")));
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }

    /** What the profiles of one pass over the indicators give. */
    private static final class Outcome {
        final List<FiredProfile> matched = new ArrayList<>();
        final List<WithheldProfile> withheld = new ArrayList<>(0);
        final List<RiskRuleHit> hits;
        Lane riskLane = Lane.GREEN;
        ProfileId decisive;
        int score;
        boolean undervalued;

        Outcome(List<RiskRuleHit> hits) {
            this.hits = hits;
        }
    }

    private Assessment assessChecked(Declaration declaration, RiskContext context, Instant asOf) {
        LocalDate day = LocalDate.ofInstant(asOf, zone);
        List<RiskRuleHit> hits = new ArrayList<>(4);

        boolean aeoCustoms = false;
        boolean aeoSecurity = false;
        boolean aeoHolder = false;
        List<CompletenessFinding> findings = completeness(declaration);
        for (Party p : declaration.parties()) {
            AeoAuthorisation claimed = p.aeo();
            if (claimed != null && !context.isRegistered(p.id(), claimed.type(), day)) {
                findings = add(findings, new CompletenessFinding(0, CompletenessFinding.Kind.UNREGISTERED_AEO_CLAIM,
                        p.role() + " " + p.id() + " claims " + claimed.type()));
            }
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
        for (int k : unindexed) {
            evaluate(k, s, w);
        }
        probeIndex(s, w);
        Outcome out = new Outcome(hits);
        scoreProfiles(w, context, day, aeoCustoms, aeoSecurity, out);
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
            lane = Lane.mostSevere(lane, incompleteLane);
            hits.add(new RiskRuleHit(RiskRule.RR_10, findings.size()
                    + " completeness finding(s): request for information, not complete"));
            if (hasMissingData(findings)) {
                s.riskiest = true;
                w.next();
                for (int k = 0; k < checks.length; k++) {
                    evaluate(k, s, w);
                }
                Outcome worst = new Outcome(new ArrayList<>());
                scoreProfiles(w, context, day, aeoCustoms, aeoSecurity, worst);
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

    private static boolean hasMissingData(List<CompletenessFinding> findings) {
        for (CompletenessFinding f : findings) {
            switch (f.kind()) {
                case HS_CODE_TOO_SHORT:
                case MASS_MISSING:
                case ORIGIN_MISSING:
                    return true;
                case GENERIC_DESCRIPTION:
                case UNREGISTERED_AEO_CLAIM:
                    break;
                default:
                    throw new IllegalStateException("unknown finding kind " + f.kind());
            }
        }
        return false;
    }

    /** Scores the profiles of the fired indicators (RR-04 to RR-07) into an outcome. */
    private void scoreProfiles(Scratch w, RiskContext context, LocalDate day, boolean aeoCustoms,
            boolean aeoSecurity, Outcome out) {
        List<RiskRuleHit> hits = out.hits;
        for (int i = 0, firedCount = w.firedCount(); i < firedCount; i++) {
            for (int p : profilesOfIndicator[w.fired(i)]) {
                w.addProfile(p);
            }
        }
        for (int c = 0, count = w.sortProfiles(); c < count; c++) {
            int p = w.profile(c);
            Profile prof = profileArray[p];
            String withdrawn = prof.appliesOn(day) ? context.intelligenceWithdrawn(prof.intelligence(), day) : null;
            if (!prof.appliesOn(day) || withdrawn != null) {
                RiskRuleHit stopped = new RiskRuleHit(RiskRule.RR_06, "profile " + prof.id() + " not applied: "
                        + (withdrawn != null ? withdrawn : "outside its validity window or its intelligence's retention"));
                if (prof.isRestricted()) {
                    // Restricted intelligence: the record that it stopped applying is withheld with it (RR-07).
                    out.withheld.add(new WithheldProfile(prof.id(), prof.intelligence().item(),
                            prof.intelligence().markings(), List.of(), List.of(stopped)));
                } else {
                    hits.add(stopped);
                }
                continue;
            }
            int[] refs = indicatorsOfProfile[p];
            List<FiredIndicator> firedHere = new ArrayList<>(Math.min(refs.length, 16));
            int sum = 0;
            boolean allLow = true;
            boolean underHere = false;
            int firedCount = w.firedCount();
            int[] candidates = refs;
            if (refs.length > 2 * firedCount + 16) {
                // a large profile (a learned scorecard): visit the fired indicators, not all of its own
                candidates = new int[firedCount];
                int m = 0;
                for (int i = 0; i < firedCount; i++) {
                    int k = w.fired(i);
                    for (int q : profilesOfIndicator[k]) {
                        if (q == p) {
                            candidates[m++] = k;
                            break;
                        }
                    }
                }
                candidates = Arrays.copyOf(candidates, m);
                Arrays.sort(candidates);
            }
            for (int k : candidates) {
                if (w.hasFired(k)) {
                    FiredIndicator f = fired[k];
                    firedHere.add(f);
                    sum += f.weight();
                    allLow &= f.weight() < lowWeight;
                    underHere |= undervaluation[k];
                }
            }
            Lane lane;
            int reduction = 0;
            if (prof.directLane() != null) {
                if (firedHere.size() != refs.length) {
                    continue;
                }
                lane = prof.directLane();
            } else {
                boolean covered = prof.threatArea().isSecurity() ? aeoSecurity : aeoCustoms;
                if (covered && aeoReduction > 0) {
                    if (prof.isIntelligenceLed()) {
                        hits.add(new RiskRuleHit(RiskRule.RR_05, "no AEO reduction on intelligence-led profile "
                                + prof.id()));
                    } else {
                        reduction = Math.min(aeoReduction, sum);
                        hits.add(new RiskRuleHit(RiskRule.RR_05, "AEO reduction of " + reduction
                                + " points on profile " + prof.id()));
                    }
                }
                lane = bandsOfProfile[p].laneFor(sum - reduction);
                if (prof.scorecard()) {
                    firedHere.sort(HEAVIEST_FIRST);
                } else if (allLow && firedHere.size() < minLowWeightHits && lane != Lane.GREEN) {
                    hits.add(new RiskRuleHit(RiskRule.RR_04, "profile " + prof.id() + ": " + firedHere.size()
                            + " low-weight hit(s), fewer than " + minLowWeightHits + ", route nowhere"));
                    lane = Lane.GREEN;
                } else if (allLow && firedHere.size() == 1 && lane == Lane.RED) {
                    hits.add(new RiskRuleHit(RiskRule.RR_04, "profile " + prof.id()
                            + ": a single weak indicator never reaches Red; lane Yellow"));
                    lane = Lane.YELLOW;
                }
            }
            int profileScore = sum - reduction;
            if (prof.isRestricted()) {
                hits.add(new RiskRuleHit(RiskRule.RR_07, "profile " + prof.id()
                        + ": restricted intelligence, examiner text only"));
                out.matched.add(new FiredProfile(prof.id(), prof.threatArea(), lane, profileScore, reduction, true,
                        true, prof.examinerText(), List.of(), prof.scorecard()));
                out.withheld.add(new WithheldProfile(prof.id(), prof.intelligence().item(),
                        prof.intelligence().markings(), firedHere));
            } else {
                String reason = prof.examinerText() != null ? prof.examinerText() : prof.title();
                out.matched.add(new FiredProfile(prof.id(), prof.threatArea(), lane, profileScore, reduction,
                        prof.isIntelligenceLed(), false, reason, firedHere, prof.scorecard()));
                out.undervalued |= underHere;
            }
            out.score = Math.max(out.score, profileScore);
            if (lane.isMoreSevereThan(out.riskLane)) {
                out.riskLane = lane;
                out.decisive = prof.id();
            }
        }
    }

    private static final java.util.Comparator<FiredIndicator> HEAVIEST_FIRST =
            (a, b) -> Integer.compare(b.weight(), a.weight());

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
        if (!settings.rerouteRoles().contains(change.role())) {
            throw new UnauthorisedLaneChangeException(change.role(), change.officer(),
                    assessment.declarationReference(), "role \"" + change.role() + "\" of officer " + change.officer()
                    + " may not change the lane of declaration " + assessment.declarationReference()
                    + " (RR-01); authorised roles: " + (settings.rerouteRoles().isEmpty() ? "none"
                            : String.join(", ", settings.rerouteRoles())));
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
        Duration after = settings.yellowToBlueAfter();
        if (after != null && assessment.lane() == Lane.YELLOW
                && !asOf.isBefore(assessment.laneSince().plus(after))) {
            return Lane.BLUE;
        }
        return assessment.lane();
    }

    private void probeIndex(Subject s, Scratch w) {
        Declaration d = s.declaration;
        Map<Object, int[]> origin = index.get(Dim.ORIGIN);
        for (GoodsItem item : d.items()) {
            if (hsIndex != null) {
                String code = item.commodityCode();
                long digits = 0;
                for (int len = 1; len <= code.length(); len++) {
                    digits = digits * 10 + (code.charAt(len - 1) - '0');
                    if (len >= 2 && hsIndex.hasLength(len)) {
                        probe(hsIndex.get(digits, len), s, w);
                    }
                }
            }
            if (origin != null && item.origin() != null) {
                probe(origin.get(item.origin().code()), s, w);
            }
        }
        Map<Object, int[]> departure = index.get(Dim.DEPARTURE);
        if (departure != null && d.itinerary().departureCountry() != null) {
            probe(departure.get(d.itinerary().departureCountry().code()), s, w);
        }
        Map<Object, int[]> routing = index.get(Dim.ROUTING);
        Map<Object, int[]> hub = index.get(Dim.HUB);
        if (routing != null) {
            for (CountryCode c : d.itinerary().routingCountries()) {
                probe(routing.get(c.code()), s, w);
            }
        }
        for (Locode port : d.itinerary().routingPorts()) {
            if (routing != null) {
                probe(routing.get(port.code().substring(0, 2)), s, w);
            }
            if (hub != null) {
                probe(hub.get(port.code()), s, w);
            }
        }
        Map<Object, int[]> party = index.get(Dim.PARTY);
        if (party != null) {
            for (Party p : d.parties()) {
                probe(party.get(p.id()), s, w);
            }
        }
    }

    private void probe(int[] candidates, Subject s, Scratch w) {
        if (candidates != null) {
            for (int k : candidates) {
                evaluate(k, s, w);
            }
        }
    }

    private void evaluate(int k, Subject s, Scratch w) {
        if (w.markEvaluated(k) && checks[k].test(s)) {
            w.markFired(k);
        }
    }

    private List<CompletenessFinding> completeness(Declaration d) {
        List<CompletenessFinding> findings = null;
        for (GoodsItem item : d.items()) {
            if (item.commodityCode().length() < 6) {
                findings = add(findings, new CompletenessFinding(item.sequence(),
                        CompletenessFinding.Kind.HS_CODE_TOO_SHORT, item.commodityCode()));
            }
            if (genericDescriptions.contains(normaliseDescription(item.description()))) {
                findings = add(findings, new CompletenessFinding(item.sequence(),
                        CompletenessFinding.Kind.GENERIC_DESCRIPTION, item.description()));
            }
            if (item.valuationMassKg() <= 0) {
                findings = add(findings, new CompletenessFinding(item.sequence(), CompletenessFinding.Kind.MASS_MISSING,
                        String.valueOf(item.valuationMassKg())));
            }
            if (item.origin() == null) {
                findings = add(findings, new CompletenessFinding(item.sequence(),
                        CompletenessFinding.Kind.ORIGIN_MISSING, ""));
            }
        }
        return findings == null ? new ArrayList<>(0) : findings;
    }

    private static List<CompletenessFinding> add(List<CompletenessFinding> list, CompletenessFinding f) {
        List<CompletenessFinding> l = list == null ? new ArrayList<>(2) : list;
        l.add(f);
        return l;
    }

    /**
     * Folds a description ({@link Text#fold(String)}: NFKC, format characters removed, lower case,
     * confusable letters folded) and reduces every run of characters other than letters and digits
     * to one space, so that "General  Merchandise." and "Gen\u00ADeral merchandise" match "general
     * merchandise".
     */
    static String normaliseDescription(String given) {
        String text = Text.fold(given);
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                b.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    /**
     * A builder of {@link RiskEngine}. Not thread-safe.
     *
     * <p>Defaults: no engine-wide score bands (each scored profile must then bring its own);
     * indicators weighing less than 20 are low-weight and fewer than 2 low-weight hits route
     * nowhere (RR-04); no AEO reduction, AEO status counted for the consignor and consignee
     * (RR-05); no random selection and no seed (RR-02: a seed is required with a random rate); {@link #DEFAULT_GENERIC_DESCRIPTIONS} and
     * lane Yellow for incomplete declarations (RR-10); days in UTC; no clock; lane Red when an
     * assessment fails (fail closed).
     */
    public static final class Builder {
        private final List<Indicator> indicators = new ArrayList<>();
        private final List<Profile> profiles = new ArrayList<>();
        private ScoreBands bands;
        private int lowWeight = 20;
        private int minLowWeightHits = 2;
        private int aeoReduction;
        private Set<PartyRole> aeoRoles = Set.of(PartyRole.CONSIGNOR, PartyRole.CONSIGNEE);
        private final Map<Lane, Double> randomRates = new EnumMap<>(Lane.class);
        private Long seed;
        private Set<String> genericDescriptions = DEFAULT_GENERIC_DESCRIPTIONS;
        private Lane incompleteLane = Lane.YELLOW;
        private ZoneId zone = ZoneOffset.UTC;
        private Clock clock;
        private Set<String> rerouteRoles = Set.of();
        private Duration yellowToBlueAfter;
        private Lane failClosedLane = Lane.RED;
        private final Map<IndicatorId, Check> checkOverrides = new HashMap<>();

        private Builder() {
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
            this.aeoRoles = Set.copyOf(value.aeoRoles());
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
            if (value < 0) {
                throw new InvalidInputException("lowWeight", String.valueOf(value), "must be zero or more");
            }
            this.lowWeight = value;
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
            if (value < 1) {
                throw new InvalidInputException("minLowWeightHits", String.valueOf(value), "must be 1 or more");
            }
            this.minLowWeightHits = value;
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
            if (points < 0) {
                throw new InvalidInputException("aeoReduction", String.valueOf(points), "must be zero or more");
            }
            this.aeoReduction = points;
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
            Checks.notNull("randomRate.lane", lane);
            if (lane == Lane.GREEN) {
                throw new InvalidInputException("randomRate.lane", "GREEN", "must be RED, YELLOW or BLUE");
            }
            if (!(rate >= 0 && rate <= 1)) {
                throw new InvalidInputException("randomRate", String.valueOf(rate), "must be 0 to 1");
            }
            randomRates.put(lane, rate);
            double sum = 0;
            for (double r : randomRates.values()) {
                sum += r;
            }
            if (sum > 1) {
                throw new InvalidInputException("randomRate", String.valueOf(sum), "rates must add up to at most 1");
            }
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
                set.add(normaliseDescription(Checks.notBlank("genericDescriptions[]", v).toLowerCase(Locale.ROOT)));
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
         * Sets the time zone that turns instants into days for validity windows; defaults to UTC.
         *
         * @param value the zone, not null
         * @return this builder
         */
        public Builder zone(ZoneId value) {
            this.zone = Checks.notNull("zone", value);
            return this;
        }

        /**
         * Sets the clock used by {@link RiskEngine#assess(Declaration, RiskContext)}.
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
         * {@link RiskEngine#reroute(Assessment, LaneChange)}; by default nobody may.
         *
         * @param roles the role names, not null
         * @return this builder
         */
        public Builder rerouteRoles(String... roles) {
            Set<String> set = new LinkedHashSet<>();
            for (String r : roles) {
                set.add(Checks.id("rerouteRoles[]", r));
            }
            this.rerouteRoles = set;
            return this;
        }

        /**
         * Sets how long a declaration may stay in the Yellow lane before it is released Blue, as
         * {@link RiskEngine#laneAsOf(Assessment, Instant)} reports (RR-01); by default never.
         *
         * @param value the duration, positive, or null for never
         * @return this builder
         */
        public Builder yellowToBlueAfter(Duration value) {
            if (value != null && (value.isNegative() || value.isZero())) {
                throw new InvalidInputException("yellowToBlueAfter", value.toString(), "must be positive");
            }
            this.yellowToBlueAfter = value;
            return this;
        }

        /**
         * Sets the lane of a declaration whose assessment fails with an error (fail closed); Red by default.
         *
         * @param value Red, Yellow or Blue; never Green
         * @return this builder
         */
        public Builder failClosedLane(Lane value) {
            if (Checks.notNull("failClosedLane", value) == Lane.GREEN) {
                throw new InvalidInputException("failClosedLane", "GREEN", "must be RED, YELLOW or BLUE: an error "
                        + "while assessing must never release a declaration");
            }
            this.failClosedLane = value;
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
         *         indicator or a scored profile has no bands
         */
        public RiskEngine build() {
            return new RiskEngine(this);
        }
    }
}
