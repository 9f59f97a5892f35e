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

    /**
     * Bounded lines: any text, cut into lines under a small limit, gives back every line of at most
     * the limit as written and reports every longer one by its length, never holding it.
     */
    @FuzzTest(maxExecutions = 150_000, maxDuration = "20m")
    void boundedLines(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int limit = 1 + (input.length == 0 ? 0 : input[0] & 0x3f);
        assertTimeoutPreemptively(HANG, () -> {
            java.io.BufferedReader reference = new java.io.BufferedReader(new StringReader(text));
            BoundedLines lines = new BoundedLines(new StringReader(text), limit);
            String expected;
            while ((expected = reference.readLine()) != null) {
                BoundedLines.Line line = lines.next();
                if (line == null) {
                    throw new AssertionError("a line is missing: " + expected);
                }
                if (line.length() != expected.length()) {
                    throw new AssertionError("length " + line.length() + " for a line of " + expected.length());
                }
                if (expected.length() <= limit ? !expected.equals(line.text()) : !line.tooLong()) {
                    throw new AssertionError("line read as " + line.text() + " instead of " + expected);
                }
            }
            if (lines.next() != null) {
                throw new AssertionError("a line too many");
            }
        });
    }

    /**
     * Directories: the input chooses, for each of a few {@code *.json} entries, its kind (a regular
     * file holding a slice of the input, a directory, a dangling symbolic link, a link to a device) and whether a manifest is written; the read must fail whenever an entry is not a
     * regular file or a file differs from the manifest, and never block or throw anything else.
     */
    @FuzzTest(maxExecutions = 20_000, maxDuration = "20m")
    void directory(byte[] input) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("fuzz-dir");
        try {
            boolean irregular = false;
            int entries = input.length == 0 ? 1 : 1 + (input[0] & 3);
            int slice = Math.max(1, input.length / (entries + 1));
            boolean manifest = input.length > 1 && (input[1] & 1) == 1;
            for (int i = 0; i < entries; i++) {
                java.nio.file.Path p = dir.resolve("f" + i + ".json");
                int kind = input.length > 2 + i ? (input[2 + i] & 0xff) % 8 : 0;
                if (kind == 5) {
                    java.nio.file.Files.createDirectory(p);
                } else if (kind == 6) {
                    java.nio.file.Files.createSymbolicLink(p, dir.resolve("nothing-" + i));
                } else if (kind == 7) {
                    java.nio.file.Files.createSymbolicLink(p, java.nio.file.Paths.get("/dev/zero"));
                } else {
                    int from = Math.min(input.length, slice * (i + 1));
                    java.nio.file.Files.write(p, java.util.Arrays.copyOfRange(input, from,
                            Math.min(input.length, from + slice)));
                }
                irregular |= kind >= 5;
            }
            if (manifest && !irregular) {
                PolicyManifest.write(dir);
                java.nio.file.Files.write(dir.resolve("f0.json"), input, java.nio.file.StandardOpenOption.APPEND);
            }
            boolean mustFail = irregular || (manifest && input.length > 0);
            assertTimeoutPreemptively(HANG, () -> {
                try {
                    READER.readPolicy(dir);
                    if (mustFail) {
                        throw new AssertionError("a directory with an irregular entry or a stale manifest was read");
                    }
                } catch (InvalidInputException expected) {
                    // the documented outcome of a bad directory
                }
            });
        } finally {
            try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(dir)) {
                for (java.nio.file.Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.deleteIfExists(p);
                }
            }
        }
    }
}
