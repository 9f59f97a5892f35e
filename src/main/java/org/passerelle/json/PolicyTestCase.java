package org.passerelle.json;

import org.passerelle.model.Checks;
import org.passerelle.sharing.SharingRequest;

/**
 * One declarative policy test, as read from a policy test document: a sharing request and what its
 * decision must be (see {@code docs/policy-testing.md}).
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param name the test's name: the document's {@code name}, or its file path without {@code .json}
 * @param file the file the test was read from, relative to the suite directory, with {@code /}
 *        separators (or the source name given to the reader)
 * @param description what the test is about, in plain words; empty when the document gives none
 * @param request the request to decide, with its instant, not null
 * @param expected what the decision must be, not null
 */
public record PolicyTestCase(String name, String file, String description, SharingRequest request,
        ExpectedDecision expected) {

    /**
     * Validates the test.
     */
    public PolicyTestCase {
        Checks.notBlank("name", name);
        Checks.notBlank("file", file);
        Checks.notNull("description", description);
        Checks.notNull("request", request);
        Checks.notNull("expected", expected);
    }

    @Override
    public String toString() {
        return name + " (" + file + ")";
    }
}
