package org.passerelle.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Problem;

/**
 * Every configurable {@link ReadLimits} setting, on every reader, gives one clear problem naming the
 * setting; hostile documents beyond the defaults are refused, never a crash; and nothing in the JSON
 * package binds types from documents.
 */
class ReadLimitsTest {
    private static Problem single(Runnable read) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, read::run);
        assertThat(e).as("a InvalidInputException").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void anArrayBeyondTheCollectionLimitIsOneClearProblem() {
        PolicyReader small = PolicyReader.create(ReadLimits.DEFAULTS.withMaxCollectionSize(3));
        Problem p = single(() -> small.readSharingPolicy("{\"agencies\": [{}, {}, {}, {}]}", "big.json"));
        assertThat(p.message()).isEqualTo("document exceeds a read limit: the array at $.agencies has more than 3 "
                + "elements (ReadLimits.maxCollectionSize)");
        assertThat(p.file()).isEqualTo("big.json");
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.column()).isEqualTo(27);
    }

    @Test
    void anObjectBeyondTheCollectionLimitIsOneClearProblem() {
        PolicyReader small = PolicyReader.create(ReadLimits.DEFAULTS.withMaxCollectionSize(2));
        Problem p = single(() -> small.readRequest("{\"id\": \"R\",\n \"item\": \"X\",\n \"purpose\": \"p\"}", "r.json"));
        assertThat(p.message()).isEqualTo("document exceeds a read limit: the object at $ has more than 2 members "
                + "(ReadLimits.maxCollectionSize)");
        assertThat(p.line()).isEqualTo(3);
    }

    @Test
    void aCollectionAtTheLimitIsRead() {
        PolicyReader exact = PolicyReader.create(ReadLimits.DEFAULTS.withMaxCollectionSize(4));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> exact.readSharingPolicy("{\"agencies\": [{}, {}, {}, {}]}", "ok.json"));
        assertThat(e.problems()).hasSize(16).allSatisfy(p -> assertThat(p.message()).isEqualTo("is required"));
    }

    @Test
    void eachJacksonLimitNamesItsSetting() {
        assertThat(single(() -> PolicyReader.create(ReadLimits.DEFAULTS.withMaxNestingDepth(2))
                .readSharingPolicy("{\"items\": [{\"markings\": {}}]}", "deep.json")).message())
                .startsWith("document exceeds a read limit: ").endsWith("(ReadLimits.maxNestingDepth)");
        assertThat(single(() -> PolicyReader.create(ReadLimits.DEFAULTS.withMaxStringLength(5))
                .readSharingPolicy("{\"agencies\": [{\"id\": \"ABCDEFGHIJ\"}]}", "s.json")).message())
                .startsWith("document exceeds a read limit: ").endsWith("(ReadLimits.maxStringLength)");
        assertThat(single(() -> PolicyReader.create(ReadLimits.DEFAULTS.withMaxStringLength(5))
                .readSharingPolicy("{\"agenciesAndMore\": []}", "n.json")).message())
                .startsWith("document exceeds a read limit: ").endsWith("(ReadLimits.maxStringLength)");
        assertThat(single(() -> PolicyReader.create().readSharingPolicy("{\"agencies\": [" + "9".repeat(500) + "]}",
                "num.json")).message())
                .startsWith("document exceeds a read limit: ").endsWith("(numbers are limited to 100 characters)");
    }

    @Test
    void theDefaultsRefuseHostileDocumentsWithAProblemNotACrash() {
        List<String> hostile = List.of("[".repeat(100_000), "{\"a\":".repeat(50_000), "\"" + "x".repeat(70_000) + "\"",
                "{\"agencies\": [" + "{},".repeat(100_000) + "{}]}", "9".repeat(10_000));
        for (String doc : hostile) {
            for (Consumer<String> reader : readers()) {
                assertThatThrownBy(() -> reader.accept(doc)).isInstanceOf(InvalidInputException.class)
                        .hasMessageContaining("read limit");
            }
        }
    }

    @Test
    void theLimitsAreValidated() {
        assertThatThrownBy(() -> ReadLimits.DEFAULTS.withMaxCollectionSize(0))
                .hasMessage("maxCollectionSize: must be at least 1 (got \"0\")");
        assertThat(ReadLimits.DEFAULTS.maxCollectionSize()).isEqualTo(100_000);
        assertThat(new ReadLimits(8, 9, 10, 11)).isEqualTo(new ReadLimits(8, 9, 10, 11, 100_000));
        assertThat(ReadLimits.DEFAULTS.withMaxFiles(3).withMaxCollectionSize(7))
                .isEqualTo(new ReadLimits(32, 65_536, 16L * 1024 * 1024, 3, 7));
    }

    private static List<Consumer<String>> readers() {
        return List.of(d -> PolicyReader.create().readSharingPolicy(d, "p.json"),
                d -> PolicyReader.create().readRequest(d, "r.json"), d -> DecisionJson.readDecision(d, "d.json"),
                d -> AuditJson.readLines(new StringReader(d), "a.jsonl"), d -> AuditJson.read(d, "a.jsonl"));
    }

    /**
     * Nothing in the JSON package may bind a type named by a document: no data binding of domain
     * types, no default typing, no polymorphic type handling, no class names read from text.
     */
    @Test
    void theJsonPackageUsesNoPolymorphicTypingNorDataBinding() {
        List<String> forbidden = List.of("activateDefaultTyping", "enableDefaultTyping", "setDefaultTyping",
                "JsonTypeInfo", "JsonSubTypes", "PolymorphicTypeValidator", "TypeResolverBuilder", "DefaultTyping",
                "ObjectMapper", "JsonMapper", "readValue", "treeToValue", "convertValue", "Class.forName",
                "loadClass", "ObjectInputStream", "ScriptEngine", "MethodHandles");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/passerelle"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    for (String word : forbidden) {
                        if (lines.get(i).contains(word) && !lines.get(i).strip().startsWith("*")) {
                            found.add(file + ":" + (i + 1) + ": " + word);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(found).isEmpty();
    }
}
