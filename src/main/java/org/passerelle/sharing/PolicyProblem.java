package org.passerelle.sharing;

import org.passerelle.model.Checks;

/**
 * One thing wrong with a policy, or worth a look: which element, which field, which value, what was
 * expected, and how serious it is.
 *
 * <p>An {@link Severity#ERROR} stops the policy from being built ({@link InvalidPolicyException});
 * a {@link Severity#WARNING} does not: the policy is valid and the warning is listed by
 * {@link SharingPolicy#warnings()}. This type is immutable and thread-safe.
 *
 * @param element the kind of element, such as {@code agreement} or {@code item}
 * @param elementId the identifier of the element, or null when it has none
 * @param field the field, such as {@code parties[1].agency}
 * @param value the offending value as text, or null
 * @param message what was expected
 * @param severity how serious the problem is
 */
public record PolicyProblem(String element, String elementId, String field, String value, String message,
        Severity severity) {

    /** How serious a policy problem is. */
    public enum Severity {
        /** The policy is invalid and is not built. */
        ERROR,
        /** The policy is valid, but probably does not say what its author meant. */
        WARNING
    }

    /**
     * Validates the problem.
     */
    public PolicyProblem {
        Checks.notNull("element", element);
        Checks.notNull("field", field);
        Checks.notNull("message", message);
        Checks.notNull("severity", severity);
    }

    /**
     * Creates an error: a problem that makes the policy invalid.
     *
     * @param element the kind of element, not null
     * @param elementId the identifier of the element, or null
     * @param field the field, not null
     * @param value the offending value as text, or null
     * @param message what was expected, not null
     */
    public PolicyProblem(String element, String elementId, String field, String value, String message) {
        this(element, elementId, field, value, message, Severity.ERROR);
    }

    /**
     * Creates a warning: the policy is valid, but this part of it probably does not do what its
     * author meant.
     *
     * @param element the kind of element, not null
     * @param elementId the identifier of the element, or null
     * @param field the field, not null
     * @param value the value concerned as text, or null
     * @param message what to look at, not null
     * @return the warning, not null
     */
    public static PolicyProblem warning(String element, String elementId, String field, String value,
            String message) {
        return new PolicyProblem(element, elementId, field, value, message, Severity.WARNING);
    }

    @Override
    public String toString() {
        return (severity == Severity.WARNING ? "warning: " : "") + element + (elementId == null ? "" : " "
                + elementId) + ": " + field + ": " + message + (value == null ? "" : " (got \"" + value + "\")");
    }
}
