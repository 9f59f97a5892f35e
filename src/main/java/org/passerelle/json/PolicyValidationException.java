package org.passerelle.json;

import java.util.List;
import org.passerelle.model.PasserelleException;

/**
 * Thrown when a JSON document (a policy directory, a request, a decision, an audit line) is not
 * valid; it lists every problem found in every file, not only the first.
 *
 * <p>The message holds one problem per line, such as
 * {@code agreements.json:14:7 $.agreements[0].validTo: must be an ISO date yyyy-mm-dd (got "2026-13-01")}.
 */
public final class PolicyValidationException extends PasserelleException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems, not empty
     */
    public PolicyValidationException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns every problem found, ordered by file, line and column.
     *
     * @return the problems, not empty
     */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one problem");
        }
        StringBuilder sb = new StringBuilder("invalid JSON document(s), " + problems.size() + " problem(s):");
        for (Problem p : problems) {
            sb.append('\n').append(p);
        }
        return sb.toString();
    }

    /**
     * One thing wrong in a JSON document: where it is (file, JSON path, line and column) and what was
     * expected.
     *
     * <p>This type is immutable and thread-safe.
     *
     * @param file the file name (relative to the policy directory) or the source name given by the caller
     * @param jsonPath the JSON path of the offending value, such as {@code $.agreements[0].validTo};
     *        {@code $} for the document itself
     * @param line the line, from 1; 0 when the problem concerns the file as a whole
     * @param column the column, from 1; 0 when unknown
     * @param message what was wrong and what was expected, quoting the bad value
     */
    public record Problem(String file, String jsonPath, int line, int column, String message) {
        /**
         * Validates the problem and escapes the control characters of its file, path and message
         * (line breaks, other C0 and C1 controls, Unicode line and paragraph separators, bidirectional
         * overrides) as <code>&#92;uXXXX</code>, so that a problem always prints as one line and a file name or
         * value cannot forge another.
         */
        public Problem {
            if (file == null || jsonPath == null || message == null) {
                throw new IllegalArgumentException("file, jsonPath and message are required");
            }
            file = escape(file);
            jsonPath = escape(jsonPath);
            message = escape(message);
        }

        /**
         * Escapes the characters that could break a line of output or reorder it on a terminal.
         *
         * @param text the text, not null
         * @return the text with such characters written <code>&#92;uXXXX</code>, not null
         */
        static String escape(String text) {
            StringBuilder sb = null;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (unsafe(c)) {
                    if (sb == null) {
                        sb = new StringBuilder(text.length() + 16).append(text, 0, i);
                    }
                    sb.append(String.format("\\u%04x", (int) c));
                } else if (sb != null) {
                    sb.append(c);
                }
            }
            return sb == null ? text : sb.toString();
        }

        private static boolean unsafe(char c) {
            return Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u200e' || c == '\u200f' || c == '\u061c';
        }

        /**
         * Returns the problem as one line: {@code file:line:column path: message}.
         *
         * @return the line, not null
         */
        @Override
        public String toString() {
            String where = line > 0 ? file + ":" + line + ":" + column : file;
            return where + " " + jsonPath + ": " + message;
        }
    }
}
