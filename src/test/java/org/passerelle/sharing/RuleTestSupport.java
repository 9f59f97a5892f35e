package org.passerelle.sharing;

import static org.passerelle.testing.Ruritania.SC_DAY;

import org.passerelle.testing.Ruritania;

/**
 * Shared helpers of the rule tests: derive a variant of the Ruritania world and decide on it.
 */
abstract class RuleTestSupport {
    /** The unchanged world. */
    static final SharingEngine WORLD = SharingEngine.compile(Ruritania.policy());

    static SharingDecision decide(SharingRequest.Builder request) {
        return WORLD.decide(request.build());
    }

    static SharingDecision decide(SharingPolicy.Builder policy, SharingRequest.Builder request) {
        return SharingEngine.compile(policy.build()).decide(request.build());
    }

    /** A request from the recipient, on the scenario day. */
    static SharingRequest.Builder ask(String recipient, String item, String purpose) {
        return SharingRequest.builder().recipient(recipient).item(item).purpose(purpose).at(SC_DAY);
    }

    /** A request pushed by the holder to the recipient, on the scenario day. */
    static SharingRequest.Builder send(String holder, String recipient, String item, String purpose) {
        return SharingRequest.builder().requester(holder).recipient(recipient).item(item).purpose(purpose).at(SC_DAY);
    }
}
