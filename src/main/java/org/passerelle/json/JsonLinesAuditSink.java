package org.passerelle.json;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.passerelle.audit.AuditException;
import org.passerelle.audit.AuditRecord;
import org.passerelle.audit.AuditSink;
import org.passerelle.sharing.Recall;

/**
 * An audit sink that appends one JSON object per line (JSON Lines) to a file or a writer, each record
 * written whole and flushed before {@link #accept} returns.
 *
 * <p>A record is accepted only when it was handed on in full: a write or flush that fails, including
 * the error a {@link PrintWriter} only reports through {@link PrintWriter#checkError()}, throws
 * {@link AuditException}. A record that was not accepted never reaches the log afterwards:
 * <ul>
 *   <li>{@link #appendingTo(Path)} writes each line with one unbuffered write to the file, and after a
 *       failed write truncates the file back to where that line began;</li>
 *   <li>{@link #writingTo(Writer)} never flushes nor closes the writer again after a failure (the
 *       writer may still buffer the refused line; its owner must discard it, not flush or close it).</li>
 * </ul>
 *
 * <p>This class is thread-safe: records are written whole, one at a time. Once closed, or once a
 * write failed, it refuses further records with {@link AuditException}. It does not {@code fsync}.
 */
public final class JsonLinesAuditSink implements AuditSink {
    private final Target out;
    private final String target;
    private boolean closed;
    private boolean failed;

    private JsonLinesAuditSink(Target out, String target) {
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
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
            return new JsonLinesAuditSink(new FileTarget(channel), file.toString());
        } catch (IOException | UnsupportedOperationException e) {
            throw new AuditException("cannot open audit log " + file + ": " + e.getMessage(), null, e);
        }
    }

    /**
     * Returns a sink that writes to a writer; closing the sink closes the writer, unless a write failed.
     *
     * @param writer the writer, not null; a {@link PrintWriter}'s errors are seen through
     *        {@link PrintWriter#checkError()}
     * @return the sink, not null
     */
    public static JsonLinesAuditSink writingTo(Writer writer) {
        if (writer == null) {
            throw new NullPointerException("writer");
        }
        return new JsonLinesAuditSink(new WriterTarget(writer), writer.getClass().getSimpleName());
    }

    @Override
    public void accept(AuditRecord record) {
        write(AuditJson.write(record), "audit record " + record.recordId(), record.recordId());
    }

    /**
     * Writes a recall as one line of the log ({@link RecallJson}), under the same guarantees as a record.
     *
     * @param recall the recall, not null
     * @throws AuditException if it cannot be stored
     */
    @Override
    public void acceptRecall(Recall recall) {
        write(RecallJson.write(recall), "recall of item " + recall.item(), null);
    }

    private void write(String text, String what, String recordId) {
        String line = text + "\n";
        synchronized (this) {
            if (closed || failed) {
                throw new AuditException("audit log " + target + " is " + (failed ? "broken by an earlier write "
                        + "error" : "closed") + "; " + what + " was not stored", recordId, null);
            }
            try {
                out.append(line);
            } catch (IOException | RuntimeException e) {
                failed = true;
                throw new AuditException("cannot store " + what + " in " + target + ": " + e.getMessage(), recordId, e);
            }
        }
    }

    /**
     * Closes the sink and its file or writer; after a failed write, a writer is left alone.
     *
     * @throws AuditException if closing fails
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close(failed);
        } catch (IOException e) {
            throw new AuditException("cannot close audit log " + target + ": " + e.getMessage(), null, e);
        }
    }

    /** Where lines go. */
    private interface Target {
        /** Writes one whole line and hands it on, or throws. */
        void append(String line) throws IOException;

        /** Releases the target; {@code failed} says whether a write failed before. */
        void close(boolean failed) throws IOException;
    }

    /** A file written without a buffer of its own, so a refused line can be taken back. */
    private static final class FileTarget implements Target {
        private final FileChannel channel;

        FileTarget(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public void append(String line) throws IOException {
            long start = channel.size();
            ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            try {
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
            } catch (IOException | RuntimeException e) {
                try {
                    if (channel.isOpen() && channel.size() > start) {
                        channel.truncate(start);
                    }
                } catch (IOException | RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }

        @Override
        public void close(boolean failed) throws IOException {
            channel.close();
        }
    }

    /** A writer of the caller's, flushed after each line and never touched again after a failure. */
    private static final class WriterTarget implements Target {
        private final Writer writer;

        WriterTarget(Writer writer) {
            this.writer = writer;
        }

        @Override
        public void append(String line) throws IOException {
            writer.write(line);
            writer.flush();
            if (writer instanceof PrintWriter && ((PrintWriter) writer).checkError()) {
                throw new IOException("the PrintWriter reported an error (PrintWriter.checkError)");
            }
        }

        @Override
        public void close(boolean failed) throws IOException {
            if (!failed) {
                writer.close();
            }
        }
    }
}
