package org.passerelle.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Problem;
import org.passerelle.model.Problem.Code;

/**
 * Collects the problems of a read, over every file, each a typed {@link Problem} placed at its file,
 * JSON path, line and column, and throws them together. Not thread-safe: one instance per read.
 */
final class Problems {
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
        return Problem.quote(value);
    }

    /** Adds a problem found at a node of a document. */
    void add(Code code, Node.Loc at, String message) {
        list.add(Problem.at(code, location(at), message));
    }

    /** Adds a problem about a file or directory as a whole. */
    void addFile(Code code, String file, String message) {
        list.add(Problem.at(code, new Problem.Location(file, "$", 0, 0), message));
    }

    /** Adds a problem a domain type reported (a factory, a policy builder), placed at a node. */
    void add(Problem found, Node.Loc at) {
        list.add(found.locatedAt(location(at)));
    }

    /** Adds the problems of a domain type's exception, each placed at a node. */
    void addAll(InvalidInputException e, Node.Loc at) {
        for (Problem p : e.problems()) {
            add(p, at);
        }
    }

    /** Adds a problem already placed in a document. */
    void add(Problem placed) {
        list.add(placed);
    }

    static Problem.Location location(Node.Loc at) {
        return new Problem.Location(at.file(), at.path(), at.line(), at.column());
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
            throw new InvalidInputException(sorted(list));
        }
    }

    static List<Problem> sorted(List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        return sorted;
    }
}
