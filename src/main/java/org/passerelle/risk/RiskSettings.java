package org.passerelle.risk;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.passerelle.model.Checks;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.PartyRole;

/**
 * The scoring and selectivity settings of a risk engine, as one value: what a risk policy
 * configures besides its indicators, profiles and context.
 *
 * <p>{@link #DEFAULTS} are the defaults of {@link RiskEngine.Builder}. This type is immutable and
 * thread-safe.
 *
 * @param bands the score bands of scored profiles that have none of their own (RR-04), or null
 * @param lowWeight the weight below which an indicator is low-weight (RR-04), 0 or more
 * @param minLowWeightHits how many low-weight hits a profile needs to route anywhere (RR-04), 1 or more
 * @param aeoReduction the points taken off a scored profile for a covering AEO holder (RR-05), 0 or more
 * @param aeoRoles the roles whose AEO status counts (RR-05), at least one
 * @param randomRates the random selection rate per lane (RR-02): Red, Yellow or Blue, each 0 to 1,
 *        adding up to at most 1; lanes with rate 0 are left out
 * @param randomSeed the secret seed of the random selection (RR-02), or null when no lane has a
 *        random rate; required as soon as one has
 * @param genericDescriptions the generic descriptions that make an item incomplete (RR-10),
 *        normalised as {@link RiskEngine.Builder#genericDescriptions(String...)} does
 * @param incompleteLane the least severe lane of an incomplete declaration (RR-10)
 * @param zone the time zone that turns instants into days
 * @param rerouteRoles the roles allowed to change a lane after assessment (RR-01); empty: nobody
 * @param yellowToBlueAfter how long a declaration stays Yellow before it is released Blue (RR-01),
 *        or null for never
 * @param failClosedLane the lane of a declaration whose assessment failed with an error (fail
 *        closed): Red, Yellow or Blue, never Green
 */
public record RiskSettings(ScoreBands bands, int lowWeight, int minLowWeightHits, int aeoReduction,
        SortedSet<PartyRole> aeoRoles, Map<Lane, Double> randomRates, Long randomSeed,
        SortedSet<String> genericDescriptions, Lane incompleteLane, ZoneId zone, SortedSet<String> rerouteRoles,
        Duration yellowToBlueAfter, Lane failClosedLane) {

    /**
     * The defaults, declared here only: those of {@link RiskEngine#builder()}, of a risk policy
     * whose documents leave a setting out, and of the learner. No engine-wide score bands (each
     * scored profile must then bring its own); indicators weighing less than 20 are low-weight and
     * fewer than 2 low-weight hits route nowhere (RR-04); no AEO reduction, AEO status counted for
     * the consignor and consignee (RR-05); no random selection and no seed (RR-02); the generic
     * descriptions "general merchandise", "general cargo", "consolidated", "consolidated cargo",
     * "cargo", "freight all kinds", "fak", "said to contain", "stc", "goods", "various", "various
     * goods", "miscellaneous", "parts", "spare parts", "samples", "gift", "gifts", "personal items",
     * "personal effects", "accessories" and "equipment", and lane Yellow for incomplete declarations
     * (RR-10); days in UTC; nobody may reroute and Yellow never turns Blue (RR-01); lane Red when an
     * assessment fails (fail closed).
     */
    public static final RiskSettings DEFAULTS = new RiskSettings(null, 20, 2, 0,
            new TreeSet<>(List.of(PartyRole.CONSIGNOR, PartyRole.CONSIGNEE)), Map.of(), null,
            new TreeSet<>(List.of("general merchandise", "general cargo", "consolidated", "consolidated cargo", "cargo",
                    "freight all kinds", "fak", "said to contain", "stc", "goods", "various", "various goods",
                    "miscellaneous", "parts", "spare parts", "samples", "gift", "gifts", "personal items",
                    "personal effects", "accessories", "equipment")),
            Lane.YELLOW, ZoneOffset.UTC, null, null, Lane.RED);

    /**
     * Validates the settings and copies the collections.
     */
    public RiskSettings {
        checkLowWeight(lowWeight);
        checkMinLowWeightHits(minLowWeightHits);
        checkAeoReduction(aeoReduction);
        aeoRoles = Checks.sortedSet("aeoRoles", aeoRoles);
        if (aeoRoles.isEmpty()) {
            throw new InvalidInputException("aeoRoles", "[]", "must hold at least one role");
        }
        randomRates = rates(randomRates);
        requireSeed(randomRates, randomSeed);
        TreeSet<String> generic = new TreeSet<>();
        for (String d : Checks.sortedSet("genericDescriptions", genericDescriptions)) {
            generic.add(checkGenericDescription(d));
        }
        genericDescriptions = Collections.unmodifiableSortedSet(generic);
        Checks.notNull("incompleteLane", incompleteLane);
        Checks.notNull("zone", zone);
        rerouteRoles = Checks.sortedSet("rerouteRoles", rerouteRoles);
        for (String role : rerouteRoles) {
            checkRerouteRole(role);
        }
        checkFailClosedLane(failClosedLane);
        checkYellowToBlueAfter(yellowToBlueAfter);
    }

    // The checks of single settings, shared with RiskEngine.Builder so that it fails fast with the same message.

    static int checkLowWeight(int value) {
        if (value < 0) {
            throw new InvalidInputException("lowWeight", String.valueOf(value), "must be zero or more");
        }
        return value;
    }

    static int checkMinLowWeightHits(int value) {
        if (value < 1) {
            throw new InvalidInputException("minLowWeightHits", String.valueOf(value), "must be 1 or more");
        }
        return value;
    }

    static int checkAeoReduction(int value) {
        if (value < 0) {
            throw new InvalidInputException("aeoReduction", String.valueOf(value), "must be zero or more");
        }
        return value;
    }

    /** Checks a generic description and returns it normalised ({@link CompletenessChecks#normalise}). */
    static String checkGenericDescription(String value) {
        return CompletenessChecks.normalise(Checks.notBlank("genericDescriptions[]", value));
    }

    static String checkRerouteRole(String value) {
        return Checks.id("rerouteRoles[]", value);
    }

    static Lane checkFailClosedLane(Lane value) {
        if (Checks.notNull("failClosedLane", value) == Lane.GREEN) {
            throw new InvalidInputException("failClosedLane", "GREEN", "must be RED, YELLOW or BLUE: an error "
                    + "while assessing must never release a declaration");
        }
        return value;
    }

    static Duration checkYellowToBlueAfter(Duration value) {
        if (value != null && (value.isNegative() || value.isZero())) {
            throw new InvalidInputException("yellowToBlueAfter", value.toString(), "must be positive");
        }
        return value;
    }

    /**
     * Fails when a lane has a random rate and no seed is configured (RR-02): a default seed would
     * be known to every trader, who could then pick references that are never drawn.
     */
    static void requireSeed(Map<Lane, Double> rates, Long seed) {
        if (seed == null && !rates.isEmpty()) {
            throw new InvalidInputException("randomSeed", "absent", "is required when a lane has a random rate "
                    + rates + " (RR-02): configure a secret seed, kept out of reach of traders, so that the draw "
                    + "cannot be predicted");
        }
    }

    /** Checks random rates (Red, Yellow or Blue, each 0 to 1, adding up to at most 1) and drops the zero ones. */
    static Map<Lane, Double> rates(Map<Lane, Double> given) {
        EnumMap<Lane, Double> out = new EnumMap<>(Lane.class);
        double sum = 0;
        if (given != null) {
            for (Map.Entry<Lane, Double> e : given.entrySet()) {
                Lane lane = Checks.notNull("randomRates.lane", e.getKey());
                double rate = Checks.notNull("randomRates." + lane, e.getValue());
                if (lane == Lane.GREEN) {
                    throw new InvalidInputException("randomRates", "GREEN", "must be RED, YELLOW or BLUE");
                }
                if (!(rate >= 0 && rate <= 1)) {
                    throw new InvalidInputException("randomRates." + lane, String.valueOf(rate), "must be 0 to 1");
                }
                if (rate > 0) {
                    out.put(lane, rate);
                    sum += rate;
                }
            }
        }
        if (sum > 1) {
            throw new InvalidInputException("randomRates", String.valueOf(sum), "rates must add up to at most 1");
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Returns the random selection rate of a lane (RR-02).
     *
     * @param lane the lane, not null
     * @return the rate, 0 to 1
     */
    public double randomRate(Lane lane) {
        return randomRates.getOrDefault(lane, 0.0);
    }
}
