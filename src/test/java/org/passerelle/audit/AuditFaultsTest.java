package org.passerelle.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.passerelle.json.JsonLinesAuditReader;
import org.passerelle.json.JsonLinesAuditSink;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.RuleHit;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.testing.Ruritania;

/**
 * Faults of the audit sink: slow, failing in every way an implementation can fail, failing now
 * and then under concurrent load. A permit leaves only once its record was accepted.
 */
class AuditFaultsTest {
    private static final SharingEngine ENGINE = SharingEngine.compile(Ruritania.policy());
    private static final SharingRequest PERMITTED = Ruritania.sc01Request().build();

    @Test
    void aSlowSinkHoldsTheDecisionUntilTheRecordIsAccepted() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        InMemoryAuditSink store = new InMemoryAuditSink();
        AuditedSharingEngine audited = AuditedSharingEngine.of(ENGINE, record -> {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AuditException("interrupted", record.recordId(), e);
            }
            store.accept(record);
        });
        CompletableFuture<SharingDecision> decision = CompletableFuture.supplyAsync(() -> audited.decide(PERMITTED));
        assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(decision).as("no decision while the sink has not answered").isNotDone();
        assertThat(store.records()).isEmpty();
        release.countDown();
        SharingDecision d = decision.get(30, TimeUnit.SECONDS);
        assertThat(d.isPermitted()).isTrue();
        assertThat(store.records()).singleElement().satisfies(r -> assertThat(r.outcome()).isEqualTo(d.outcome()));
    }

    @Test
    void aSinkInterruptedWhileWaitingRefusesAndTheDecisionIsARefusal() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        AuditedSharingEngine audited = AuditedSharingEngine.of(ENGINE, record -> {
            entered.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AuditException("audit store timed out", record.recordId(), e);
            }
        });
        SharingDecision[] out = new SharingDecision[1];
        Thread t = new Thread(() -> out[0] = audited.decide(PERMITTED));
        t.start();
        assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
        t.interrupt();
        t.join();
        assertThat(out[0].outcome()).isEqualTo(Outcome.DENY);
        assertThat(out[0].explanation()).contains("audit store timed out");
    }

    @Test
    void everyKindOfSinkFailureIsARefusalThatSaysWhy() {
        List<AuditSink> failing = List.of(
                r -> {
                    throw new AuditException("disk full", r.recordId(), null);
                },
                r -> {
                    throw new IllegalStateException();
                },
                r -> AuditFaultsTest.<RuntimeException>sneaky(new IOException("connection reset by the log server")),
                r -> {
                    throw new NullPointerException(null);
                });
        List<String> reasons = new ArrayList<>();
        for (AuditSink sink : failing) {
            SharingDecision d = AuditedSharingEngine.of(ENGINE, sink).decide(PERMITTED);
            assertThat(d.outcome()).isEqualTo(Outcome.DENY);
            assertThat(d.agreement()).as("the decision still says which agreement was examined").isNotNull();
            assertThat(d.conditions()).isEmpty();
            RuleHit last = d.hits().get(d.hits().size() - 1);
            assertThat(last.ruleId()).isEqualTo("SR-31");
            assertThat(last.effect()).isEqualTo(Outcome.DENY);
            reasons.add(last.reason());
        }
        assertThat(reasons.get(0)).contains("disk full");
        assertThat(reasons.get(1)).contains("java.lang.IllegalStateException");
        assertThat(reasons.get(2)).contains("connection reset by the log server");
        assertThat(reasons.get(3)).contains("java.lang.NullPointerException");
    }

    @Test
    void anErrorInTheSinkLetsNoDecisionOut() {
        AuditedSharingEngine audited = AuditedSharingEngine.of(ENGINE, r -> {
            throw new OutOfMemoryError("simulated");
        });
        assertThatThrownBy(() -> audited.decide(PERMITTED)).isInstanceOf(OutOfMemoryError.class);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void sneaky(Throwable t) throws E {
        throw (E) t;
    }

    /**
     * 8 threads, 500 decisions each, a sink that refuses every 10th record: every permit has its
     * record, every record its decision, no record twice, and the refusals are exactly the faults.
     */
    @Test
    void underConcurrentLoadNoRecordIsLostOrDoubled() throws InterruptedException {
        InMemoryAuditSink store = new InMemoryAuditSink();
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger faults = new AtomicInteger();
        AuditedSharingEngine audited = AuditedSharingEngine.of(ENGINE, r -> {
            if (calls.incrementAndGet() % 10 == 0) {
                faults.incrementAndGet();
                throw new AuditException("injected", r.recordId(), null);
            }
            store.accept(r);
        });
        List<SharingRequest> requests = List.of(PERMITTED, Ruritania.sc01Request().id("TAX")
                .purpose(Ruritania.TAX_AUDIT).build());
        ConcurrentLinkedQueue<SharingDecision> decisions = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int seed = t;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    decisions.add(audited.decide(requests.get((seed + i) % 2)));
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        Set<String> recorded = new HashSet<>();
        for (AuditRecord r : store.records()) {
            assertThat(recorded.add(r.recordId())).as("record %s stored once", r.recordId()).isTrue();
        }
        int logged = 0;
        for (SharingDecision d : decisions) {
            String reason = d.hits().get(d.hits().size() - 1).reason();
            if (reason.startsWith("decision recorded in the audit trail as ")) {
                logged++;
                assertThat(recorded).contains(reason.substring("decision recorded in the audit trail as ".length()));
            } else {
                assertThat(d.isPermitted()).as("a decision whose record was refused is no permit").isFalse();
            }
        }
        assertThat(decisions).hasSize(4_000);
        assertThat(logged).isEqualTo(store.records().size()).isEqualTo(4_000 - faults.get());
        assertThat(faults.get()).isEqualTo(400);
    }

    @Test
    void theJsonLinesSinkWritesWholeLinesUnderConcurrency() throws InterruptedException {
        StringWriter out = new StringWriter();
        JsonLinesAuditSink sink = JsonLinesAuditSink.writingTo(out);
        AuditedSharingEngine audited = AuditedSharingEngine.of(ENGINE, sink);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            threads.add(new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    audited.decide(PERMITTED);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        List<AuditRecord> back = JsonLinesAuditReader.read(new StringReader(out.toString()), "audit.jsonl");
        assertThat(back).hasSize(1_200);
        assertThat(back.stream().map(AuditRecord::recordId).distinct()).hasSize(1_200);
    }
}
