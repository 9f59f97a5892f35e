package org.passerelle.json;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import org.passerelle.model.PasserelleIOException;
import org.passerelle.model.Checks;
import org.passerelle.risk.Assessment;

/**
 * Writes a batch of risk assessments as JSON Lines: one {@link AssessmentJson} object per line,
 * each ended by {@code \n}.
 *
 * <p>Not thread-safe: one writer per batch. Closing it closes the underlying writer.
 */
public final class AssessmentLines implements Closeable, Flushable {
    private final Writer out;
    private long count;

    private AssessmentLines(Writer out) {
        this.out = out;
    }

    /**
     * Starts writing to a writer.
     *
     * @param out the writer, not null
     * @return the lines writer, not null
     */
    public static AssessmentLines to(Writer out) {
        return new AssessmentLines(Checks.notNull("out", out));
    }

    /**
     * Writes one assessment as one line.
     *
     * @param assessment the assessment, not null
     * @return this writer
     * @throws PasserelleIOException if the line cannot be written
     */
    public AssessmentLines write(Assessment assessment) {
        String line = AssessmentJson.write(Checks.notNull("assessment", assessment));
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new PasserelleIOException("cannot write the assessment of " + assessment.declarationReference(), e);
        }
        count++;
        return this;
    }

    /**
     * Writes assessments, one per line, in order.
     *
     * @param assessments the assessments, not null
     * @return this writer
     * @throws PasserelleIOException if a line cannot be written
     */
    public AssessmentLines writeAll(Iterable<Assessment> assessments) {
        for (Assessment a : assessments) {
            write(a);
        }
        return this;
    }

    /**
     * Returns how many lines were written.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    /**
     * Flushes the underlying writer.
     *
     * @throws PasserelleIOException if it cannot be flushed
     */
    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new PasserelleIOException("cannot flush assessments", e);
        }
    }

    /**
     * Closes the underlying writer.
     *
     * @throws PasserelleIOException if it cannot be closed
     */
    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new PasserelleIOException("cannot close assessments", e);
        }
    }
}
