package org.passerelle.sharing;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.passerelle.model.Checks;

/**
 * An immutable sorted set of strings over a sorted array that nothing else references: the field
 * names of a {@link Condition.Redact} the engine builds, held by the condition without another copy.
 * Behaves as an unmodifiable {@link TreeSet} in natural order: no null elements, null-hostile queries;
 * its views ({@link #subSet}, {@link #headSet}, {@link #tailSet}) are copies, made on demand.
 *
 * <p>Only this package creates one; immutable and thread-safe.
 */
final class FrozenSortedSet extends AbstractSet<String> implements SortedSet<String> {
    private final String[] elements;

    private FrozenSortedSet(String[] elements) {
        this.elements = elements;
    }

    /** Returns the names of a working list (which it sorts), without repetition, as an immutable set. */
    static SortedSet<String> copyOf(List<String> working) {
        working.sort(null);
        int n = 0;
        String[] a = new String[working.size()];
        for (int i = 0; i < a.length; i++) {
            String name = Objects.requireNonNull(working.get(i));
            if (n == 0 || !a[n - 1].equals(name)) {
                a[n++] = name;
            }
        }
        return new FrozenSortedSet(n == a.length ? a : Arrays.copyOf(a, n));
    }

    /**
     * Validates a sorted-set field of a public record: kept as is when this package froze it,
     * otherwise checked and copied ({@link Checks#sortedSet}).
     */
    static SortedSet<String> field(String field, Collection<String> values) {
        if (values instanceof FrozenSortedSet frozen) {
            return frozen;
        }
        return Checks.sortedSet(field, values);
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < elements.length;
            }

            @Override
            public String next() {
                if (next >= elements.length) {
                    throw new NoSuchElementException();
                }
                return elements[next++];
            }
        };
    }

    @Override
    public int size() {
        return elements.length;
    }

    @Override
    public boolean contains(Object o) {
        return Arrays.binarySearch(elements, (String) Objects.requireNonNull(o)) >= 0;
    }

    @Override
    public Comparator<? super String> comparator() {
        return null;
    }

    @Override
    public String first() {
        if (elements.length == 0) {
            throw new NoSuchElementException();
        }
        return elements[0];
    }

    @Override
    public String last() {
        if (elements.length == 0) {
            throw new NoSuchElementException();
        }
        return elements[elements.length - 1];
    }

    @Override
    public SortedSet<String> subSet(String fromElement, String toElement) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(this).subSet(fromElement, toElement));
    }

    @Override
    public SortedSet<String> headSet(String toElement) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(this).headSet(toElement));
    }

    @Override
    public SortedSet<String> tailSet(String fromElement) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(this).tailSet(fromElement));
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(elements, elements.length, Object[].class);
    }
}
