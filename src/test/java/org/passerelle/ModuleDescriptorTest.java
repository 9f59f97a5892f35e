package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The compiled module descriptor: the API packages and the test kit are exported, the command-line
 * tool is not, and AssertJ and JUnit are static requirements only, not transitive (never needed at run
 * time, nor to compile a module that requires this one).
 */
class ModuleDescriptorTest {

    @Test
    void exportsTheApiAndTheTestKitButNotTheCli() throws IOException {
        ModuleDescriptor d = descriptor();

        assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source).containsExactlyInAnyOrder(
                "org.passerelle.model", "org.passerelle.sharing", "org.passerelle.json", "org.passerelle.audit",
                "org.passerelle.risk", "org.passerelle.risk.learn", "org.passerelle.testing", "org.passerelle.runtime",
                "org.passerelle.analysis",
                "org.passerelle.bridge");
        assertThat(Path.of("target/classes/org/passerelle/cli/Main.class")).as("the tool is in the module").isRegularFile();
    }

    @Test
    void assertjAndJunitAreStaticRequirementsOnly() throws IOException {
        Set<String> runtime = descriptor().requires().stream()
                .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
        Set<String> optional = descriptor().requires().stream()
                .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());

        assertThat(runtime).containsExactlyInAnyOrder("java.base", "tools.jackson.databind", "org.slf4j");
        assertThat(optional).containsExactlyInAnyOrder("org.assertj.core", "org.junit.jupiter.api");
    }

    @Test
    void noRequirementIsTransitiveSoAConsumerModuleNeedsNeitherAssertjNorJunit() throws IOException {
        // "requires static transitive" made every consumer module need both to compile (issue 14); the
        // module-path consumer under src/it/module-consumer compiles and runs without them.
        assertThat(descriptor().requires()).filteredOn(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
                .extracting(ModuleDescriptor.Requires::name).isEmpty();
    }

    private static ModuleDescriptor descriptor() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }
}
