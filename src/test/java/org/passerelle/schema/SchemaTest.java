package org.passerelle.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.passerelle.audit.AuditedSharingEngine;
import org.passerelle.json.JsonLinesAuditSink;
import org.passerelle.json.DecisionJson;
import org.passerelle.json.PolicyReader;
import org.passerelle.json.PolicyWriter;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingPolicy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Validates every sample and fixture file of the project against the JSON Schemas shipped in the jar
 * ({@code META-INF/schemas/*.schema.json}), and checks that the schemas refuse what the readers
 * refuse for the mistakes a schema can see.
 */
class SchemaTest {
    static final String BASE = "https://passerelle.org/schema/";
    static final ObjectMapper JSON = new ObjectMapper();
    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemas(SchemaTest::shipped));
    /** Where samples and fixtures live; the fuzzers' hostile inputs and the broken fixtures are left out. */
    static final List<Path> ROOTS = List.of(Path.of("src/test/resources"), Path.of("examples/src/main/resources"));

    static String shipped(String iri) {
        if (!iri.startsWith(BASE)) {
            return null;
        }
        String name = "/META-INF/schemas/" + iri.substring(BASE.length());
        try (InputStream in = SchemaTest.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Schema schema(String name) {
        return REGISTRY.getSchema(com.networknt.schema.SchemaLocation.of(BASE + name));
    }

    /** The schema of a document, told by its top-level members, as the command-line tool tells them. */
    static String schemaOf(JsonNode doc) {
        if (doc.has("expect")) {
            return "policy-test.schema.json";
        }
        if (doc.has("declarations")) {
            return "declarations.schema.json";
        }
        if (doc.has("decidedAt")) {
            return "decision.schema.json";
        }
        if (doc.has("requester")) {
            return "request.schema.json";
        }
        return "policy.schema.json";
    }

    static boolean isSample(Path p) {
        String s = p.toString().replace('\\', '/');
        return s.endsWith(".json") && !s.contains("broken") && !s.contains("/hostile-")
                && !s.contains("/schema-counterexamples/");
    }

    static List<Path> samples() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path root : ROOTS) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).filter(SchemaTest::isSample).sorted().forEach(all::add);
            }
        }
        return all;
    }

    static List<String> errors(String schemaName, String text) {
        return schema(schemaName).validate(text, InputFormat.JSON).stream().map(Error::toString)
                .collect(Collectors.toList());
    }

    @TestFactory
    Stream<DynamicTest> everySampleAndFixtureFileIsValid() throws IOException {
        List<Path> files = samples();
        assertThat(files).hasSizeGreaterThan(40);
        return files.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
            String text = Files.readString(p);
            String name = schemaOf(JSON.readTree(text));
            assertThat(errors(name, text)).as("%s against %s", p, name).isEmpty();
        }));
    }

    @Test
    void everyLineOfAnAuditLogIsValidDecisionsAndRecallsAlike() throws IOException {
        PolicyReader reader = PolicyReader.create();
        SharingPolicy policy = reader.readSharingPolicy(Path.of("src/test/resources/policies/scenarios"));
        java.io.StringWriter log = new java.io.StringWriter();
        try (JsonLinesAuditSink sink = JsonLinesAuditSink.writingTo(log)) {
            AuditedSharingEngine engine = AuditedSharingEngine.of(SharingEngine.compile(policy), sink);
            engine.decide(reader.readRequest(Path.of("src/test/resources/requests/sc-01-rnp-drugs.json")));
            engine.decide(reader.readRequest(Path.of("src/test/resources/requests/sc-02-immigration.json")));
            engine.recall(org.passerelle.model.ItemId.of("SEIZ-2024-0042"), org.passerelle.model.ItemStatus.INACCURATE,
                    java.time.Instant.parse("2024-05-11T09:00:00Z"));
        }
        List<String> lines = log.toString().lines().toList();
        assertThat(lines).hasSize(3).anyMatch(l -> l.startsWith("{\"recall\""));
        for (String line : lines) {
            assertThat(errors("audit-record.schema.json", line)).as(line).isEmpty();
        }
        assertThat(errors("audit-record.schema.json", lines.get(0).replace("\"lawVersion\"", "\"policyVersion\"")))
                .as("a renamed field").isNotEmpty();
    }

    @Test
    void whatTheCanonicalWriterWritesIsValid() {
        SharingPolicy policy = PolicyReader.create().readSharingPolicy(Path.of("src/test/resources/policies/scenarios"));
        assertThat(errors("policy.schema.json", PolicyWriter.write(policy))).isEmpty();
        SharingDecision decision = SharingEngine.compile(policy).decide(PolicyReader.create()
                .readRequest(Path.of("src/test/resources/requests/sc-01-rnp-drugs.json")));
        assertThat(errors("decision.schema.json", DecisionJson.write(decision))).isEmpty();
        assertThat(errors("request.schema.json", PolicyWriter.writeRequest(decision.request()))).isEmpty();
    }

    @Test
    void theBrokenFixturesAreRefusedAtTheFieldsTheReaderNames() throws IOException {
        String items = Files.readString(Path.of("src/test/resources/policies/broken/mixed/items.json"));
        List<String> problems = errors("policy.schema.json", items);
        assertThat(String.join("\n", problems))
                .contains("/items/0/fields/0/personalData")
                .contains("/items/0/markings/tlp")
                .contains("indicator");
        String agreements = Files.readString(Path.of("examples/src/main/resources/examples/broken-policy/agreements.json"));
        assertThat(String.join("\n", errors("policy.schema.json", agreements)))
                .contains("/agreements/0/validTo")
                .contains("/agreements/0/onwardTransfer")
                .contains("/agreements/0/maxRetention");
    }

    @Test
    void typosMissingFieldsAndBadLabelsAreRefused() {
        assertThat(errors("request.schema.json", "{\"id\":\"r\",\"requester\":\"RNP\",\"recipient\":\"RNP\","
                + "\"item\":\"I\",\"purpose\":\"p\",\"urgncy\":\"URGENT\"}")).isNotEmpty();
        assertThat(errors("request.schema.json", "{\"id\":\"r\",\"requester\":\"RNP\",\"recipient\":\"RNP\","
                + "\"item\":\"I\",\"purpose\":\"p\",\"urgency\":\"URGENT\",\"officer\":null}")).isEmpty();
        assertThat(errors("request.schema.json", "{\"id\":\"r\",\"requester\":\"RNP\",\"item\":\"I\",\"purpose\":\"p\"}"))
                .anyMatch(e -> e.contains("recipient"));
        assertThat(errors("policy.schema.json", "{\"agencies\":[{\"id\":\"RCA\",\"name\":\"C\",\"kind\":\"CUSTOMS\","
                + "\"country\":\"UK\"}]}")).isEmpty();
        assertThat(errors("policy.schema.json", "{\"agencies\":[{\"id\":\"RCA\",\"name\":\"C\",\"kind\":\"CUSTOM\","
                + "\"country\":\"RU\"}]}")).isNotEmpty();
        assertThat(errors("policy-test.schema.json", "{\"request\":{\"id\":\"r\",\"requester\":\"RNP\","
                + "\"recipient\":\"RNP\",\"item\":\"I\",\"purpose\":\"p\"},\"expect\":{\"outcome\":\"PERMIT\"}}"))
                .as("a sharing test needs the request's instant").isNotEmpty();
        assertThat(errors("policy-test.schema.json", "{\"request\":{\"id\":\"r\",\"requester\":\"RNP\","
                + "\"recipient\":\"RNP\",\"item\":\"I\",\"purpose\":\"p\",\"instant\":\"2024-05-10T09:00:00Z\"},"
                + "\"expect\":{\"outcome\":\"PERMITTED\"}}")).isNotEmpty();
        assertThat(errors("policy-test.schema.json", "{\"request\":{\"id\":\"r\",\"requester\":\"RNP\","
                + "\"recipient\":\"RNP\",\"item\":\"I\",\"purpose\":\"p\",\"instant\":\"2024-05-10T09:00:00Z\"},"
                + "\"expect\":{\"outcome\":\"PERMIT\",\"firedRules\":[\"SR-09\"]}}"))
                .as("SR-09 is retired").isNotEmpty();
    }

    @Test
    void everyShippedSchemaDeclaresDraft202012AndItsOwnId() throws IOException {
        for (String name : List.of("common", "policy", "request", "decision", "declarations", "policy-test",
                "audit-record")) {
            JsonNode node = JSON.readTree(shipped(BASE + name + ".schema.json"));
            assertThat(node.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(node.get("$id").asString()).isEqualTo(BASE + name + ".schema.json");
        }
    }
}
