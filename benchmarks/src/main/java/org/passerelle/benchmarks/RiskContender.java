package org.passerelle.benchmarks;

import java.util.List;
import org.passerelle.model.Declaration;
import org.passerelle.risk.Lane;

/**
 * One engine assessing declarations against the canonical indicator set of the risk comparison.
 * Every implementation is built from the same {@link RiskPolicyGenerator} policy (indicators,
 * profiles, settings, context) and assesses as of {@link RiskPolicyGenerator#NOW}.
 */
interface RiskContender {
    /** What every contender must agree on: the fired indicator ids (sorted), the score and the lane. */
    record Outcome(List<String> fired, int score, Lane lane) {
    }

    /** The contender's name as it appears in the tables. */
    String name();

    /** Assesses one declaration and returns the engine's own result: what the benchmarks time. */
    Object assess(Declaration declaration);

    /** Reduces a result of {@link #assess} to the common outcome (for the conformance gate; not timed). */
    Outcome outcome(Object result);

    /** The names of the contenders, fastest expected first. */
    List<String> ALL = List.of("handWritten", "passerelle", "drools", "droolsStateful", "droolsSequential");

    /** Creates a contender by name. */
    static RiskContender create(String name, RiskPolicyGenerator g) {
        return switch (name) {
            case "handWritten" -> new HandWrittenRisk(g);
            case "passerelle" -> new PasserelleRisk(g);
            case "drools" -> new DroolsRisk(g);
            case "droolsSequential" -> new DroolsRisk(g, DroolsRisk.Mode.SEQUENTIAL);
            case "droolsStateful" -> new DroolsRisk(g, DroolsRisk.Mode.STATEFUL);
            default -> throw new IllegalArgumentException("unknown risk contender " + name + ", expected one of " + ALL);
        };
    }

    /** The outcome of the shared scoring step, for the contenders that use it. */
    static Outcome outcome(RiskScoring scoring, RiskScoring.Scored s) {
        String[] ids = new String[s.count()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = scoring.id(s.fired()[i]);
        }
        java.util.Arrays.sort(ids);
        return new Outcome(List.of(ids), s.score(), s.lane());
    }
}
