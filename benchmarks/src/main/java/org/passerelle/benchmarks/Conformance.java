package org.passerelle.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.SharingAgreement;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;

/**
 * The conformance gate: before any timing, every contender must return the same decision on the
 * same corpus as the hand-written baseline. A disagreement stops the run.
 */
final class Conformance {
    /** Policies up to this many agreements get the exhaustive corpus. */
    static final int EXHAUSTIVE_UP_TO = 10;

    private Conformance() {
    }

    /** What a check saw, for the report. */
    record Tally(int requests, int permits, int pending, int denials) {
    }

    /**
     * Checks a contender against the baseline on a corpus.
     *
     * @throws IllegalStateException naming the first request on which they disagree
     */
    static Tally check(SharingContender contender, SharingContender baseline, List<SharingRequest> corpus) {
        int permits = 0;
        int pending = 0;
        for (SharingRequest r : corpus) {
            Answer expected = baseline.decide(r);
            Answer actual;
            try {
                actual = contender.decide(r);
            } catch (RuntimeException e) {
                throw new IllegalStateException("conformance gate: " + contender.name() + " failed on " + describe(r), e);
            }
            if (!actual.sameAs(expected)) {
                throw new IllegalStateException("conformance gate: " + contender.name() + " disagrees on "
                        + describe(r) + "\n  " + contender.name() + ": " + actual + "\n  " + baseline.name() + ": "
                        + expected);
            }
            if (expected.outcome().isPermit()) {
                permits++;
            } else if (expected.outcome() == Outcome.PENDING_CONSENT) {
                pending++;
            }
        }
        if (permits == 0 || permits == corpus.size()) {
            throw new IllegalStateException("conformance gate: the corpus must mix permits and refusals, got "
                    + permits + " permits of " + corpus.size());
        }
        return new Tally(corpus.size(), permits, pending, corpus.size() - permits - pending);
    }

    static String describe(SharingRequest r) {
        return "request " + r.id() + " (item " + r.item().value() + ", recipient " + r.recipient().value() + ", purpose "
                + r.purpose().value() + ", fields " + r.fields() + ", at " + r.instant() + ")";
    }

    /**
     * The corpus for a generated policy: exhaustive over items, recipients, purposes, field sets and the
     * days where an answer can change, for small policies; otherwise the seeded random stream plus edge
     * cases (each request moved to the first and last day of its candidate agreements and the day after,
     * to the source's retention end and the day after, an unknown item and an unknown recipient).
     */
    static List<SharingRequest> corpus(SharingPolicyGenerator g, int randomCount, boolean exhaustive) {
        if (g.requests.size() < randomCount) {
            throw new IllegalArgumentException("generate the policy with at least " + randomCount + " requests");
        }
        SharingPolicy policy = g.policy;
        List<SharingRequest> out = new ArrayList<>();
        if (exhaustive && g.agreementCount <= EXHAUSTIVE_UP_TO) {
            TreeSet<LocalDate> days = new TreeSet<>();
            days.add(LocalDate.ofInstant(SharingPolicyGenerator.AS_OF, ZoneOffset.UTC));
            for (SharingAgreement a : policy.agreements().values()) {
                edges(days, a.validFrom(), a.validTo());
            }
            for (InformationItem i : policy.items().values()) {
                edges(days, null, i.restrictions().retentionEnd());
            }
            int n = 0;
            for (InformationItem i : policy.items().values()) {
                for (var recipient : policy.agencies().keySet()) {
                    for (var purpose : policy.purposes().keySet()) {
                        for (boolean someFields : new boolean[] {false, true}) {
                            for (LocalDate day : days) {
                                SharingRequest.Builder b = SharingRequest.builder().id("X" + n++)
                                        .recipient(recipient.value()).item(i.id().value()).purpose(purpose.value())
                                        .at(day.atTime(10, 0).toInstant(ZoneOffset.UTC));
                                if (someFields) {
                                    b.fields("name", "bankAccount", "seizedQuantityKg");
                                }
                                out.add(b.build());
                            }
                        }
                    }
                }
            }
            return out;
        }
        List<SharingRequest> stream = g.requests.subList(0, randomCount);
        out.addAll(stream);
        SplittableRandom rnd = new SplittableRandom(11);
        int n = 0;
        for (int k = 0; k < randomCount / 4; k++) {
            SharingRequest r = stream.get(rnd.nextInt(stream.size()));
            InformationItem item = policy.items().get(r.item());
            Set<LocalDate> days = new LinkedHashSet<>();
            for (SharingAgreement a : policy.agreements().values()) {
                List<org.passerelle.model.AgencyId> parties = List.of(a.parties().get(0).agency(),
                        a.parties().get(1).agency());
                if (parties.contains(item.originator()) && parties.contains(r.recipient())) {
                    edges(days, a.validFrom(), a.validTo());
                }
            }
            edges(days, null, item.restrictions().retentionEnd());
            for (LocalDate day : days) {
                out.add(r.toBuilder().id("E" + n++).at(day.atTime(23, 59).toInstant(ZoneOffset.UTC)).build());
            }
        }
        SharingRequest first = stream.get(0);
        out.add(first.toBuilder().id("E-unknown-item").item("IT99999").build());
        out.add(first.toBuilder().id("E-unknown-recipient").recipient("Z9999").requester("Z9999").build());
        out.add(first.toBuilder().id("E-2100").at(Instant.parse("2100-01-01T00:00:00Z")).build());
        return out;
    }

    private static void edges(Set<LocalDate> days, LocalDate from, LocalDate to) {
        if (from != null) {
            days.add(from.minusDays(1));
            days.add(from);
        }
        if (to != null) {
            days.add(to);
            days.add(to.plusDays(1));
        }
    }
}
