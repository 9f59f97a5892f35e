package org.passerelle.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory (issue 10): reading a large valid policy directory, within every default limit, fits in a
 * heap of 8 times its size. The read runs in a JVM of its own ({@link HeapProbe}) started with
 * {@code -Xmx} set to 8 times the directory's size and G1; an {@link OutOfMemoryError} fails the test.
 * Before the fix, 18 MiB of policy needed about 1 GiB.
 */
class ReadMemoryTest {
    private static final int MIB = 18;

    @Test
    void aLargeDirectoryIsReadInEightTimesItsSize(@TempDir Path dir) throws IOException, InterruptedException {
        long size = HeapProbe.write(dir, MIB);
        long xmxMib = 8 * size / (1024 * 1024);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.count()).isLessThanOrEqualTo(ReadLimits.DEFAULTS.maxFiles());
        }
        Path log = dir.resolveSibling(dir.getFileName() + ".out");
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx" + xmxMib + "m", "-XX:+UseG1GC",
                "-cp", System.getProperty("java.class.path"), HeapProbe.class.getName(), "read", dir.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(15, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        assertThat(done).as("the probe finished").isTrue();
        assertThat(p.exitValue()).as("exit status of a read of %d bytes with -Xmx%dm; output:%n%s", size, xmxMib, out)
                .isZero();
        assertThat(out).startsWith("items ");
        assertThat(Integer.parseInt(out.strip().substring("items ".length()))).isGreaterThan(25_000);
    }
}
