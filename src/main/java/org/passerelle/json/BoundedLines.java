package org.passerelle.json;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of text, never holding more than a limit of characters for one line: a longer line is
 * skipped to its end and reported by its length, so a log without line breaks cannot exhaust the heap.
 *
 * <p>Lines end with {@code \n}, {@code \r\n} or {@code \r}, as {@link java.io.BufferedReader} has them.
 * Not thread-safe: one per text.
 */
final class BoundedLines {
    private final Reader in;
    private final long max;
    private final char[] buf = new char[8192];
    private int pos;
    private int len;
    private boolean skipLf;

    /**
     * A line read: its text, or, when it was longer than the limit, null and its length.
     *
     * @param text the line without its end, or null when it was too long
     * @param length the number of characters of the line
     */
    record Line(String text, long length) {
        boolean tooLong() {
            return text == null;
        }
    }

    BoundedLines(Reader in, long max) {
        this.in = in;
        this.max = max;
    }

    /**
     * Reads the next line.
     *
     * @return the line, or null at the end of the text
     */
    Line next() throws IOException {
        StringBuilder sb = null;
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    if (!any) {
                        return null;
                    }
                    return line(sb, length);
                }
            }
            if (skipLf) {
                skipLf = false;
                if (buf[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            any = true;
            int start = pos;
            while (pos < len && buf[pos] != '\n' && buf[pos] != '\r') {
                pos++;
            }
            int n = pos - start;
            if (length + n <= max) {
                if (sb == null) {
                    sb = new StringBuilder(Math.min(n + 16, 1024));
                }
                sb.append(buf, start, n);
            } else {
                sb = null;
            }
            length += n;
            if (pos < len) {
                skipLf = buf[pos] == '\r';
                pos++;
                return line(sb, length);
            }
        }
    }

    private Line line(StringBuilder sb, long length) {
        return new Line(length <= max ? (sb == null ? "" : sb.toString()) : null, length);
    }
}
