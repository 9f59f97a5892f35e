package org.passerelle.risk.learn;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.model.Checks;
import org.passerelle.model.CountryCode;
import org.passerelle.model.Declaration;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Money;
import org.passerelle.risk.Assessment;
import org.passerelle.risk.FiredIndicator;
import org.passerelle.risk.FiredProfile;
import org.passerelle.risk.Indicator;
import org.passerelle.risk.Lane;
import org.passerelle.risk.Profile;
import org.passerelle.risk.ReferenceValue;
import org.passerelle.risk.RiskContext;
import org.passerelle.risk.RiskEngine;
import org.passerelle.risk.RiskPolicy;
import org.passerelle.risk.RiskSettings;
import org.passerelle.risk.ScoreBands;
import org.passerelle.risk.ThreatArea;

/**
 * Learns an explainable risk policy from inspection history: one additive scorecard of named
 * indicators, each a plain criterion of the risk engine whose reason quotes its evidence.
 *
 * <p>The steps: reference values per HS subheading and origin are learned from the training
 * history (the median value per kilogram, for the undervaluation candidate); candidate indicators
 * are proposed from attribute values ({@code Candidates}); which candidates fire on each
 * declaration is asked of the risk engine itself, by assessing the history with every candidate in
 * one scorecard, so that training and deployment cannot disagree; each candidate gets a smoothed
 * weight of evidence, {@code ln(q / (1 - q)) - ln(b / (1 - b))} with {@code q = (hits + a b) / (n + a)}
 * and {@code b} the base rate; families of candidates are weighed jointly by a logistic regression
 * with non-negative coefficients on out-of-fold weights of evidence; the weight of an indicator is
 * its family's coefficient times its weight of evidence, in hundredths, and candidates with no
 * positive weight are dropped. The smoothing and the minimum support are chosen on the validation
 * history, and so are the score bands: Red for the configured top share of validation
 * declarations, Yellow down to the configured wider share. Exact values are never criteria. This
 * class is immutable and thread-safe; its builder is not.
 */
public final class Learner {
    /** The points a unit of log-odds is worth in the learned weights. */
    static final double SCALE = 100;

    private final double[] smoothings;
    private final int[] minSupports;
    private final int folds;
    private final double redShare;
    private final double yellowShare;
    private final double l2;
    private final String profileId;
    private final String owner;
    private final ThreatArea threatArea;
    private final Map<Lane, Double> exploration;
    private final Long seed;

    private Learner(Builder b) {
        this.smoothings = b.smoothings.clone();
        this.minSupports = b.minSupports.clone();
        this.folds = b.folds;
        this.redShare = b.redShare;
        this.yellowShare = b.yellowShare;
        this.l2 = b.l2;
        this.profileId = b.profileId;
        this.owner = b.owner;
        this.threatArea = b.threatArea;
        this.exploration = new EnumMap<>(b.exploration);
        this.seed = b.seed;
    }

    /**
     * Starts a builder with the defaults: smoothing 1 or 2 and minimum support 1 or 2 (chosen
     * on validation), 5 folds, Red for the top 5% and Yellow down to 25% of validation declarations,
     * L2 penalty 0.001, profile {@code LEARNED} owned by {@code RISK-TARGETING}, threat area revenue,
     * no random exploration.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Learns a policy.
     *
     * @param training the history to learn from, at least one irregular and one regular inspection
     * @param validation the history to choose settings and bands on, not empty
     * @return the learned policy with its report, not null
     * @throws InvalidInputException if a history is empty or has no irregular or no regular inspection
     */
    public LearnedPolicy learn(List<Inspection> training, List<Inspection> validation) {
        Checks.notNull("training", training);
        Checks.notNull("validation", validation);
        int positives = 0;
        for (Inspection i : training) {
            positives += i.irregular() ? 1 : 0;
        }
        if (positives == 0 || positives == training.size()) {
            throw new InvalidInputException("training", positives + " irregular of " + training.size(),
                    "must hold both irregular and regular inspections to learn from");
        }
        if (validation.isEmpty()) {
            throw new InvalidInputException("validation", "[]", "must hold inspections to choose bands on");
        }
        double base = (double) positives / training.size();
        RiskContext context = references(training);

        Map<String, Candidate> proposed = new LinkedHashMap<>();
        for (Inspection i : training) {
            Candidates.propose(i.declaration(), proposed);
        }
        List<Candidate> candidates = new ArrayList<>(proposed.values());
        Map<String, Integer> number = new HashMap<>();
        List<Indicator> probes = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            number.put(c.id(), number.size());
            probes.add(Indicator.of(c.id(), threatArea, 0, c.description(), c.criterion()));
        }
        LocalDate from = LocalDate.MAX;
        for (Inspection i : training) {
            from = min(from, LocalDate.ofInstant(i.declaration().lodgedAt(), ZoneOffset.UTC));
        }
        RiskEngine probe = RiskEngine.builder().indicators(probes).profiles(profile(from, probes, ScoreBands.of(1, 1, 1)))
                .build();
        int[][] firedTrain = fire(probe, training, context, number);
        int[][] firedValid = fire(probe, validation, context, number);

        int m = candidates.size();
        int[] n = new int[m];
        int[] hits = new int[m];
        int[][] nFold = new int[folds][m];
        int[][] hitFold = new int[folds][m];
        int[] fold = new int[training.size()];
        boolean[] y = new boolean[training.size()];
        for (int d = 0; d < training.size(); d++) {
            fold[d] = Math.floorMod(training.get(d).declaration().reference().hashCode() * 0x9E3779B9, folds);
            y[d] = training.get(d).irregular();
            for (int c : firedTrain[d]) {
                n[c]++;
                nFold[fold[d]][c]++;
                if (y[d]) {
                    hits[c]++;
                    hitFold[fold[d]][c]++;
                }
            }
        }
        Template[] templates = Template.values();
        boolean[] validY = new boolean[validation.size()];
        double[] validRevenue = new double[validation.size()];
        for (int d = 0; d < validation.size(); d++) {
            validY[d] = validation.get(d).irregular();
            validRevenue[d] = validation.get(d).revenue();
        }

        Fit best = null;
        for (double a : smoothings) {
            for (int support : minSupports) {
                double[][] x = new double[training.size()][templates.length];
                for (int d = 0; d < training.size(); d++) {
                    int f = fold[d];
                    for (int c : firedTrain[d]) {
                        int nn = n[c] - nFold[f][c];
                        if (nn >= support) {
                            double w = woe(hits[c] - hitFold[f][c], nn, a, base);
                            if (w > 0) {
                                x[d][candidates.get(c).template().ordinal()] += w;
                            }
                        }
                    }
                }
                double[] beta = LogisticRegression.fit(x, y, l2, 25);
                int[] weights = new int[m];
                for (int c = 0; c < m; c++) {
                    if (n[c] >= support) {
                        double w = woe(hits[c], n[c], a, base) * beta[candidates.get(c).template().ordinal()];
                        weights[c] = (int) Math.min(1000, Math.round(SCALE * w));
                    }
                }
                double[] scores = scores(firedValid, weights);
                List<Metrics.Point> points = Metrics.at(scores, validY, validRevenue, redShare, yellowShare);
                double objective = points.get(0).precision() + points.get(1).recall();
                if (best == null || objective > best.objective) {
                    best = new Fit(a, support, beta, weights, scores, objective);
                }
            }
        }

        List<Indicator> indicators = new ArrayList<>();
        for (int c = 0; c < m; c++) {
            if (best.weights[c] > 0) {
                Candidate cand = candidates.get(c);
                indicators.add(Indicator.of(cand.id(), threatArea, best.weights[c], cand.description() + ": "
                        + hits[c] + " of " + n[c] + " inspected were irregular", cand.criterion()));
            }
        }
        if (indicators.isEmpty()) {
            throw new InvalidInputException("training", training.size() + " inspections",
                    "show no indicator with evidence of risk: nothing to learn");
        }
        double[] sorted = best.scores.clone();
        Arrays.sort(sorted);
        int red = Math.max(1, (int) thresholdAt(sorted, redShare));
        int yellow = Math.max(1, Math.min(red, (int) thresholdAt(sorted, yellowShare)));
        ScoreBands bands = ScoreBands.of(red, yellow, yellow);
        RiskSettings d = RiskSettings.DEFAULTS;
        RiskSettings settings = new RiskSettings(null, d.lowWeight(), d.minLowWeightHits(), d.aeoReduction(),
                d.aeoRoles(), exploration, seed, d.genericDescriptions(), d.incompleteLane(), d.zone(),
                d.rerouteRoles(), d.yellowToBlueAfter(), d.failClosedLane());
        RiskPolicy policy = RiskPolicy.of(indicators, List.of(profile(from, indicators, bands)), settings, context);
        Map<String, Double> families = new LinkedHashMap<>();
        for (Template t : templates) {
            families.put(t.name(), best.beta[t.ordinal()]);
        }
        List<Metrics.Point> report = Metrics.at(best.scores, validY, validRevenue, 0.01, 0.02, 0.05, 0.10, 0.25);
        return new LearnedPolicy(policy, families, best.smoothing, best.minSupport, candidates.size(), report);
    }

    private record Fit(double smoothing, int minSupport, double[] beta, int[] weights, double[] scores,
            double objective) {
    }

    /** Returns the smallest score among the top share of sorted (ascending) scores. */
    private static double thresholdAt(double[] ascending, double share) {
        int k = Math.max(1, (int) Math.round(share * ascending.length));
        return ascending[Math.max(0, ascending.length - k)];
    }

    static double woe(int hits, int n, double a, double base) {
        double q = (hits + a * base) / (n + a);
        return Math.log(q / (1 - q)) - Math.log(base / (1 - base));
    }

    private static double[] scores(int[][] fired, int[] weights) {
        double[] s = new double[fired.length];
        for (int d = 0; d < fired.length; d++) {
            for (int c : fired[d]) {
                s[d] += weights[c];
            }
        }
        return s;
    }

    private Profile profile(LocalDate from, List<Indicator> indicators, ScoreBands bands) {
        String[] ids = new String[indicators.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = indicators.get(i).id().value();
        }
        return Profile.builder(profileId).title("Learned scorecard").owner(owner).threatArea(threatArea)
                .indicators(ids).bands(bands).valid(from, null).scorecard().build();
    }

    private int[][] fire(RiskEngine engine, List<Inspection> history, RiskContext context, Map<String, Integer> number) {
        int[][] out = new int[history.size()][];
        for (int d = 0; d < history.size(); d++) {
            Declaration decl = history.get(d).declaration();
            Assessment a = engine.assess(decl, context, decl.lodgedAt());
            FiredProfile p = a.firedProfile(profileId).orElse(null);
            if (p == null) {
                out[d] = new int[0];
                continue;
            }
            int[] ks = new int[p.indicators().size()];
            int j = 0;
            for (FiredIndicator f : p.indicators()) {
                ks[j++] = number.get(f.id().value());
            }
            out[d] = ks;
        }
        return out;
    }

    /** Learns reference values: the median value per kg of each HS6 and origin seen at least 5 times. */
    private static RiskContext references(List<Inspection> training) {
        Map<String, List<Double>> perKg = new HashMap<>();
        Map<String, String> currencyOf = new HashMap<>();
        for (Inspection i : training) {
            for (GoodsItem item : i.declaration().items()) {
                double mass = item.valuationMassKg();
                if (item.commodityCode().length() >= 6 && item.origin() != null && item.value() != null && mass > 0) {
                    String key = item.commodityCode().substring(0, 6) + "/" + item.origin().code() + "/"
                            + item.value().currency().getCurrencyCode();
                    perKg.computeIfAbsent(key, k -> new ArrayList<>()).add(item.value().amount().doubleValue() / mass);
                    currencyOf.put(key, item.value().currency().getCurrencyCode());
                }
            }
        }
        RiskContext.Builder b = RiskContext.builder();
        java.util.Set<String> done = new java.util.HashSet<>();
        for (Map.Entry<String, List<Double>> e : new java.util.TreeMap<>(perKg).entrySet()) {
            String[] parts = e.getKey().split("/");
            if (e.getValue().size() < 5 || !done.add(parts[0] + "/" + parts[1])) {
                continue;
            }
            double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = v[v.length / 2];
            if (median > 0) {
                b.referenceValue(new ReferenceValue(parts[0], CountryCode.of(parts[1]),
                        Money.of(java.math.BigDecimal.valueOf(median).setScale(4, java.math.RoundingMode.HALF_UP)
                                .stripTrailingZeros(), currencyOf.get(e.getKey()))));
            }
        }
        return b.build();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * A builder of {@link Learner}. Not thread-safe.
     */
    public static final class Builder {
        private double[] smoothings = {1, 2};
        private int[] minSupports = {1, 2};
        private int folds = 5;
        private double redShare = 0.05;
        private double yellowShare = 0.25;
        private double l2 = 0.001;
        private String profileId = "LEARNED";
        private String owner = "RISK-TARGETING";
        private ThreatArea threatArea = ThreatArea.REVENUE;
        private final Map<Lane, Double> exploration = new EnumMap<>(Lane.class);
        private Long seed;

        private Builder() {
        }

        /**
         * Sets the smoothing strengths to choose from on validation: how many pseudo-inspections at the
         * base rate are added to each candidate's evidence.
         *
         * @param values the strengths, each above 0, at least one
         * @return this builder
         */
        public Builder smoothing(double... values) {
            if (values.length == 0) {
                throw new InvalidInputException("smoothing", "[]", "must hold at least one strength");
            }
            for (double v : values) {
                if (!(v > 0) || Double.isInfinite(v)) {
                    throw new InvalidInputException("smoothing", String.valueOf(v), "must be a number above 0");
                }
            }
            this.smoothings = values.clone();
            return this;
        }

        /**
         * Sets the minimum supports to choose from on validation: how many training inspections a
         * candidate must fire on to become an indicator.
         *
         * @param values the supports, each 1 or more, at least one
         * @return this builder
         */
        public Builder minSupport(int... values) {
            if (values.length == 0) {
                throw new InvalidInputException("minSupport", "[]", "must hold at least one support");
            }
            for (int v : values) {
                if (v < 1) {
                    throw new InvalidInputException("minSupport", String.valueOf(v), "must be 1 or more");
                }
            }
            this.minSupports = values.clone();
            return this;
        }

        /**
         * Sets the number of folds of the out-of-fold weights of evidence the regression is fitted on.
         *
         * @param value 2 to 20
         * @return this builder
         */
        public Builder folds(int value) {
            if (value < 2 || value > 20) {
                throw new InvalidInputException("folds", String.valueOf(value), "must be 2 to 20");
            }
            this.folds = value;
            return this;
        }

        /**
         * Sets the shares of validation declarations the bands select: Red for the top {@code red},
         * Yellow down to {@code yellow}.
         *
         * @param red the Red share, above 0
         * @param yellow the Yellow share (Red included), at least {@code red}, at most 1
         * @return this builder
         */
        public Builder shares(double red, double yellow) {
            if (!(red > 0 && red <= yellow && yellow <= 1)) {
                throw new InvalidInputException("shares", red + ", " + yellow,
                        "must satisfy 0 < red <= yellow <= 1");
            }
            this.redShare = red;
            this.yellowShare = yellow;
            return this;
        }

        /**
         * Sets the L2 penalty of the regression.
         *
         * @param value 0 or more
         * @return this builder
         */
        public Builder l2(double value) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new InvalidInputException("l2", String.valueOf(value), "must be a number, 0 or more");
            }
            this.l2 = value;
            return this;
        }

        /**
         * Sets the id, owner and threat area of the learned profile and its indicators.
         *
         * @param id the profile id, not null
         * @param ownerAgency the owning agency, not null
         * @param area the threat area, not null
         * @return this builder
         */
        public Builder profile(String id, String ownerAgency, ThreatArea area) {
            this.profileId = Checks.id("profile.id", id);
            this.owner = Checks.id("profile.owner", ownerAgency);
            this.threatArea = Checks.notNull("profile.threatArea", area);
            return this;
        }

        /**
         * Keeps random selection as exploration (RR-02): the learned policy selects this share of
         * declarations at random for a lane, so that the next history has unbiased inspections.
         *
         * @param lane Red, Yellow or Blue
         * @param rate the rate, 0 to 1
         * @param secretSeed the secret seed of the draw
         * @return this builder
         */
        public Builder exploration(Lane lane, double rate, long secretSeed) {
            RiskEngine.builder().randomRate(lane, rate);
            exploration.put(lane, rate);
            this.seed = secretSeed;
            return this;
        }

        /**
         * Builds the learner.
         *
         * @return the learner, not null
         */
        public Learner build() {
            return new Learner(this);
        }
    }
}
