package org.passerelle.json;

import java.time.Instant;
import org.passerelle.model.Checks;
import org.passerelle.model.Declaration;
import org.passerelle.model.InvalidInputException;
import org.passerelle.sharing.SharingRequest;

/**
 * One declarative policy test, as read from a policy test document (see
 * {@code docs/policy-testing.md}): either a <em>sharing test</em>, a sharing request and what its
 * decision must be, or a <em>risk test</em>, a declaration, the instant it is assessed as of and
 * what its assessment must be.
 *
 * <p>A sharing test has {@code request} and {@code expected} and no risk components; a risk test
 * has {@code declaration}, {@code assessedAt} and {@code expectedAssessment} and no sharing
 * components; {@link #isRisk()} tells which. This type is immutable and thread-safe.
 *
 * @param name the test's name: the document's {@code name}, or its file path without {@code .json}
 * @param file the file the test was read from, relative to the suite directory, with {@code /}
 *        separators (or the source name given to the reader)
 * @param description what the test is about, in plain words; empty when the document gives none
 * @param request the request to decide, with its instant; null in a risk test
 * @param expected what the decision must be; null in a risk test
 * @param declaration the declaration to assess; null in a sharing test
 * @param assessedAt the instant the declaration is assessed as of; null in a sharing test
 * @param expectedAssessment what the assessment must be; null in a sharing test
 */
public record PolicyTestCase(String name, String file, String description, SharingRequest request,
        ExpectedDecision expected, Declaration declaration, Instant assessedAt,
        ExpectedAssessment expectedAssessment) {

    /**
     * Validates the test: it is exactly one of a sharing test and a risk test, complete.
     */
    public PolicyTestCase {
        Checks.notBlank("name", name);
        Checks.notBlank("file", file);
        Checks.notNull("description", description);
        boolean sharing = request != null || expected != null;
        boolean risk = declaration != null || assessedAt != null || expectedAssessment != null;
        if (sharing == risk) {
            throw new InvalidInputException("file", file, "a policy test holds either a request (a sharing test) "
                    + "or a declaration (a risk test), " + (sharing ? "not both" : "and this one holds neither"));
        }
        if (sharing) {
            Checks.notNull("request", request);
            Checks.notNull("expected", expected);
        } else {
            Checks.notNull("declaration", declaration);
            Checks.notNull("assessedAt", assessedAt);
            Checks.notNull("expectedAssessment", expectedAssessment);
        }
    }

    /**
     * Creates a sharing test.
     *
     * @param name the test's name, not blank
     * @param file the file it was read from, not blank
     * @param description what the test is about, possibly empty, not null
     * @param request the request to decide, not null
     * @param expected what the decision must be, not null
     */
    public PolicyTestCase(String name, String file, String description, SharingRequest request,
            ExpectedDecision expected) {
        this(name, file, description, Checks.notNull("request", request), Checks.notNull("expected", expected),
                null, null, null);
    }

    /**
     * Creates a risk test.
     *
     * @param name the test's name, not blank
     * @param file the file it was read from, not blank
     * @param description what the test is about, possibly empty, not null
     * @param declaration the declaration to assess, not null
     * @param assessedAt the instant to assess it as of, not null
     * @param expected what the assessment must be, not null
     * @return the test, not null
     */
    public static PolicyTestCase ofRisk(String name, String file, String description, Declaration declaration,
            Instant assessedAt, ExpectedAssessment expected) {
        return new PolicyTestCase(name, file, description, null, null, Checks.notNull("declaration", declaration),
                Checks.notNull("assessedAt", assessedAt), Checks.notNull("expected", expected));
    }

    /**
     * Returns whether this is a risk test (a declaration and an expected assessment) rather than a
     * sharing test.
     *
     * @return true for a risk test
     */
    public boolean isRisk() {
        return declaration != null;
    }

    @Override
    public String toString() {
        return name + " (" + file + ")";
    }
}
