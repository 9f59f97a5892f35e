package org.passerelle.sharing;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;
import org.passerelle.model.Checks;

/**
 * An immutable list over an array that nothing else writes: what the engine hands to a
 * {@link SharingDecision} so that the decision holds its hits and conditions without copying them
 * again, and what an {@link ItemFacts} snapshot keeps its consents, objections and disclosures in.
 * Behaves as {@link List#of}: unmodifiable, no null elements, null-hostile queries.
 *
 * <p>{@link #plus} appends in amortised constant time: a list and the longer lists made from it
 * share one array with room to spare, and only the first list to claim a free slot writes it (the
 * others copy), so every list sees exactly its own elements. A fact store records a fact about an
 * item without copying the item's facts so far.
 *
 * <p>Only this package creates one; immutable and thread-safe.
 *
 * @param <E> the element type
 */
final class FrozenList<E> extends AbstractList<E> implements RandomAccess {
    private final Object[] elements;
    private final int size;
    /** The slots of {@code elements} claimed, shared by the lists over the array; null when not appendable. */
    private final AtomicInteger claimed;

    private FrozenList(Object[] elements, int size, AtomicInteger claimed) {
        this.elements = elements;
        this.size = size;
        this.claimed = claimed;
    }

    private FrozenList(Object[] elements) {
        this(elements, elements.length, null);
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

    /**
     * Returns an immutable list of the elements of a list and one more, in amortised constant time
     * when the list is one of these (a copy of the list otherwise).
     */
    static <E> List<E> plus(List<E> list, E value) {
        Objects.requireNonNull(value);
        if (list instanceof FrozenList<E> f && f.claimed != null && f.size < f.elements.length
                && f.claimed.compareAndSet(f.size, f.size + 1)) {
            f.elements[f.size] = value;
            return new FrozenList<>(f.elements, f.size + 1, f.claimed);
        }
        int n = list.size();
        Object[] a = new Object[Math.max(4, n * 2)];
        for (int i = 0; i < n; i++) {
            a[i] = Objects.requireNonNull(list.get(i));
        }
        a[n] = value;
        return new FrozenList<>(a, n + 1, new AtomicInteger(n + 1));
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
        Objects.checkIndex(index, size);
        return (E) elements[index];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int indexOf(Object o) {
        Objects.requireNonNull(o);
        for (int i = 0; i < size; i++) {
            if (o.equals(elements[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        Objects.requireNonNull(o);
        for (int i = size - 1; i >= 0; i--) {
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
        return Arrays.copyOf(elements, size);
    }
}
