package org.passerelle.audit;

import org.passerelle.model.PasserelleException;

/**
 * Thrown when an audit record cannot be stored or an audit log cannot be read back.
 *
 * <p>A caller that must not disclose without a trace (SR-31) treats this as a reason to stop.
 */
public final class AuditException extends PasserelleException {
    private static final long serialVersionUID = 1L;

    private final String recordId;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, not null
     * @param recordId the record that could not be stored, or null when reading
     * @param cause the cause, may be null
     */
    public AuditException(String message, String recordId, Throwable cause) {
        super(message, cause);
        this.recordId = recordId;
    }

    /**
     * Returns the identifier of the record that could not be stored.
     *
     * @return the record id, or null when the failure was not about one record
     */
    public String recordId() {
        return recordId;
    }
}
