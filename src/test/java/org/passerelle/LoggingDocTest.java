package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code docs/logging.md} names every SLF4J logger of the library, and no logger that does not exist. */
class LoggingDocTest {

    @Test
    void everyLoggerIsDocumentedAndEveryDocumentedLoggerExists() throws IOException {
        List<String> loggers = new ArrayList<>();
        Pattern getLogger = Pattern.compile("LoggerFactory\\.getLogger\\((\\w+)\\.class\\)");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/passerelle"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = getLogger.matcher(Files.readString(f));
                while (m.find()) {
                    String pkg = Path.of("src/main/java").relativize(f.getParent()).toString().replace('/', '.');
                    loggers.add(pkg + "." + m.group(1));
                }
            }
        }
        String page = Files.readString(Path.of("docs/logging.md"));
        assertThat(loggers).as("the library logs somewhere").isNotEmpty();
        for (String logger : loggers) {
            assertThat(page).as("docs/logging.md names " + logger).contains("| `" + logger + "` |");
        }
        Matcher documented = Pattern.compile("\\| `(org\\.passerelle\\.[\\w.]+)` \\|").matcher(page);
        while (documented.find()) {
            assertThat(loggers).as("docs/logging.md names a logger the code has").contains(documented.group(1));
        }
    }
}
