package org.passerelle.risk;

/**
 * A selectivity lane (channel), from the most to the least severe.
 */
public enum Lane {
    /** Red: physical examination and documentary check before release. */
    RED,
    /** Yellow: documentary check before release. */
    YELLOW,
    /** Blue: release, subject to post-clearance audit. */
    BLUE,
    /** Green: release without further checks. */
    GREEN;

    /**
     * Returns whether this lane is more severe than another.
     *
     * @param other the other lane, not null
     * @return whether this one is more severe
     */
    public boolean isMoreSevereThan(Lane other) {
        return ordinal() < other.ordinal();
    }

    /**
     * Returns the more severe of two lanes (RR-01).
     *
     * @param a a lane, not null
     * @param b another lane, not null
     * @return the more severe one, not null
     */
    public static Lane mostSevere(Lane a, Lane b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
