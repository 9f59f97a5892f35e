package org.passerelle.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The path of a field inside an element, such as {@code parties[1].agency}: member names and array
 * positions, in order, so that a reader of a document can find the value a {@link Problem} is about
 * without taking a string apart.
 *
 * <p>A step is a member name, an array index, or "an element of the array" ({@code []}, when the
 * position is not known: the problem's {@linkplain Problem#value() value} tells which element).
 * The empty path, {@link #ROOT}, names the element itself. This type is immutable and thread-safe.
 */
public final class FieldPath {
    /** The path of the element itself. */
    public static final FieldPath ROOT = new FieldPath(List.of());

    private final List<Step> steps;

    private FieldPath(List<Step> steps) {
        this.steps = steps;
    }

    /**
     * Obtains the path written in the usual notation: member names separated by dots, array
     * positions in brackets, {@code []} for an element whose position is not known; such as
     * {@code parties[1].agency}, {@code restrictions.allowedRecipients[]} or {@code notFiredRules}.
     * The empty string is {@link #ROOT}.
     *
     * @param path the path, not null
     * @return the path, not null
     * @throws IllegalArgumentException if the text is not such a path
     */
    public static FieldPath of(String path) {
        Objects.requireNonNull(path, "path");
        if (path.isEmpty()) {
            return ROOT;
        }
        List<Step> steps = new ArrayList<>();
        for (String part : path.split("\\.", -1)) {
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            if (name.isEmpty() || name.indexOf(']') >= 0) {
                throw new IllegalArgumentException("not a field path: \"" + path + "\"");
            }
            steps.add(Step.member(name));
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                if (close < 0) {
                    throw new IllegalArgumentException("not a field path: \"" + path + "\"");
                }
                String index = part.substring(bracket + 1, close);
                try {
                    steps.add(index.isEmpty() ? Step.ANY_ELEMENT : Step.index(Integer.parseInt(index)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("not a field path: \"" + path + "\"", e);
                }
                bracket = close + 1 < part.length() ? close + 1 : -1;
                if (bracket >= 0 && part.charAt(bracket) != '[') {
                    throw new IllegalArgumentException("not a field path: \"" + path + "\"");
                }
            }
        }
        return new FieldPath(Collections.unmodifiableList(steps));
    }

    /**
     * Returns this path followed by a member.
     *
     * @param name the member's name, not empty
     * @return the longer path, not null
     */
    public FieldPath member(String name) {
        return then(Step.member(name));
    }

    /**
     * Returns this path followed by an array position.
     *
     * @param index the position, from 0
     * @return the longer path, not null
     */
    public FieldPath index(int index) {
        return then(Step.index(index));
    }

    /**
     * Returns this path followed by "an element of the array", whose position is not known.
     *
     * @return the longer path, not null
     */
    public FieldPath anyElement() {
        return then(Step.ANY_ELEMENT);
    }

    private FieldPath then(Step step) {
        List<Step> longer = new ArrayList<>(steps);
        longer.add(step);
        return new FieldPath(Collections.unmodifiableList(longer));
    }

    /**
     * Returns the steps of the path, from the element inwards.
     *
     * @return the steps, unmodifiable, not null; empty for {@link #ROOT}
     */
    public List<Step> steps() {
        return steps;
    }

    /**
     * Returns whether this is the path of the element itself.
     *
     * @return whether the path has no step
     */
    public boolean isRoot() {
        return steps.isEmpty();
    }

    /**
     * Returns the path with every array position replaced by {@code []}: the shape of the path,
     * the same for every element of an array, such as {@code parties[].agency}.
     *
     * @return the shape, not null
     */
    public FieldPath shape() {
        List<Step> out = new ArrayList<>(steps.size());
        for (Step s : steps) {
            out.add(s.isMember() ? s : Step.ANY_ELEMENT);
        }
        return new FieldPath(Collections.unmodifiableList(out));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldPath && ((FieldPath) o).steps.equals(steps);
    }

    @Override
    public int hashCode() {
        return steps.hashCode();
    }

    /**
     * Returns the path in the notation {@link #of(String)} reads, such as {@code parties[1].agency}.
     *
     * @return the path, not null; empty for {@link #ROOT}
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Step s : steps) {
            if (s.isMember()) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(s.name());
            } else {
                b.append('[').append(s.index() == Step.ANY ? "" : String.valueOf(s.index())).append(']');
            }
        }
        return b.toString();
    }

    /**
     * One step of a field path: a member name, or an array position.
     *
     * <p>This type is immutable and thread-safe.
     *
     * @param name the member's name, or null for an array position
     * @param index the array position from 0, {@link #ANY} for an element whose position is not
     *        known; -1 for a member
     */
    public record Step(String name, int index) {
        /** The index of "an element of the array", whose position is not known. */
        public static final int ANY = Integer.MAX_VALUE;
        /** An element of an array whose position is not known. */
        public static final Step ANY_ELEMENT = new Step(null, ANY);

        /**
         * Validates the step: a member has a name and no index, a position has an index and no name.
         */
        public Step {
            if (name != null ? name.isEmpty() || index != -1 : index < 0) {
                throw new IllegalArgumentException("a step is a member name or an array position (got name "
                        + name + ", index " + index + ")");
            }
        }

        /**
         * Obtains a member step.
         *
         * @param name the member's name, not empty
         * @return the step, not null
         */
        public static Step member(String name) {
            return new Step(Objects.requireNonNull(name, "name"), -1);
        }

        /**
         * Obtains an array position step.
         *
         * @param index the position, from 0
         * @return the step, not null
         */
        public static Step index(int index) {
            return new Step(null, index);
        }

        /**
         * Returns whether the step is a member name rather than an array position.
         *
         * @return whether it names a member
         */
        public boolean isMember() {
            return name != null;
        }
    }
}
