package org.passerelle.risk.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.passerelle.model.InvalidInputException;

/**
 * Precision and recall of a ranking at a given share of declarations inspected: the declarations
 * with the highest scores are inspected first (ties in input order).
 */
public final class Metrics {
    private Metrics() {
    }

    /**
     * What inspecting a share of declarations finds.
     *
     * @param share the share inspected, 0 to 1
     * @param inspected how many declarations that is
     * @param precision the share of the inspected that were irregular
     * @param recall the share of the irregular that were inspected
     * @param revenueRecall the share of the recoverable revenue (or other amount) that was inspected
     */
    public record Point(double share, int inspected, double precision, double recall, double revenueRecall) {
    }

    /**
     * Measures a ranking at several shares.
     *
     * @param scores the score of each declaration, not null
     * @param irregular whether each declaration was irregular, not null, as long as the scores
     * @param revenue the revenue at stake in each declaration (a proxy such as its value when it was
     *        irregular), not null, as long as the scores
     * @param shares the shares, each above 0 and at most 1
     * @return one point per share, in order, not null
     */
    public static List<Point> at(double[] scores, boolean[] irregular, double[] revenue, double... shares) {
        int n = scores.length;
        if (irregular.length != n || revenue.length != n) {
            throw new InvalidInputException("metrics", n + "/" + irregular.length + "/" + revenue.length,
                    "scores, outcomes and revenues must be as many");
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        int positives = 0;
        double totalRevenue = 0;
        for (int i = 0; i < n; i++) {
            positives += irregular[i] ? 1 : 0;
            totalRevenue += irregular[i] ? revenue[i] : 0;
        }
        List<Point> points = new ArrayList<>();
        for (double share : shares) {
            if (!(share > 0 && share <= 1)) {
                throw new InvalidInputException("share", String.valueOf(share), "must be above 0 and at most 1");
            }
            int k = Math.max(1, (int) Math.round(share * n));
            int hits = 0;
            double rev = 0;
            for (int i = 0; i < k && i < n; i++) {
                if (irregular[order[i]]) {
                    hits++;
                    rev += revenue[order[i]];
                }
            }
            points.add(new Point(share, k, n == 0 ? 0 : (double) hits / k, positives == 0 ? 0 : (double) hits / positives,
                    totalRevenue == 0 ? 0 : rev / totalRevenue));
        }
        return points;
    }
}
