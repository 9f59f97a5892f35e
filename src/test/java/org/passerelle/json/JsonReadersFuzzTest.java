package org.passerelle.json;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.passerelle.model.InvalidInputException;

/**
 * Fuzz tests of every JSON reader: the only exception that may escape is
 * {@link InvalidInputException}; no hang, no {@link StackOverflowError}, no
 * {@link OutOfMemoryError}.
 *
 * <p>In the normal build (Jazzer's regression mode) each method replays the inputs stored under
 * {@code src/test/resources/org/passerelle/json/JsonReadersFuzzTestInputs/<method>/}: valid
 * documents (the seeds) and every crashing input ever found. With {@code JAZZER_FUZZ=1} Jazzer
 * mutates the seeds, guided by coverage, and saves any crashing input there; see
 * {@code docs/reliability.md} for the command and the last run. The checks of numbers, bounded lines
 * and directories live in {@link FuzzChecks}, which {@link SeededFuzzTest} also runs on seeded
 * generated input in every build.
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
                READER.readSharingPolicy(text, "fuzz.json");
            } catch (InvalidInputException expected) {
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
            } catch (InvalidInputException expected) {
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
            } catch (InvalidInputException expected) {
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
            } catch (InvalidInputException expected) {
                // the documented outcome of a bad document
            }
        });
    }

    /** Bounded lines under any limit and any chunking of the text: see {@link FuzzChecks#boundedLines}. */
    @FuzzTest(maxExecutions = 150_000, maxDuration = "20m")
    void boundedLines(byte[] input) {
        FuzzChecks.boundedLines(input);
    }

    /** Hostile numbers in every kind of numeric field: see {@link FuzzChecks#numbers}. */
    @FuzzTest(maxExecutions = 150_000, maxDuration = "20m")
    void numbers(byte[] input) {
        FuzzChecks.numbers(input);
    }

    /** Policy directories with entries of every kind and manifests: see {@link FuzzChecks#directory}. */
    @FuzzTest(maxExecutions = 20_000, maxDuration = "20m")
    void directory(byte[] input) throws java.io.IOException {
        FuzzChecks.directory(input);
    }
}
