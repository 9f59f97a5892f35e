package org.passerelle.model;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Validation helpers shared by the validating factories of the domain types.
 *
 * <p>Every method throws {@link InvalidInputException} naming the field and quoting the value.
 * Collections returned are immutable; sets are sorted so that equal values print equally.
 */
public final class Checks {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/+-]{0,127}");

    private Checks() {
    }

    /**
     * Requires a non-null value.
     *
     * @param field the name of the field, not null
     * @param value the value
     * @param <T> the type of the value
     * @return the value, not null
     */
    public static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, null, "is required");
        }
        return value;
    }

    /**
     * Requires a string that is neither null nor blank.
     *
     * @param field the name of the field, not null
     * @param value the value
     * @return the value, stripped of surrounding white space
     */
    public static String notBlank(String field, String value) {
        notNull(field, value);
        if (value.isBlank()) {
            throw new InvalidInputException(field, value, "must not be blank");
        }
        return value.strip();
    }

    /**
     * Requires an identifier: 1 to 128 characters, letters, digits and {@code . _ : / + -},
     * starting with a letter or digit.
     *
     * @param field the name of the field, not null
     * @param value the value
     * @return the value, not null
     */
    public static String id(String field, String value) {
        notNull(field, value);
        if (!ID.matcher(value).matches()) {
            throw new InvalidInputException(field, value,
                    "must be 1 to 128 letters, digits or . _ : / + - starting with a letter or digit");
        }
        return value;
    }

    /**
     * Copies a collection into an immutable sorted set, rejecting null elements.
     *
     * @param field the name of the field, not null
     * @param values the values, null is read as empty
     * @param <T> the element type
     * @return an immutable sorted set, not null
     */
    public static <T extends Comparable<? super T>> SortedSet<T> sortedSet(String field,
            Collection<? extends T> values) {
        TreeSet<T> set = new TreeSet<>();
        if (values != null) {
            for (T value : values) {
                set.add(element(field, value));
            }
        }
        return Collections.unmodifiableSortedSet(set);
    }

    /**
     * Copies a collection into an immutable list, keeping its order and rejecting null elements.
     *
     * @param field the name of the field, not null
     * @param values the values, null is read as empty
     * @param <T> the element type
     * @return an immutable list, not null
     */
    public static <T> List<T> list(String field, Collection<? extends T> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        for (T value : values) {
            element(field, value);
        }
        return List.copyOf(values);
    }

    /** Requires an element of a collection field, naming the field only when it is missing. */
    private static <T> T element(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field + "[]", null, "is required");
        }
        return value;
    }

    /**
     * Requires a number that is zero or more.
     *
     * @param field the name of the field, not null
     * @param value the value
     * @return the value
     */
    public static double nonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new InvalidInputException(field, String.valueOf(value), "must be a finite number >= 0");
        }
        return value;
    }
}
