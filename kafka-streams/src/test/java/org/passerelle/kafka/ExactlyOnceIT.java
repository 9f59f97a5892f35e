package org.passerelle.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.json.PolicyWriter;
import org.passerelle.model.Declaration;
import org.passerelle.model.Money;
import org.passerelle.risk.Effectiveness;
import org.passerelle.risk.InspectionResult;
import org.passerelle.risk.RiskEngine;
import org.passerelle.risk.RiskPolicy;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;

/**
 * The topology on a real broker started in the test JVM (KRaft), with two instances of the
 * application, one of which is stopped in the middle of the stream: every record still gets exactly
 * one result, none lost and none doubled, as a read-committed consumer sees them.
 */
class ExactlyOnceIT {
    private static final Topics TOPICS = Topics.withPrefix("it.");
    private static final SharingTopics SHARING = SharingTopics.withPrefix("it.sharing.");
    private static Broker broker;

    @TempDir
    static Path state;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = Broker.start();
        List<String> all = new ArrayList<>(TOPICS.inputs());
        all.addAll(TOPICS.outputs());
        broker.createTopics(2, List.of(), all.toArray(String[]::new));
        List<String> sharing = new ArrayList<>(SHARING.byItem());
        sharing.addAll(List.of(SHARING.policy(), SHARING.decisions(), SHARING.audit(), SHARING.disclosures(),
                SHARING.recalls()));
        broker.createTopics(2, List.of(SHARING.items(), SHARING.consents(), SHARING.objections()),
                sharing.toArray(String[]::new));
        broker.createTopics(1, List.of(SHARING.law()), SHARING.law());
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void everyDeclarationIsAssessedExactlyOnceWhenAnInstanceStopsMidStream() throws Exception {
        RiskPolicy risk = Fixtures.risk();
        Declaration red = Fixtures.batch().get(0);
        int total = 400;

        KafkaStreams a = start(risk, "a");
        KafkaStreams b = start(risk, "b");
        awaitRunning(a, b);
        try (KafkaProducer<String, String> producer = producer()) {
            for (int i = 0; i < total; i++) {
                String lrn = "LRN-IT-" + i;
                producer.send(new ProducerRecord<>(TOPICS.declarations(), lrn, Fixtures.copy(red, lrn)));
                if (i == total / 2) {
                    producer.flush();
                    a.close(Duration.ofSeconds(30));
                }
            }
            producer.flush();
            Map<String, Integer> assessed = countByKey(TOPICS.assessments(), total);
            assertThat(assessed).hasSize(total);
            assertThat(assessed.values()).containsOnly(1);

            for (int i = 0; i < 10; i++) {
                InspectionResult r = i < 3 ? InspectionResult.revenue("LRN-IT-" + i, LocalDate.parse("2024-05-09"),
                        Money.of("100.00", "EUR")) : InspectionResult.nothingFound("LRN-IT-" + i,
                        LocalDate.parse("2024-05-09"));
                producer.send(new ProducerRecord<>(TOPICS.inspections(), r.declarationReference(),
                        PolicyWriter.writeInspectionResult(r)));
            }
            producer.flush();
            Effectiveness.Tally expected = new Effectiveness.Tally(10, 3, 0, Money.of("300.00", "EUR"));
            Effectiveness.Tally seen = null;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < until && !expected.equals(seen)) {
                try {
                    seen = Queries.effectiveness(b, "NARC-FRUIT-01").orElse(null);
                } catch (org.apache.kafka.streams.errors.InvalidStateStoreException e) {
                    seen = null;
                }
                Thread.sleep(200);
            }
            assertThat(seen).isEqualTo(expected);
        } finally {
            a.close(Duration.ofSeconds(30));
            b.close(Duration.ofSeconds(30));
        }
        assertThat(countByKey(TOPICS.deadLetters(), 0)).isEmpty();
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void everyRequestGetsExactlyOneDecisionAndOneAuditRecordWhenAnInstanceStopsMidStream() throws Exception {
        SharingPolicy policy = Fixtures.READER.readSharingPolicy(Fixtures.example("customs-police"));
        InformationItem report = policy.items().values().iterator().next();
        SharingRequest sc01 = Fixtures.READER.readRequest(Fixtures.example("requests/sc-01-rnp-drugs.json"));
        int items = 20;
        int total = 300;

        try (KafkaProducer<String, String> producer = producer()) {
            for (int i = 0; i < items; i++) {
                String id = "SEIZ-IT-" + i;
                producer.send(new ProducerRecord<>(SHARING.items(), id, PolicyWriter.writeItem(report).replace(
                        "\"id\":\"" + report.id().value() + "\"", "\"id\":\"" + id + "\"")));
            }
            producer.flush();
            KafkaStreams a = start(PasserelleTopology.builder(TOPICS).sharing(SHARING, policy.law()).build(),
                    "passerelle-it-sharing", "sharing-a");
            KafkaStreams b = start(PasserelleTopology.builder(TOPICS).sharing(SHARING, policy.law()).build(),
                    "passerelle-it-sharing", "sharing-b");
            try {
                awaitRunning(a, b);
                for (int i = 0; i < total; i++) {
                    SharingRequest r = sc01.toBuilder().id("REQ-" + i).item("SEIZ-IT-" + (i % items)).build();
                    producer.send(new ProducerRecord<>(SHARING.requests(), r.item().value(), PolicyWriter.writeRequest(r)));
                    if (i == total / 2) {
                        producer.flush();
                        a.close(Duration.ofSeconds(30));
                    }
                }
                producer.flush();
                Map<String, Integer> decided = countByKey(SHARING.decisions(), total);
                assertThat(decided).hasSize(total);
                assertThat(decided.values()).containsOnly(1);
                Map<String, Integer> audited = countByKey(SHARING.audit(), total);
                assertThat(audited).hasSize(total);
                assertThat(audited.values()).containsOnly(1);
                Map<String, Integer> disclosed = countByKey(SHARING.disclosures(), items);
                assertThat(disclosed.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
                int inStores = 0;
                for (int i = 0; i < items; i++) {
                    inStores += Queries.disclosures(b, "SEIZ-IT-" + i).size();
                }
                assertThat(inStores).isEqualTo(total);
            } finally {
                a.close(Duration.ofSeconds(30));
                b.close(Duration.ofSeconds(30));
            }
        }
    }

    private static KafkaStreams start(RiskPolicy risk, String name) throws Exception {
        return start(PasserelleTopology.builder(TOPICS).risk(RiskEngine.compile(risk), risk.context()).build(), "passerelle-it",
                name);
    }

    private static KafkaStreams start(Topology topology, String application, String name) throws Exception {
        Properties p = PasserelleTopology.settings(application, broker.bootstrapServers());
        p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createDirectories(state.resolve(name)).toString());
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10_000);
        KafkaStreams streams = new KafkaStreams(topology, p);
        streams.start();
        return streams;
    }

    private static void awaitRunning(KafkaStreams... all) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        for (KafkaStreams s : all) {
            while (s.state() != KafkaStreams.State.RUNNING) {
                if (System.nanoTime() > until) {
                    throw new IllegalStateException("the application did not start: " + s.state());
                }
                Thread.sleep(100);
            }
        }
    }

    private static KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    /**
     * Reads a topic as a read-committed consumer until {@code expected} distinct keys were seen (then
     * a little longer, to catch doubles) or a minute passed, and counts the records of each key.
     */
    private static Map<String, Integer> countByKey(String topic, int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + topic + "-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, Integer> counts = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(expected == 0 ? 3 : 60);
            long quietUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(until, quietUntil)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    counts.merge(r.key(), 1, Integer::sum);
                }
                if (expected > 0 && counts.size() >= expected && quietUntil == Long.MAX_VALUE) {
                    quietUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
                }
            }
        }
        return counts;
    }
}
