package org.passerelle.json;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Fuzz tests of every JSON reader: the only exception that may escape is
 * {@link PolicyValidationException}; no hang, no {@link StackOverflowError}, no
 * {@link OutOfMemoryError}.
 *
 * <p>In the normal build (Jazzer's regression mode) each method replays the inputs stored under
 * {@code src/test/resources/org/passerelle/json/JsonReadersFuzzTestInputs/<method>/}: valid
 * documents (the seeds) and every crashing input ever found. With {@code JAZZER_FUZZ=1} Jazzer
 * mutates the seeds, guided by coverage, and saves any crashing input there; see
 * {@code docs/reliability.md} for the command and the last run.
 *
 * <p>The preemptive timeout is only a hang guard (an input that takes seconds is a bug), not a
 * speed assertion.
 */
class JsonReadersFuzzTest {
    private static final Duration HANG = Duration.ofSeconds(20);
    private static final PolicyReader READER = PolicyReader.create();

    @FuzzTest(maxExecutions = 150_000, maxDuration = "20m")
    void policy(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        assertTimeoutPreemptively(HANG, () -> {
            try {
                READER.readPolicy(text, "fuzz.json");
            } catch (PolicyValidationException expected) {
                // the documented outcome of a bad document
            }
        });
    }

    @FuzzTest(maxExecutions = 150_000, maxDuration = "20m")
    void request(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        assertTimeoutPreemptively(HANG, () -> {
            try {
                READER.readRequest(text, "request.json");
            } catch (PolicyValidationException expected) {
                // the documented outcome of a bad document
            }
        });
    }

    @FuzzTest(maxExecutions = 150_000, maxDuration = "20m")
    void decision(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        assertTimeoutPreemptively(HANG, () -> {
            try {
                DecisionJson.readDecision(text, "decision.json");
            } catch (PolicyValidationException expected) {
                // the documented outcome of a bad document
            }
        });
    }

    @FuzzTest(maxExecutions = 150_000, maxDuration = "20m")
    void auditLines(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        assertTimeoutPreemptively(HANG, () -> {
            try {
                AuditJson.readLines(new StringReader(text), "audit.jsonl");
            } catch (PolicyValidationException expected) {
                // the documented outcome of a bad document
            }
        });
    }
}
