package org.passerelle.model;

import java.util.List;

/**
 * Thrown when an input is not valid: a value given to a factory or a builder, a policy built in
 * Java, a JSON document read from a file. It carries every problem found, not only the first, each
 * a typed {@link Problem} (code, element, field, value, and for a document the file, JSON path, line
 * and column), so that a program branches on {@link Problem#code()} and a person reads the message,
 * one problem per line.
 *
 * <p>Nothing is half-built when it is thrown: the input as a whole was refused.
 */
public final class InvalidInputException extends PasserelleException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems, not empty; errors, and perhaps warnings found on the way
     * @throws IllegalArgumentException if there is no problem
     */
    public InvalidInputException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates the exception for one value that is not acceptable, as a value's factory reports it:
     * a problem of code {@link Problem.Code#INVALID_VALUE}, or {@link Problem.Code#MISSING} when the
     * value is null.
     *
     * @param field the name of the field or setting that was wrong, such as {@code validTo}, not null
     * @param value the rejected value as text, or null when the value was missing
     * @param message what was expected, not null
     */
    public InvalidInputException(String field, String value, String message) {
        this(List.of(Problem.ofValue(value == null ? Problem.Code.MISSING : Problem.Code.INVALID_VALUE, field, value,
                message)));
    }

    /**
     * Returns every problem found, in the order found (for documents: by file, line and column).
     *
     * @return the problems, not empty
     */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input has at least one problem");
        }
        if (problems.size() == 1 && problems.get(0).location() == null) {
            return problems.get(0).toString();
        }
        StringBuilder sb = new StringBuilder("invalid input, " + problems.size() + " problem(s):");
        for (Problem p : problems) {
            sb.append('\n').append(p);
        }
        return sb.toString();
    }
}
