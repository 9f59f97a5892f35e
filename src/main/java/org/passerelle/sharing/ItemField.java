package org.passerelle.sharing;

import org.passerelle.model.Checks;
import org.passerelle.model.InvalidInputException;

/**
 * A named field of an information item, with its data-protection flags.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param name the field name, an identifier such as {@code bankAccount}
 * @param personalData whether the field holds personal data
 * @param specialCategory whether it holds special-category data (biometric, health, ethnic origin...)
 */
public record ItemField(String name, boolean personalData, boolean specialCategory) implements Comparable<ItemField> {
    /**
     * Validates the field: special-category data is personal data.
     */
    public ItemField {
        Checks.id("field", name);
        if (specialCategory && !personalData) {
            throw new InvalidInputException("field." + name, "specialCategory",
                    "special-category data must also be flagged as personal data");
        }
    }

    /**
     * Returns a field without personal data.
     *
     * @param name the field name, not null
     * @return the field, not null
     */
    public static ItemField plain(String name) {
        return new ItemField(name, false, false);
    }

    /**
     * Returns a field with personal data.
     *
     * @param name the field name, not null
     * @return the field, not null
     */
    public static ItemField personal(String name) {
        return new ItemField(name, true, false);
    }

    /**
     * Returns a field with special-category personal data.
     *
     * @param name the field name, not null
     * @return the field, not null
     */
    public static ItemField special(String name) {
        return new ItemField(name, true, true);
    }

    @Override
    public int compareTo(ItemField other) {
        return name.compareTo(other.name);
    }
}
