package org.passerelle.risk.learn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.passerelle.model.Checks;
import org.passerelle.model.Declaration;
import org.passerelle.model.InvalidInputException;
import org.passerelle.risk.Assessment;
import org.passerelle.risk.FiredIndicator;
import org.passerelle.risk.FiredProfile;
import org.passerelle.risk.Indicator;
import org.passerelle.risk.RiskContext;
import org.passerelle.risk.RiskEngine;
import org.passerelle.risk.ScoreBands;
import org.passerelle.risk.WithheldProfile;

/**
 * The feedback loop, closed: how well each indicator and profile of an engine did on inspection
 * history, measured honestly.
 *
 * <p>Every inspection counts, random ones included. Per indicator (it fired) and per profile (it
 * selected the declaration): the hit rate with its Wilson score interval at 95%; the lift over the
 * base rate, which is the hit rate of the random inspections when there are any (the unbiased
 * sample), else of all inspections; the recall, estimated from the random inspections only (of the
 * irregular declarations drawn at random, the share the indicator or profile would have caught),
 * and not a number when there were none; and the same per period, to see drift. {@link #shadow}
 * measures candidate indicators on history before they are deployed. This type is immutable and
 * thread-safe.
 */
public final class Feedback {
    /** The z value of a two-sided 95% interval. */
    static final double Z95 = 1.959963984540054;

    private final double baseRate;
    private final Map<String, Stats> indicators;
    private final Map<String, Stats> profiles;
    private final Map<String, Map<String, Stats>> indicatorDrift;

    /**
     * What an indicator or profile did on a history.
     *
     * @param inspections how many inspected declarations it fired on (or selected)
     * @param hits how many of those were irregular
     * @param hitRate hits over inspections, 0 when there were none
     * @param low the lower bound of the 95% Wilson score interval of the hit rate
     * @param high the upper bound of that interval
     * @param lift the hit rate over the base rate
     * @param recall the share of irregular random inspections it fired on; not a number without any
     */
    public record Stats(int inspections, int hits, double hitRate, double low, double high, double lift,
            double recall) {
    }

    private Feedback(double baseRate, Map<String, Stats> indicators, Map<String, Stats> profiles,
            Map<String, Map<String, Stats>> indicatorDrift) {
        this.baseRate = baseRate;
        this.indicators = indicators;
        this.profiles = profiles;
        this.indicatorDrift = indicatorDrift;
    }

    /**
     * Measures an engine's indicators and profiles on inspection history, by assessing each inspected
     * declaration as of its lodgement, with periods of one calendar month.
     *
     * @param engine the engine, not null
     * @param context the context, not null
     * @param history the inspections, not empty
     * @return the feedback, not null
     */
    public static Feedback measure(RiskEngine engine, RiskContext context, List<Inspection> history) {
        return measure(engine, context, history, day -> day.toString().substring(0, 7));
    }

    /**
     * Measures an engine's indicators and profiles on inspection history, with the given periods.
     *
     * @param engine the engine, not null
     * @param context the context, not null
     * @param history the inspections, not empty
     * @param period the period of an inspection day, such as its month or quarter, not null
     * @return the feedback, not null
     * @throws InvalidInputException if the history is empty
     */
    public static Feedback measure(RiskEngine engine, RiskContext context, List<Inspection> history,
            Function<LocalDate, String> period) {
        Checks.notNull("engine", engine);
        Checks.notNull("context", context);
        Checks.notNull("period", period);
        if (Checks.notNull("history", history).isEmpty()) {
            throw new InvalidInputException("history", "[]", "must hold at least one inspection");
        }
        int randoms = 0;
        int randomHits = 0;
        int hits = 0;
        Map<String, int[]> ind = new TreeMap<>();
        Map<String, int[]> prof = new TreeMap<>();
        Map<String, Map<String, int[]>> drift = new TreeMap<>();
        for (Inspection i : history) {
            Declaration d = i.declaration();
            Assessment a = engine.assess(d, context, d.lodgedAt());
            boolean hit = i.irregular();
            hits += hit ? 1 : 0;
            if (i.random()) {
                randoms++;
                randomHits += hit ? 1 : 0;
            }
            Set<String> fired = new HashSet<>();
            for (FiredIndicator f : a.firedIndicators()) {
                fired.add(f.id().value());
            }
            for (WithheldProfile w : a.withheld()) {
                for (FiredIndicator f : w.indicators()) {
                    fired.add(f.id().value());
                }
            }
            String p = period.apply(i.result().inspectedOn());
            for (String id : fired) {
                count(ind.computeIfAbsent(id, k -> new int[4]), hit, i.random());
                count(drift.computeIfAbsent(id, k -> new TreeMap<>()).computeIfAbsent(p, k -> new int[4]), hit,
                        i.random());
            }
            for (FiredProfile f : a.firedProfiles()) {
                if (f.selects()) {
                    count(prof.computeIfAbsent(f.id().value(), k -> new int[4]), hit, i.random());
                }
            }
        }
        double base = randoms > 0 ? (double) randomHits / randoms : (double) hits / history.size();
        int randomIrregular = randomHits;
        Map<String, Map<String, Stats>> driftStats = new LinkedHashMap<>();
        drift.forEach((id, byPeriod) -> {
            Map<String, Stats> m = new LinkedHashMap<>();
            byPeriod.forEach((k, c) -> m.put(k, stats(c, base, randomIrregular)));
            driftStats.put(id, Collections.unmodifiableMap(m));
        });
        return new Feedback(base, freeze(ind, base, randomIrregular), freeze(prof, base, randomIrregular),
                Collections.unmodifiableMap(driftStats));
    }

    /**
     * Scores candidate indicators on history before they are deployed ("shadow" scoring): each is
     * measured as if it had been in force, through the engine itself, without changing any lane.
     *
     * @param candidates the candidate indicators, at least one, with unique ids
     * @param context the context, not null
     * @param history the inspections, not empty
     * @return the feedback on the candidates (no profile figures), not null
     */
    public static Feedback shadow(List<Indicator> candidates, RiskContext context, List<Inspection> history) {
        if (Checks.notNull("candidates", candidates).isEmpty()) {
            throw new InvalidInputException("candidates", "[]", "must hold at least one indicator");
        }
        List<String> ids = new ArrayList<>();
        LocalDate from = LocalDate.MAX;
        for (Indicator c : candidates) {
            ids.add(c.id().value());
        }
        for (Inspection i : Checks.notNull("history", history)) {
            LocalDate day = LocalDate.ofInstant(i.declaration().lodgedAt(), java.time.ZoneOffset.UTC);
            from = day.isBefore(from) ? day : from;
        }
        if (history.isEmpty()) {
            throw new InvalidInputException("history", "[]", "must hold at least one inspection");
        }
        RiskEngine engine = RiskEngine.builder().indicators(candidates)
                .profiles(org.passerelle.risk.Profile.builder("SHADOW").title("Shadow scoring of candidates")
                        .owner("SHADOW").threatArea(candidates.get(0).threatArea())
                        .indicators(ids.toArray(new String[0])).bands(ScoreBands.of(1, 1, 1)).valid(from, null)
                        .scorecard().build())
                .build();
        Feedback f = measure(engine, context, history);
        return new Feedback(f.baseRate, f.indicators, Map.of(), f.indicatorDrift);
    }

    private static void count(int[] c, boolean hit, boolean random) {
        c[0]++;
        c[1] += hit ? 1 : 0;
        c[2] += random && hit ? 1 : 0;
    }

    private static Map<String, Stats> freeze(Map<String, int[]> counts, double base, int randomIrregular) {
        Map<String, Stats> out = new LinkedHashMap<>();
        counts.forEach((k, c) -> out.put(k, stats(c, base, randomIrregular)));
        return Collections.unmodifiableMap(out);
    }

    private static Stats stats(int[] c, double base, int randomIrregular) {
        double[] w = wilson(c[1], c[0], Z95);
        double rate = c[0] == 0 ? 0 : (double) c[1] / c[0];
        return new Stats(c[0], c[1], rate, w[0], w[1], base > 0 ? rate / base : Double.NaN,
                randomIrregular > 0 ? (double) c[2] / randomIrregular : Double.NaN);
    }

    /**
     * Returns the Wilson score interval of a proportion: {@code (p + z²/2n ± z √(p(1-p)/n + z²/4n²)) / (1 + z²/n)}.
     *
     * @param hits the successes, 0 to n
     * @param n the trials, 0 or more; 0 gives [0, 1]
     * @param z the normal quantile, such as 1.96 for 95%
     * @return the lower and upper bounds, not null
     */
    public static double[] wilson(int hits, int n, double z) {
        if (n < 0 || hits < 0 || hits > n) {
            throw new InvalidInputException("wilson", hits + " of " + n, "must be 0 <= hits <= n");
        }
        if (n == 0) {
            return new double[] {0, 1};
        }
        double p = (double) hits / n;
        double z2 = z * z;
        double centre = p + z2 / (2 * n);
        double margin = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        double denominator = 1 + z2 / n;
        return new double[] {Math.max(0, (centre - margin) / denominator), Math.min(1, (centre + margin) / denominator)};
    }

    /**
     * Returns the base rate: the hit rate of random inspections, else of all inspections.
     *
     * @return the rate, 0 to 1
     */
    public double baseRate() {
        return baseRate;
    }

    /**
     * Returns the figures of each indicator that fired on the history, by indicator id.
     *
     * @return the figures, sorted by id, not null
     */
    public Map<String, Stats> indicators() {
        return indicators;
    }

    /**
     * Returns the figures of each profile that selected a declaration of the history, by profile id.
     *
     * @return the figures, sorted by id, not null
     */
    public Map<String, Stats> profiles() {
        return profiles;
    }

    /**
     * Returns an indicator's figures per period, to see drift.
     *
     * @param indicatorId the indicator id, not null
     * @return the figures by period, in period order; empty when it never fired
     */
    public Map<String, Stats> drift(String indicatorId) {
        return indicatorDrift.getOrDefault(indicatorId, Map.of());
    }
}
