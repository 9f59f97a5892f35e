package org.passerelle.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.json.PolicyReader;
import org.passerelle.model.InvalidInputException;
import org.passerelle.json.PolicyWriter;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.InMemoryFactStore;
import org.passerelle.sharing.SharingLaw;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.testing.Ruritania;

class ReloadingSharingEngineTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-10T09:00:00Z"), ZoneOffset.UTC);
    private static final Path SCENARIOS = Path.of("src/test/resources/policies/scenarios");
    private static final SharingRequest SC01 = PolicyReader.create()
            .readRequest(Path.of("src/test/resources/requests/sc-01-rnp-drugs.json"));

    private static Path copyOfScenarios(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    @Test
    void aFailedReloadKeepsThePreviousPolicyWholeAndSaysWhy(@TempDir Path dir) throws IOException {
        ReloadingSharingEngine engine = ReloadingSharingEngine.fromDirectory(copyOfScenarios(dir), PolicyReader.create(),
                CLOCK);
        String before = engine.version();
        SharingDecision permitted = engine.decide(SC01);
        assertThat(permitted.isPermitted()).isTrue();

        // A new version of one file is broken: an agreement names an unknown purpose.
        String agreements = Files.readString(dir.resolve("agreements.json"));
        Files.writeString(dir.resolve("agreements.json"), agreements.replaceFirst("\"drug-trafficking-investigation\"",
                "\"no-such-purpose\""));
        ReloadingSharingEngine.Reload failed = engine.reload();

        assertThat(failed.applied()).isFalse();
        assertThat(failed.activeVersion()).isEqualTo(before).isEqualTo(failed.previousVersion());
        assertThat(failed.failure()).contains("agreements.json").contains("no-such-purpose");
        assertThat(engine.version()).isEqualTo(before);
        assertThat(engine.decide(SC01)).isEqualTo(permitted);

        // A half-written file (truncated JSON) is refused the same way.
        Files.writeString(dir.resolve("agreements.json"), agreements.substring(0, agreements.length() / 2));
        assertThat(engine.reload().failure()).contains("malformed JSON");
        assertThat(engine.version()).isEqualTo(before);

        // Once the file is whole again with a real change, the reload applies it.
        Files.writeString(dir.resolve("agreements.json"), agreements.replace("\"status\": \"IN_FORCE\"",
                "\"status\": \"SUSPENDED\""));
        ReloadingSharingEngine.Reload applied = engine.reload();
        assertThat(applied.applied()).isTrue();
        assertThat(applied.failure()).isNull();
        assertThat(applied.previousVersion()).isEqualTo(before);
        assertThat(engine.version()).isEqualTo(applied.activeVersion()).isNotEqualTo(before);
        SharingDecision after = engine.decide(SC01);
        assertThat(after.lawVersion()).isEqualTo(applied.activeVersion());
        assertThat(after.outcome()).isEqualTo(Outcome.DENY);
    }

    @Test
    void aSourceThatThrowsOrGivesNothingKeepsThePolicy() {
        SharingPolicy world = Ruritania.policy();
        SharingLaw[] next = {world.law()};
        ReloadingSharingEngine engine = ReloadingSharingEngine.of(() -> next[0], InMemoryFactStore.of(world), CLOCK);
        next[0] = null;
        assertThat(engine.reload().failure()).isEqualTo("the law source returned no law");
        assertThat(engine.version()).isEqualTo(world.version());
        assertThat(engine.current().clock()).isEqualTo(CLOCK);
        assertThat(engine.reload(Ruritania.world().agreements(Ruritania.mou2017()).build().law()).applied()).isTrue();
        assertThat(engine.toString()).startsWith("ReloadingSharingEngine[law=");
    }

    @Test
    void theFirstPolicyMustBeValid(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.json"), "{\"agencies\": [");
        assertThatThrownBy(() -> ReloadingSharingEngine.fromDirectory(dir, PolicyReader.create(), CLOCK))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("broken.json");
        assertThatThrownBy(() -> new ReloadingSharingEngine.Reload(true, "a", "b", "why"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWrittenPolicyReloadsToTheSameVersion(@TempDir Path dir) {
        SharingPolicy world = Ruritania.policy();
        PolicyWriter.writeDirectory(world, dir);
        ReloadingSharingEngine engine = ReloadingSharingEngine.fromDirectory(dir, PolicyReader.create(), CLOCK);
        assertThat(engine.version()).isEqualTo(world.version());
        ReloadingSharingEngine.Reload again = engine.reload();
        assertThat(again.applied()).isTrue();
        assertThat(again.activeVersion()).isEqualTo(again.previousVersion());
        SharingRequest r = Ruritania.sc01Request().build();
        assertThat(engine.decide(r).lawVersion()).isEqualTo(world.version());
    }

    /**
     * Bounded stress: 4 threads make 1,500 audited decisions each while a thread swaps three policies
     * (and injects a broken one every 7th reload) and the sink refuses every 13th record.
     */
    @Test
    void hotReloadUnderLoadLosesAndDoublesNothing() throws InterruptedException {
        ReloadStress.Result result = ReloadStress.run(4, 1_500, 13, 0);
        assertThat(result.violations()).isEmpty();
        assertThat(result.decisions()).isEqualTo(6_000);
        assertThat(result.records() + result.sinkFaults()).isEqualTo(6_000);
        assertThat(result.swaps()).isPositive();
        assertThat(result.permits()).isPositive();
    }

    /**
     * The soak: {@code mvn -o test -Dtest=ReloadingSharingEngineTest#soak -Dpasserelle.soak.seconds=300};
     * see docs/reliability.md for the last result.
     */
    @Test
    @EnabledIfSystemProperty(named = "passerelle.soak.seconds", matches = "[0-9]+")
    void soak() throws InterruptedException {
        long seconds = Long.parseLong(System.getProperty("passerelle.soak.seconds"));
        ReloadStress.Result result = ReloadStress.run(Runtime.getRuntime().availableProcessors() * 2, 0, 13,
                System.nanoTime() + seconds * 1_000_000_000L);
        System.out.println("SOAK " + seconds + " s: " + result);
        assertThat(result.violations()).isEmpty();
    }
}
