package org.passerelle.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Joined;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.passerelle.json.AssessmentJson;
import org.passerelle.json.PolicyReader;
import org.passerelle.model.Declaration;
import org.passerelle.model.Money;
import org.passerelle.risk.Assessment;
import org.passerelle.risk.Effectiveness;
import org.passerelle.risk.InspectionResult;
import org.passerelle.risk.Lane;
import org.passerelle.risk.RiskContext;
import org.passerelle.risk.RiskEngine;
import org.passerelle.sharing.InMemoryFactStore;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingLaw;
import org.passerelle.sharing.SharingPolicy;

/**
 * A ready Kafka Streams topology for Passerelle, configured by topic names.
 *
 * <ul>
 *   <li>Declarations are assessed by the {@link RiskEngine} as of their lodgement; every
 *       assessment goes to {@link Topics#assessments()} (the examiner's view: lane, score, profiles,
 *       explanation) and those whose lane is not green also to {@link Topics#selected()}, keyed by
 *       declaration reference.</li>
 *   <li>Inspection results are matched with what their declaration's inspection counts towards
 *       ({@link Effectiveness.Attribution}, kept in a state store) and summed per profile in the
 *       queryable store {@link #EFFECTIVENESS_STORE} (RR-09); {@link Queries#effectiveness} reads it.</li>
 *   <li>Sharing requests, keyed by item id, are decided by an {@code AuditedSharingEngine} under the
 *       law in force, on the facts of their item kept in the task's stores (items, consents and
 *       objections from their compacted topics, disclosures as they are made); each gets its decision,
 *       its audit record and, for a permit, its disclosure ({@link SharingTopics}). A new version of the
 *       law on the policy topic is read, checked and compiled, then put in force on every instance
 *       through a global store; a broken one is a dead letter and the version in force stays. A request
 *       that cannot be decided is a refusal under {@code FAIL-CLOSED}, on record; an item version no
 *       longer active starts a recall (SR-30) to every earlier recipient.</li>
 *   <li>A record that cannot be used (malformed JSON, an invalid value, a failure of the engine, an
 *       inspection of a declaration never assessed, a fact that does not hold) goes to
 *       {@link Topics#deadLetters()} as a {@link DeadLetter} naming the problem and the record's place;
 *       the stream goes on.</li>
 * </ul>
 *
 * <p>Run it with {@link #settings(String, String)}, which asks for {@code exactly_once_v2}. The
 * builder is not thread-safe; the topology it builds is used by one {@code KafkaStreams} instance.
 */
public final class PasserelleTopology {
    /** The name of the queryable store of effectiveness figures, by profile id. */
    public static final String EFFECTIVENESS_STORE = "passerelle-effectiveness";
    /** The name of the store of attributions, by declaration reference. */
    public static final String ATTRIBUTIONS_STORE = "passerelle-attributions";
    /** The name of the store of the facts of each item but its disclosures ({@code ItemFacts}), by item id. */
    public static final String FACTS_STORE = "passerelle-facts";
    /** The name of the queryable store of disclosures, by {@code itemId/sequence}. */
    public static final String DISCLOSURES_STORE = "passerelle-disclosures";
    /** The name of the store of each task's fact revision. */
    public static final String REVISIONS_STORE = "passerelle-fact-revisions";
    /** The name of the global store of the law in force. */
    public static final String LAW_STORE = "passerelle-law";
    /** The key of the law in force in the law topic and store. */
    static final String LAW_KEY = "law";

    private PasserelleTopology() {
    }

    /**
     * Starts a builder.
     *
     * @param topics the topic names, not null
     * @return a new builder, not null
     */
    public static Builder builder(Topics topics) {
        return new Builder(Objects.requireNonNull(topics, "topics"));
    }

    /**
     * Returns the settings a Passerelle application starts from: its id and brokers,
     * {@code processing.guarantee=exactly_once_v2}, string keys and values by default, and a check
     * that every internal topic and store has an explicit name (so they keep their names across
     * versions of the topology). Add or override others (replication factor, state directory,
     * threads, {@code application.server}) before starting.
     *
     * @param applicationId the application id, shared by all its instances, not null
     * @param bootstrapServers the brokers, such as {@code "kafka-1:9092,kafka-2:9092"}, not null
     * @return new settings, not null
     */
    public static Properties settings(String applicationId, String bootstrapServers) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, Objects.requireNonNull(applicationId, "applicationId"));
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, Objects.requireNonNull(bootstrapServers, "bootstrapServers"));
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class.getName());
        p.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.StringSerde.class.getName());
        p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        return p;
    }

    /**
     * A builder of the topology. Not thread-safe.
     */
    public static final class Builder {
        private final Topics topics;
        private RiskEngine riskEngine;
        private RiskContext riskContext;
        private String currency;
        private PolicyReader reader = PolicyReader.create();
        private SharingTopics sharingTopics;
        private SharingLaw law;

        private Builder(Topics topics) {
            this.topics = topics;
        }

        /**
         * Sets the risk engine and the context (trader histories, watch lists, reference values) that
         * declarations are assessed with.
         *
         * @param engine the compiled engine, not null
         * @param context the context, not null
         * @return this builder
         */
        public Builder risk(RiskEngine engine, RiskContext context) {
            this.riskEngine = Objects.requireNonNull(engine, "engine");
            this.riskContext = Objects.requireNonNull(context, "context");
            return this;
        }

        /**
         * Adds the sharing path: requests decided under a law that is replaced from a topic, on facts
         * kept in state stores partitioned by item id.
         *
         * @param topics the topics of the sharing path, not null
         * @param initialLaw the law in force until a version is accepted from the policy topic, not null
         * @return this builder
         */
        public Builder sharing(SharingTopics topics, SharingLaw initialLaw) {
            this.sharingTopics = Objects.requireNonNull(topics, "topics");
            this.law = Objects.requireNonNull(initialLaw, "initialLaw");
            return this;
        }

        /**
         * Sets the currency that recovered revenue is counted in; an inspection result with revenue
         * in another currency goes to the dead letters. Defaults to EUR.
         *
         * @param code the ISO 4217 code, not null
         * @return this builder
         * @throws org.passerelle.model.InvalidInputException if the code is not a currency
         */
        public Builder currency(String code) {
            Money.currency(code);
            this.currency = code;
            return this;
        }

        /**
         * Sets the reader of the JSON records, for its limits; defaults to {@code PolicyReader.create()}.
         *
         * @param value the reader, not null
         * @return this builder
         */
        public Builder reader(PolicyReader value) {
            this.reader = Objects.requireNonNull(value, "reader");
            return this;
        }

        /**
         * Builds the topology.
         *
         * @return the topology, not null
         * @throws IllegalStateException if neither a risk engine nor the sharing path was given
         * @throws IllegalArgumentException if a topic name is given twice
         */
        public Topology build() {
            if (riskEngine == null && law == null) {
                throw new IllegalStateException("risk(engine, context) or sharing(topics, law) must be given before"
                        + " build()");
            }
            List<String> names = new ArrayList<>(List.of(topics.declarations(), topics.assessments(),
                    topics.selected(), topics.inspections(), topics.deadLetters()));
            if (sharingTopics != null) {
                names.addAll(sharingTopics.byItem());
                names.add(sharingTopics.policy());
                names.addAll(sharingTopics.outputs());
            }
            Topics.check(names);
            StreamsBuilder b = new StreamsBuilder();
            if (riskEngine != null) {
                risk(b);
            }
            if (law != null) {
                sharing(b);
            }
            return b.build();
        }

        private void sharing(StreamsBuilder b) {
            Consumed<String, String> text = Consumed.with(Serdes.String(), Serdes.String());
            Produced<String, String> out = Produced.with(Serdes.String(), Serdes.String());
            SharingTopics st = sharingTopics;
            PolicyReader r = reader;

            // Law versions: validated whole, then put in force through a compacted topic every instance reads.
            KStream<String, Step<String>> checked = b.stream(st.policy(), text.withName("passerelle-policy"))
                    .processValues(new Guard<String>((t, place) -> {
                        law(r, t, place);
                        return t;
                    }), Named.as("passerelle-check-law"));
            ok(checked, "passerelle-law-version", out)
                    .selectKey((k, t) -> LAW_KEY, Named.as("passerelle-law-key"))
                    .to(st.law(), out.withName("passerelle-law-accepted"));
            b.addGlobalStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(LAW_STORE), Serdes.String(),
                    Serdes.String()).withLoggingDisabled(), st.law(), text.withName("passerelle-law"), () -> new Processor<
                    String, String, Void, Void>() {
                        private KeyValueStore<String, String> store;

                        @Override
                        public void init(ProcessorContext<Void, Void> context) {
                            store = context.getStateStore(LAW_STORE);
                        }

                        @Override
                        public void process(Record<String, String> record) {
                            if (record.value() != null) {
                                store.put(LAW_KEY, record.value());
                            }
                        }
                    });

            // Requests and facts, partitioned by item id, decided and recorded by one processor per task.
            b.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(FACTS_STORE), Serdes.String(),
                    Codecs.itemFacts()));
            b.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DISCLOSURES_STORE),
                    Serdes.String(), Serdes.String()));
            b.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(REVISIONS_STORE),
                    Serdes.String(), Serdes.Long()));
            Topics t = topics;
            SharingLaw initial = law;
            b.stream(st.byItem(), text.withName("passerelle-requests-and-facts"))
                    .process(() -> new Deciding(t, st, initial, r), Named.as("passerelle-decide"), FACTS_STORE,
                            DISCLOSURES_STORE, REVISIONS_STORE)
                    .to(Routed.TOPIC, Produced.with(Serdes.String(), Routed.serde()).withName("passerelle-sharing-out"));
        }

        private void risk(StreamsBuilder b) {
            Consumed<String, String> text = Consumed.with(Serdes.String(), Serdes.String());
            Produced<String, String> out = Produced.with(Serdes.String(), Serdes.String());
            String code = currency == null ? "EUR" : currency;

            // Declarations -> assessments, selected, attributions.
            RiskEngine engine = riskEngine;
            RiskContext context = riskContext;
            PolicyReader r = reader;
            KStream<String, Step<Assessment>> assessed = b.stream(topics.declarations(), text
                    .withName("passerelle-declarations"))
                    .processValues(new Guard<Assessment>((t, place) -> {
                        Declaration d = r.readDeclaration(t, place);
                        return engine.assess(d, context, d.lodgedAt());
                    }), Named.as("passerelle-assess"));
            KStream<String, Assessment> assessments = ok(assessed, "passerelle-assessed", out);
            KStream<String, Assessment> byReference = assessments.selectKey((k, a) -> a.declarationReference(),
                    Named.as("passerelle-by-declaration"));
            byReference.mapValues(AssessmentJson::write, Named.as("passerelle-assessment-json"))
                    .to(topics.assessments(), out.withName("passerelle-assessments"));
            byReference.filter((k, a) -> a.lane() != Lane.GREEN, Named.as("passerelle-select"))
                    .mapValues(AssessmentJson::write, Named.as("passerelle-selected-json"))
                    .to(topics.selected(), out.withName("passerelle-selected"));
            KTable<String, Effectiveness.Attribution> attributions = byReference
                    .mapValues(Effectiveness.Attribution::of, Named.as("passerelle-attribute"))
                    .repartition(Repartitioned.with(Serdes.String(), Codecs.attributions())
                            .withName("passerelle-attributions"))
                    .toTable(Named.as("passerelle-attributions-table"), Materialized
                            .<String, Effectiveness.Attribution, KeyValueStore<Bytes, byte[]>>as(ATTRIBUTIONS_STORE)
                            .withKeySerde(Serdes.String()).withValueSerde(Codecs.attributions()));

            // Inspection results -> effectiveness per profile.
            KStream<String, Step<Codecs.Placed<InspectionResult>>> inspected = b.stream(topics.inspections(), text
                    .withName("passerelle-inspections"))
                    .processValues(new Guard<Codecs.Placed<InspectionResult>>((t, place) -> new Codecs.Placed<>(
                            place, r.readInspectionResult(t, place))), Named.as("passerelle-read-inspection"));
            KStream<String, Step<List<KeyValue<String, Effectiveness.Tally>>>> counted = ok(inspected,
                    "passerelle-inspection", out)
                    .selectKey((k, p) -> p.value().declarationReference(), Named.as("passerelle-inspection-key"))
                    .repartition(Repartitioned.with(Serdes.String(), Codecs.placedInspections())
                            .withName("passerelle-inspections-by-declaration"))
                    .leftJoin(attributions, (p, a) -> count(p, a, code, topics.inspections()),
                            Joined.<String, Codecs.Placed<InspectionResult>, Effectiveness.Attribution>as(
                                    "passerelle-inspection-join").withKeySerde(Serdes.String())
                                    .withValueSerde(Codecs.placedInspections()));
            ok(counted, "passerelle-counted", out)
                    .flatMap((k, tallies) -> tallies, Named.as("passerelle-by-profile"))
                    .groupByKey(Grouped.with("passerelle-tallies-by-profile", Serdes.String(), Codecs.tallies()))
                    .reduce(Effectiveness.Tally::plus, Named.as("passerelle-effectiveness-sum"), Materialized
                            .<String, Effectiveness.Tally, KeyValueStore<Bytes, byte[]>>as(EFFECTIVENESS_STORE)
                            .withKeySerde(Serdes.String()).withValueSerde(Codecs.tallies()));
        }

        /** Sends the failed steps to the dead letters and returns the values of the others. */
        private <T> KStream<String, T> ok(KStream<String, Step<T>> steps, String name, Produced<String, String> out) {
            Map<String, KStream<String, Step<T>>> branches = steps.split(Named.as(name + "-"))
                    .branch((k, s) -> !s.ok(), Branched.as("problems"))
                    .defaultBranch(Branched.as("values"));
            branches.get(name + "-problems").mapValues(s -> s.problem().toJson(), Named.as(name + "-dead-letter"))
                    .to(topics.deadLetters(), out.withName(name + "-dead-letters"));
            return branches.get(name + "-values").mapValues(Step::value, Named.as(name + "-value"));
        }
    }

    /**
     * Reads a version of the law from a policy document and checks it whole: every problem of the
     * document, facts in it (they belong on the facts topics), and a law that does not compile.
     */
    static SharingLaw law(PolicyReader reader, String text, String place) {
        SharingPolicy policy = reader.readSharingPolicy(text, place);
        if (!policy.items().isEmpty() || !policy.consents().isEmpty() || !policy.objections().isEmpty()) {
            throw new IllegalArgumentException(place + ": a law version holds agencies, purposes, agreements and legal"
                    + " areas only; its " + policy.items().size() + " item(s), " + policy.consents().size()
                    + " consent(s) and " + policy.objections().size() + " objection(s) belong on the facts topics");
        }
        SharingEngine.compile(policy.law(), InMemoryFactStore.create());
        return policy.law();
    }

    /** The figures one inspection adds to each profile it counts towards, or why it cannot count. */
    private static Step<List<KeyValue<String, Effectiveness.Tally>>> count(Codecs.Placed<InspectionResult> p,
            Effectiveness.Attribution attribution, String currency, String topic) {
        InspectionResult r = p.value();
        if (attribution == null) {
            return Step.failed(problem(p, topic, "no assessment of declaration \"" + r.declarationReference()
                    + "\" is on record: send the declaration first, then this result again"));
        }
        try {
            Effectiveness one = Effectiveness.builder(currency).record(attribution, r).build();
            List<KeyValue<String, Effectiveness.Tally>> tallies = new ArrayList<>();
            one.profiles().forEach((id, t) -> tallies.add(KeyValue.pair(id.value(), t)));
            return Step.ok(tallies);
        } catch (RuntimeException e) {
            return Step.failed(problem(p, topic, Step.describe(e)));
        }
    }

    private static DeadLetter problem(Codecs.Placed<InspectionResult> p, String topic, String message) {
        String[] place = p.place().split("/");
        int partition = -1;
        long offset = -1;
        if (place.length >= 3) {
            partition = Integer.parseInt(place[place.length - 2]);
            offset = Long.parseLong(place[place.length - 1]);
        }
        return new DeadLetter(topic, partition, offset, p.value().declarationReference(), p.place() + ": " + message,
                org.passerelle.json.PolicyWriter.writeInspectionResult(p.value()));
    }
}
