package org.passerelle.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.passerelle.json.AuditJson;
import org.passerelle.json.RecallJson;
import org.passerelle.sharing.Recall;

/**
 * An audit sink that appends one JSON object per line (JSON Lines) to a file or a writer, flushing
 * after each record.
 *
 * <p>This class is thread-safe: records are written whole, one at a time. Once closed, or once a
 * write failed, it refuses further records with {@link AuditException}.
 */
public final class JsonLinesAuditSink implements AuditSink {
    private final Writer out;
    private final String target;
    private boolean closed;

    private JsonLinesAuditSink(Writer out, String target) {
        this.out = out;
        this.target = target;
    }

    /**
     * Opens a sink that appends to a file, creating it if needed.
     *
     * @param file the file, not null
     * @return the sink, not null
     * @throws AuditException if the file cannot be opened
     */
    public static JsonLinesAuditSink appendingTo(Path file) {
        try {
            BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            return new JsonLinesAuditSink(w, file.toString());
        } catch (IOException e) {
            throw new AuditException("cannot open audit log " + file + ": " + e.getMessage(), null, e);
        }
    }

    /**
     * Returns a sink that writes to a writer; closing the sink closes the writer.
     *
     * @param writer the writer, not null
     * @return the sink, not null
     */
    public static JsonLinesAuditSink writingTo(Writer writer) {
        if (writer == null) {
            throw new NullPointerException("writer");
        }
        return new JsonLinesAuditSink(writer, writer.getClass().getSimpleName());
    }

    @Override
    public void accept(AuditRecord record) {
        write(AuditJson.write(record), "audit record " + record.recordId(), record.recordId());
    }

    /**
     * Writes a recall as one line of the log ({@link RecallJson}).
     *
     * @param recall the recall, not null
     * @throws AuditException if it cannot be stored
     */
    @Override
    public void acceptRecall(Recall recall) {
        write(RecallJson.write(recall), "recall of item " + recall.item(), null);
    }

    private void write(String line, String what, String recordId) {
        synchronized (this) {
            if (closed) {
                throw new AuditException("audit log " + target + " is closed; " + what + " was not stored", recordId,
                        null);
            }
            try {
                out.write(line);
                out.write('\n');
                out.flush();
            } catch (IOException e) {
                closed = true;
                throw new AuditException("cannot store " + what + " in " + target + ": " + e.getMessage(), recordId, e);
            }
        }
    }

    /**
     * Closes the sink and its file or writer.
     *
     * @throws AuditException if closing fails
     */
    @Override
    public synchronized void close() {
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            throw new AuditException("cannot close audit log " + target + ": " + e.getMessage(), null, e);
        }
    }
}
