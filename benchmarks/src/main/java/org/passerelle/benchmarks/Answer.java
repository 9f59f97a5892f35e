package org.passerelle.benchmarks;

import java.time.LocalDate;
import java.util.Set;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.Outcome;

/**
 * The part of a sharing decision every contender must agree on: the outcome and, for a permit, the
 * agreement relied on, the fields to redact (SR-27) and the retention end (SR-29).
 *
 * @param outcome the outcome
 * @param agreement the agreement relied on, or null when the flow is not permitted
 * @param redacted the personal fields to redact, empty when not permitted
 * @param retainUntil the retention end, or null when not permitted
 */
record Answer(Outcome outcome, AgreementId agreement, Set<String> redacted, LocalDate retainUntil) {
    static final Answer DENY = new Answer(Outcome.DENY, null, Set.of(), null);
    static final Answer PENDING_CONSENT = new Answer(Outcome.PENDING_CONSENT, null, Set.of(), null);

    /** A refusal or a wait, which names no agreement, fields or retention. */
    static Answer of(Outcome outcome) {
        return outcome == Outcome.DENY ? DENY : outcome == Outcome.PENDING_CONSENT ? PENDING_CONSENT
                : new Answer(outcome, null, Set.of(), null);
    }

    /** Whether another answer says the same for the purposes of the conformance gate. */
    boolean sameAs(Answer o) {
        if (outcome != o.outcome) {
            return false;
        }
        return !outcome.isPermit() || (agreement.equals(o.agreement) && redacted.equals(o.redacted)
                && java.util.Objects.equals(retainUntil, o.retainUntil));
    }
}
