package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.passerelle.json.PolicyReader;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingRequest;

/**
 * {@code docs/getting-started.md} shows, verbatim, the files of the project {@code src/it/getting-started},
 * which the build runs as a separate Maven build with the page's commands (maven-invoker-plugin): so
 * the page, followed literally, works. The versions it pins are the ones this build uses.
 */
class GettingStartedDocTest {
    private static final Path PROJECT = Path.of("src/it/getting-started");
    private static final String PAGE = read(Path.of("docs/getting-started.md"));
    private static final String POM = read(Path.of("pom.xml"));

    @Test
    void thePageShowsEveryFileOfTheProjectVerbatim() {
        for (String[] file : new String[][] {{"pom.xml", "xml"},
                {"src/main/resources/policy/agencies.json", "json"}, {"src/main/resources/policy/purposes.json", "json"},
                {"src/main/resources/policy/agreements.json", "json"}, {"src/main/resources/policy/items.json", "json"},
                {"src/main/java/org/example/Decide.java", "java"},
                {"src/test/java/org/example/BorderGuardPolicyTest.java", "java"}}) {
            String block = "```" + file[1] + "\n" + read(PROJECT.resolve(file[0])) + "```\n";
            assertThat(PAGE).as("docs/getting-started.md shows %s as it is", file[0]).contains(block);
        }
    }

    @Test
    void thePageSaysHowToInstallTheLibraryAndWhereThePolicyLives() {
        assertThat(PAGE).contains("mvn -B install -DskipTests", "src/main/resources/policy/", "readPolicyFromClasspath(\"policy\")");
        assertThat(PAGE).as("one location for the policy").doesNotContain("Path.of(\"policy\")",
                "Path.of(\"src/main/resources/policy\")");
    }

    @Test
    void theConsumerPomPinsTheVersionsOfThisBuild() {
        String consumer = read(PROJECT.resolve("pom.xml"));
        assertThat(consumer).contains("<artifactId>passerelle</artifactId>\n      <version>" + property("version", POM) + "</version>");
        assertThat(consumer).contains("<artifactId>junit-jupiter</artifactId>\n      <version>" + property("junit.version", POM));
        assertThat(consumer).contains("<artifactId>assertj-core</artifactId>\n      <version>" + property("assertj.version", POM));
        for (String plugin : new String[] {"maven-compiler-plugin", "maven-surefire-plugin", "maven-resources-plugin",
                "maven-jar-plugin", "maven-install-plugin", "maven-clean-plugin", "exec-maven-plugin"}) {
            assertThat(version(plugin, consumer)).as(plugin).isEqualTo(version(plugin, POM));
        }
    }

    @Test
    void theTutorialPolicyDecidesAsThePageSays() {
        SharingEngine engine = SharingEngine.compile(PolicyReader.create()
                .readPolicy(PROJECT.resolve("src/main/resources/policy")).sharing());
        SharingRequest.Builder asks = SharingRequest.builder().id("T-1").recipient("RBG").item("DECL-2024-7781")
                .at("2024-09-02T10:00:00Z");

        assertThat(engine.decide(asks.purpose("people-smuggling-investigation").build()).outcome())
                .isEqualTo(Outcome.PERMIT_WITH_CONDITIONS);
        assertThat(engine.decide(asks.purpose("statistics").build()).outcome()).isEqualTo(Outcome.DENY);
    }

    private static String property(String name, String pom) {
        if (name.equals("version")) {
            Matcher m = Pattern.compile("<artifactId>passerelle</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
            assertThat(m.find()).isTrue();
            return m.group(1);
        }
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }

    private static String version(String plugin, String pom) {
        Matcher m = Pattern.compile("<artifactId>" + plugin + "</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).as(plugin + " has a version").isTrue();
        return m.group(1);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
