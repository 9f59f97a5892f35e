package org.passerelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.json.PolicyReader;
import org.passerelle.risk.RiskPolicy;

/**
 * {@code passerelle learn} through {@link Main#run}: a history in, a policy directory out; bad
 * arguments and an empty history refused.
 */
class LearnCommandTest {
    @TempDir
    Path dir;

    private int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path history(String name, long seed, int n) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        String[] codes = {"392329", "851890", "610910", "940360"};
        String[] countries = {"VN", "CN", "TR", "IN"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String hs = codes[r.nextInt(codes.length)];
            String origin = countries[r.nextInt(countries.length)];
            boolean irregular = hs.equals("392329") && origin.equals("VN") ? r.nextDouble() < 0.9 : r.nextDouble() < 0.1;
            b.append("{\"declaration\": {\"lrn\": \"").append(name).append('-').append(i)
                    .append("\", \"lodgedAt\": \"2024-05-01T08:00:00Z\", \"items\": [{\"sequence\": 1, ")
                    .append("\"commodityCode\": \"").append(hs).append("\", \"description\": \"goods\", ")
                    .append("\"netMassKg\": 10, \"grossMassKg\": 11, \"origin\": \"").append(origin)
                    .append("\"}]}, \"result\": {\"inspectedOn\": \"2024-05-02\", \"finding\": ").append(irregular)
                    .append("}}\n");
        }
        Path file = dir.resolve(name + ".jsonl");
        Files.writeString(file, b.toString());
        return file;
    }

    @Test
    void learnsAPolicyDirectoryFromHistory() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path policy = dir.resolve("policy");

        int status = run(out, err, "learn", "--history", history("train", 1, 800).toString(), "--validation",
                history("valid", 2, 300).toString(), "--out", policy.toString());

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(ExitCode.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("learned", "validation at 5%");
        RiskPolicy read = PolicyReader.create().readRiskPolicy(policy);
        assertThat(read.profiles()).singleElement().satisfies(p -> assertThat(p.scorecard()).isTrue());
        assertThat(read.indicators()).anySatisfy(i -> assertThat(i.reason()).contains("HS 392329")
                .contains("inspected were irregular"));
    }

    @Test
    void refusesBadArgumentsAndAHistoryWithNothingToLearn() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run(out, err, "learn", "--history", "x.jsonl")).isEqualTo(ExitCode.USAGE);
        assertThat(run(out, err, "learn", "--history", "a", "--validation", "b", "--out", "c", "--red-share", "2"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--red-share");

        Path empty = dir.resolve("empty.jsonl");
        Files.writeString(empty, "");
        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        assertThat(run(out, err2, "learn", "--history", empty.toString(), "--validation", empty.toString(), "--out",
                dir.resolve("p").toString())).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(err2.toString(StandardCharsets.UTF_8)).contains("irregular");
        assertThat(Files.exists(dir.resolve("p"))).isFalse();
    }
}
