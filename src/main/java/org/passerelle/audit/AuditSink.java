package org.passerelle.audit;

/**
 * Receives one audit record per sharing decision, refusals included, and every recall (SR-31).
 *
 * <p>Implementations must be thread-safe: decisions may be made concurrently. A sink that holds a
 * file or a connection releases it in {@link #close()}; {@code AuditedSharingEngine#close()} calls it.
 */
public interface AuditSink extends AutoCloseable {

    /**
     * Stores a record durably enough for the deployment, or fails.
     *
     * @param record the record, not null
     * @throws AuditException if the record cannot be stored
     */
    void accept(AuditRecord record);

    /**
     * Stores a recall (SR-30, SR-31) durably enough for the deployment, or fails. A sink that does not
     * implement it stores no recall: the default refuses every one, so a recall is never taken as
     * recorded when it was not.
     *
     * @param recall the recall, not null
     * @throws AuditException if the recall cannot be stored
     */
    default void acceptRecall(org.passerelle.sharing.Recall recall) {
        throw new AuditException("this audit sink (" + getClass().getName() + ") does not store recalls; recall of item "
                + recall.item() + " was not recorded", null, null);
    }

    /**
     * Releases what the sink holds (a file, a connection); a sink that held something refuses every
     * record afterwards. The default releases nothing and keeps accepting, for sinks that hold
     * nothing, such as {@link InMemoryAuditSink}.
     *
     * @throws AuditException if closing fails, such as when buffered records cannot be written
     */
    @Override
    default void close() {
    }
}
