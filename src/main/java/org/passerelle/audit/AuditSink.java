package org.passerelle.audit;

/**
 * Receives one audit record per sharing decision, refusals included (SR-31).
 *
 * <p>Implementations must be thread-safe: decisions may be made concurrently.
 */
public interface AuditSink {

    /**
     * Stores a record durably enough for the deployment, or fails.
     *
     * @param record the record, not null
     * @throws AuditException if the record cannot be stored
     */
    void accept(AuditRecord record);
}
