package org.passerelle.benchmarks;

import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;

/**
 * Passerelle's compiled sharing engine, on the policy itself (no translation). Its native result is
 * the full {@link SharingDecision} (outcome, conditions, agreement, every rule hit with its reason);
 * the timed benchmarks take that, the conformance gate reads the common {@link Answer} out of it.
 */
final class PasserelleSharing implements SharingContender {
    private final SharingEngine engine;

    PasserelleSharing(SharingPolicy policy) {
        engine = SharingEngine.compile(policy);
    }

    @Override
    public String name() {
        return "passerelle";
    }

    @Override
    public Object decideNative(SharingRequest request) {
        return engine.decide(request);
    }

    /** The decision with its plain-language explanation rendered. */
    String explain(SharingRequest request) {
        return engine.decide(request).explanation();
    }

    @Override
    public Answer decide(SharingRequest request) {
        SharingDecision d = engine.decide(request);
        if (!d.isPermitted()) {
            return Answer.of(d.outcome());
        }
        return new Answer(d.outcome(), d.agreement(), d.redactedFields(), d.retainUntil().orElse(null));
    }
}
