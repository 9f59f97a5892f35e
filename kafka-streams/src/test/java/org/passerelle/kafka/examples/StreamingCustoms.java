package org.passerelle.kafka.examples;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.passerelle.json.DecisionJson;
import org.passerelle.json.PolicyReader;
import org.passerelle.json.PolicyWriter;
import org.passerelle.kafka.Broker;
import org.passerelle.kafka.DeadLetter;
import org.passerelle.kafka.PasserelleTopology;
import org.passerelle.kafka.Queries;
import org.passerelle.kafka.SharingTopics;
import org.passerelle.kafka.Topics;
import org.passerelle.model.Declaration;
import org.passerelle.model.Quantity;
import org.passerelle.risk.Effectiveness;
import org.passerelle.risk.InspectionResult;
import org.passerelle.risk.RiskEngine;
import org.passerelle.risk.RiskPolicy;
import org.passerelle.risk.Seizure;
import org.passerelle.risk.ThreatArea;
import org.passerelle.sharing.Disclosure;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;

/**
 * Passerelle on Kafka Streams, end to end, against a broker started in this JVM: topics are created,
 * the application starts, the day's declarations stream in and are assessed, the red one is
 * inspected and the seizure counts for its profile, a broken record lands in the dead letters, and
 * the profile's effectiveness is read with an interactive query. Then the seizure report is shared:
 * the police's request is decided under the customs–police law, audited, and its disclosure read
 * back with an interactive query.
 *
 * <p>Run it with {@code mvn -f kafka-streams/pom.xml test-compile exec:java} once the core artifact
 * is installed ({@code mvn install} at the top).
 */
public final class StreamingCustoms {
    private StreamingCustoms() {
    }

    /**
     * What the example saw.
     *
     * @param assessments the assessment records, as read from the assessments topic
     * @param selected the keys of the records on the selected topic
     * @param deadLetters the dead letters
     * @param effectiveness the figures of NARC-FRUIT-01 after the inspection
     * @param decision the decision on the police's request for the seizure report
     * @param disclosures the disclosures of the seizure report, read with an interactive query
     */
    public record Outcome(List<String> assessments, List<String> selected, List<DeadLetter> deadLetters,
            Effectiveness.Tally effectiveness, SharingDecision decision, List<Disclosure> disclosures) {
    }

    /**
     * Runs the example, printing to standard output.
     *
     * @param args ignored
     * @throws Exception if the broker or the application fails
     */
    public static void main(String[] args) throws Exception {
        run(System.out);
    }

    /**
     * Runs the example.
     *
     * @param out where to print what happens
     * @return what was seen
     * @throws Exception if the broker or the application fails
     */
    public static Outcome run(PrintStream out) throws Exception {
        Topics topics = Topics.withPrefix("customs.");
        SharingTopics sharing = SharingTopics.withPrefix("sharing.");
        PolicyReader reader = PolicyReader.create();
        RiskPolicy risk = reader.readRiskPolicy(example("risk-targeting"));
        List<Declaration> batch = reader.readDeclarations(example("declarations/batch.json"));
        SharingPolicy mou = reader.readSharingPolicy(example("customs-police"));

        out.println("1. A broker in this JVM (KRaft), and the topics, 2 partitions each");
        try (Broker broker = Broker.start()) {
            List<String> names = new ArrayList<>(topics.inputs());
            names.addAll(topics.outputs());
            broker.createTopics(2, List.of(), names.toArray(String[]::new));
            List<String> byItem = new ArrayList<>(sharing.byItem());
            byItem.addAll(List.of(sharing.policy(), sharing.decisions(), sharing.audit(), sharing.disclosures(),
                    sharing.recalls()));
            broker.createTopics(2, List.of(sharing.items(), sharing.consents(), sharing.objections()),
                    byItem.toArray(String[]::new));
            broker.createTopics(1, List.of(sharing.law()), sharing.law());
            out.println("   " + names + " " + byItem + " [" + sharing.law() + "]");

            out.println("2. The application: the topology and exactly-once settings");
            Properties settings = PasserelleTopology.settings("customs-risk", broker.bootstrapServers());
            settings.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("passerelle-streams").toString());
            settings.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
            settings.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
            try (KafkaStreams streams = new KafkaStreams(PasserelleTopology.builder(topics)
                    .risk(RiskEngine.compile(risk), risk.context()).currency("EUR").sharing(sharing, mou.law()).build(), settings);
                    KafkaProducer<String, String> producer = producer(broker)) {
                streams.start();
                out.println("   " + settings.getProperty(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));

                out.println("3. Today's declarations, and one that is not JSON");
                for (Declaration d : batch) {
                    producer.send(new ProducerRecord<>(topics.declarations(), d.reference(),
                            PolicyWriter.writeDeclaration(d)));
                }
                producer.send(new ProducerRecord<>(topics.declarations(), "LRN-BROKEN", "{\"lrn\": \"LRN-BROKEN\","));
                producer.flush();
                List<ConsumerRecord<String, String>> assessed = read(broker, topics.assessments(), batch.size());
                for (ConsumerRecord<String, String> r : assessed) {
                    out.println("   " + r.key() + " -> " + r.value().substring(0, Math.min(r.value().length(), 90))
                            + "...");
                }
                List<String> selected = read(broker, topics.selected(), 2).stream().map(ConsumerRecord::key).toList();
                out.println("   selected for control: " + selected);
                List<DeadLetter> letters = read(broker, topics.deadLetters(), 1).stream()
                        .map(r -> DeadLetter.fromJson(r.value())).toList();
                for (DeadLetter l : letters) {
                    out.println("   dead letter from " + l.place() + ": " + l.problem().lines().findFirst().orElse(""));
                }

                out.println("4. The red declaration is examined: 180 kg of cocaine");
                InspectionResult seized = InspectionResult.seized(selected.get(0), LocalDate.parse("2024-05-09"),
                        new Seizure("cocaine in banana boxes", Quantity.of(180, "KGM"), ThreatArea.NARCOTICS));
                producer.send(new ProducerRecord<>(topics.inspections(), seized.declarationReference(),
                        PolicyWriter.writeInspectionResult(seized)));
                producer.flush();

                out.println("5. Interactive query: the effectiveness of NARC-FRUIT-01 (RR-09)");
                Effectiveness.Tally tally = awaitTally(streams, "NARC-FRUIT-01");
                out.println("   inspections " + tally.inspections() + ", hits " + tally.hits() + ", seizures "
                        + tally.seizures() + ", hit rate " + tally.hitRate());

                out.println("6. The seizure report is published, and the police drugs unit asks for it (SC-01)");
                InformationItem report = mou.items().values().iterator().next();
                producer.send(new ProducerRecord<>(sharing.items(), report.id().value(), PolicyWriter.writeItem(report)));
                SharingRequest request = reader.readRequest(example("requests/sc-01-rnp-drugs.json"));
                producer.send(new ProducerRecord<>(sharing.requests(), request.item().value(),
                        PolicyWriter.writeRequest(request)));
                producer.flush();
                SharingDecision decision = DecisionJson.readDecision(read(broker, sharing.decisions(), 1).get(0).value(),
                        sharing.decisions());
                out.println("   " + decision.request().id() + ": " + decision.outcome() + " under "
                        + decision.agreementRelied().map(Object::toString).orElse("no agreement") + ", law "
                        + decision.lawVersion().substring(0, 12) + "..., rules " + decision.ruleIds());
                out.println("   audit record: " + read(broker, sharing.audit(), 1).get(0).value().substring(0, 80)
                        + "...");
                List<Disclosure> disclosures = awaitDisclosures(streams, report.id().value());
                out.println("   interactive query, disclosures of " + report.id() + ": " + disclosures.stream()
                        .map(d -> d.holder() + " -> " + d.recipient() + " for " + d.purpose()).toList());
                streams.close(Duration.ofSeconds(30));
                return new Outcome(assessed.stream().map(ConsumerRecord::value).toList(), selected, letters, tally,
                        decision, disclosures);
            }
        }
    }

    private static Effectiveness.Tally awaitTally(KafkaStreams streams, String profile) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            try {
                Optional<Effectiveness.Tally> t = Queries.effectiveness(streams, profile);
                if (t.isPresent()) {
                    return t.get();
                }
            } catch (InvalidStateStoreException e) {
                // starting or rebalancing: ask again
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no figures for " + profile + " within a minute");
    }

    private static List<Disclosure> awaitDisclosures(KafkaStreams streams, String item) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            try {
                List<Disclosure> d = Queries.disclosures(streams, item);
                if (!d.isEmpty()) {
                    return d;
                }
            } catch (InvalidStateStoreException e) {
                // starting or rebalancing: ask again
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no disclosure of " + item + " within a minute");
    }

    private static KafkaProducer<String, String> producer(Broker broker) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    private static List<ConsumerRecord<String, String>> read(Broker broker, String topic, int count) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "example-reader-" + topic);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (out.size() < count && System.nanoTime() < until) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        out.sort(java.util.Comparator.comparing(ConsumerRecord::key));
        return out;
    }

    private static Path example(String name) {
        try {
            return Path.of(StreamingCustoms.class.getClassLoader().getResource("examples/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
