package org.passerelle.kafka;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.passerelle.audit.AuditRecord;
import org.passerelle.audit.AuditSink;
import org.passerelle.audit.AuditedSharingEngine;
import org.passerelle.json.AssessmentJson;
import org.passerelle.json.AuditJson;
import org.passerelle.json.DecisionJson;
import org.passerelle.json.PolicyReader;
import org.passerelle.json.PolicyWriter;
import org.passerelle.model.Declaration;
import org.passerelle.risk.Assessment;
import org.passerelle.risk.Effectiveness;
import org.passerelle.risk.InspectionResult;
import org.passerelle.risk.RiskEngine;
import org.passerelle.risk.RiskPolicy;
import org.passerelle.sharing.InMemoryFactStore;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.ItemFacts;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;

/**
 * Throughput of the topology, not a test: declarations assessed per second through the
 * {@code TopologyTestDriver} (one thread, no broker) and through a real broker in this JVM with one
 * and two application instances, plus the cost of each stage on its own (JSON in, engine, JSON out,
 * state serde) to show where the time goes. Prints a Markdown table; docs/benchmarks.md records a run.
 *
 * <p>Arguments: {@code [records] [partitions]}, defaults 20000 and 2. The in-process rows (stages and
 * test driver, one thread) are measured in CPU time of the thread, so that other processes on a
 * shared machine count less; the broker rows are wall-clock time from the moment every instance
 * is running and the input is produced until a read-committed consumer has seen every result.
 */
public final class StreamingBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private StreamingBenchmark() {
    }

    private static long cpu() {
        return CPU.getCurrentThreadCpuTime();
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code [records] [partitions]}
     * @throws Exception if the broker or the application fails
     */
    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int partitions = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        RiskPolicy risk = Fixtures.risk();
        List<String> declarations = declarations(records);
        List<String> inspections = inspections(records);

        SharingPolicy policy = Fixtures.READER.readSharingPolicy(Fixtures.example("customs-police"));
        List<String> items = items(policy, 20);
        List<SharingRequest> requests = requests(records, 20);

        System.out.println("| path | records | seconds | records/s | per partition/s |");
        System.out.println("|---|---:|---:|---:|---:|");
        stages(risk, declarations);
        sharingStages(policy, requests);
        testDriver(risk, declarations, inspections);
        sharingTestDriver(policy, items, requests);
        try (Broker broker = Broker.start()) {
            for (int instances = 1; instances <= 2; instances++) {
                broker(broker, risk, declarations, partitions, instances);
            }
            for (int instances = 1; instances <= 2; instances++) {
                sharingBroker(broker, policy, items, requests, partitions, instances);
            }
        }
    }

    /** Declarations copied from the examples' batch under distinct references: one red in three. */
    static List<String> declarations(int n) {
        List<Declaration> batch = Fixtures.batch();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(Fixtures.copy(batch.get(i % batch.size()), "LRN-B-" + i));
        }
        return out;
    }

    /** Copies of the SC-01 seizure report under distinct ids, as item records. */
    static List<String> items(SharingPolicy policy, int n) {
        InformationItem report = policy.items().values().iterator().next();
        String json = PolicyWriter.writeItem(report);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(json.replace("\"id\":\"" + report.id().value() + "\"", "\"id\":\"SEIZ-B-" + i + "\""));
        }
        return out;
    }

    /** The SC-01 request (permitted with conditions) under distinct ids, spread over the items. */
    static List<SharingRequest> requests(int n, int items) {
        SharingRequest sc01 = Fixtures.READER.readRequest(Fixtures.example("requests/sc-01-rnp-drugs.json"));
        List<SharingRequest> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(sc01.toBuilder().id("REQ-B-" + i).item("SEIZ-B-" + (i % items)).build());
        }
        return out;
    }

    private static void sharingStages(SharingPolicy policy, List<SharingRequest> requests) {
        PolicyReader reader = PolicyReader.create();
        List<String> texts = requests.stream().map(PolicyWriter::writeRequest).toList();
        Serde<ItemFacts> serde = Codecs.itemFacts();
        for (int round = 0; round < 2; round++) {
            InMemoryFactStore facts = InMemoryFactStore.create();
            for (String item : items(policy, 20)) {
                facts.recordItem(reader.readItem(item, "bench"));
            }
            List<String> lines = new ArrayList<>();
            AuditedSharingEngine engine = AuditedSharingEngine.of(SharingEngine.builder(policy.law()).facts(facts)
                    .build(), new AuditSink() {
                        @Override
                        public void accept(AuditRecord r) {
                            lines.add(AuditJson.write(r));
                        }
                    });
            long read = 0;
            long decide = 0;
            long write = 0;
            long state = 0;
            for (String text : texts) {
                long t0 = cpu();
                SharingRequest r = reader.readRequest(text, "bench");
                long t1 = cpu();
                SharingDecision d = engine.decide(r);
                long t2 = cpu();
                DecisionJson.write(d);
                long t3 = cpu();
                ItemFacts f = facts.facts(r.item()).orElseThrow();
                ItemFacts base = new ItemFacts(f.item(), f.itemRevision(), f.consents(), f.objections(), List.of(),
                        f.revision());
                serde.deserializer().deserialize("t", serde.serializer().serialize("t", base));
                if (!f.disclosures().isEmpty()) {
                    PolicyWriter.writeDisclosure(f.disclosures().get(f.disclosures().size() - 1));
                }
                long t4 = cpu();
                read += t1 - t0;
                decide += t2 - t1;
                write += t3 - t2;
                state += t4 - t3;
                lines.clear();
            }
            if (round == 1) {
                row("stage: JSON request read", texts.size(), read);
                row("stage: audited decision (engine, disclosure, audit JSON)", texts.size(), decide);
                row("stage: decision JSON write", texts.size(), write);
                row("stage: state writes (item snapshot serde, one disclosure)", texts.size(), state);
            }
        }
    }

    private static void sharingTestDriver(SharingPolicy policy, List<String> items, List<SharingRequest> requests)
            throws Exception {
        for (int round = 0; round < 2; round++) {
            Properties p = PasserelleTopology.settings("bench-ttd-sharing-" + round, "unused:9092");
            p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("bench-ttd").toString());
            Topics topics = Topics.withPrefix("");
            SharingTopics sharing = SharingTopics.withPrefix("s.");
            try (TopologyTestDriver driver = new TopologyTestDriver(PasserelleTopology.builder(topics)
                    .sharing(sharing, policy.law()).build(), p)) {
                TestInputTopic<String, String> itemTopic = driver.createInputTopic(sharing.items(),
                        new StringSerializer(), new StringSerializer());
                TestInputTopic<String, String> in = driver.createInputTopic(sharing.requests(),
                        new StringSerializer(), new StringSerializer());
                int k = 0;
                for (String item : items) {
                    itemTopic.pipeInput("SEIZ-B-" + k++, item);
                }
                long t0 = cpu();
                for (SharingRequest r : requests) {
                    in.pipeInput(r.item().value(), PolicyWriter.writeRequest(r));
                }
                long t1 = cpu();
                if (round == 1) {
                    row("TopologyTestDriver: requests -> decisions, audit, disclosures", requests.size(), t1 - t0);
                }
            }
        }
    }

    private static void sharingBroker(Broker broker, SharingPolicy policy, List<String> items,
            List<SharingRequest> requests, int partitions, int instances) throws Exception {
        Topics topics = Topics.withPrefix("bench-s" + instances + ".");
        SharingTopics sharing = SharingTopics.withPrefix("bench-s" + instances + ".");
        List<String> names = new ArrayList<>(sharing.byItem());
        names.addAll(List.of(sharing.policy(), sharing.decisions(), sharing.audit(), sharing.disclosures(),
                sharing.recalls(), topics.deadLetters()));
        broker.createTopics(partitions, List.of(), names.toArray(String[]::new));
        broker.createTopics(1, List.of(sharing.law()), sharing.law());
        Properties pp = new Properties();
        pp.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        pp.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(pp, new StringSerializer(),
                new StringSerializer())) {
            int k = 0;
            for (String item : items) {
                producer.send(new ProducerRecord<>(sharing.items(), "SEIZ-B-" + k++, item));
            }
        }
        List<KafkaStreams> apps = new ArrayList<>();
        for (int k = 0; k < instances; k++) {
            Properties p = PasserelleTopology.settings("bench-sharing-" + instances, broker.bootstrapServers());
            p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("bench-broker").toString());
            p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
            KafkaStreams s = new KafkaStreams(PasserelleTopology.builder(topics).sharing(sharing, policy.law())
                    .build(), p);
            s.start();
            apps.add(s);
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        for (KafkaStreams s : apps) {
            while (s.state() != KafkaStreams.State.RUNNING && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }
        long t0 = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(pp, new StringSerializer(),
                new StringSerializer())) {
            for (SharingRequest r : requests) {
                producer.send(new ProducerRecord<>(sharing.requests(), r.item().value(), PolicyWriter.writeRequest(r)));
            }
        }
        long seen = countCommitted(broker, sharing.decisions(), requests.size());
        long t1 = System.nanoTime();
        for (KafkaStreams s : apps) {
            s.close(Duration.ofSeconds(30));
        }
        if (seen != requests.size()) {
            throw new IllegalStateException("saw " + seen + " decisions of " + requests.size());
        }
        row("broker, " + instances + " instance(s), " + partitions + " partitions: requests -> decisions, exactly once",
                requests.size(), t1 - t0, partitions);
    }

    private static List<String> inspections(int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i += 3) {
            out.add(PolicyWriter.writeInspectionResult(InspectionResult.nothingFound("LRN-B-" + i,
                    LocalDate.parse("2024-05-09"))));
        }
        return out;
    }

    private static void stages(RiskPolicy risk, List<String> declarations) {
        PolicyReader reader = PolicyReader.create();
        Serde<Effectiveness.Attribution> serde = Codecs.attributions();
        RiskEngine engine = RiskEngine.compile(risk);
        for (int round = 0; round < 2; round++) {
            long read = 0;
            long assess = 0;
            long write = 0;
            long state = 0;
            long sink = 0;
            for (String text : declarations) {
                long t0 = cpu();
                Declaration d = reader.readDeclaration(text, "bench");
                long t1 = cpu();
                Assessment a = engine.assess(d, risk.context(), d.lodgedAt());
                long t2 = cpu();
                String json = AssessmentJson.write(a);
                long t3 = cpu();
                byte[] bytes = serde.serializer().serialize("t", Effectiveness.Attribution.of(a));
                serde.deserializer().deserialize("t", bytes);
                long t4 = cpu();
                read += t1 - t0;
                assess += t2 - t1;
                write += t3 - t2;
                state += t4 - t3;
                sink += json.length() + bytes.length;
            }
            if (round == 1) {
                row("stage: JSON declaration read", declarations.size(), read);
                row("stage: risk engine assess", declarations.size(), assess);
                row("stage: assessment JSON write", declarations.size(), write);
                row("stage: attribution serde (state)", declarations.size(), state);
                row("stages together (" + sink / declarations.size() + " bytes out per record)", declarations.size(),
                        read + assess + write + state);
            }
        }
    }

    private static void testDriver(RiskPolicy risk, List<String> declarations, List<String> inspections)
            throws Exception {
        for (int round = 0; round < 2; round++) {
            Properties p = PasserelleTopology.settings("bench-ttd-" + round, "unused:9092");
            p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("bench-ttd").toString());
            Topics topics = Topics.withPrefix("");
            try (TopologyTestDriver driver = new TopologyTestDriver(PasserelleTopology.builder(topics)
                    .risk(RiskEngine.compile(risk), risk.context()).build(), p)) {
                TestInputTopic<String, String> in = driver.createInputTopic(topics.declarations(),
                        new StringSerializer(), new StringSerializer());
                TestInputTopic<String, String> results = driver.createInputTopic(topics.inspections(),
                        new StringSerializer(), new StringSerializer());
                long t0 = cpu();
                for (String d : declarations) {
                    in.pipeInput(d);
                }
                long t1 = cpu();
                for (String r : inspections) {
                    results.pipeInput(r);
                }
                long t2 = cpu();
                if (round == 1) {
                    row("TopologyTestDriver: declarations -> assessments", declarations.size(), t1 - t0);
                    row("TopologyTestDriver: inspections -> effectiveness", inspections.size(), t2 - t1);
                }
            }
        }
    }

    private static void broker(Broker broker, RiskPolicy risk, List<String> declarations, int partitions,
            int instances) throws Exception {
        Topics topics = Topics.withPrefix("bench" + instances + ".");
        List<String> names = new ArrayList<>(topics.inputs());
        names.addAll(topics.outputs());
        broker.createTopics(partitions, List.of(), names.toArray(String[]::new));
        List<KafkaStreams> apps = new ArrayList<>();
        for (int k = 0; k < instances; k++) {
            Properties p = PasserelleTopology.settings("bench-" + instances, broker.bootstrapServers());
            p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("bench-broker").toString());
            p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
            KafkaStreams s = new KafkaStreams(PasserelleTopology.builder(topics).risk(RiskEngine.compile(risk), risk.context())
                    .build(), p);
            s.start();
            apps.add(s);
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        for (KafkaStreams s : apps) {
            while (s.state() != KafkaStreams.State.RUNNING && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }
        long t0 = System.nanoTime();
        produce(broker, topics, declarations);
        long seen = countCommitted(broker, topics.assessments(), declarations.size());
        long t1 = System.nanoTime();
        for (KafkaStreams s : apps) {
            s.close(Duration.ofSeconds(30));
        }
        if (seen != declarations.size()) {
            throw new IllegalStateException("saw " + seen + " assessments of " + declarations.size());
        }
        row("broker, " + instances + " instance(s), " + partitions + " partitions: declarations -> assessments, exactly once",
                declarations.size(), t1 - t0, partitions);
    }

    private static void produce(Broker broker, Topics topics, List<String> declarations) {
        Properties pp = new Properties();
        pp.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        pp.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(pp, new StringSerializer(),
                new StringSerializer())) {
            int i = 0;
            for (String d : declarations) {
                producer.send(new ProducerRecord<>(topics.declarations(), "LRN-B-" + i++, d));
            }
        }
    }

    private static long countCommitted(Broker broker, String topic, int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-reader-" + topic);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        long n = 0;
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(),
                new StringDeserializer())) {
            c.subscribe(List.of(topic));
            long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (n < expected && System.nanoTime() < until) {
                n += c.poll(Duration.ofMillis(100)).count();
            }
        }
        return n;
    }

    private static void row(String what, int n, long nanos) {
        row(what, n, nanos, 1);
    }

    private static void row(String what, int n, long nanos, int partitions) {
        double s = nanos / 1e9;
        System.out.printf("| %s | %,d | %.2f | %,.0f | %,.0f |%n", what, n, s, n / s, n / s / partitions);
    }
}
