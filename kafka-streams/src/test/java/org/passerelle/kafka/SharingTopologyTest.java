package org.passerelle.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.json.AuditJson;
import org.passerelle.json.DecisionJson;
import org.passerelle.json.PolicyWriter;
import org.passerelle.json.RecallJson;
import org.passerelle.model.AgencyId;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.Consent;
import org.passerelle.sharing.ConsentId;
import org.passerelle.sharing.CustodyHop;
import org.passerelle.sharing.Disclosure;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.IntendedUse;
import org.passerelle.sharing.ItemFacts;
import org.passerelle.model.ItemStatus;
import org.passerelle.sharing.Objection;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.Recall;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingLaw;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;

/**
 * The sharing path of the topology through the {@code TopologyTestDriver}: requests to decisions,
 * audit records and disclosures on facts kept in the task's store (SR-31), the law replaced from the
 * policy topic mid-stream (a broken version refused and reported, the one in force kept), failures
 * turned into refusals, and a recall reaching the recipients recorded in the disclosures (SR-30).
 */
class SharingTopologyTest {
    private static final Topics TOPICS = Topics.withPrefix("t.");
    private static final SharingTopics SHARING = SharingTopics.withPrefix("s.");

    private TopologyTestDriver driver;
    private SharingPolicy policy;
    private InformationItem report;
    private SharingRequest sc01;
    private TestInputTopic<String, String> requests;
    private TestInputTopic<String, String> items;
    private TestInputTopic<String, String> policies;
    private TestOutputTopic<String, String> decisions;
    private TestOutputTopic<String, String> audit;
    private TestOutputTopic<String, String> disclosures;
    private TestOutputTopic<String, String> recalls;
    private TestOutputTopic<String, String> deadLetters;

    @BeforeEach
    void start() {
        policy = Fixtures.READER.readSharingPolicy(Fixtures.example("customs-police"));
        report = policy.items().values().iterator().next();
        sc01 = Fixtures.READER.readRequest(Fixtures.example("requests/sc-01-rnp-drugs.json"));
        Properties settings = PasserelleTopology.settings("sharing-test", "unused:9092");
        driver = new TopologyTestDriver(PasserelleTopology.builder(TOPICS).sharing(SHARING, policy.law()).build(),
                settings);
        StringSerializer s = new StringSerializer();
        StringDeserializer d = new StringDeserializer();
        requests = driver.createInputTopic(SHARING.requests(), s, s);
        items = driver.createInputTopic(SHARING.items(), s, s);
        policies = driver.createInputTopic(SHARING.policy(), s, s);
        decisions = driver.createOutputTopic(SHARING.decisions(), d, d);
        audit = driver.createOutputTopic(SHARING.audit(), d, d);
        disclosures = driver.createOutputTopic(SHARING.disclosures(), d, d);
        recalls = driver.createOutputTopic(SHARING.recalls(), d, d);
        deadLetters = driver.createOutputTopic(TOPICS.deadLetters(), d, d);
        items.pipeInput(report.id().value(), PolicyWriter.writeItem(report));
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private SharingRequest request(String id) {
        return sc01.toBuilder().id(id).build();
    }

    private void send(SharingRequest r) {
        requests.pipeInput(r.item().value(), PolicyWriter.writeRequest(r));
    }

    private List<Disclosure> disclosuresOf(String item) {
        KeyValueStore<String, String> store = driver.getKeyValueStore(PasserelleTopology.DISCLOSURES_STORE);
        return StreamsFactStore.disclosures(store, item, Fixtures.READER);
    }

    private SharingDecision decision(String value) {
        return DecisionJson.readDecision(value, "decisions");
    }

    @Test
    void aRequestGetsOneDecisionOneAuditRecordAndItsDisclosure() {
        send(request("REQ-1"));

        List<KeyValue<String, String>> out = decisions.readKeyValuesToList();
        assertThat(out).extracting(kv -> kv.key).containsExactly("REQ-1");
        SharingDecision d = decision(out.get(0).value);
        assertThat(d.isPermitted()).isTrue();
        assertThat(d.lawVersion()).isEqualTo(policy.law().version());
        assertThat(d.fired(org.passerelle.sharing.SharingRule.SR_31)).isTrue();
        List<KeyValue<String, String>> records = audit.readKeyValuesToList();
        assertThat(records).extracting(kv -> kv.key).containsExactly("REQ-1");
        assertThat(AuditJson.read(records.get(0).value, "audit").toString()).contains("REQ-1");
        List<KeyValue<String, String>> disclosed = disclosures.readKeyValuesToList();
        assertThat(disclosed).extracting(kv -> kv.key).containsExactly(report.id().value());
        assertThat(disclosed.get(0).value).contains("\"recipient\":\"RNP\"");
        assertThat(disclosuresOf(report.id().value())).extracting(x -> x.recipient().value()).containsExactly("RNP");
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void theLawIsReplacedMidStreamAndABrokenVersionIsRefusedAndReported() {
        String v1 = PolicyWriter.write(SharingPolicy.builder().law(policy.law()).build());
        String v2 = v1.replace("\"validTo\": \"2026-12-31\"", "\"validTo\": \"2024-01-31\"");
        assertThat(v2).isNotEqualTo(v1);
        SharingLaw law2 = Fixtures.READER.readSharingPolicy(v2, "v2").law();

        send(request("BEFORE"));
        policies.pipeInput("v2", v2);
        send(request("AFTER"));
        policies.pipeInput("v3", v2.replace("\"agreements\"", "\"agreemens\""));
        send(request("AFTER-BROKEN"));

        List<SharingDecision> out = decisions.readValuesToList().stream().map(this::decision).toList();
        assertThat(out).extracting(x -> x.request().id()).containsExactly("BEFORE", "AFTER", "AFTER-BROKEN");
        assertThat(out.get(0).isPermitted()).isTrue();
        assertThat(out.get(0).lawVersion()).isEqualTo(policy.law().version());
        assertThat(out.get(1).isPermitted()).isFalse();
        assertThat(out.get(1).lawVersion()).isEqualTo(law2.version()).isNotEqualTo(policy.law().version());
        assertThat(out.get(2).lawVersion()).isEqualTo(law2.version());
        List<DeadLetter> letters = deadLetters.readValuesToList().stream().map(DeadLetter::fromJson).toList();
        assertThat(letters).extracting(DeadLetter::topic).containsExactly(SHARING.policy());
        assertThat(letters.get(0).key()).isEqualTo("v3");
        assertThat(letters.get(0).problem()).contains("agreemens");
    }

    @Test
    void aLawVersionCarryingFactsIsRefused() {
        policies.pipeInput("with-items", PolicyWriter.write(policy));

        assertThat(DeadLetter.fromJson(deadLetters.readValue()).problem()).contains("belong on the facts topics");
        send(request("R"));
        assertThat(decision(decisions.readValue()).lawVersion()).isEqualTo(policy.law().version());
    }

    @Test
    void aRequestThatCannotBeDecidedIsARefusalOnRecordAndAMalformedOneADeadLetter() {
        requests.pipeInput("ANOTHER-ITEM", PolicyWriter.writeRequest(request("MISKEYED")));
        requests.pipeInput(report.id().value(), "{\"id\": \"HALF\",");

        SharingDecision d = decision(decisions.readValue());
        assertThat(d.request().id()).isEqualTo("MISKEYED");
        assertThat(d.outcome()).isEqualTo(Outcome.DENY);
        assertThat(d.fired(org.passerelle.sharing.SharingRule.FAIL_CLOSED)).isTrue();
        assertThat(d.explanation()).contains("keyed");
        assertThat(audit.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("MISKEYED");
        assertThat(decisions.isEmpty()).isTrue();
        DeadLetter letter = DeadLetter.fromJson(deadLetters.readValue());
        assertThat(letter.topic()).isEqualTo(SHARING.requests());
        assertThat(letter.value()).isEqualTo("{\"id\": \"HALF\",");
        assertThat(disclosures.isEmpty()).isTrue();
    }

    @Test
    void aRecallReachesEveryRecipientRecordedInTheDisclosures() {
        send(request("TO-RNP"));
        assertThat(disclosures.readValuesToList()).hasSize(1);

        InformationItem marked = Fixtures.READER.readItem(PolicyWriter.writeItem(report).replace(
                "\"status\":\"ACTIVE\"", "\"status\":\"INACCURATE\""), "test");
        assertThat(marked.status()).isEqualTo(ItemStatus.INACCURATE);
        items.pipeInput(report.id().value(), PolicyWriter.writeItem(marked), Instant.parse("2024-06-01T10:00:00Z"));

        List<KeyValue<String, String>> out = recalls.readKeyValuesToList();
        assertThat(out).extracting(kv -> kv.key).containsExactly("RNP");
        Recall recall = RecallJson.read(out.get(0).value, "recalls");
        assertThat(recall.item()).isEqualTo(report.id());
        assertThat(recall.status()).isEqualTo(ItemStatus.INACCURATE);
        assertThat(audit.readValuesToList()).anyMatch(line -> line.contains("INACCURATE"));
        send(request("AFTER-RECALL"));
        assertThat(decisions.readValuesToList().stream().map(this::decision).filter(x -> x.request().id()
                .equals("AFTER-RECALL")).findFirst().orElseThrow().isPermitted()).isFalse();
    }

    @Test
    void aConsentOnItsTopicTurnsAPendingOnwardFlowIntoAPermitAndTheRecallReachesEveryRecipient() {
        TestInputTopic<String, String> consents = driver.createInputTopic(SHARING.consents(), new StringSerializer(),
                new StringSerializer());
        TestInputTopic<String, String> objections = driver.createInputTopic(SHARING.objections(),
                new StringSerializer(), new StringSerializer());
        String id = report.id().value();
        send(request("OP-1"));
        InformationItem held = report.withHop(new CustodyHop(AgencyId.of("RNP"), AgreementId.of("MOU-RCA-RNP-2022"),
                LocalDate.of(2024, 5, 10)));
        items.pipeInput(id, PolicyWriter.writeItem(held));
        SharingRequest.Builder forward = SharingRequest.builder().id("OP-3").requester("RNP").recipient("RNCB")
                .item(id).purpose("drug-trafficking-investigation").at("2024-05-13T10:00:00Z");
        send(forward.build());
        Consent consent = new Consent(ConsentId.of("RCA-CONSENT-1"), report.id(), AgencyId.of("RCA"),
                AgencyId.of("RNCB"), new TreeSet<>(Set.of(PurposeId.of("drug-trafficking-investigation"))),
                new TreeSet<>(Set.of(IntendedUse.INTELLIGENCE)), List.of(), LocalDate.of(2024, 5, 14),
                LocalDate.of(2024, 12, 31));
        Consent notTheOriginators = new Consent(ConsentId.of("RNP-CONSENT"), report.id(), AgencyId.of("RNP"),
                AgencyId.of("RNCB"), new TreeSet<>(Set.of(PurposeId.of("drug-trafficking-investigation"))),
                new TreeSet<>(Set.of(IntendedUse.INTELLIGENCE)), List.of(), LocalDate.of(2024, 5, 14), null);
        consents.pipeInput(id, PolicyWriter.writeConsent(consent));
        consents.pipeInput(id + "/RNP-CONSENT", PolicyWriter.writeConsent(notTheOriginators));
        objections.pipeInput("/O-1", PolicyWriter.writeObjection(new Objection(ConsentId.of("O-1"),
                AgreementId.of("MOU-RCA-RNP-2022"), AgencyId.of("RCA"), null, null, LocalDate.of(2024, 5, 14))));
        consents.pipeInput(id + "/RCA-CONSENT-1", PolicyWriter.writeConsent(consent));
        send(forward.id("OP-3-AGAIN").at("2024-05-14T10:00:00Z").build());

        List<SharingDecision> out = decisions.readValuesToList().stream().map(this::decision).toList();
        assertThat(out).extracting(x -> x.request().id()).containsExactly("OP-1", "OP-3", "OP-3-AGAIN");
        assertThat(out.get(1).outcome()).isEqualTo(Outcome.PENDING_CONSENT);
        assertThat(out.get(2).isPermitted()).isTrue();
        List<DeadLetter> letters = deadLetters.readValuesToList().stream().map(DeadLetter::fromJson).toList();
        assertThat(letters).extracting(DeadLetter::topic).containsExactly(SHARING.consents(), SHARING.consents(),
                SHARING.objections());
        assertThat(letters.get(0).problem()).contains("must be keyed \"" + id + "/RCA-CONSENT-1\"");
        assertThat(letters.get(1).problem()).contains("consent RNP-CONSENT.grantedBy", "only the item's originator RCA");
        assertThat(letters.get(2).problem()).contains("must name its item");
        KeyValueStore<String, ItemFacts> store = driver.getKeyValueStore(PasserelleTopology.FACTS_STORE);
        assertThat(store.get(id).consents()).containsExactly(consent);
        assertThat(disclosuresOf(id)).extracting(x -> x.recipient().value()).containsExactly("RNP", "RNCB");
        assertThat(store.get(id).disclosures()).as("kept apart, one record each").isEmpty();

        items.pipeInput(id, PolicyWriter.writeItem(held.withStatus(ItemStatus.ERASED)));

        assertThat(recalls.readKeyValuesToList()).extracting(kv -> kv.key).containsExactlyInAnyOrder("RNP", "RNCB");
        assertThat(store.get(id).item().status()).isEqualTo(ItemStatus.ERASED);
        assertThat(store.get(id).item().custody()).isEqualTo(held.custody());
    }

    @Test
    void factsKeyedByItemGoToTheItemsPartition() {
        for (int partitions : new int[] {1, 2, 7, 12}) {
            for (String item : List.of("SEIZ-2024-0042", "A", "SMUGGLER-2024-07")) {
                int expected = org.apache.kafka.common.utils.Utils.toPositive(org.apache.kafka.common.utils.Utils
                        .murmur2(item.getBytes(java.nio.charset.StandardCharsets.UTF_8))) % partitions;
                assertThat(ItemPartitioner.partition(item, partitions)).isEqualTo(expected);
                assertThat(ItemPartitioner.partition(item + "/C-1", partitions)).isEqualTo(expected);
                assertThat(ItemPartitioner.partition(item + "/O-9/x", partitions)).isEqualTo(expected);
            }
        }
    }
}
