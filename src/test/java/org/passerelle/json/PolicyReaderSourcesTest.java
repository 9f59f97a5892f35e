package org.passerelle.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Problem;

/**
 * Where a policy is read from and what a newcomer sees when it is not there: a class-path directory
 * (a policy packaged in the application's jar), a missing file or directory ("does not exist", never
 * a Java class name), and a malformed file that does not drag reference errors after it.
 */
class PolicyReaderSourcesTest {
    private static final Path SCENARIOS = Path.of("src/test/resources/policies/scenarios");
    private final PolicyReader reader = PolicyReader.create();

    @Test
    void readsAPolicyFromADirectoryOfTheClassPath() {
        Policy fromFiles = reader.readPolicy(SCENARIOS);

        Policy fromClasspath = reader.readPolicyFromClasspath("policies/scenarios");

        assertThat(fromClasspath.sharing().agencies()).hasSize(7);
        assertThat(fromClasspath.sharing().version()).isEqualTo(fromFiles.sharing().version());
        assertThat(reader.readPolicyFromClasspath("/policies/scenarios/").sharing().version())
                .as("leading and trailing slashes are ignored").isEqualTo(fromFiles.sharing().version());
    }

    @Test
    void readsAPolicyPackagedInAJar(@TempDir Path tmp) throws IOException {
        Path jar = tmp.resolve("app.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                Stream<Path> files = Files.list(SCENARIOS)) {
            out.putNextEntry(new JarEntry("policy/"));
            out.closeEntry();
            for (Path p : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.putNextEntry(new JarEntry("policy/" + p.getFileName()));
                out.write(Files.readAllBytes(p));
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Policy policy = reader.readPolicyFromClasspath(loader, "policy");

            assertThat(policy.sharing().agencies()).hasSize(7);
            assertThat(policy.sharing().version()).isEqualTo(reader.readPolicy(SCENARIOS).sharing().version());
            assertThat(reader.readPolicyFromClasspath(loader, "policy").sharing().version())
                    .as("read twice: the jar's file system is closed after each read").isEqualTo(policy.sharing().version());
        }
    }

    @Test
    void aClasspathDirectoryThatIsNotThereIsOneProblem() {
        Problem p = single(() -> reader.readPolicyFromClasspath("no/such/policy"));

        assertThat(p.file()).isEqualTo("classpath:no/such/policy");
        assertThat(p.message()).isEqualTo("does not exist on the class path");
    }

    @Test
    void aMissingDirectoryOrFileDoesNotExistInWords(@TempDir Path tmp) {
        assertThat(single(() -> reader.readPolicy(tmp.resolve("nope"))).message()).isEqualTo("does not exist");
        Problem request = single(() -> reader.readRequest(tmp.resolve("request.json")));
        assertThat(request.message()).isEqualTo("does not exist");
        assertThat(request.toString()).doesNotContain("Exception");
        assertThat(single(() -> reader.readDeclarations(tmp.resolve("declarations.json"))).message())
                .isEqualTo("does not exist");
    }

    @Test
    void aMalformedFileIsReportedAloneWithoutTheReferenceErrorsItWouldCause(@TempDir Path tmp) throws IOException {
        copyScenarios(tmp);
        Files.writeString(tmp.resolve("agencies.json"), "{\"agencies\": [ {\"id\": \"RCA\",, ]}");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> reader.readPolicy(tmp));

        assertThat(e.problems()).as(e.getMessage()).hasSize(1);
        assertThat(e.problems().get(0).file()).isEqualTo("agencies.json");
        assertThat(e.problems().get(0).message()).startsWith("malformed JSON");
    }

    @Test
    void referencesAreStillCheckedWhenEveryFileIsWellFormed(@TempDir Path tmp) throws IOException {
        copyScenarios(tmp);
        Files.writeString(tmp.resolve("agencies.json"), "{\"agencies\": []}");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> reader.readPolicy(tmp));

        assertThat(e.problems()).as("the agencies the other files name are missing").hasSizeGreaterThan(1);
        assertThat(e.problems()).extracting(Problem::message).anyMatch(m -> m.contains("RCA"));
    }

    private static void copyScenarios(Path to) throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
    }

    private static Problem single(org.assertj.core.api.ThrowableAssert.ThrowingCallable read) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, read);
        assertThat(e).as("a validation exception").isNotNull();
        List<Problem> problems = e.problems();
        assertThat(problems).as(e.getMessage()).hasSize(1);
        return problems.get(0);
    }
}
