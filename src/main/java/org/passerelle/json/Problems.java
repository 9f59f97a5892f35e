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
    private final List<Problem> list = new ArrayList<>();

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
