package org.passerelle.benchmarks;

import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.passerelle.sharing.SharingRequest;

/**
 * One contender over the canonical policy at one size, with the seeded request stream; the
 * conformance gate runs in the setup, before any timing, and a disagreement fails the trial (run JMH
 * with {@code -foe true} so that it stops the run).
 */
@State(Scope.Benchmark)
public class SharingState {
    static final int REQUESTS = 1024;

    @Param({"handWritten", "lookupTable", "passerelle", "drools", "easyRules", "authzforce", "jcasbin"})
    public String contender;

    @Param({"1000"})
    public int agreements;

    SharingContender engine;
    SharingRequest[] requests;
    String[] json;

    @Setup(Level.Trial)
    public void setUp() {
        SharingPolicyGenerator g = SharingPolicyGenerator.scaled(agreements, REQUESTS, 42);
        engine = Contenders.create(contender, g.policy);
        requests = g.requests.toArray(new SharingRequest[0]);
        json = new String[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            json[i] = RequestJson.write(requests[i]);
        }
        // The gate on the timed stream itself (the full gate, with edge cases, is the Gate program).
        boolean slow = agreements >= 1_000 && List.of("authzforce", "jcasbin", "easyRules", "drools").contains(contender);
        List<SharingRequest> corpus = List.of(requests).subList(0, slow ? 64 : REQUESTS);
        Conformance.check(engine, new HandWrittenSharing(g.policy), corpus);
        for (String j : json) {
            if (!RequestJson.read(j).equals(requests[indexOf(j)])) {
                throw new IllegalStateException("JSON round trip changed " + j);
            }
        }
    }

    private int indexOf(String j) {
        for (int i = 0; i < json.length; i++) {
            if (json[i] == j) {
                return i;
            }
        }
        return -1;
    }

    /** A per-thread cursor over the request stream. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int take() {
            return next++ & (REQUESTS - 1);
        }
    }
}
