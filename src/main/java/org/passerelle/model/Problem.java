package org.passerelle.model;

import java.util.Objects;

/**
 * One thing wrong with an input, or worth a look: what kind of problem ({@link Code}), how serious
 * ({@link Severity}), in which element, which field, which value, what was expected, and, for an
 * input read from a document, where it is.
 *
 * <p>Every problem Passerelle reports has this one shape, whoever finds it: a value's factory, a
 * policy's builder (agreements, items, consents), the sharing or risk engine's builders, or the JSON
 * readers, which add the {@link Location} (file, JSON path, line and column). They are thrown
 * together, every one found, in an {@link InvalidInputException}; warnings are listed where the
 * valid input they concern is returned. This type is immutable and thread-safe.
 *
 * @param code what kind of problem it is, for a program to branch on
 * @param severity whether it stops the input from being used
 * @param element the kind of element, such as {@code agreement} or {@code item}; null when the
 *        problem is about a single value or a document as a whole
 * @param elementId the identifier of the element, or null when it has none
 * @param field the field inside the element (or of the value's factory), such as
 *        {@code parties[1].agency}; {@link FieldPath#ROOT} for the element or document itself
 * @param value the offending value as text, or null when it was missing or is not one value
 * @param message what was wrong and what was expected, quoting the bad value
 * @param location where the problem is in a document, or null when the input was not read from one
 */
public record Problem(Code code, Severity severity, String element, String elementId, FieldPath field, String value,
        String message, Location location) {

    /**
     * What kind of problem it is. Programs branch on the code, never on the message.
     */
    public enum Code {
        /** A value does not have the expected form or is out of range. */
        INVALID_VALUE,
        /** A required value or part is absent. */
        MISSING,
        /** A JSON value of another type than expected, such as a number for a string. */
        WRONG_TYPE,
        /** A member or section that the format does not define. */
        UNKNOWN_FIELD,
        /** An identifier declared twice, or a value listed twice. */
        DUPLICATE,
        /** A reference to an element (an agency, a purpose, an agreement...) that the input does not hold. */
        UNKNOWN_REFERENCE,
        /** Values that are each valid but contradict each other or a rule, such as a consent not given by the originator. */
        CONFLICT,
        /** Text that is not well-formed JSON or not valid UTF-8. */
        MALFORMED,
        /** Input beyond a configured limit, such as the size of a document. */
        LIMIT_EXCEEDED,
        /** A file or directory that does not exist, or cannot be listed or read. */
        UNREADABLE,
        /** Valid, but probably not what its author meant (a warning). */
        DOUBTFUL
    }

    /**
     * How serious a problem is.
     */
    public enum Severity {
        /** The input is invalid and is not used. */
        ERROR,
        /** The input is valid, but probably does not say what its author meant. */
        WARNING
    }

    /**
     * Where a problem is in a document.
     *
     * <p>This type is immutable and thread-safe.
     *
     * @param file the file name (relative to the policy directory) or the source name given by the caller
     * @param jsonPath the JSON path of the offending value, such as {@code $.agreements[0].validTo};
     *        {@code $} for the document itself
     * @param line the line, from 1; 0 when the problem concerns the file as a whole
     * @param column the column, from 1; 0 when unknown
     */
    public record Location(String file, String jsonPath, int line, int column) {
        /**
         * Validates the location.
         */
        public Location {
            file = escape(Objects.requireNonNull(file, "file"));
            jsonPath = escape(Objects.requireNonNull(jsonPath, "jsonPath"));
        }

        /**
         * Returns the location as {@code file:line:column}, or the file alone when the line is not known.
         *
         * @return the location, not null
         */
        @Override
        public String toString() {
            return line > 0 ? file + ":" + line + ":" + column : file;
        }
    }

    /** The most characters of a value quoted in a message. */
    private static final int QUOTED = 100;

    /**
     * Validates the problem and escapes the control characters of its message (line breaks, other C0
     * and C1 controls, Unicode line and paragraph separators, bidirectional overrides) as
     * <code>&#92;uHHHH (four hex digits)</code>, so that a problem always prints as one line and a value cannot forge
     * another; {@link Location} does the same for the file and the JSON path.
     */
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(field, "field");
        message = escape(Objects.requireNonNull(message, "message"));
    }

    /**
     * Quotes a value for a message, as written and cut to 100 characters: a value is never quoted
     * whole when it is long (control characters are escaped by the problem itself).
     *
     * @param value the value, not null
     * @return the value in double quotes, followed by its length when it was cut
     */
    public static String quote(String value) {
        if (value.length() <= QUOTED) {
            return "\"" + value + "\"";
        }
        int end = Character.isHighSurrogate(value.charAt(QUOTED - 1)) ? QUOTED - 1 : QUOTED;
        return "\"" + value.substring(0, end) + "...\" (" + value.length() + " characters)";
    }

    private static String got(String value) {
        return value == null ? "" : " (got " + quote(value) + ")";
    }

    /**
     * Escapes the characters that could break a line of output or reorder it on a terminal.
     *
     * @param text the text, not null
     * @return the text with such characters written <code>&#92;uHHHH (four hex digits)</code>, not null
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
     * Obtains an error about a single value, as a value's factory or a builder reports it: the field
     * or setting it was given for, the value, and what was expected.
     *
     * @param code the kind of problem, not null
     * @param field the field or setting, such as {@code validTo} or {@code seizure.quantity}, not null
     * @param value the rejected value as text, or null when it was missing
     * @param message what was expected, not null; the value is quoted after it
     * @return the problem, not null
     */
    public static Problem ofValue(Code code, String field, String value, String message) {
        return new Problem(code, Severity.ERROR, null, null, pathOf(field), value,
                message + got(value), null);
    }

    /**
     * Obtains an error about a field of an element of a policy, as a policy's builder reports it.
     *
     * @param code the kind of problem, not null
     * @param element the kind of element, such as {@code agreement}, not null
     * @param elementId the element's identifier, or null
     * @param field the field, such as {@code parties[1].agency}, not null
     * @param value the offending value as text, or null
     * @param message what was expected, not null; the value is quoted after it
     * @return the problem, not null
     */
    public static Problem ofElement(Code code, String element, String elementId, String field, String value,
            String message) {
        return new Problem(code, Severity.ERROR, Objects.requireNonNull(element, "element"), elementId, pathOf(field),
                value, message + got(value), null);
    }

    /**
     * Obtains a warning about a field of an element: the element is valid, but probably does not
     * say what its author meant.
     *
     * @param element the kind of element, such as {@code agreement}, not null
     * @param elementId the element's identifier, or null
     * @param field the field, not null
     * @param value the value concerned as text, or null
     * @param message what to look at, not null; the value is quoted after it
     * @return the warning, code {@link Code#DOUBTFUL}, not null
     */
    public static Problem warning(String element, String elementId, String field, String value, String message) {
        return new Problem(Code.DOUBTFUL, Severity.WARNING, Objects.requireNonNull(element, "element"), elementId,
                pathOf(field), value, message + got(value), null);
    }

    /**
     * Obtains a problem found at a place in a document, as the JSON readers report it.
     *
     * @param code the kind of problem, not null
     * @param location where it is, not null
     * @param message what was wrong and what was expected, quoting the bad value, not null
     * @return the problem, an error, not null
     */
    public static Problem at(Code code, Location location, String message) {
        return new Problem(code, Severity.ERROR, null, null, FieldPath.ROOT, null, message,
                Objects.requireNonNull(location, "location"));
    }

    /**
     * Returns this problem placed in a document, keeping what it says about the element and field.
     *
     * @param where the place in the document, not null
     * @return the placed problem, not null
     */
    public Problem locatedAt(Location where) {
        return new Problem(code, severity, element, elementId, field, value, message,
                Objects.requireNonNull(where, "where"));
    }

    /**
     * Returns whether this problem stops the input from being used.
     *
     * @return whether its severity is {@link Severity#ERROR}
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Returns the file the problem is in.
     *
     * @return the file or source name, or null when the input was not read from a document
     */
    public String file() {
        return location == null ? null : location.file();
    }

    /**
     * Returns the JSON path of the offending value.
     *
     * @return the path such as {@code $.agreements[0].validTo}, or null when the input was not read
     *         from a document
     */
    public String jsonPath() {
        return location == null ? null : location.jsonPath();
    }

    /**
     * Returns the line the problem is on.
     *
     * @return the line from 1; 0 when it concerns a file as a whole or the input was not read from a document
     */
    public int line() {
        return location == null ? 0 : location.line();
    }

    /**
     * Returns the column the problem is at.
     *
     * @return the column from 1; 0 when unknown
     */
    public int column() {
        return location == null ? 0 : location.column();
    }

    /**
     * Returns the problem as one line: {@code file:line:column $.path: message} for a problem in a
     * document, else {@code element id: field: message}; a warning starts with {@code warning: }.
     *
     * @return the line, not null
     */
    @Override
    public String toString() {
        String where;
        if (location != null) {
            where = location + " " + location.jsonPath();
        } else {
            String what = element == null ? "" : elementId == null ? element : element + " " + elementId;
            where = field.isRoot() ? what : what.isEmpty() ? field.toString() : what + ": " + field;
        }
        return (severity == Severity.WARNING ? "warning: " : "") + (where.isEmpty() ? "" : where + ": ") + message;
    }

    /** Reads a field path, keeping a name that is not one (such as {@code consent C1.item}) as one member. */
    private static FieldPath pathOf(String field) {
        Objects.requireNonNull(field, "field");
        try {
            return FieldPath.of(field);
        } catch (IllegalArgumentException e) {
            return FieldPath.ROOT.member(field);
        }
    }
}
