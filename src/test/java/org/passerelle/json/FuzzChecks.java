package org.passerelle.json;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.passerelle.model.Declaration;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Problem;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.testing.Ruritania;

/**
 * The checks behind the fuzz targets of numbers, bounded lines and policy directories: each takes any
 * bytes and throws {@link AssertionError} when the reader under test breaks its contract. Jazzer drives
 * them in {@link JsonReadersFuzzTest} (coverage-guided, opt-in) and {@link SeededFuzzTest} drives them
 * with seeded generated input in every build.
 */
final class FuzzChecks {
    /** A hang guard only (an input that takes seconds is a bug), not a speed assertion. */
    static final Duration HANG = Duration.ofSeconds(20);
    /** The longest problem message a hostile value may produce: quoted values are cut to 100 characters. */
    static final int MAX_MESSAGE = 400;

    private static final PolicyReader READER = PolicyReader.create();
    private static final String NUMBER_ALPHABET = "0123456789.eE+-\"x NaIfity";

    private FuzzChecks() {
    }

    /**
     * Bounded lines: byte 0 chooses the limit (1 to 64 characters) and byte 1 how many characters the
     * underlying reader hands over at a time (1 to 63, or all it is asked for); the input, as UTF-8 text,
     * cut into lines must give back every line of at most the limit as {@link BufferedReader} reads it,
     * and every longer one by its length only, whatever the chunking.
     *
     * @return how many lines were longer than the limit
     */
    static int boundedLines(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int limit = 1 + (input.length == 0 ? 0 : input[0] & 0x3f);
        int chunk = input.length < 2 ? 0 : input[1] & 0x3f;
        return assertTimeoutPreemptively(HANG, () -> {
            int tooLong = 0;
            BufferedReader reference = new BufferedReader(new StringReader(text));
            BoundedLines lines = new BoundedLines(chunk == 0 ? new StringReader(text) : new Chunked(text, chunk), limit);
            String expected;
            int number = 0;
            while ((expected = reference.readLine()) != null) {
                number++;
                BoundedLines.Line line = lines.next();
                if (line == null) {
                    throw new AssertionError("line " + number + " is missing: " + expected);
                }
                if (line.length() != expected.length()) {
                    throw new AssertionError("line " + number + ": length " + line.length() + " for a line of "
                            + expected.length());
                }
                if (expected.length() <= limit ? !expected.equals(line.text()) : !line.tooLong()) {
                    throw new AssertionError("line " + number + " read as " + line.text() + " instead of " + expected
                            + " (limit " + limit + ", chunks of " + chunk + ")");
                }
                tooLong += line.tooLong() ? 1 : 0;
            }
            if (lines.next() != null) {
                throw new AssertionError("a line too many after " + number + " lines");
            }
            return tooLong;
        });
    }

    /**
     * Numbers: the input after byte 0, its other bytes mapped onto the characters numbers are written
     * with, is put in one field of
     * a declaration chosen by byte 0 (the item sequence, the quantity as a JSON number, the value as a
     * string, the gross mass) or in a reference value of a risk policy. Only
     * {@link InvalidInputException} may escape; every problem message stays short (a number is never
     * expanded); a declaration read is written and read back to the same text, and its amounts have at
     * most {@link ReadLimits#maxDecimalDigits()} digits written out in full.
     *
     * @return whether the document was read
     */
    static boolean numbers(byte[] input) {
        StringBuilder sb = new StringBuilder(input.length);
        for (int i = 1; i < input.length; i++) {
            int b = input[i] & 0xff;
            sb.append(NUMBER_ALPHABET.indexOf(b) >= 0 || b >= 0xf0 ? (char) b
                    : NUMBER_ALPHABET.charAt(b % NUMBER_ALPHABET.length()));
        }
        String number = sb.toString();
        int field = input.length == 0 ? 0 : (input[0] & 0xff) % 5;
        String sequence = field == 0 ? number : "1";
        String quantity = field == 1 ? number : "12";
        String value = field == 2 ? "\"" + number + "\"" : "\"1250.00\"";
        String gross = field == 3 ? number : "100.5";
        String perKg = field == 4 ? number : "3.5";
        return assertTimeoutPreemptively(HANG, () -> {
            if (field == 4) {
                try {
                    READER.readRiskPolicy("{\"referenceValues\": [{\"hs6\": \"240311\", \"origin\": \"EG\", "
                            + "\"perKg\": {\"amount\": " + perKg + ", \"currency\": \"EUR\"}}]}", "risk.json")
                            .context().referenceValues().forEach(r -> checkDigits(r.perKg().amount(), number));
                    return true;
                } catch (InvalidInputException e) {
                    checkMessages(e, number);
                    return false;
                }
            }
            String document = "{\"declarations\": [{\"lrn\": \"LRN-1\", \"type\": \"IMPORT\", \"lodgedAt\": "
                    + "\"2024-05-10T08:00:00Z\", \"items\": [{\"sequence\": " + sequence + ", \"description\": \"tobacco\", "
                    + "\"quantity\": {\"amount\": " + quantity + ", \"unit\": \"CT\"}, \"grossMassKg\": " + gross
                    + ", \"value\": {\"amount\": " + value + ", \"currency\": \"EUR\"}}]}]}";
            List<Declaration> read;
            try {
                read = READER.readDeclarations(document, "numbers.json");
            } catch (InvalidInputException e) {
                checkMessages(e, number);
                return false;
            }
            read.forEach(d -> d.items().forEach(item -> {
                checkDigits(item.quantity().amount(), number);
                checkDigits(item.value().amount(), number);
            }));
            String written = PolicyWriter.writeDeclarations(read);
            String again = PolicyWriter.writeDeclarations(READER.readDeclarations(written, "written.json"));
            if (!again.equals(written)) {
                throw new AssertionError("the declaration with " + number + " does not read back as written:\n"
                        + written + "\n" + again);
            }
            return true;
        });
    }

    private static void checkDigits(java.math.BigDecimal amount, String number) {
        long digits = Math.max((long) amount.precision() - amount.scale(), 1) + Math.max(amount.scale(), 0);
        if (digits > ReadLimits.DEFAULTS.maxDecimalDigits()) {
            throw new AssertionError(number + " was read as an amount of " + digits + " digits");
        }
    }

    private static void checkMessages(InvalidInputException e, String number) {
        if (e.problems().isEmpty()) {
            throw new AssertionError("a refusal without a problem for " + number);
        }
        for (Problem p : e.problems()) {
            if (p.message().length() > MAX_MESSAGE) {
                throw new AssertionError("a problem message of " + p.message().length() + " characters for "
                        + number.length() + " characters of input: " + p.message().substring(0, 200));
            }
        }
    }

    /**
     * Policy directories: the Ruritania sharing policy is written as a directory, then the input chooses
     * (byte 0) up to three extra {@code *.json} entries and whether one of the policy's own files is
     * replaced, (byte 1) whether a manifest is written and then made stale or replaced by the input's
     * text, and (from byte 2) each entry's kind: a regular file holding a slice of the input, a
     * directory, a dangling symbolic link, a link to a device or a link to a directory. The read must
     * refuse the directory whole, naming every entry that is not a regular file, whenever there is one,
     * and whenever the manifest is stale or not a manifest; it must read the Ruritania policy unchanged
     * when nothing was added and the manifest, if any, is true; it never blocks or throws anything but
     * {@link InvalidInputException}.
     *
     * @return whether the directory was read
     */
    static boolean directory(byte[] input) throws IOException {
        Path dir = Files.createTempDirectory("fuzz-dir");
        try {
            PolicyWriter.writeDirectory(Ruritania.policy(), dir);
            List<String> own;
            try (Stream<Path> files = Files.list(dir)) {
                own = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
            }
            int b0 = input.length == 0 ? 0 : input[0] & 0xff;
            int b1 = input.length < 2 ? 0 : input[1] & 0xff;
            int extra = b0 & 3;
            boolean replaceOwn = (b0 & 4) != 0;
            int manifest = b1 % 3; // 0: none, 1: written (then maybe made stale), 2: the input's text
            boolean stale = (b1 & 8) != 0;
            int slice = Math.max(1, input.length / (extra + 2));
            List<String> irregular = new ArrayList<>();
            boolean changed = false;
            for (int i = 0; i < extra + (replaceOwn ? 1 : 0); i++) {
                boolean isOwn = i == extra;
                String name = isOwn ? own.get((b0 >>> 3) % own.size()) : "zz-" + i + ".json";
                Path p = dir.resolve(name);
                if (isOwn) {
                    Files.delete(p);
                }
                int kind = input.length > 2 + i ? (input[2 + i] & 0xff) % 8 : 0;
                switch (kind) {
                    case 4 -> Files.createDirectory(p);
                    case 5 -> Files.createSymbolicLink(p, dir.resolve("nothing-" + i));
                    case 6 -> Files.createSymbolicLink(p, Paths.get("/dev/zero"));
                    case 7 -> Files.createSymbolicLink(p, Paths.get(System.getProperty("java.io.tmpdir")));
                    default -> {
                        int from = Math.min(input.length, slice * (i + 1));
                        Files.write(p, Arrays.copyOfRange(input, from, Math.min(input.length, from + slice)));
                    }
                }
                if (kind >= 4) {
                    irregular.add(name);
                }
                changed = true;
            }
            boolean badManifest = false;
            if (manifest == 1 && irregular.isEmpty()) {
                PolicyManifest.write(dir);
                if (stale) {
                    Files.write(dir.resolve(own.get(0)), new byte[] {' '}, StandardOpenOption.APPEND);
                    badManifest = true;
                }
            } else if (manifest == 2) {
                Files.write(dir.resolve(PolicyManifest.FILE_NAME), input);
                badManifest = true;
            }
            boolean mustFail = !irregular.isEmpty() || badManifest;
            boolean mustRead = !changed && !badManifest;
            return assertTimeoutPreemptively(HANG, () -> {
                SharingPolicy read;
                try {
                    read = READER.readSharingPolicy(dir);
                } catch (InvalidInputException e) {
                    if (mustRead) {
                        throw new AssertionError("the Ruritania directory was refused: " + e.getMessage(), e);
                    }
                    for (String name : irregular) {
                        if (e.problems().stream().noneMatch(p -> name.equals(p.file())
                                && p.message().endsWith("every *.json entry must be a regular file"))) {
                            throw new AssertionError("the entry " + name + " is not named: " + e.getMessage());
                        }
                    }
                    return false;
                }
                if (mustFail) {
                    throw new AssertionError("a directory with the entries " + irregular + " or a "
                            + (manifest == 2 ? "broken" : "stale") + " manifest was read");
                }
                if (mustRead && !read.equals(Ruritania.policy())) {
                    throw new AssertionError("the Ruritania directory was read as another policy");
                }
                return true;
            });
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** A reader that hands over at most a few characters per call, as a socket or a pipe may. */
    private static final class Chunked extends Reader {
        private final String text;
        private final int chunk;
        private int pos;

        Chunked(String text, int chunk) {
            this.text = text;
            this.chunk = chunk;
        }

        @Override
        public int read(char[] cbuf, int off, int len) {
            if (pos >= text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(len, chunk), text.length() - pos);
            text.getChars(pos, pos + n, cbuf, off);
            pos += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
