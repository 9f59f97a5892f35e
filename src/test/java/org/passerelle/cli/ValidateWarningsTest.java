package org.passerelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code passerelle validate} shows warnings: a valid policy in which an agreement defines no
 * community and yet carries TLP:GREEN items (SR-14) is accepted (status 0) with a warning that names
 * the file, line and JSON path of the agreement.
 *
 * <p>TLP 2.0 (https://www.first.org/tlp/): "Note: when “community” is not defined, assume the
 * cybersecurity/defense community." The engine assumes no default community; the warning says so.
 */
class ValidateWarningsTest {
    @TempDir
    Path tmp;

    private Path scenarioCopy() throws IOException, URISyntaxException {
        Path source = Path.of(ValidateWarningsTest.class.getResource("/policies/scenarios").toURI());
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, tmp.resolve(f.getFileName().toString()));
            }
        }
        return tmp;
    }

    @Test
    void validateWarnsAboutGreenItemsUnderAnAgreementWithoutCommunity() throws Exception {
        Path dir = scenarioCopy();
        Path items = dir.resolve("items.json");
        String text = Files.readString(items);
        String plain = "\"markings\": {\"grading\": {\"scheme\": \"europol\", \"code\": \"B2\"}}";
        assertThat(text).contains(plain);
        Files.writeString(items, text.replace(plain,
                "\"markings\": {\"tlp\": \"TLP:GREEN\", \"grading\": {\"scheme\": \"europol\", \"code\": \"B2\"}}"));

        MainTest.Run r = MainTest.run("validate", dir.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith(dir + ": valid policy: ");
        assertThat(r.err()).matches(java.util.regex.Pattern.quote(dir.resolve("agreements.json").toString())
                + ":74:5 \\$\\.agreements\\[2\\]: warning: defines no"
                + " community, yet TLP:GREEN items were received under it \\[NAPLES-FCS-2024-0007\\].*SR-14.*\n");
    }

    @Test
    void validateGivesNoWarningWhenTheAgreementDefinesACommunity() throws Exception {
        Path dir = scenarioCopy();
        Path items = dir.resolve("items.json");
        Path agreements = dir.resolve("agreements.json");
        String plain = "\"markings\": {\"grading\": {\"scheme\": \"europol\", \"code\": \"B2\"}}";
        Files.writeString(items, Files.readString(items).replace(plain,
                "\"markings\": {\"tlp\": \"TLP:GREEN\", \"grading\": {\"scheme\": \"europol\", \"code\": \"B2\"}}"));
        String naples = "\"onwardTransfer\": \"NAPLES_II\",";
        assertThat(Files.readString(agreements)).contains(naples);
        Files.writeString(agreements, Files.readString(agreements).replace(naples,
                naples + " \"community\": \"EU-CUSTOMS\","));

        MainTest.Run r = MainTest.run("validate", dir.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
    }
}
