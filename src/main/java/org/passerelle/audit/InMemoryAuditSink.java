package org.passerelle.audit;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.sharing.Recall;

/**
 * An audit sink that keeps records in memory, for tests and examples.
 *
 * <p>This class is thread-safe.
 */
public final class InMemoryAuditSink implements AuditSink {
    private final List<AuditRecord> records = new ArrayList<>();
    private final List<Recall> recalls = new ArrayList<>();

    /**
     * Creates an empty sink.
     */
    public InMemoryAuditSink() {
    }

    @Override
    public synchronized void accept(AuditRecord record) {
        if (record == null) {
            throw new NullPointerException("record");
        }
        records.add(record);
    }

    @Override
    public synchronized void acceptRecall(Recall recall) {
        if (recall == null) {
            throw new NullPointerException("recall");
        }
        recalls.add(recall);
    }

    /**
     * Returns the recalls received so far, in order.
     *
     * @return an immutable snapshot, not null
     */
    public synchronized List<Recall> recalls() {
        return List.copyOf(recalls);
    }

    /**
     * Returns the records received so far, in order.
     *
     * @return an immutable snapshot, not null
     */
    public synchronized List<AuditRecord> records() {
        return List.copyOf(records);
    }

    /**
     * Forgets every record received.
     */
    public synchronized void clear() {
        records.clear();
        recalls.clear();
    }
}
