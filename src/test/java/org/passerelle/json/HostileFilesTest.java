package org.passerelle.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Problem;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.testing.Ruritania;

/**
 * Hostile files (issue 10): a {@code *.json} entry that is not a regular file is a problem and the
 * directory is refused whole, for every reader of directories; limits count the bytes actually read;
 * no reader blocks on a FIFO; audit lines are read with a bounded line reader. The preemptive
 * timeouts are hang guards (a reader blocked on a FIFO never returns), not speed checks.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class HostileFilesTest {
    private static final Duration HANG = Duration.ofSeconds(20);
    private static final PolicyReader READER = PolicyReader.create();

    /** The kinds of entry that are not regular files. */
    enum Entry {
        DANGLING_SYMLINK("is a symbolic link to nothing (dangling)") {
            @Override
            void make(Path p) throws IOException {
                Files.createSymbolicLink(p, p.resolveSibling("gone.txt"));
            }
        },
        DIRECTORY("is a directory") {
            @Override
            void make(Path p) throws IOException {
                Files.createDirectory(p);
            }
        },
        FIFO("is not a regular file (a FIFO, a device or a socket)") {
            @Override
            void make(Path p) throws IOException {
                mkfifo(p);
            }
        },
        DEVICE("is not a regular file (a FIFO, a device or a socket)") {
            @Override
            void make(Path p) throws IOException {
                Files.createSymbolicLink(p, Paths.get("/dev/zero"));
            }
        };

        private final String message;

        Entry(String message) {
            this.message = message;
        }

        abstract void make(Path p) throws IOException;
    }

    static void mkfifo(Path p) throws IOException {
        try {
            Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
            if (mk.waitFor() != 0 || !Files.exists(p)) {
                throw new IOException("mkfifo failed for " + p);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static Path ruritania(Path dir) {
        PolicyWriter.writeDirectory(Ruritania.policy(), dir);
        return dir;
    }

    private static List<Problem> problems(Runnable read) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> assertTimeoutPreemptively(HANG, read::run));
        assertThat(e).as("a InvalidInputException").isNotNull();
        return e.problems();
    }

    @ParameterizedTest
    @EnumSource(Entry.class)
    void anEntryThatIsNotARegularFileRejectsThePolicyWhole(Entry kind, @TempDir Path dir) throws IOException {
        ruritania(dir);
        kind.make(dir.resolve("zz-extra.json"));

        assertThat(problems(() -> READER.readSharingPolicy(dir))).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("zz-extra.json");
            assertThat(p.message()).startsWith(kind.message).endsWith("every *.json entry must be a regular file");
        });
    }

    @ParameterizedTest
    @EnumSource(Entry.class)
    void declarationDirectoriesAndTestSuitesRefuseNonRegularEntriesToo(Entry kind, @TempDir Path dir)
            throws IOException {
        Path decls = Files.createDirectory(dir.resolve("decls"));
        Files.writeString(decls.resolve("a.json"), "{\"declarations\": []}");
        kind.make(decls.resolve("b.json"));
        assertThat(problems(() -> READER.readDeclarations(decls))).extracting(Problem::file).containsExactly("b.json");

        Path suite = Files.createDirectory(dir.resolve("suite"));
        kind.make(suite.resolve("t.json"));
        assertThat(problems(() -> PolicyTestReader.create().readSuite(suite))).isNotEmpty()
                .allSatisfy(p -> assertThat(p.message()).doesNotContain("holds no"));
    }

    @Test
    void aRequestOrDeclarationFileThatIsAFifoOrADeviceIsRefusedWithoutBlocking(@TempDir Path dir)
            throws IOException {
        Path fifo = dir.resolve("request.json");
        mkfifo(fifo);
        List<Function<Path, Object>> readers = List.of(READER::readRequest, READER::readDeclarations,
                p -> AuditJson.readLines(p));
        for (Function<Path, Object> reader : readers) {
            for (Path p : List.of(fifo, Paths.get("/dev/zero"), Paths.get("/dev/urandom"))) {
                assertThat(problems(() -> reader.apply(p))).singleElement()
                        .satisfies(problem -> assertThat(problem.message()).contains("not a regular file"));
            }
        }
    }

    @Test
    void aDeclarationDirectoryHasAFileCountLimit(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 4; i++) {
            Files.writeString(dir.resolve("d" + i + ".json"), "{\"declarations\": []}");
        }
        PolicyReader three = PolicyReader.create(ReadLimits.DEFAULTS.withMaxFiles(3));
        assertThat(problems(() -> three.readDeclarations(dir))).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("holds more than 3 *.json files, the limit "
                        + "(ReadLimits.maxFiles)"));
        assertThat(PolicyReader.create(ReadLimits.DEFAULTS.withMaxFiles(4)).readDeclarations(dir)).isEmpty();
    }

    @Test
    void theSizeLimitCountsBytesReadNotTheSizeAFileClaims() throws IOException {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                return len;
            }
        };
        assertThat(JsonFiles.readAtMost(endless, 100_000)).isNull();
        assertThat(JsonFiles.readAtMost(new ByteArrayInputStream(new byte[100_000]), 100_000)).hasSize(100_000);
        assertThat(JsonFiles.readAtMost(new ByteArrayInputStream(new byte[100_001]), 100_000)).isNull();
        assertThat(JsonFiles.readAtMost(new ByteArrayInputStream(new byte[0]), 100_000)).isEmpty();
    }

    @Test
    void aFileBeyondTheLimitIsOneProblemForEveryFileReader(@TempDir Path dir) throws IOException {
        PolicyReader small = PolicyReader.create(ReadLimits.DEFAULTS.withMaxDocumentLength(10));
        Path big = Files.writeString(dir.resolve("big.json"), "{\"declarations\": []}");
        String expected = "document is more than 10 bytes long, the limit (ReadLimits.maxDocumentLength)";
        assertThat(problems(() -> small.readRequest(big))).extracting(Problem::message).containsExactly(expected);
        assertThat(problems(() -> small.readDeclarations(big))).extracting(Problem::message).containsExactly(expected);
        assertThat(problems(() -> small.readDeclarations(dir))).extracting(Problem::message).containsExactly(expected);
    }

    @Test
    void anAuditLineBeyondTheLimitIsOneProblemAndIsNotHeldWhole() {
        long length = ReadLimits.DEFAULTS.maxDocumentLength() + 10;
        Reader text = new Reader() {
            private final Reader tail = new StringReader("\n{}\n");
            private long left = length;

            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                if (left == 0) {
                    return tail.read(buf, off, len);
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(buf, off, off + n, 'x');
                left -= n;
                return n;
            }

            @Override
            public void close() {
            }
        };

        List<Problem> ps = problems(() -> AuditJson.readLines(text, "audit.jsonl"));

        assertThat(ps.get(0).line()).isEqualTo(1);
        assertThat(ps.get(0).message()).isEqualTo("line is " + length + " characters long, more than the limit of "
                + ReadLimits.DEFAULTS.maxDocumentLength() + " (ReadLimits.maxDocumentLength)");
        assertThat(ps.subList(1, ps.size())).isNotEmpty().allSatisfy(p -> assertThat(p.line()).isEqualTo(2));
    }

    @Test
    void boundedLinesEndLinesAsBufferedReaderDoes() throws IOException {
        BoundedLines lines = new BoundedLines(new StringReader("a\r\nbb\rccc\n\nabcdef\n" + "z".repeat(20_000)), 5);
        assertThat(lines.next().text()).isEqualTo("a");
        assertThat(lines.next().text()).isEqualTo("bb");
        assertThat(lines.next().text()).isEqualTo("ccc");
        assertThat(lines.next().text()).isEmpty();
        BoundedLines.Line tooLong = lines.next();
        assertThat(tooLong.tooLong()).isTrue();
        assertThat(tooLong.length()).isEqualTo(6);
        BoundedLines.Line last = lines.next();
        assertThat(last.tooLong()).isTrue();
        assertThat(last.length()).isEqualTo(20_000);
        assertThat(lines.next()).isNull();
        BoundedLines exact = new BoundedLines(new StringReader("abcde\r"), 5);
        assertThat(exact.next().text()).isEqualTo("abcde");
        assertThat(exact.next()).isNull();
    }

    @Test
    void aDirectoryThatIsASymlinkIsResolvedOnce(@TempDir Path dir) throws IOException {
        Path release = ruritania(Files.createDirectory(dir.resolve("release-1")));
        Path current = Files.createSymbolicLink(dir.resolve("current"), release.getFileName());

        assertThat(READER.readSharingPolicy(current)).isEqualTo(READER.readSharingPolicy(release));
        Files.delete(current);
        Files.createSymbolicLink(current, dir.resolve("nowhere"));
        assertThat(problems(() -> READER.readSharingPolicy(current))).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("cannot be resolved"));
    }

    @Test
    void theFuzzedDirectoryKindsAllFailClosed(@TempDir Path dir) throws IOException {
        ruritania(dir);
        SharingPolicy whole = READER.readSharingPolicy(dir);
        List<Path> files;
        try (var listing = Files.list(dir)) {
            files = listing.sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(3);
        for (Path p : files) {
            String name = p.getFileName().toString();
            byte[] content = Files.readAllBytes(p);
            for (Entry kind : Entry.values()) {
                Files.deleteIfExists(p);
                kind.make(p);
                assertThat(problems(() -> READER.readSharingPolicy(dir))).as(name + " as " + kind)
                        .extracting(Problem::file).containsExactly(name);
            }
            Files.deleteIfExists(p);
            Files.write(p, content);
        }
        assertThat(READER.readSharingPolicy(dir)).isEqualTo(whole);
    }
}
