package org.passerelle.model;

/**
 * Thrown by a validating factory or builder when a value is not acceptable.
 *
 * <p>The exception names the setting that was wrong ({@link #field()}) and quotes the rejected
 * value ({@link #value()}), so that a reader of a policy document can map it back to its source.
 */
public final class InvalidValueException extends PasserelleException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;

    /**
     * Creates the exception.
     *
     * @param field the name of the setting that was wrong, not null
     * @param value the rejected value as text, may be null when the value was missing
     * @param message what was expected, not null
     */
    public InvalidValueException(String field, String value, String message) {
        super(field + ": " + message + (value == null ? "" : " (got \"" + value + "\")"));
        this.field = field;
        this.value = value;
    }

    /**
     * Returns the name of the setting that was wrong.
     *
     * @return the field name, not null
     */
    public String field() {
        return field;
    }

    /**
     * Returns the rejected value as text.
     *
     * @return the value, or null when the value was missing
     */
    public String value() {
        return value;
    }

    /**
     * Returns the message without the field name and value, for callers that add their own
     * location (such as a JSON path).
     *
     * @return the bare reason, not null
     */
    public String reason() {
        String m = getMessage();
        int start = field.length() + 2;
        int end = value == null ? m.length() : m.lastIndexOf(" (got \"");
        return m.substring(start, end);
    }
}
