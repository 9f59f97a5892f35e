package org.passerelle.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.passerelle.testing.Property;
import org.passerelle.testing.Property.Gen;

/**
 * The fuzz checks of bounded lines, numbers and policy directories ({@link FuzzChecks}) on seeded
 * generated input, in every build: Jazzer only replays its few stored inputs there, and these
 * generators aim at the edges a byte mutator rarely reaches (a line of exactly the limit and one
 * more, {@code \r\n} split across the reader's 8,192-character buffer or across short reads,
 * surrogate pairs, exponents at the integer limits, every kind of directory entry with true, stale
 * and broken manifests). {@code -Dpasserelle.tries=N} runs N cases of each for a longer run; a
 * failure names the seed and case to replay (see {@link Property}).
 */
class SeededFuzzTest {
    private static final String[] LINE_ENDS = {"\n", "\r", "\r\n", "\n\r", "\r\r\n", ""};
    private static final String[] CHARS = {"a", "Z", "é", "\uD83D\uDE00", "\u2028", "\u0085", "\t", "\u0000", " "};
    private static final String[] EXPONENTS = {"0", "1", "39", "40", "41", "100", "999", "1000", "999999999",
        "2147483647", "2147483648", "9223372036854775807", "99999999999999999999"};

    @Test
    void boundedLinesGiveBackWhatBufferedReaderReadsWhateverTheLimitAndTheChunks() {
        int[] tooLong = {0};
        int[] fitting = {0};
        Property.forAll("bounded lines", 300, g -> {
            byte[] input = boundedLinesInput(g);
            int longer = FuzzChecks.boundedLines(input);
            tooLong[0] += longer;
            fitting[0] += longer == 0 ? 1 : 0;
        });
        assertThat(tooLong[0]).as("lines longer than the limit").isGreaterThan(60);
        assertThat(fitting[0]).as("texts whose lines all fit").isGreaterThan(10);
    }

    @Test
    void numbersAreBoundedQuotedShortAndWrittenBackAsRead() {
        int[] read = {0};
        int[] refused = {0};
        Property.forAll("numbers", 400, g -> {
            if (FuzzChecks.numbers(numbersInput(g))) {
                read[0]++;
            } else {
                refused[0]++;
            }
        });
        assertThat(read[0]).as("numbers read").isGreaterThan(50);
        assertThat(refused[0]).as("numbers refused").isGreaterThan(50);
    }

    @Test
    void aDirectoryIsReadWholeOrRefusedNamingEveryEntryThatIsNotARegularFile() {
        int[] read = {0};
        int[] refused = {0};
        Property.forAll("policy directories", 60, g -> {
            try {
                if (FuzzChecks.directory(directoryInput(g))) {
                    read[0]++;
                } else {
                    refused[0]++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(read[0]).as("directories read").isGreaterThan(3);
        assertThat(refused[0]).as("directories refused").isGreaterThan(20);
    }

    /** Byte 0 chooses the limit, byte 1 the chunking (both ASCII, so the text stays valid UTF-8). */
    static byte[] boundedLinesInput(Gen g) {
        int limit = 1 + g.nextInt(64);
        StringBuilder text = new StringBuilder();
        text.append((char) (0x40 | (limit - 1))).append((char) (0x40 | (g.chance(0.5) ? 0 : g.nextInt(64))));
        if (g.chance(0.2)) {
            // \r at the last position of the first 8,192-character read, \n as the first of the next
            int pad = 8191 - text.length();
            text.append("x".repeat(pad)).append("\r\n");
        }
        int segments = g.between(0, 12);
        for (int s = 0; s < segments; s++) {
            int length = switch (g.nextInt(6)) {
                case 0 -> limit - 1;
                case 1 -> limit;
                case 2 -> limit + 1;
                case 3 -> 0;
                case 4 -> g.nextInt(3 * limit + 1);
                default -> g.chance(0.1) ? g.between(8000, 17000) : g.nextInt(limit + 2);
            };
            StringBuilder line = new StringBuilder();
            while (line.length() < length) {
                line.append(g.chance(0.8) ? "a" : CHARS[g.nextInt(CHARS.length)]);
            }
            text.append(line).append(LINE_ENDS[g.nextInt(LINE_ENDS.length)]);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        out.write(utf8, 0, utf8.length);
        if (g.chance(0.1)) {
            out.write(0xc3); // a truncated UTF-8 sequence, read as U+FFFD
        }
        return out.toByteArray();
    }

    /** Byte 0 chooses the field; the rest is a number as written, often at an edge. */
    static byte[] numbersInput(Gen g) {
        StringBuilder n = new StringBuilder();
        n.append((char) ('0' + g.nextInt(5)));
        if (g.chance(0.3)) {
            n.append(g.chance(0.5) ? '-' : '+');
        }
        int digits = g.chance(0.1) ? g.between(35, 120) : g.nextInt(12);
        if (g.chance(0.1)) {
            n.append("000");
        }
        for (int i = 0; i < digits; i++) {
            n.append((char) ('0' + g.nextInt(10)));
        }
        if (g.chance(0.4)) {
            n.append('.');
            int fraction = g.chance(0.1) ? g.between(35, 60) : g.nextInt(6);
            for (int i = 0; i < fraction; i++) {
                n.append((char) ('0' + g.nextInt(10)));
            }
        }
        if (g.chance(0.4)) {
            n.append(g.chance(0.5) ? 'e' : 'E');
            if (g.chance(0.6)) {
                n.append(g.chance(0.5) ? '-' : '+');
            }
            n.append(EXPONENTS[g.nextInt(EXPONENTS.length)]);
        }
        if (g.chance(0.05)) {
            String[] odd = {"x", " ", "--", "..", "\"", "NaN", "Infinity", "e"};
            n.insert(1 + g.nextInt(n.length()), odd[g.nextInt(odd.length)]);
        }
        return n.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Bytes 0 and 1 choose the entries and the manifest, the next three the kinds, then content. */
    static byte[] directoryInput(Gen g) {
        String[] contents = {"{}", "{\"agencies\": []}", "{\"purposes\": [", "not json", "{\"agreements\": 1}", ""};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(g.chance(0.3) ? 0 : g.nextInt(256));
        out.write(g.nextInt(256));
        for (int i = 0; i < 4; i++) {
            out.write(g.nextInt(256));
        }
        byte[] content = contents[g.nextInt(contents.length)].getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 4; i++) {
            out.write(content, 0, content.length);
        }
        return out.toByteArray();
    }
}
