package org.passerelle.runtime;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.passerelle.audit.AuditRecord;
import org.passerelle.audit.AuditSink;
import org.passerelle.audit.AuditedSharingEngine;
import org.passerelle.audit.InMemoryAuditSink;
import org.passerelle.sharing.AgreementStatus;
import org.passerelle.sharing.RuleHit;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.InMemoryFactStore;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.testing.Ruritania;

/**
 * Hot reload under load: deciding threads use an audited {@link ReloadingSharingEngine} while a
 * swapping thread puts three policies in force in turn, and a sink refuses every n-th record. Then
 * every decision is checked against a fresh engine of the version it names, and the audit trail
 * against the decisions. Used by the bounded test in the suite and by the soak (a system property).
 */
final class ReloadStress {
    /** The three policies swapped in turn: they decide the same requests differently. */
    static List<SharingPolicy> policies() {
        SharingPolicy world = Ruritania.policy();
        SharingPolicy amended = world.toBuilder()
                .putAgreement(Ruritania.mou().toBuilder().title("Memorandum, as amended").build()).build();
        SharingPolicy suspended = world.toBuilder()
                .putAgreement(Ruritania.mou().toBuilder().status(AgreementStatus.SUSPENDED).build()).build();
        return List.of(world, amended, suspended);
    }

    /** The requests decided: permits, refusals and pending decisions under the three policies. */
    static List<SharingRequest> requests() {
        return List.of(Ruritania.sc01Request().build(),
                Ruritania.sc01Request().id("TAX").purpose(Ruritania.TAX_AUDIT).build(),
                SharingRequest.builder().id("SMUGGLER").recipient(Ruritania.RPP).item(Ruritania.SMUGGLER)
                        .purpose(Ruritania.CUSTOMS_PROSECUTION).at(Ruritania.SC_DAY).build(),
                SharingRequest.builder().id("DECL").recipient(Ruritania.RNP).item(Ruritania.DECLARATIONS)
                        .purpose(Ruritania.DRUGS).at(Ruritania.SC_DAY).build(),
                SharingRequest.builder().id("NOW").recipient(Ruritania.RNP).item(Ruritania.SEIZURE)
                        .purpose(Ruritania.DRUGS).build());
    }

    /** What a run did and found. */
    record Result(long decisions, long permits, long swaps, long failedReloads, long sinkFaults, long records,
            Set<String> versionsSeen, List<String> violations) {
        @Override
        public String toString() {
            return decisions + " decisions (" + permits + " permits), " + swaps + " swaps, " + failedReloads
                    + " failed reloads kept the previous policy, " + sinkFaults + " audit faults injected, " + records
                    + " records, " + versionsSeen.size() + " versions seen, " + violations.size() + " violations";
        }
    }

    /**
     * Runs the stress.
     *
     * @param threads deciding threads
     * @param decisionsPerThread decisions each makes
     * @param failEvery the sink refuses every n-th record (0: never)
     * @param stopAtNanos if positive, deciding threads run until this {@code System.nanoTime()} instead
     */
    static Result run(int threads, int decisionsPerThread, int failEvery, long stopAtNanos) throws InterruptedException {
        List<SharingPolicy> policies = policies();
        List<SharingRequest> requests = requests();
        Clock clock = Clock.fixed(Instant.parse("2024-05-10T09:00:00Z"), ZoneOffset.UTC);
        Map<String, SharingEngine> reference = new HashMap<>();
        for (SharingPolicy p : policies) {
            reference.put(p.version(), SharingEngine.builder(p).clock(clock).build());
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        ReloadingSharingEngine reloading = ReloadingSharingEngine.of(() -> {
            int n = next.get();
            if (n < 0) {
                throw new IllegalStateException("injected broken policy");
            }
            return policies.get(n).law();
        }, InMemoryFactStore.of(policies.get(0)), clock);
        InMemoryAuditSink store = new InMemoryAuditSink();
        AtomicLong accepted = new AtomicLong();
        AtomicLong faults = new AtomicLong();
        AuditSink sink = record -> {
            if (failEvery > 0 && accepted.incrementAndGet() % failEvery == 0) {
                faults.incrementAndGet();
                throw new IllegalStateException("injected audit fault");
            }
            store.accept(record);
        };
        AuditedSharingEngine audited = AuditedSharingEngine.ofCurrent(reloading::current, sink);

        ConcurrentLinkedQueue<SharingDecision> decisions = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
        AtomicBoolean done = new AtomicBoolean();
        CountDownLatch start = new CountDownLatch(1);
        AtomicLong swaps = new AtomicLong();
        AtomicLong failedReloads = new AtomicLong();
        Thread swapper = new Thread(() -> {
            int i = 0;
            while (!done.get()) {
                ReloadingSharingEngine.Reload r;
                if (++i % 7 == 0) {
                    next.set(-1);
                    r = reloading.reload();
                    if (r.applied() || !r.activeVersion().equals(r.previousVersion())) {
                        violations.add("a failed reload changed the policy: " + r);
                    }
                    failedReloads.incrementAndGet();
                } else {
                    next.set(i % policies.size());
                    r = reloading.reload();
                    if (!r.applied()) {
                        violations.add("a valid reload failed: " + r);
                    }
                    swaps.incrementAndGet();
                }
                Thread.yield();
            }
        }, "swapper");
        List<Thread> deciders = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int seed = t;
            deciders.add(new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int n = 0; stopAtNanos > 0 ? System.nanoTime() < stopAtNanos : n < decisionsPerThread; n++) {
                    decisions.add(audited.decide(requests.get((seed + n) % requests.size())));
                }
            }, "decider-" + t));
        }
        swapper.start();
        deciders.forEach(Thread::start);
        start.countDown();
        for (Thread t : deciders) {
            t.join();
        }
        done.set(true);
        swapper.join();

        Set<String> versions = new HashSet<>();
        Map<String, AuditRecord> byId = new HashMap<>();
        List<AuditRecord> records = store.records();
        for (AuditRecord r : records) {
            if (byId.put(r.recordId(), r) != null) {
                violations.add("record " + r.recordId() + " stored twice");
            }
        }
        long permits = 0;
        long logged = 0;
        for (SharingDecision d : decisions) {
            versions.add(d.lawVersion());
            SharingEngine ref = reference.get(d.lawVersion());
            if (ref == null) {
                violations.add("decision under unknown version " + d.lawVersion());
                continue;
            }
            SharingDecision expected = ref.decide(d.request());
            List<RuleHit> hits = d.hits();
            RuleHit audit = hits.get(hits.size() - 1);
            if (!audit.ruleId().equals("SR-31")) {
                violations.add("decision without its SR-31 hit: " + d.explanation());
                continue;
            }
            if (!hits.subList(0, hits.size() - 1).equals(expected.hits())
                    || d.agreement() != expected.agreement() && !String.valueOf(d.agreement())
                            .equals(String.valueOf(expected.agreement()))) {
                violations.add("decision differs from its policy's engine: " + d.explanation() + " vs "
                        + expected.explanation());
            }
            if (audit.reason().startsWith("decision recorded in the audit trail as ")) {
                logged++;
                String id = audit.reason().substring("decision recorded in the audit trail as ".length());
                AuditRecord r = byId.get(id);
                if (r == null) {
                    violations.add("decision " + id + " says recorded but the record is missing");
                } else if (!r.lawVersion().equals(d.lawVersion()) || r.outcome() != d.outcome()) {
                    violations.add("record " + id + " does not match its decision");
                }
                if (d.outcome() != expected.outcome()) {
                    violations.add("recorded decision " + id + " has outcome " + d.outcome() + ", expected "
                            + expected.outcome());
                }
            } else if (d.isPermitted()) {
                violations.add("a permit whose record was refused: " + d.explanation());
            }
            if (d.isPermitted()) {
                permits++;
            }
        }
        if (logged != records.size()) {
            violations.add(logged + " decisions recorded but " + records.size() + " records stored");
        }
        if (decisions.size() != logged + faults.get()) {
            violations.add(decisions.size() + " decisions, but " + logged + " recorded + " + faults.get() + " faults");
        }
        return new Result(decisions.size(), permits, swaps.get(), failedReloads.get(), faults.get(), records.size(),
                versions, List.copyOf(violations));
    }
}
