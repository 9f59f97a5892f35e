package org.passerelle.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.passerelle.json.PolicyValidationException.Problem;

/**
 * Collects the problems of a read, over every file, and throws them together. Not thread-safe: one
 * instance per read.
 */
final class Problems {
    /** The most characters of a value quoted in a message. */
    private static final int QUOTED = 100;

    private final List<Problem> list = new ArrayList<>();
    private final ReadLimits limits;

    /** Collects the problems of a read under the default limits. */
    Problems() {
        this(ReadLimits.DEFAULTS);
    }

    Problems(ReadLimits limits) {
        this.limits = limits;
    }

    /** Returns the limits of the read, for the checks made while binding (such as decimal digits). */
    ReadLimits limits() {
        return limits;
    }

    /**
     * Quotes a value for a message, as written and cut to 100 characters: a value is never expanded
     * or quoted whole (control characters are escaped by {@link Problem} itself).
     *
     * @return the value in double quotes, with its length when it was cut
     */
    static String quote(String value) {
        if (value.length() <= QUOTED) {
            return "\"" + value + "\"";
        }
        int end = Character.isHighSurrogate(value.charAt(QUOTED - 1)) ? QUOTED - 1 : QUOTED;
        return "\"" + value.substring(0, end) + "...\" (" + value.length() + " characters)";
    }

    void add(Node.Loc at, String message) {
        list.add(new Problem(at.file(), at.path(), at.line(), at.column(), message));
    }

    void addFile(String file, String message) {
        list.add(new Problem(file, "$", 0, 0, message));
    }

    int count() {
        return list.size();
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** Throws every problem collected, sorted by file, line and column, if there is any. */
    void throwIfAny() {
        if (!list.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                    .thenComparingInt(Problem::column));
            throw new PolicyValidationException(sorted);
        }
    }
}
