package org.passerelle.examples;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the JSON documents the examples read, under {@code examples/src/main/resources/examples/}.
 *
 * <p>The build puts that directory on the test class path, so {@code mvn -q test-compile exec:java}
 * and the tests find the files there; run from an IDE that does not, the examples fall back to the
 * source directory relative to the project root.
 */
final class ExampleFiles {
    private static final Path SOURCE_ROOT = Path.of("examples", "src", "main", "resources", "examples");

    private ExampleFiles() {
    }

    /**
     * Returns the path of an example file or directory.
     *
     * @param name a path relative to {@code examples/src/main/resources/examples}, such as
     *        {@code customs-police} or {@code requests/sc-01-rnp-drugs.json}
     * @return the path on the file system
     * @throws IllegalStateException if neither the class path nor the source directory holds it
     */
    static Path path(String name) {
        URL url = ExampleFiles.class.getResource("/examples/" + name);
        if (url != null && "file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException("cannot turn " + url + " into a path", e);
            }
        }
        Path source = SOURCE_ROOT.resolve(name);
        if (Files.exists(source)) {
            return source;
        }
        throw new IllegalStateException("example file \"" + name + "\" is neither on the class path under /examples/"
                + " nor in " + SOURCE_ROOT.toAbsolutePath() + "; run the examples from the project root");
    }
}
