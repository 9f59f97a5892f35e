package org.passerelle.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.json.PolicyManifest;
import org.passerelle.json.PolicyReader;
import org.passerelle.json.PolicyWriter;
import org.passerelle.model.AgencyId;
import org.passerelle.sharing.AgreementStatus;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.sharing.SourceRestrictions;
import org.passerelle.testing.Ruritania;

/**
 * Atomic reloads (issue 10): a directory rewritten while it is reloaded never puts a mixed policy in
 * force. Version A suspends the 2022 MoU; version B excludes the police (RNP) from the seizure report; each refuses the
 * SC-01 flow, but A's items with B's agreements (the state half-way from A to B) permit it. A writer
 * rewrites the files in place, A, B, A..., and replaces the manifest after each version, while
 * reloads run; no engine ever put in force permits SC-01.
 */
class AtomicReloadTest {
    private static final SharingRequest SC01 = Ruritania.sc01Request().build();

    /** The text of each policy file of a policy, by file name. */
    private static Map<String, byte[]> files(SharingPolicy policy, Path scratch) throws IOException {
        PolicyWriter.writeDirectory(policy, scratch);
        Map<String, byte[]> out = new java.util.TreeMap<>();
        try (var listing = Files.list(scratch)) {
            for (Path p : listing.toList()) {
                out.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    private static SharingPolicy versionA() {
        return Ruritania.policy().toBuilder()
                .putAgreement(Ruritania.mou().toBuilder().status(AgreementStatus.SUSPENDED).build()).build();
    }

    private static SharingPolicy versionB() {
        SourceRestrictions notRnp = new SourceRestrictions(null,
                new java.util.TreeSet<>(List.of(AgencyId.of(Ruritania.RNP))), null, null, false);
        return Ruritania.policy().toBuilder().putItem(Ruritania.seizure().toBuilder().restrictions(notRnp).build())
                .build();
    }

    private static void writeInPlace(Path dir, Map<String, byte[]> version, List<String> order) throws IOException {
        for (String name : order) {
            Files.write(dir.resolve(name), version.get(name));
        }
    }

    @Test
    void theMixedStateIsAPermitThatNeitherVersionGives(@TempDir Path tmp) throws IOException {
        Map<String, byte[]> a = files(versionA(), Files.createDirectory(tmp.resolve("a")));
        Map<String, byte[]> b = files(versionB(), Files.createDirectory(tmp.resolve("b")));
        Path dir = Files.createDirectory(tmp.resolve("policy"));
        writeInPlace(dir, a, new ArrayList<>(a.keySet()));
        Files.write(dir.resolve("agreements.json"), b.get("agreements.json"));

        assertThat(SharingEngine.compile(versionA()).decide(SC01).outcome().isPermit()).isFalse();
        assertThat(SharingEngine.compile(versionB()).decide(SC01).outcome().isPermit()).isFalse();
        assertThat(SharingEngine.compile(PolicyReader.create().readDirectory(dir)).decide(SC01).outcome().isPermit())
                .as("the half-written directory, read without a manifest").isTrue();
    }

    @Test
    void aDirectoryWhoseFilesDoNotMatchItsManifestIsNotPutInForce(@TempDir Path tmp) throws IOException {
        Map<String, byte[]> a = files(versionA(), Files.createDirectory(tmp.resolve("a")));
        Map<String, byte[]> b = files(versionB(), Files.createDirectory(tmp.resolve("b")));
        Path dir = Files.createDirectory(tmp.resolve("policy"));
        writeInPlace(dir, a, new ArrayList<>(a.keySet()));
        PolicyManifest.write(dir);
        ReloadingSharingEngine reloading = ReloadingSharingEngine.fromDirectory(dir, PolicyReader.create(),
                Clock.systemUTC());
        String versionOfA = reloading.version();

        Files.write(dir.resolve("agreements.json"), b.get("agreements.json"));
        ReloadingSharingEngine.Reload half = reloading.reload();

        assertThat(half.applied()).isFalse();
        assertThat(half.failure()).contains("agreements.json", "does not match policy.sha256");
        assertThat(reloading.version()).isEqualTo(versionOfA);
        assertThat(reloading.decide(SC01).outcome().isPermit()).isFalse();

        Files.write(dir.resolve("stray.json"), "{}".getBytes());
        writeInPlace(dir, b, List.of("items.json"));
        PolicyManifest.write(dir);
        assertThat(reloading.reload().applied()).as("stray.json is listed now").isTrue();
        assertThat(reloading.version()).isEqualTo(versionB().version());
        Files.delete(dir.resolve("stray.json"));
        assertThat(reloading.reload().failure()).contains("stray.json", "is listed in policy.sha256 but absent");
        Files.write(dir.resolve("extra.json"), "{}".getBytes());
        assertThat(reloading.reload().failure()).contains("extra.json", "is not listed in policy.sha256");
    }

    @Test
    void reloadsUnderConcurrentRewritesNeverPutAMixedPolicyInForce(@TempDir Path tmp) throws Exception {
        Map<String, byte[]> a = files(versionA(), Files.createDirectory(tmp.resolve("a")));
        Map<String, byte[]> b = files(versionB(), Files.createDirectory(tmp.resolve("b")));
        Path dir = Files.createDirectory(tmp.resolve("policy"));
        writeInPlace(dir, a, new ArrayList<>(a.keySet()));
        PolicyManifest.write(dir);
        ReloadingSharingEngine reloading = ReloadingSharingEngine.fromDirectory(dir, PolicyReader.create(),
                Clock.systemUTC());
        List<String> order = List.of("agreements.json", "items.json");
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                for (int round = 0; !stop.get(); round++) {
                    writeInPlace(dir, round % 2 == 0 ? b : a, order);
                    PolicyManifest.write(dir);
                    Thread.yield();
                }
            } catch (IOException | RuntimeException e) {
                writerFailure.set(e);
            }
        });
        writer.start();
        int applied = 0;
        int refused = 0;
        List<String> permits = new ArrayList<>();
        try {
            for (int i = 0; i < 400; i++) {
                ReloadingSharingEngine.Reload r = reloading.reload();
                if (r.applied()) {
                    applied++;
                } else {
                    refused++;
                }
                if (reloading.decide(SC01).outcome().isPermit()) {
                    permits.add(reloading.version());
                }
            }
        } finally {
            stop.set(true);
            writer.join();
        }
        assertThat(writerFailure.get()).isNull();
        assertThat(permits).as("versions in force that permit SC-01").isEmpty();
        assertThat(applied + refused).isEqualTo(400);
        assertThat(reloading.reload().applied()).as("the directory at rest is read").isTrue();
        assertThat(reloading.version()).isIn(versionA().version(), versionB().version());
    }

    @Test
    void aSymbolicLinkSwapIsFollowedWhole(@TempDir Path tmp) throws IOException {
        Path releaseA = Files.createDirectory(tmp.resolve("release-a"));
        Path releaseB = Files.createDirectory(tmp.resolve("release-b"));
        PolicyWriter.writeDirectory(versionA(), releaseA);
        PolicyWriter.writeDirectory(versionB(), releaseB);
        Path current = Files.createSymbolicLink(tmp.resolve("current"), releaseA.getFileName());
        ReloadingSharingEngine reloading = ReloadingSharingEngine.fromDirectory(current, PolicyReader.create(),
                Clock.systemUTC());
        assertThat(reloading.version()).isEqualTo(versionA().version());

        Path next = Files.createSymbolicLink(tmp.resolve("current.next"), releaseB.getFileName());
        Files.move(next, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

        assertThat(reloading.reload().applied()).isTrue();
        assertThat(reloading.version()).isEqualTo(versionB().version());
    }
}
