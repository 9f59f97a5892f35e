package org.passerelle.model;

/**
 * Thrown by a validating factory or builder when a value is not acceptable: an
 * {@link InvalidInputException} with one problem, naming the setting that was wrong and quoting the
 * rejected value.
 */
public final class InvalidValueException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the name of the setting that was wrong, not null
     * @param value the rejected value as text, may be null when the value was missing
     * @param message what was expected, not null
     */
    public InvalidValueException(String field, String value, String message) {
        super(field, value, message);
    }
}
