package org.passerelle.kafka;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.passerelle.audit.AuditRecord;
import org.passerelle.audit.AuditSink;
import org.passerelle.audit.AuditedSharingEngine;
import org.passerelle.json.AuditJson;
import org.passerelle.json.DecisionJson;
import org.passerelle.json.PolicyReader;
import org.passerelle.json.PolicyWriter;
import org.passerelle.json.RecallJson;
import org.passerelle.sharing.Consent;
import org.passerelle.sharing.Disclosure;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.ItemFacts;
import org.passerelle.model.ItemStatus;
import org.passerelle.sharing.Objection;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.Recall;
import org.passerelle.sharing.RuleHit;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingLaw;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.sharing.SharingRule;

/**
 * The sharing processor of one task: it decides the requests of its partition and records the facts
 * of its items, in the order they arrive, in the task's {@link StreamsFactStore}.
 *
 * <p>A request is decided by an {@link AuditedSharingEngine} under the law in force (the latest
 * version in the global law store, else the one the topology was built with), as of the request's
 * instant or else the record's timestamp; the decision, its audit record and the disclosure of a
 * permit go out together. Anything that goes wrong once a request has been read is a refusal under
 * {@code FAIL-CLOSED}, recorded like any decision: a request read is never lost. A record that is
 * not a request or a fact at all is a dead letter. An item version whose status is no longer active
 * marks the item and starts a recall (SR-30): one record per earlier recipient.
 */
final class Deciding implements Processor<String, String, String, Routed> {
    private final Topics topics;
    private final SharingTopics sharing;
    private final SharingLaw initialLaw;
    private final PolicyReader reader;
    private final RecordClock clock = new RecordClock();
    private final List<Routed> audit = new ArrayList<>();
    private final List<String> auditKeys = new ArrayList<>();
    private ProcessorContext<String, Routed> context;
    private StreamsFactStore facts;
    private KeyValueStore<String, String> lawStore;
    private String lawText;
    private AuditedSharingEngine engine;

    Deciding(Topics topics, SharingTopics sharing, SharingLaw initialLaw, PolicyReader reader) {
        this.topics = topics;
        this.sharing = sharing;
        this.initialLaw = initialLaw;
        this.reader = reader;
    }

    @Override
    public void init(ProcessorContext<String, Routed> context) {
        this.context = context;
        KeyValueStore<String, ItemFacts> items = context.getStateStore(PasserelleTopology.FACTS_STORE);
        KeyValueStore<String, String> disclosures = context.getStateStore(PasserelleTopology.DISCLOSURES_STORE);
        KeyValueStore<String, Long> revisions = context.getStateStore(PasserelleTopology.REVISIONS_STORE);
        this.facts = new StreamsFactStore(items, disclosures, revisions, reader);
        this.lawStore = context.getStateStore(PasserelleTopology.LAW_STORE);
    }

    @Override
    public void process(Record<String, String> record) {
        RecordMetadata m = context.recordMetadata().orElseThrow();
        String place = m.topic() + "/" + m.partition() + "/" + m.offset();
        clock.instant = Instant.ofEpochMilli(record.timestamp());
        if (record.value() == null) {
            deadLetter(record, m, "the record has no value");
            return;
        }
        String topic = m.topic();
        if (topic.equals(sharing.requests())) {
            request(record, m, place);
        } else {
            fact(record, m, place, topic);
        }
    }

    private void request(Record<String, String> record, RecordMetadata m, String place) {
        SharingRequest request;
        try {
            request = reader.readRequest(record.value(), place);
        } catch (RuntimeException e) {
            deadLetter(record, m, Step.describe(e));
            return;
        }
        audit.clear();
        auditKeys.clear();
        facts.takeDisclosures();
        SharingDecision decision;
        try {
            if (!request.item().value().equals(record.key())) {
                throw new IllegalArgumentException("the request names item " + request.item() + " but is keyed \""
                        + record.key() + "\": requests are keyed by item id, to reach the partition of the item");
            }
            decision = engine().decide(request);
        } catch (RuntimeException e) {
            audit.clear();
            auditKeys.clear();
            facts.takeDisclosures();
            decision = refusal(request, Step.describe(e));
            audit.add(new Routed(sharing.audit(), AuditJson.write(AuditRecord.of(decision, request.id() + ":refused",
                    clock.instant))));
            auditKeys.add(request.id());
        }
        context.forward(record.withKey(request.id()).withValue(new Routed(sharing.decisions(),
                DecisionJson.write(decision))));
        flushAudit(record);
        for (Disclosure d : facts.takeDisclosures()) {
            context.forward(record.withKey(d.item().value()).withValue(new Routed(sharing.disclosures(),
                    PolicyWriter.writeDisclosure(d))));
        }
    }

    private void fact(Record<String, String> record, RecordMetadata m, String place, String topic) {
        audit.clear();
        auditKeys.clear();
        try {
            if (topic.equals(sharing.items())) {
                item(record, reader.readItem(record.value(), place));
            } else if (topic.equals(sharing.consents())) {
                Consent c = reader.readConsent(record.value(), place);
                keyedBy(record, c.item().value() + "/" + c.id().value(), "consent");
                facts.recordConsent(c);
            } else {
                Objection o = reader.readObjection(record.value(), place);
                keyedBy(record, (o.item() == null ? "" : o.item().value()) + "/" + o.id().value(), "objection");
                facts.recordObjection(o);
            }
        } catch (RuntimeException e) {
            audit.clear();
            auditKeys.clear();
            deadLetter(record, m, place + ": " + Step.describe(e));
            return;
        }
        flushAudit(record);
    }

    private void item(Record<String, String> record, InformationItem item) {
        keyedBy(record, item.id().value(), "item");
        ItemFacts old = facts.facts(item.id()).orElse(null);
        if (old != null && old.item().status() == ItemStatus.ACTIVE && item.status() != ItemStatus.ACTIVE) {
            Recall recall = engine().recall(item.id(), item.status(), clock.instant);
            ItemFacts marked = facts.facts(item.id()).orElseThrow();
            if (!marked.item().equals(item)) {
                facts.recordItem(item);
            }
            String line = RecallJson.write(recall);
            for (Recall.Notification n : recall.notifications()) {
                context.forward(record.withKey(n.recipient().value()).withValue(new Routed(sharing.recalls(), line)));
            }
        } else {
            facts.recordItem(item);
        }
    }

    private static void keyedBy(Record<String, String> record, String expected, String what) {
        if (!expected.equals(record.key())) {
            throw new IllegalArgumentException("the " + what + " must be keyed \"" + expected + "\" (got \""
                    + record.key() + "\"), to reach the partition of its item");
        }
    }

    /** The engine under the law in force, compiled again when a new version is in the law store. */
    private AuditedSharingEngine engine() {
        String text = lawStore.get(PasserelleTopology.LAW_KEY);
        if (engine == null || text != null && !text.equals(lawText)) {
            SharingLaw law = initialLaw;
            if (text != null) {
                try {
                    law = PasserelleTopology.law(reader, text, sharing.law());
                } catch (RuntimeException e) {
                    if (engine != null) {
                        lawText = text;
                        return engine;
                    }
                    throw e;
                }
            }
            SharingEngine compiled = SharingEngine.builder(law).facts(facts).clock(clock).build();
            engine = AuditedSharingEngine.of(compiled, new AuditSink() {
                @Override
                public void accept(AuditRecord r) {
                    audit.add(new Routed(sharing.audit(), AuditJson.write(r)));
                    auditKeys.add(r.requestId());
                }

                @Override
                public void acceptRecall(Recall r) {
                    audit.add(new Routed(sharing.audit(), RecallJson.write(r)));
                    auditKeys.add(r.item().value());
                }
            });
            lawText = text;
        }
        return engine;
    }

    private SharingDecision refusal(SharingRequest request, String why) {
        Instant at = request.instant() != null ? request.instant() : clock.instant;
        String version = engine == null ? initialLaw.version() : engine.engine().law().version();
        return new SharingDecision(request, at, Outcome.DENY, null, List.of(), List.of(new RuleHit(
                SharingRule.FAIL_CLOSED, Outcome.DENY, "the request could not be decided on the stream: " + why)),
                version, 0);
    }

    private void flushAudit(Record<String, String> record) {
        for (int i = 0; i < audit.size(); i++) {
            context.forward(record.withKey(auditKeys.get(i)).withValue(audit.get(i)));
        }
        audit.clear();
        auditKeys.clear();
    }

    private void deadLetter(Record<String, String> record, RecordMetadata m, String problem) {
        context.forward(record.withValue(new Routed(topics.deadLetters(), new DeadLetter(m.topic(), m.partition(),
                m.offset(), record.key(), problem, record.value()).toJson())));
    }

    /** A clock that reads the timestamp of the record being processed: decisions are replayable. */
    private static final class RecordClock extends Clock {
        private Instant instant = Instant.EPOCH;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the record clock is in UTC");
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }
}
