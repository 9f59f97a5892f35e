package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Keeps the architecture's arrows: the domain packages know no Jackson, SLF4J or framework;
 * {@code model} depends on no other Passerelle package; {@code sharing} and {@code risk} depend on
 * {@code model} only, not on each other ({@code bridge} joins them); {@code audit} does not depend on
 * {@code json}, the edge that writes its records. A plain scan of the sources.
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/org/passerelle");

    @ParameterizedTest
    @ValueSource(strings = {"model", "sharing", "risk"})
    void domainPackagesImportNoJacksonNorSlf4j(String pkg) {
        List<String> offending = new ArrayList<>();
        for (Path file : sources(pkg)) {
            for (String line : lines(file)) {
                String l = line.strip();
                if (l.startsWith("import tools.jackson") || l.startsWith("import com.fasterxml")
                        || l.startsWith("import org.slf4j") || l.startsWith("import static tools.jackson")
                        || l.startsWith("import static com.fasterxml") || l.startsWith("import static org.slf4j")) {
                    offending.add(SOURCES.relativize(file) + ": " + l);
                }
            }
        }
        assertThat(offending).as("imports of Jackson or SLF4J in " + pkg).isEmpty();
    }

    @Test
    void modelDependsOnNoOtherPasserellePackage() {
        List<String> offending = new ArrayList<>();
        for (Path file : sources("model")) {
            for (String line : lines(file)) {
                String l = line.strip();
                if ((l.startsWith("import org.passerelle.") || l.startsWith("import static org.passerelle."))
                        && !l.matches("import (static )?org\\.passerelle\\.model\\.[A-Za-z0-9_.*]+;")) {
                    offending.add(SOURCES.relativize(file) + ": " + l);
                }
                if (l.matches(".*\\borg\\.passerelle\\.(sharing|risk|json|audit)\\..*") && !l.startsWith("*")
                        && !l.startsWith("//")) {
                    offending.add(SOURCES.relativize(file) + ": " + l);
                }
            }
        }
        assertThat(offending).as("references from model to other Passerelle packages").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sharing", "risk"})
    void theDomainPackagesDependOnTheModelOnly(String pkg) {
        assertThat(passerelleImports(pkg)).as("imports of other Passerelle packages than model in " + pkg)
                .allMatch(i -> i.matches("org\\.passerelle\\.(model|" + pkg + ")\\..*"));
    }

    @Test
    void theAuditPackageDoesNotDependOnTheJsonEdge() {
        assertThat(passerelleImports("audit")).as("imports of audit").noneMatch(i -> i.startsWith("org.passerelle.json."))
                .isNotEmpty();
    }

    @Test
    void theScanSeesImports() {
        assertThat(passerelleImports("bridge")).contains("org.passerelle.risk.IntelligenceLink",
                "org.passerelle.sharing.InformationItem");
    }

    private static List<String> passerelleImports(String pkg) {
        List<String> imports = new ArrayList<>();
        for (Path file : sources(pkg)) {
            for (String line : lines(file)) {
                String l = line.strip();
                if (l.startsWith("import org.passerelle.") || l.startsWith("import static org.passerelle.")) {
                    imports.add(l.replaceFirst("^import (static )?", "").replace(";", ""));
                }
            }
        }
        return imports;
    }

    @Test
    void onlyTheJsonPackageImportsJackson() {
        List<String> offending = new ArrayList<>();
        for (Path file : sources("")) {
            if (file.startsWith(SOURCES.resolve("json"))) {
                continue;
            }
            for (String line : lines(file)) {
                if (line.strip().startsWith("import tools.jackson") || line.strip().startsWith("import com.fasterxml")) {
                    offending.add(SOURCES.relativize(file) + ": " + line.strip());
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void theScanSeesTheSources() {
        assertThat(sources("model")).isNotEmpty();
        assertThat(sources("sharing")).isNotEmpty();
    }

    private static List<Path> sources(String pkg) {
        Path dir = pkg.isEmpty() ? SOURCES : SOURCES.resolve(pkg);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
