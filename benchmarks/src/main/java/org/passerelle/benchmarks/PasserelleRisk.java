package org.passerelle.benchmarks;

import java.util.List;
import org.passerelle.model.Declaration;
import org.passerelle.risk.Assessment;
import org.passerelle.risk.FiredIndicator;
import org.passerelle.risk.RiskContext;
import org.passerelle.risk.RiskEngine;

/**
 * Passerelle's risk engine on the policy itself (no translation). Its native result is the full
 * {@link Assessment} (lanes, score, matched profiles with reasons, rule hits); the gate reads the
 * fired indicators, score and assessed lane out of it.
 */
final class PasserelleRisk implements RiskContender {
    private final RiskEngine engine;
    private final RiskContext context;

    PasserelleRisk(RiskPolicyGenerator g) {
        engine = g.engine();
        context = g.context;
    }

    @Override
    public String name() {
        return "passerelle";
    }

    @Override
    public Object assess(Declaration declaration) {
        return engine.assess(declaration, context, RiskPolicyGenerator.NOW);
    }

    @Override
    public Outcome outcome(Object result) {
        Assessment a = (Assessment) result;
        List<String> ids = a.firedIndicators().stream().map(FiredIndicator::id).map(i -> i.value()).sorted().toList();
        return new Outcome(ids, a.score(), a.assessedLane());
    }
}
