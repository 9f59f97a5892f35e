package org.passerelle.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.AgreementStatus;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.testing.Ruritania;

/**
 * Atomic reloads (issue 10): a directory rewritten while it is reloaded never puts a mixed law in
 * force. The agreements are split in two files: {@code mou.json} holds the 2022 MoU and
 * {@code agreements.json} the others. Version A suspends the MoU; version B suspends the CMAA
 * instead. A writer rewrites both files in place, A, B, A..., and replaces the manifest after each
 * version, while reloads run: every law put in force is A's or B's, never the mixture (half-way from
 * A to B, neither agreement is suspended: a third law, which permits what A refuses).
 */
class AtomicReloadTest {
    private static final SharingRequest SC01 = Ruritania.sc01Request().build();
    private static final List<String> ORDER = List.of("mou.json", "agreements.json");

    /** The files of a policy, with the 2022 MoU split out of {@code agreements.json} into {@code mou.json}. */
    private static Map<String, byte[]> files(SharingPolicy policy, Path scratch) throws IOException {
        PolicyWriter.writeDirectory(policy, scratch);
        Map<String, byte[]> out = new java.util.TreeMap<>();
        try (var listing = Files.list(scratch)) {
            for (Path p : listing.toList()) {
                out.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        String agreements = new String(out.get("agreements.json"), StandardCharsets.UTF_8);
        String body = agreements.substring(agreements.indexOf('[') + 1, agreements.lastIndexOf(']'));
        List<String> others = new ArrayList<>();
        String mou = null;
        for (String element : body.split("\n    },?\n")) {
            if (element.isBlank()) {
                continue;
            }
            String whole = element.strip() + "\n    }";
            if (whole.contains("\"id\": \"" + Ruritania.MOU + "\"")) {
                mou = whole;
            } else {
                others.add(whole);
            }
        }
        assertThat(mou).isNotNull();
        out.put("mou.json", ("{\"agreements\": [" + mou + "]}\n").getBytes(StandardCharsets.UTF_8));
        out.put("agreements.json", ("{\"agreements\": [" + String.join(",\n", others) + "]}\n")
                .getBytes(StandardCharsets.UTF_8));
        return out;
    }

    private static SharingPolicy versionA() {
        return Ruritania.policy().toBuilder()
                .putAgreement(Ruritania.mou().toBuilder().status(AgreementStatus.SUSPENDED).build()).build();
    }

    private static SharingPolicy versionB() {
        SharingPolicy world = Ruritania.policy();
        return world.toBuilder().putAgreement(world.law().agreements().get(AgreementId.of(Ruritania.CMAA)).toBuilder()
                .status(AgreementStatus.SUSPENDED).build()).build();
    }

    private static void writeInPlace(Path dir, Map<String, byte[]> version, Iterable<String> names) throws IOException {
        for (String name : names) {
            Files.write(dir.resolve(name), version.get(name));
        }
    }

    @Test
    void theHalfWrittenDirectoryIsAThirdLaw(@TempDir Path tmp) throws IOException {
        Map<String, byte[]> a = files(versionA(), Files.createDirectory(tmp.resolve("a")));
        Map<String, byte[]> b = files(versionB(), Files.createDirectory(tmp.resolve("b")));
        Path dir = Files.createDirectory(tmp.resolve("policy"));
        writeInPlace(dir, a, a.keySet());
        assertThat(PolicyReader.create().readSharingPolicy(dir).law().version()).isEqualTo(versionA().law().version());
        writeInPlace(dir, b, List.of("mou.json"));

        SharingPolicy half = PolicyReader.create().readSharingPolicy(dir);

        assertThat(half.law().version()).as("the half-written directory, read without a manifest")
                .isNotIn(versionA().law().version(), versionB().law().version());
        assertThat(SharingEngine.compile(versionA()).decide(SC01).outcome().isPermit()).isFalse();
        assertThat(SharingEngine.compile(half).decide(SC01).outcome().isPermit()).isTrue();
    }

    @Test
    void aDirectoryWhoseFilesDoNotMatchItsManifestIsNotPutInForce(@TempDir Path tmp) throws IOException {
        Map<String, byte[]> a = files(versionA(), Files.createDirectory(tmp.resolve("a")));
        Map<String, byte[]> b = files(versionB(), Files.createDirectory(tmp.resolve("b")));
        Path dir = Files.createDirectory(tmp.resolve("policy"));
        writeInPlace(dir, a, a.keySet());
        PolicyManifest.write(dir);
        ReloadingSharingEngine reloading = ReloadingSharingEngine.fromDirectory(dir, PolicyReader.create(),
                Clock.systemUTC());
        String versionOfA = reloading.version();

        writeInPlace(dir, b, List.of("mou.json"));
        ReloadingSharingEngine.Reload half = reloading.reload();

        assertThat(half.applied()).isFalse();
        assertThat(half.failure()).contains("mou.json", "does not match policy.sha256");
        assertThat(reloading.version()).isEqualTo(versionOfA);
        assertThat(reloading.decide(SC01).outcome().isPermit()).isFalse();

        Files.write(dir.resolve("stray.json"), "{}".getBytes(StandardCharsets.UTF_8));
        writeInPlace(dir, b, List.of("agreements.json"));
        PolicyManifest.write(dir);
        assertThat(reloading.reload().applied()).as("stray.json is listed now").isTrue();
        assertThat(reloading.version()).isEqualTo(versionB().law().version());
        Files.delete(dir.resolve("stray.json"));
        assertThat(reloading.reload().failure()).contains("stray.json", "is listed in policy.sha256 but absent");
        Files.write(dir.resolve("extra.json"), "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(reloading.reload().failure()).contains("extra.json", "is not listed in policy.sha256");
    }

    @Test
    void reloadsUnderConcurrentRewritesNeverPutAMixedLawInForce(@TempDir Path tmp) throws Exception {
        Map<String, byte[]> a = files(versionA(), Files.createDirectory(tmp.resolve("a")));
        Map<String, byte[]> b = files(versionB(), Files.createDirectory(tmp.resolve("b")));
        Path dir = Files.createDirectory(tmp.resolve("policy"));
        writeInPlace(dir, a, a.keySet());
        PolicyManifest.write(dir);
        ReloadingSharingEngine reloading = ReloadingSharingEngine.fromDirectory(dir, PolicyReader.create(),
                Clock.systemUTC());
        List<String> whole = List.of(versionA().law().version(), versionB().law().version());
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                for (int round = 0; !stop.get(); round++) {
                    writeInPlace(dir, round % 2 == 0 ? b : a, ORDER);
                    PolicyManifest.write(dir);
                    Thread.yield();
                }
            } catch (IOException | RuntimeException e) {
                writerFailure.set(e);
            }
        });
        writer.start();
        List<String> mixed = new ArrayList<>();
        int applied = 0;
        try {
            for (int i = 0; i < 400; i++) {
                if (reloading.reload().applied()) {
                    applied++;
                }
                if (!whole.contains(reloading.version())) {
                    mixed.add(reloading.version());
                }
            }
        } finally {
            stop.set(true);
            writer.join();
        }
        assertThat(writerFailure.get()).isNull();
        assertThat(mixed).as("laws in force that are neither A nor B (%d reloads applied)", applied).isEmpty();
        assertThat(reloading.reload().applied()).as("the directory at rest is read").isTrue();
        assertThat(reloading.version()).isIn(whole);
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
        assertThat(reloading.version()).isEqualTo(versionA().law().version());

        Path next = Files.createSymbolicLink(tmp.resolve("current.next"), releaseB.getFileName());
        Files.move(next, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

        assertThat(reloading.reload().applied()).isTrue();
        assertThat(reloading.version()).isEqualTo(versionB().law().version());
    }
}
