package org.passerelle.sharing;

import org.passerelle.model.Checks;

/**
 * One thing wrong with a policy: which element, which field, which value, and what was expected.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param element the kind of element, such as {@code agreement} or {@code item}
 * @param elementId the identifier of the element, or null when it has none
 * @param field the field, such as {@code parties[1].agency}
 * @param value the offending value as text, or null
 * @param message what was expected
 */
public record PolicyProblem(String element, String elementId, String field, String value, String message) {
    /**
     * Validates the problem.
     */
    public PolicyProblem {
        Checks.notNull("element", element);
        Checks.notNull("field", field);
        Checks.notNull("message", message);
    }

    @Override
    public String toString() {
        return element + (elementId == null ? "" : " " + elementId) + ": " + field + ": " + message
                + (value == null ? "" : " (got \"" + value + "\")");
    }
}
