package org.passerelle.risk;

import java.util.List;
import java.util.Map;

/**
 * An immutable open-addressing map from commodity code prefixes (2 to 10 digits) to indicator
 * numbers, probed without allocating: a prefix is keyed by the number its digits spell times 16 plus its
 * length, so {@code 07} and {@code 7} differ, and a caller computes the probes of a code digit by
 * digit instead of cutting substrings.
 * Thread-safe.
 */
final class PrefixIndex {
    private final long[] keys;
    private final int[][] values;
    private final int mask;
    private final boolean[] lengths = new boolean[11];

    PrefixIndex(Map<String, List<Integer>> prefixes) {
        int capacity = Integer.highestOneBit(Math.max(4, prefixes.size() * 2) - 1) << 1;
        this.keys = new long[capacity];
        this.values = new int[capacity][];
        this.mask = capacity - 1;
        for (Map.Entry<String, List<Integer>> e : prefixes.entrySet()) {
            String p = e.getKey();
            lengths[p.length()] = true;
            long key = key(Long.parseLong(p), p.length());
            int slot = slot(key);
            while (values[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            int[] list = new int[e.getValue().size()];
            for (int i = 0; i < list.length; i++) {
                list[i] = e.getValue().get(i);
            }
            values[slot] = list;
        }
    }

    private static long key(long digits, int length) {
        return digits * 16 + length;
    }

    private int slot(long key) {
        return (int) RandomSelection.mix64(key) & mask;
    }

    /** Returns whether some prefix has this length. */
    boolean hasLength(int length) {
        return lengths[length];
    }

    /**
     * Returns the indicators under a prefix, given as the number its digits spell and its length,
     * or null.
     */
    int[] get(long digits, int length) {
        long key = key(digits, length);
        int slot = slot(key);
        int[] v;
        while ((v = values[slot]) != null) {
            if (keys[slot] == key) {
                return v;
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }
}
