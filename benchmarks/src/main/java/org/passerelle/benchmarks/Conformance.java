package org.passerelle.benchmarks;

import java.util.List;
import java.util.Objects;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingRequest;

/**
 * The conformance gate: before any timing, every contender must return the same decision on the
 * same corpus. A disagreement stops the run.
 */
final class Conformance {
    private Conformance() {
    }

    static void check(SharingEngine engine, HandWrittenSharing baseline, List<SharingRequest> corpus) {
        int permits = 0;
        for (SharingRequest r : corpus) {
            SharingDecision d = engine.decide(r);
            HandWrittenSharing.Answer a = baseline.decide(r);
            boolean same = d.outcome() == a.outcome()
                    && (!d.isPermitted() || (Objects.equals(d.agreement(), a.agreement())
                            && d.redactedFields().equals(a.redacted())
                            && Objects.equals(d.retainUntil().orElse(null), a.retainUntil())));
            if (!same) {
                throw new IllegalStateException("conformance gate: request " + r.id() + " Passerelle says "
                        + d.outcome() + " " + d.agreement() + " " + d.redactedFields() + " "
                        + d.retainUntil().orElse(null) + ", hand-written says " + a + "\n" + d.explanation());
            }
            if (d.isPermitted()) {
                permits++;
            }
        }
        if (permits == 0 || permits == corpus.size()) {
            throw new IllegalStateException("conformance gate: the corpus must mix permits and refusals, got "
                    + permits + " permits of " + corpus.size());
        }
    }
}
