package org.passerelle.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.passerelle.sharing.Disclosure;
import org.passerelle.sharing.FactStore;
import org.passerelle.sharing.ItemFacts;
import org.passerelle.model.ItemId;
import org.passerelle.model.ItemStatus;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.Recall;
import org.passerelle.sharing.RuleHit;
import org.passerelle.sharing.SharingDecider;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.sharing.SharingRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SharingEngine} whose every decision, refusals included, is written to an {@link AuditSink}
 * before it is returned (SR-31).
 *
 * <p>A permit is returned only when its disclosure was recorded in the engine's {@link FactStore}
 * and its audit record was accepted: a disclosure that cannot be logged, or recalled later, does
 * not happen. Recalls (SR-30) go through {@link #recall} and are recorded in the sink too. When the sink fails, the decision becomes a refusal under SR-31 that says why.
 * Each returned decision names SR-31 with the identifier of its audit record, or the reason it could
 * not be recorded. A record identifier is this instance's random identifier (a type 4 UUID drawn when
 * it is made), a colon and a sequence number, such as
 * {@code 1b4e28ba-2fa1-4d2e-883f-0016d3cca427:17}: unique across engines, processes and restarts
 * (two instances share an identifier with probability about 2<sup>-122</sup>), and independent of
 * the request id, so that a request id of any valid length has a record. Each record carries the
 * instant its decision was made as of and the instant it was recorded, read from the engine's
 * {@linkplain SharingEngine#clock() clock}.
 *
 * <p>A slow sink makes the decision wait: nothing is returned before the sink has accepted or
 * refused the record. A sink that throws any exception (even a checked one thrown sneakily) refuses
 * the record; an {@link Error} (such as {@link OutOfMemoryError}) propagates, so no decision at all
 * is returned. An engine made with {@link #ofCurrent(Supplier, AuditSink)} takes the engine of the
 * moment once per decision, so each decision, and its record, is made under one law version.
 *
 * <p>It is a {@link SharingDecider}, the type an application injects, and it owns its sink:
 * {@link #close()} closes the sink. A sink that refuses records once closed, as
 * {@code org.passerelle.json.JsonLinesAuditSink} does, turns every later decision into a refusal under SR-31 and every
 * later recall into an {@link AuditException}. Use it in a try-with-resources block, or close it
 * when the application stops.
 *
 * <p>Thread-safe when the sink is: {@code org.passerelle.json.JsonLinesAuditSink} and {@link InMemoryAuditSink} are.
 */
public final class AuditedSharingEngine implements SharingDecider, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AuditedSharingEngine.class);
    private final Supplier<SharingEngine> engines;
    private final AuditSink sink;
    private final String instanceId = UUID.randomUUID().toString();
    private final AtomicLong sequence = new AtomicLong();

    private AuditedSharingEngine(Supplier<SharingEngine> engines, AuditSink sink) {
        this.engines = engines;
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * Wraps an engine so that every decision goes to a sink.
     *
     * @param engine the engine, not null
     * @param sink the audit sink, not null
     * @return the audited engine, not null
     */
    public static AuditedSharingEngine of(SharingEngine engine, AuditSink sink) {
        Objects.requireNonNull(engine, "engine");
        return new AuditedSharingEngine(() -> engine, sink);
    }

    /**
     * Wraps the engine of the moment, asked of a supplier once per decision (such as
     * {@code ReloadingSharingEngine::current}), so that every decision goes to a sink.
     *
     * @param engines gives the engine to decide with, not null; must not return null
     * @param sink the audit sink, not null
     * @return the audited engine, not null
     */
    public static AuditedSharingEngine ofCurrent(Supplier<SharingEngine> engines, AuditSink sink) {
        return new AuditedSharingEngine(Objects.requireNonNull(engines, "engines"), sink);
    }

    /**
     * Decides a request and records the decision; see the class documentation for what happens
     * when the record cannot be stored. A permit is also recorded as a {@link Disclosure} in the
     * engine's fact store, before its audit record is written.
     *
     * @param request the request, not null
     * @return the decision as recorded, or a refusal under SR-31 if it could not be recorded
     */
    @Override
    public SharingDecision decide(SharingRequest request) {
        SharingEngine engine = Objects.requireNonNull(engines.get(), "no engine to decide with");
        SharingDecision decision = engine.decide(request);
        String recordId = instanceId + ":" + sequence.incrementAndGet();
        if (decision.isPermitted()) {
            try {
                FactStore facts = engine.facts();
                ItemFacts item = facts.facts(request.item()).orElseThrow(() -> new IllegalStateException("item "
                        + request.item() + " is no longer in the fact store"));
                facts.recordDisclosure(Disclosure.of(decision, item.item().holder(), recordId));
            } catch (RuntimeException e) {
                LOG.error("disclosure {} could not be recorded; decision {} of request {} turned into a refusal",
                        recordId, decision.outcome(), request.id(), e);
                decision = decision.with(new RuleHit(SharingRule.SR_31, Outcome.DENY,
                        "the disclosure could not be recorded in the fact store (" + why(e)
                                + "): a disclosure that cannot be recalled does not happen"));
            }
        }
        SharingDecision logged = decision.with(new RuleHit(SharingRule.SR_31, Outcome.PERMIT,
                "decision recorded in the audit trail as " + recordId));
        try {
            sink.accept(AuditRecord.of(logged, recordId, engine.clock().instant()));
            return logged;
        } catch (Exception e) {
            LOG.error("audit record {} could not be stored; decision {} of request {} turned into a refusal",
                    recordId, decision.outcome(), request.id(), e);
            return decision.with(new RuleHit(SharingRule.SR_31, Outcome.DENY,
                    "the decision could not be recorded in the audit trail (" + why(e)
                            + "): a disclosure that cannot be logged does not happen"));
        }
    }

    /**
     * Marks an item inaccurate, wrongly transmitted or erased (SR-30) and records the recall that
     * follows in the audit sink (SR-31): a notification to every earlier recipient, following the
     * item's custody and its disclosures, onward ones included, and a correction or erasure task
     * for each. The marking is recorded first: even when the sink fails, sharing that version of
     * the item is refused from then on.
     *
     * @param item the item, not null
     * @param status the new status, not {@link ItemStatus#ACTIVE}
     * @param at the instant of the marking, not null
     * @return the recall, as recorded, not null
     * @throws org.passerelle.model.InvalidInputException if the item is unknown or the status is active
     * @throws AuditException if the recall cannot be recorded (the item stays marked)
     */
    @Override
    public Recall recall(ItemId item, ItemStatus status, Instant at) {
        Recall recall = Objects.requireNonNull(engines.get(), "no engine to recall with").recall(item, status, at);
        try {
            sink.acceptRecall(recall);
        } catch (AuditException e) {
            LOG.error("recall of item {} could not be recorded; the item stays marked {}", item, status, e);
            throw e;
        } catch (RuntimeException e) {
            LOG.error("recall of item {} could not be recorded; the item stays marked {}", item, status, e);
            throw new AuditException("the recall of item " + item + " could not be recorded (" + why(e)
                    + "); the item stays marked " + status, null, e);
        }
        return recall;
    }

    private static String why(Exception e) {
        return e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    }

    /**
     * Returns the engine that makes the decisions now.
     *
     * @return the engine, not null
     */
    public SharingEngine engine() {
        return engines.get();
    }

    /**
     * Closes the audit sink. With a sink that refuses records once closed, decisions made afterwards
     * are refusals under SR-31; closing twice is harmless when the sink allows it, as
     * {@code org.passerelle.json.JsonLinesAuditSink} does.
     *
     * @throws AuditException if the sink cannot be closed
     */
    @Override
    public void close() {
        sink.close();
    }
}
