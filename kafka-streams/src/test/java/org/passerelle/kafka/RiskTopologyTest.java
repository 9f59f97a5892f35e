package org.passerelle.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.json.AssessmentJson;
import org.passerelle.json.PolicyWriter;
import org.passerelle.model.Declaration;
import org.passerelle.model.Money;
import org.passerelle.model.Quantity;
import org.passerelle.risk.Effectiveness;
import org.passerelle.risk.InspectionResult;
import org.passerelle.risk.RiskEngine;
import org.passerelle.risk.RiskPolicy;
import org.passerelle.risk.Seizure;
import org.passerelle.risk.ThreatArea;

/**
 * The risk paths of the topology through the {@code TopologyTestDriver}: declarations to assessments
 * and selections (RR-01, RR-04), inspection results to effectiveness per profile (RR-09), and every
 * unusable record to the dead letters while the stream goes on.
 */
class RiskTopologyTest {
    private static final Topics TOPICS = Topics.withPrefix("customs.");
    private static final LocalDate DAY = LocalDate.parse("2024-05-09");
    private static final Seizure COCAINE = new Seizure("cocaine in banana boxes", Quantity.of(180, "KGM"),
            ThreatArea.NARCOTICS);

    private TopologyTestDriver driver;
    private TestInputTopic<String, String> declarations;
    private TestInputTopic<String, String> inspections;
    private TestOutputTopic<String, String> assessments;
    private TestOutputTopic<String, String> selected;
    private TestOutputTopic<String, String> deadLetters;
    private List<Declaration> batch;

    @BeforeEach
    void start() {
        RiskPolicy risk = Fixtures.risk();
        Properties settings = PasserelleTopology.settings("risk-test", "unused:9092");
        driver = new TopologyTestDriver(PasserelleTopology.builder(TOPICS).risk(RiskEngine.compile(risk), risk.context()).build(),
                settings);
        declarations = driver.createInputTopic(TOPICS.declarations(), new StringSerializer(), new StringSerializer());
        inspections = driver.createInputTopic(TOPICS.inspections(), new StringSerializer(), new StringSerializer());
        assessments = driver.createOutputTopic(TOPICS.assessments(), new StringDeserializer(), new StringDeserializer());
        selected = driver.createOutputTopic(TOPICS.selected(), new StringDeserializer(), new StringDeserializer());
        deadLetters = driver.createOutputTopic(TOPICS.deadLetters(), new StringDeserializer(), new StringDeserializer());
        batch = Fixtures.batch();
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void everyDeclarationIsAssessedAndOnlyTheNonGreenOnesAreSelected() {
        for (Declaration d : batch) {
            declarations.pipeInput("any-key", Fixtures.json(d));
        }

        RiskPolicy risk = Fixtures.risk();
        RiskEngine engine = RiskEngine.compile(risk);
        List<String> expected = batch.stream().map(d -> AssessmentJson.write(engine.assess(d, risk.context(),
                d.lodgedAt()))).toList();
        List<KeyValue<String, String>> all = assessments.readKeyValuesToList();
        assertThat(all).extracting(kv -> kv.key).containsExactly("LRN-2024-0311", "LRN-2024-0312", "LRN-2024-0313");
        assertThat(all).extracting(kv -> kv.value).containsExactlyElementsOf(expected);
        assertThat(all.get(0).value).contains("\"lane\":\"RED\"", "NARC-FRUIT-01");
        assertThat(all.get(1).value).contains("\"lane\":\"GREEN\"");
        assertThat(all.get(2).value).contains("\"lane\":\"BLUE\"");
        List<KeyValue<String, String>> chosen = selected.readKeyValuesToList();
        assertThat(chosen).extracting(kv -> kv.key).containsExactly("LRN-2024-0311", "LRN-2024-0313");
        assertThat(chosen).extracting(kv -> kv.value).containsExactly(expected.get(0), expected.get(2));
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void malformedDeclarationsGoToTheDeadLettersWithTheProblemAndTheStreamGoesOn() {
        declarations.pipeInput("k1", "{\"lrn\": ");
        declarations.pipeInput("k2", Fixtures.json(batch.get(0)).replace("\"commodityCode\":\"", "\"commodityCode\":\"X"));
        declarations.pipeInput("k3", (String) null);
        declarations.pipeInput("k4", Fixtures.json(batch.get(0)));

        List<DeadLetter> letters = deadLetters.readValuesToList().stream().map(DeadLetter::fromJson).toList();
        assertThat(letters).extracting(DeadLetter::key).containsExactly("k1", "k2", "k3");
        assertThat(letters).extracting(DeadLetter::topic).containsOnly("customs.declarations");
        assertThat(letters).extracting(DeadLetter::offset).containsExactly(0L, 1L, 2L);
        assertThat(letters.get(0).problem()).contains("customs.declarations/0/0");
        assertThat(letters.get(0).value()).isEqualTo("{\"lrn\": ");
        assertThat(letters.get(1).problem()).contains("customs.declarations/0/1", "$.items[0].commodityCode", "X");
        assertThat(letters.get(2).problem()).contains("no value");
        assertThat(assessments.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("LRN-2024-0311");
    }

    @Test
    void inspectionResultsAddUpPerProfileInTheQueryableStore() {
        declarations.pipeInput(Fixtures.json(batch.get(0)));
        declarations.pipeInput(Fixtures.copy(batch.get(0), "LRN-RED-2"));
        declarations.pipeInput(Fixtures.json(batch.get(1)));

        inspections.pipeInput("x", PolicyWriter.writeInspectionResult(InspectionResult.seized("LRN-2024-0311", DAY,
                COCAINE)));
        inspections.pipeInput("y", PolicyWriter.writeInspectionResult(InspectionResult.nothingFound("LRN-RED-2", DAY)));
        inspections.pipeInput("z", PolicyWriter.writeInspectionResult(InspectionResult.nothingFound("LRN-2024-0312",
                DAY)));

        KeyValueStore<String, Effectiveness.Tally> store = driver.getKeyValueStore(
                PasserelleTopology.EFFECTIVENESS_STORE);
        assertThat(store.get("NARC-FRUIT-01")).isEqualTo(new Effectiveness.Tally(2, 1, 1, Money.of("0", "EUR")));
        List<String> profiles = new java.util.ArrayList<>();
        store.all().forEachRemaining(kv -> profiles.add(kv.key));
        assertThat(profiles).containsExactly("NARC-FRUIT-01");
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void anInspectionOfAnUnknownDeclarationOrInAnotherCurrencyIsADeadLetterAndCountsForNothing() {
        declarations.pipeInput(Fixtures.json(batch.get(0)));

        inspections.pipeInput("a", PolicyWriter.writeInspectionResult(InspectionResult.nothingFound("LRN-NEVER-SEEN",
                DAY)));
        inspections.pipeInput("b", PolicyWriter.writeInspectionResult(InspectionResult.revenue("LRN-2024-0311", DAY,
                Money.of("100", "USD"))));
        inspections.pipeInput("c", "{\"declarationReference\": \"LRN-2024-0311\"}");

        List<DeadLetter> letters = deadLetters.readValuesToList().stream().map(DeadLetter::fromJson)
                .sorted(java.util.Comparator.comparingLong(DeadLetter::offset)).toList();
        assertThat(letters).hasSize(3);
        assertThat(letters).extracting(DeadLetter::topic).containsOnly("customs.inspections");
        assertThat(letters.get(0).problem()).contains("customs.inspections/0/0", "LRN-NEVER-SEEN",
                "no assessment");
        assertThat(letters.get(0).partition()).isZero();
        assertThat(letters.get(1).problem()).contains("customs.inspections/0/1", "USD", "EUR");
        assertThat(letters.get(2).problem()).contains("customs.inspections/0/2", "$.inspectedOn", "is required");
        KeyValueStore<String, Effectiveness.Tally> store = driver.getKeyValueStore(
                PasserelleTopology.EFFECTIVENESS_STORE);
        assertThat(store.get("NARC-FRUIT-01")).isNull();
    }

    @Test
    void theSettingsAskForExactlyOnce() {
        Properties p = PasserelleTopology.settings("app", "kafka:9092");

        assertThat(p.getProperty(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(p.getProperty(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo("app");
    }
}
