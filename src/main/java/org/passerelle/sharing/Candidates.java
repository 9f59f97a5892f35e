package org.passerelle.sharing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.passerelle.model.AgencyId;

/**
 * The candidate agreements of a decision (those of a holder, or the one cited, or the one an item
 * was received under) in agreement id order, with what the engine asks of every candidate before
 * it evaluates any packed side by side: the days each is in force on, the indexes of its parties
 * (SR-04), and its refusals when not in force (SR-02) or when the recipient is not a party. Most
 * candidates of a decision are settled by these alone, without reading the agreement.
 *
 * <p>Built when the law is compiled; immutable and thread-safe.
 */
final class Candidates {
    static final Candidates NONE = new Candidates(List.of(), Map.of());

    final CompiledAgreement[] agreements;
    /** The first and last day each is in force, as epoch days; from after to when not in force. */
    private final long[] from;
    private final long[] to;
    /** The party indexes of candidate {@code i}: {@code parties[partyStart[i]]} up to the next start. */
    private final int[] partyStart;
    private final int[] parties;
    /**
     * SR-04 and SR-02: the refusal of each when the recipient is not a party, and when not in force.
     * Built for this list rather than shared with the agreement, so that the refusals of a list lie
     * side by side in memory: the explanation of a refusal, which reads those of many candidates,
     * reads them in a few streams rather than a cache miss each (docs/benchmarks.md, issue 9).
     */
    private final RuleHit[] notParty;
    private final RuleHit[] notInForce;

    /**
     * Packs agreements.
     *
     * @param list the agreements, in id order
     * @param index the index of every agency of the law
     */
    Candidates(List<CompiledAgreement> list, Map<AgencyId, Integer> index) {
        int n = list.size();
        agreements = list.toArray(new CompiledAgreement[0]);
        from = new long[n];
        to = new long[n];
        partyStart = new int[n + 1];
        notParty = new RuleHit[n];
        notInForce = new RuleHit[n];
        int total = 0;
        for (CompiledAgreement ca : agreements) {
            total += ca.parties.size();
        }
        parties = new int[total];
        int next = 0;
        for (int i = 0; i < n; i++) {
            SharingAgreement g = agreements[i].agreement;
            LocalDate validFrom = g.validFrom();
            LocalDate validTo = g.validTo();
            if (g.status() == AgreementStatus.IN_FORCE) {
                from[i] = validFrom == null ? Long.MIN_VALUE : validFrom.toEpochDay();
                to[i] = validTo == null ? Long.MAX_VALUE : validTo.toEpochDay();
            } else {
                from[i] = Long.MAX_VALUE;
                to[i] = Long.MIN_VALUE;
            }
            notParty[i] = (RuleHit) Check.RECIPIENT_PARTY.ofAgreement(agreements[i]);
            notInForce[i] = notInForce(g);
            partyStart[i] = next;
            int first = next;
            for (AgencyId party : agreements[i].parties) {
                parties[next++] = index.get(party);
            }
            Arrays.sort(parties, first, next);
        }
        partyStart[n] = next;
    }

    /** SR-02: the refusal when an agreement is not in force on the request day. */
    private static RuleHit notInForce(SharingAgreement agreement) {
        return new RuleHit(SharingRule.SR_02, Outcome.DENY, "agreement " + agreement.id().value() + " is not in force"
                + " on the request day (status " + agreement.status() + ", valid " + (agreement.validFrom() == null
                ? "since ever" : "from " + agreement.validFrom()) + (agreement.validTo() == null ? ", open-ended"
                : " to " + agreement.validTo()) + "): it grants nothing");
    }

    /** Returns the number of candidates. */
    int size() {
        return agreements.length;
    }

    /** Returns whether candidate {@code i} is in force on a day, as {@link SharingAgreement#isInForceOn}. */
    boolean inForce(int i, long epochDay) {
        return epochDay >= from[i] && epochDay <= to[i];
    }

    /** Returns whether the agency of an index is a party to candidate {@code i}. */
    boolean hasParty(int i, int agency) {
        int start = partyStart[i];
        int end = partyStart[i + 1];
        if (end - start > 8) {
            return Arrays.binarySearch(parties, start, end, agency) >= 0;
        }
        for (int k = start; k < end; k++) {
            if (parties[k] == agency) {
                return true;
            }
        }
        return false;
    }

    /** Returns the refusal of candidate {@code i} when it is not in force (SR-02). */
    RuleHit notInForce(int i) {
        return notInForce[i];
    }

    /**
     * Returns the refusal of candidate {@code i} when it was not evaluated: not in force on the day
     * (SR-02), else the recipient is not a party (SR-04).
     */
    RuleHit notEvaluated(int i, long epochDay) {
        return inForce(i, epochDay) ? notParty[i] : notInForce[i];
    }
}
