package org.passerelle.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.audit.AuditRecord;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.PasserelleException;
import org.passerelle.model.PasserelleIOException;
import org.passerelle.model.Problem;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;

class RoundTripTest {
    private final PolicyReader reader = PolicyReader.create();

    @Test
    void aRichPolicySurvivesWriteAndRead() {
        SharingPolicy policy = RichPolicy.policy();

        String text = PolicyWriter.write(policy);
        SharingPolicy back = reader.readSharingPolicy(text, "policy.json");

        assertThat(back).isEqualTo(policy);
        assertThat(back.version()).isEqualTo(policy.version());
        assertThat(PolicyWriter.write(back)).isEqualTo(text);
    }

    @Test
    void aDirectoryThatCannotBeWrittenIsAnIoFailureOfTheLibrary(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");

        assertThatThrownBy(() -> PolicyWriter.writeDirectory(RichPolicy.policy(), file.resolve("policy")))
                .isInstanceOf(PasserelleIOException.class).hasMessageStartingWith("cannot write policy to ")
                .hasCauseInstanceOf(IOException.class);
        PolicyWriter.writeDirectory(RichPolicy.policy(), dir.resolve("policy"));
        assertThat(dir.resolve("policy")).isDirectory();
    }

    @Test
    void aRichPolicySurvivesADirectory(@TempDir Path dir) {
        SharingPolicy policy = RichPolicy.policy();

        PolicyWriter.writeDirectory(policy, dir);
        SharingPolicy back = reader.readSharingPolicy(dir);

        assertThat(back).isEqualTo(policy);
        assertThat(back.version()).isEqualTo(policy.version());
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("agencies.json", "purposes.json",
                "agreements.json", "items.json", "consents.json", "objections.json", "legalAreas.json");
        PolicyWriter.writeDirectory(back, dir);
        assertThat(reader.readSharingPolicy(dir)).isEqualTo(policy);
    }

    @Test
    void theScenarioPolicySurvivesLoadSaveLoad(@TempDir Path dir) {
        SharingPolicy policy = reader.readSharingPolicy(PolicyReaderTest.POLICIES.resolve("scenarios"));

        PolicyWriter.writeDirectory(policy, dir);
        SharingPolicy back = reader.readSharingPolicy(dir);

        assertThat(back).isEqualTo(policy);
        assertThat(back.version()).isEqualTo(policy.version());
    }

    @Test
    void theCanonicalFormIsStableAndReadable() throws IOException {
        String text = PolicyWriter.write(RichPolicy.policy());

        assertThat(text).startsWith("{\n  \"agencies\": [\n    {\n      \"id\": \"FCS\",\n")
                .contains("\"tlp\": \"TLP:AMBER+STRICT\"")
                .contains("\"grading\": {\n          \"scheme\": \"admiralty\",\n          \"code\": \"B2\"\n")
                .contains("\"maxRetention\": \"P5Y\"").contains("\"urgentDirect\": \"PT8H\"")
                .contains("\"kind\": \"NO_ONWARD_TRANSFER\"\n").doesNotContain("\r").endsWith("}\n");
        assertThat(text.indexOf("\"id\": \"FCS\"")).isLessThan(text.indexOf("\"id\": \"RCA\""));
    }

    @Test
    void writingIntoADirectoryWithOtherPolicyFilesIsRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("extra.json"), "{}");
        assertThatThrownBy(() -> PolicyWriter.writeDirectory(RichPolicy.policy(), dir))
                .isInstanceOf(PasserelleException.class).hasMessageContaining("[extra.json]");
    }

    @Test
    void aRequestSurvivesWriteAndRead() {
        SharingRequest request = RichPolicy.request();

        String text = PolicyWriter.writeRequest(request);

        assertThat(reader.readRequest(text, "request.json")).isEqualTo(request);
    }

    @Test
    void aDecisionSurvivesWriteAndRead() {
        SharingDecision decision = RichPolicy.decision();

        String text = DecisionJson.write(decision);

        assertThat(DecisionJson.readDecision(text, "decision.json")).isEqualTo(decision);
        assertThat(text).contains("\"rule\": \"SR-27\"").contains("\"rule\": \"FAIL-CLOSED\"");
    }

    @Test
    void aDecisionIsReadStrictly() {
        String text = DecisionJson.write(RichPolicy.decision()).replace("\"SR-29\"", "\"SR-99\"");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> DecisionJson.readDecision(text, "decision.json"));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.jsonPath()).isEqualTo("$.hits[1].rule");
            assertThat(p.message()).isEqualTo("is not a sharing rule id (SR-01 ... SR-35) (got \"SR-99\")");
        });
    }

    @Test
    void anAuditRecordSurvivesOneLine() {
        var entry = AuditJson.read(AuditJson.write(testEntry()), "audit.jsonl");

        assertThat(entry.recordId()).isEqualTo("rec-1");
        assertThat(entry.conditions()).isEqualTo(RichPolicy.allConditions());
        assertThat(entry.ruleIds()).containsExactly("SR-27", "SR-29");
        assertThat(entry.agreement()).isNull();
        assertThat(AuditJson.write(entry)).isEqualTo(AuditJson.write(testEntry())).doesNotContain("\n");
    }

    @Test
    void auditLinesNameTheLineOfEachProblem() {
        String good = AuditJson.write(testEntry());
        String text = good + "\n\n" + good.replace("\"OPERATIONAL\"", "\"OPS\"") + "\n{\n";

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> AuditJson.readLines(new java.io.StringReader(text), "audit.jsonl"));

        assertThat(e.problems()).extracting(Problem::line).containsExactly(3, 4);
        assertThat(e.problems().get(0).jsonPath()).isEqualTo("$.intendedUse");
    }

    /** An audit record with every part set. */
    private static AuditRecord testEntry() {
        return new AuditRecord("rec-1", java.time.Instant.parse("2024-05-10T09:00:00Z"), "REQ-1",
                org.passerelle.model.AgencyId.of("RNP"), org.passerelle.model.AgencyId.of("RNP"),
                org.passerelle.model.ItemId.of("SEIZ-2024-0042"), new java.util.TreeSet<>(List.of("driverName")),
                org.passerelle.sharing.PurposeId.of("drugs"), org.passerelle.sharing.IntendedUse.OPERATIONAL,
                org.passerelle.sharing.Outcome.DENY, null, List.of("SR-27", "SR-29"), RichPolicy.allConditions(),
                "v1", 12, java.time.Instant.parse("2024-05-10T09:00:01.5Z"));
    }
}
