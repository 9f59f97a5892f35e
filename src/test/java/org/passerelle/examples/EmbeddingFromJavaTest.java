package org.passerelle.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.testing.SharingAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.passerelle.json.PolicyReader;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingPolicy;

/**
 * Runs the Java-builder example and checks it against the JSON documents: the same policy, and the
 * same decision on SC-01 with the same conditions.
 */
class EmbeddingFromJavaTest {
    private static final PolicyReader READER = PolicyReader.create();

    @Test
    void theMouBuiltInJavaIsTheMouReadFromJson() {
        SharingPolicy fromJson = READER.readSharingPolicy(ExampleFiles.path("customs-police"));

        assertThat(EmbeddingFromJava.policy()).isEqualTo(fromJson);
        assertThat(EmbeddingFromJava.policy().version()).isEqualTo(fromJson.version());
    }

    @Test
    void sc01IsDecidedTheSameWayAsFromJson() {
        Printed<EmbeddingFromJava.Result> run = Printed.run(EmbeddingFromJava::run);
        SharingDecision fromJson = SharingEngine.compile(READER.readSharingPolicy(ExampleFiles.path("customs-police")))
                .decide(READER.readRequest(ExampleFiles.path("requests/sc-01-rnp-drugs.json")));

        SharingDecision fromJava = run.result().decision();
        assertThat(fromJava).isPermittedWithConditions().relyingOn("MOU-RCA-RNP-2022")
                .withRedacted("bankAccount", "homePhone").retainedUntil(LocalDate.of(2029, 5, 10));
        assertThat(fromJava.outcome()).isEqualTo(fromJson.outcome());
        assertThat(fromJava.conditions()).isEqualTo(fromJson.conditions());
        assertThat(fromJava.ruleIds()).isEqualTo(fromJson.ruleIds());
        assertThat(fromJava).isEqualTo(fromJson);
        assertThat(run.text()).contains("Send SEIZ-2024-0042 to RNP without [bankAccount, homePhone]");
    }
}
