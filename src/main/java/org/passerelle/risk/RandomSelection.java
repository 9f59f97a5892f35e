package org.passerelle.risk;

/**
 * Reproducible random selection (RR-02): a uniform draw in [0, 1) from a declaration reference and
 * a seed, then a lane from the configured rates.
 *
 * <p>The draw is a 64-bit FNV-1a hash of the reference's UTF-16 characters, xored with the seed
 * passed through the SplitMix64 finaliser, passed through the finaliser again, and its top 53 bits
 * scaled to [0, 1). It uses no shared state and no {@code java.util.Random}: the same reference
 * and seed give the same draw in every JVM, thread and release, and any other implementation can
 * reproduce it. Immutable and thread-safe.
 */
final class RandomSelection {
    private final long seedMix;
    private final double red;
    private final double yellow;
    private final double blue;

    RandomSelection(long seed, double red, double yellow, double blue) {
        this.seedMix = mix64(seed);
        this.red = red;
        this.yellow = yellow;
        this.blue = blue;
    }

    /**
     * Returns the uniform draw for a reference.
     */
    double draw(String reference) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < reference.length(); i++) {
            h ^= reference.charAt(i);
            h *= 0x100000001b3L;
        }
        return (mix64(h ^ seedMix) >>> 11) * 0x1.0p-53;
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
}
