package org.passerelle.model;

/**
 * The root of every exception Passerelle throws.
 *
 * <p>Passerelle throws only unchecked exceptions. A caller that wants to catch everything the
 * library may raise catches this type; subclasses exist only where a caller is expected to branch.
 */
public class PasserelleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with the given message.
     *
     * @param message the message, naming what was wrong and where
     */
    public PasserelleException(String message) {
        super(message);
    }

    /**
     * Creates an exception with the given message and cause.
     *
     * @param message the message, naming what was wrong and where
     * @param cause the cause, may be null
     */
    public PasserelleException(String message, Throwable cause) {
        super(message, cause);
    }
}
