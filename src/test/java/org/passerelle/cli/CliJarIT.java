package org.passerelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command-line jar (classifier {@code cli}) and the launcher script, each started in a
 * subprocess after {@code package}: the manifest's main class, the shaded dependencies, the exit
 * statuses, and no SLF4J warning on standard error.
 */
class CliJarIT {
    private static final Path JAR = Path.of(System.getProperty("passerelle.cli.jar", "target/missing-cli.jar"));
    private static final Path LAUNCHER = Path.of(System.getProperty("passerelle.launcher", "bin/passerelle"));
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path tmp;

    record Run(int status, String out, String err) {
    }

    private Run start(List<String> command) throws IOException, InterruptedException {
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("JAVA", JAVA);
        pb.environment().put("PASSERELLE_JAR", JAR.toString());
        Process p = pb.start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the tool did not finish: " + command);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Run jar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return start(command);
    }

    @Test
    void theJarRunsEachCommandWithItsExitStatus() throws Exception {
        assertThat(JAR).isRegularFile();
        String policy = MainTest.resource("/policies/scenarios");

        Run help = jar("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).startsWith("Usage: passerelle COMMAND [ARGS]");

        Run valid = jar("validate", policy);
        assertThat(valid.status()).isZero();
        assertThat(valid.out()).contains("valid policy: 7 agencies");
        assertThat(valid.err()).as("no SLF4J or other warning").isEmpty();

        Run suite = jar("test", policy, MainTest.resource("/policy-tests/scenarios"));
        assertThat(suite.status()).isZero();
        assertThat(suite.out()).contains("\n6 passed, 0 failed\n");
        assertThat(suite.err()).isEmpty();

        Run decide = jar("decide", "--policy", policy, "--request", MainTest.resource("/requests/sc-01-rnp-drugs.json"));
        assertThat(decide.status()).isZero();
        assertThat(decide.out()).contains("\"outcome\": \"PERMIT_WITH_CONDITIONS\"");
        assertThat(decide.err()).startsWith("PERMIT_WITH_CONDITIONS: ");

        Run assess = jar("assess", "--policy", MainTest.resource("/policies/sc-10"), "--shipments",
                MainTest.resource("/declarations/sc-10.json"));
        assertThat(assess.status()).isZero();
        assertThat(assess.out().lines()).hasSize(3);
        assertThat(assess.err()).isEqualTo("3 assessed, RED 2, GREEN 1\n");

        assertThat(jar("validate", MainTest.resource("/policies/broken/mixed")).status()).isEqualTo(3);
        assertThat(jar("decide").status()).isEqualTo(2);
    }

    @Test
    void theJarKnowsItsVersionAndReadsStandardInput() throws Exception {
        Run version = jar("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).as("the version the build wrote into the jar")
                .isEqualTo("passerelle " + JAR.getFileName().toString().replaceAll("^passerelle-(.+)-cli\\.jar$", "$1") + "\n");

        Path out = tmp.resolve("stdin-out.txt");
        ProcessBuilder pb = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "decide", "--policy",
                MainTest.resource("/policies/scenarios"), "--requests", "-")
                .redirectInput(Path.of(MainTest.resource("/requests/sc-01-rnp-drugs.json")).toFile())
                .redirectOutput(out.toFile()).redirectError(tmp.resolve("stdin-err.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as("a request file of several lines is not JSON Lines").isEqualTo(3);

        Path line = tmp.resolve("one.jsonl");
        Files.writeString(line, Files.readString(Path.of(MainTest.resource("/requests/sc-01-rnp-drugs.json")))
                .replaceAll("\\s*\n\\s*", " ") + "\n");
        Process q = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "decide", "--policy",
                MainTest.resource("/policies/scenarios"), "--requests", "-")
                .redirectInput(line.toFile()).redirectOutput(out.toFile())
                .redirectError(tmp.resolve("stdin-err.txt").toFile()).start();
        assertThat(q.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(q.exitValue()).isZero();
        assertThat(Files.readString(out).lines().toList()).singleElement()
                .satisfies(l -> assertThat(l).contains("\"outcome\":\"PERMIT_WITH_CONDITIONS\""));
    }

    @Test
    void theLauncherScriptRunsTheJar() throws Exception {
        Run r = start(List.of("sh", LAUNCHER.toString(), "validate", MainTest.resource("/policies/scenarios")));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("valid policy: 7 agencies");
    }
}
