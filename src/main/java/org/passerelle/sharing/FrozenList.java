package org.passerelle.sharing;

import java.util.AbstractList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.passerelle.model.Checks;

/**
 * An immutable list over an array that nothing else references: what the engine hands to a
 * {@link SharingDecision} so that the decision holds its hits and conditions without copying them
 * again. Behaves as {@link List#of}: unmodifiable, no null elements, null-hostile queries.
 *
 * <p>Only this package creates one, always over a fresh array; immutable and thread-safe.
 *
 * @param <E> the element type
 */
final class FrozenList<E> extends AbstractList<E> implements RandomAccess {
    private final Object[] elements;

    private FrozenList(Object[] elements) {
        this.elements = elements;
    }

    /**
     * Returns the elements of a working list as an immutable list: one exact-size array and this
     * wrapper, or the empty list.
     */
    static <E> List<E> copyOf(List<E> working) {
        int n = working.size();
        if (n == 0) {
            return List.of();
        }
        Object[] a = new Object[n];
        for (int i = 0; i < n; i++) {
            a[i] = Objects.requireNonNull(working.get(i));
        }
        return new FrozenList<>(a);
    }

    /** Returns one element as an immutable list. */
    static <E> List<E> of(E element) {
        return new FrozenList<>(new Object[] {Objects.requireNonNull(element)});
    }

    /**
     * Validates a list field of a public record: kept as is when this package froze it, otherwise
     * checked and copied ({@link Checks#list}).
     */
    static <E> List<E> field(String field, Collection<? extends E> values) {
        if (values instanceof FrozenList) {
            @SuppressWarnings("unchecked")
            List<E> frozen = (List<E>) values;
            return frozen;
        }
        return Checks.list(field, values);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        return (E) elements[index];
    }

    @Override
    public int size() {
        return elements.length;
    }

    @Override
    public int indexOf(Object o) {
        Objects.requireNonNull(o);
        for (int i = 0; i < elements.length; i++) {
            if (o.equals(elements[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        Objects.requireNonNull(o);
        for (int i = elements.length - 1; i >= 0; i--) {
            if (o.equals(elements[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public Object[] toArray() {
        return elements.clone();
    }
}
