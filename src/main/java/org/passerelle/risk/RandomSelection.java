package org.passerelle.risk;

/**
 * Random selection that cannot be gamed (RR-02): a uniform draw in [0, 1) that is a keyed function
 * of a declaration reference and a secret seed, then a lane from the configured rates.
 *
 * <p>The draw is SipHash-2-4 (Aumasson and Bernstein, 2012), a keyed pseudo-random function, of the
 * reference's UTF-16LE bytes under the 128-bit key ({@code seed}, SplitMix64 of {@code seed});
 * its top 53 bits are scaled to [0, 1). Without the seed, a trader cannot tell which references
 * are drawn, nor find one that never is: every reference is drawn with the configured rate. It uses
 * no shared state and no {@code java.util.Random}: the same reference and seed give the same draw
 * in every JVM, thread and release, and any other implementation of SipHash can reproduce it.
 * Immutable and thread-safe.
 */
final class RandomSelection {
    private final long k0;
    private final long k1;
    private final double red;
    private final double yellow;
    private final double blue;

    RandomSelection(long seed, double red, double yellow, double blue) {
        this.k0 = seed;
        this.k1 = mix64(seed ^ 0x9e3779b97f4a7c15L);
        this.red = red;
        this.yellow = yellow;
        this.blue = blue;
    }

    /**
     * Returns the uniform draw for a reference.
     */
    double draw(String reference) {
        return (sipHash(k0, k1, reference) >>> 11) * 0x1.0p-53;
    }

    /**
     * Returns the lane drawn for a reference, or null when the declaration is not selected.
     */
    Lane select(String reference) {
        if (red + yellow + blue == 0) {
            return null;
        }
        double u = draw(reference);
        if (u < red) {
            return Lane.RED;
        } else if (u < red + yellow) {
            return Lane.YELLOW;
        } else if (u < red + yellow + blue) {
            return Lane.BLUE;
        }
        return null;
    }

    double rate(Lane lane) {
        switch (lane) {
            case RED:
                return red;
            case YELLOW:
                return yellow;
            case BLUE:
                return blue;
            default:
                return 0;
        }
    }

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * SipHash-2-4 of the UTF-16LE bytes of a text: eight bytes (four characters) per message word,
     * the last word padded with zeros and carrying the byte length in its top byte.
     */
    static long sipHash(long k0, long k1, String text) {
        long v0 = 0x736f6d6570736575L ^ k0;
        long v1 = 0x646f72616e646f6dL ^ k1;
        long v2 = 0x6c7967656e657261L ^ k0;
        long v3 = 0x7465646279746573L ^ k1;
        int n = text.length();
        int full = n / 4;
        for (int w = 0; w < full; w++) {
            int i = w * 4;
            long m = text.charAt(i) | (long) text.charAt(i + 1) << 16 | (long) text.charAt(i + 2) << 32
                    | (long) text.charAt(i + 3) << 48;
            v3 ^= m;
            for (int r = 0; r < 2; r++) {
                v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
                v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
                v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
                v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
            }
            v0 ^= m;
        }
        long last = (long) (2 * n & 0xff) << 56;
        for (int i = full * 4, shift = 0; i < n; i++, shift += 16) {
            last |= (long) text.charAt(i) << shift;
        }
        v3 ^= last;
        for (int r = 0; r < 2; r++) {
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        }
        v0 ^= last;
        v2 ^= 0xff;
        for (int r = 0; r < 4; r++) {
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        }
        return v0 ^ v1 ^ v2 ^ v3;
    }
}
