package org.passerelle.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A plain scan of the sources that keeps the arrows of the architecture: {@code model} depends on
 * nothing else in Passerelle; {@code risk} depends on {@code model} only; neither knows Jackson or
 * SLF4J.
 */
class PackageDependencyTest {

    @ParameterizedTest
    @CsvSource({
        "model, org.passerelle.sharing|org.passerelle.risk|org.passerelle.json|org.passerelle.audit|tools.jackson|com.fasterxml|org.slf4j",
        "risk, org.passerelle.sharing|org.passerelle.bridge|org.passerelle.json|org.passerelle.audit|tools.jackson|com.fasterxml|org.slf4j"
    })
    void packagesImportOnlyWhatTheArchitectureAllows(String pkg, String forbidden) throws IOException {
        Path dir = Path.of("src/main/java/org/passerelle", pkg);
        List<String> violations;
        try (Stream<Path> files = Files.walk(dir)) {
            violations = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream()
                            .filter(l -> l.matches("\\s*import\\s+(static\\s+)?(" + forbidden.replace(".", "\\.") + ")\\..*"))
                            .map(l -> f.getFileName() + ": " + l.strip());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.toList());
        }
        assertThat(violations).isEmpty();
    }
}
