package org.passerelle.json;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.audit.AuditException;
import org.passerelle.audit.AuditRecord;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.PasserelleIOException;

/**
 * Reads back the audit records a {@code org.passerelle.json.JsonLinesAuditSink} wrote.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class JsonLinesAuditReader {
    private JsonLinesAuditReader() {
    }

    /**
     * Reads every record of a JSON Lines file, skipping blank lines.
     *
     * @param file the file, not null
     * @return the records, in order, not null
     * @throws AuditException if the file cannot be read, is not a regular file (a FIFO is refused,
     *         not waited on), or a line is not a valid record or is longer than 16 Mi characters; its
     *         cause is a {@link InvalidInputException} naming each bad line
     */
    public static List<AuditRecord> read(Path file) {
        try {
            return records(AuditJson.readLines(file));
        } catch (InvalidInputException e) {
            throw new AuditException("audit log " + file + " holds invalid records:\n" + e.getMessage(), null, e);
        } catch (PasserelleIOException e) {
            throw new AuditException("cannot read audit log " + file + ": " + e.getMessage(), null, e);
        }
    }

    /**
     * Reads every record of a JSON Lines text, skipping blank lines.
     *
     * @param reader the text, not null; not closed
     * @param sourceName the name to quote in problems, not null
     * @return the records, in order, not null
     * @throws AuditException if the text cannot be read or a line is not a valid record; its cause is a
     *         {@link InvalidInputException} naming each bad line
     */
    public static List<AuditRecord> read(Reader reader, String sourceName) {
        try {
            return records(AuditJson.readLines(reader, sourceName));
        } catch (InvalidInputException e) {
            throw new AuditException("audit log " + sourceName + " holds invalid records:\n" + e.getMessage(), null,
                    e);
        } catch (PasserelleIOException e) {
            throw new AuditException("cannot read audit log " + sourceName + ": " + e.getMessage(), null, e);
        }
    }

    private static List<AuditRecord> records(List<AuditRecord> entries) {
        List<AuditRecord> records = new ArrayList<>(entries.size());
        for (AuditRecord e : entries) {
            records.add(e);
        }
        return List.copyOf(records);
    }
}
