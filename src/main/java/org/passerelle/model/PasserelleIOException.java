package org.passerelle.model;

import java.io.IOException;
import java.util.Objects;

/**
 * Thrown when Passerelle cannot write or read where the caller told it to: a policy directory being
 * written, a stream of assessments, an audit log. It wraps the {@link IOException} that caused it.
 *
 * <p>Reading a policy or a request reports an unreadable file as a {@link Problem} of code
 * {@link Problem.Code#UNREADABLE} in an {@link InvalidInputException}, with every other problem of
 * the read; this exception is for the failures that have nothing to do with the input's content.
 */
public final class PasserelleIOException extends PasserelleException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what could not be done, naming the file or stream, not null
     * @param cause the I/O failure, not null
     */
    public PasserelleIOException(String message, IOException cause) {
        super(message + ": " + Objects.requireNonNull(cause, "cause").getMessage(), cause);
    }

    /**
     * Returns the I/O failure that caused this exception.
     *
     * @return the cause, not null
     */
    @Override
    public synchronized IOException getCause() {
        return (IOException) super.getCause();
    }
}
