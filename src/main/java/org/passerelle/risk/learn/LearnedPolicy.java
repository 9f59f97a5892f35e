package org.passerelle.risk.learn;

import java.util.List;
import java.util.Map;
import org.passerelle.risk.RiskPolicy;

/**
 * What a {@link Learner} produced: the policy and how it was chosen.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param policy the learned policy: one scorecard profile, its indicators, bands and the learned
 *        reference values in its context
 * @param familyWeights the coefficient of each family of candidates in the regression, by family name
 * @param smoothing the smoothing strength chosen on validation
 * @param minSupport the minimum support chosen on validation
 * @param candidates how many candidates were proposed
 * @param validation precision and recall on the validation history at 1, 2, 5, 10 and 25%
 */
public record LearnedPolicy(RiskPolicy policy, Map<String, Double> familyWeights, double smoothing, int minSupport,
        int candidates, List<Metrics.Point> validation) {
    /**
     * Copies the collections.
     */
    public LearnedPolicy {
        familyWeights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(familyWeights));
        validation = List.copyOf(validation);
    }
}
