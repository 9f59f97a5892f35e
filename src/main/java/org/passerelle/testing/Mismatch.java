package org.passerelle.testing;

import org.passerelle.model.Checks;

/**
 * One way a decision differs from what a policy test expected: what was checked, the value expected
 * and the value found.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param check what was checked, such as {@code outcome} or {@code redacted}
 * @param expected the value expected, as text
 * @param actual the value found, as text
 */
public record Mismatch(String check, String expected, String actual) {
    /**
     * Validates the mismatch.
     */
    public Mismatch {
        Checks.notBlank("check", check);
        Checks.notNull("expected", expected);
        Checks.notNull("actual", actual);
    }

    @Override
    public String toString() {
        return check + ": expected " + expected + ", got " + actual;
    }
}
