package org.passerelle.kafka;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.passerelle.json.PolicyReader;
import org.passerelle.json.PolicyWriter;
import org.passerelle.model.Declaration;
import org.passerelle.risk.RiskPolicy;

/** The policies and declarations of the core's examples, as the Kafka tests use them. */
final class Fixtures {
    static final PolicyReader READER = PolicyReader.create();

    private Fixtures() {
    }

    /** Returns the path of a file or directory under {@code examples/src/main/resources/examples}. */
    static Path example(String name) {
        URL url = Fixtures.class.getClassLoader().getResource("examples/" + name);
        if (url == null) {
            throw new IllegalStateException("examples/" + name + " is not on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The risk policy of the examples: profile NARC-FRUIT-01 (cocaine in fresh fruit). */
    static RiskPolicy risk() {
        return READER.readRiskPolicy(example("risk-targeting"));
    }

    /** The three declarations of the examples' batch: LRN-2024-0311 goes red, the others green. */
    static List<Declaration> batch() {
        return READER.readDeclarations(example("declarations/batch.json"));
    }

    /** One declaration as a record value. */
    static String json(Declaration d) {
        return PolicyWriter.writeDeclaration(d);
    }

    /** A copy of a declaration under another local reference, as a record value. */
    static String copy(Declaration d, String lrn) {
        return json(d).replace("\"lrn\":\"" + d.lrn() + "\"", "\"lrn\":\"" + lrn + "\"");
    }
}
