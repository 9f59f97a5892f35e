package org.passerelle.model;


/**
 * The identifier of an information item.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param value the identifier, see {@link Checks#id(String, String)}
 */
public record ItemId(String value) implements Comparable<ItemId> {
    /**
     * Validates the identifier.
     *
     * @param value the identifier, not null
     */
    public ItemId {
        Checks.id("item", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the identifier, not null
     * @return the identifier, not null
     */
    public static ItemId of(String value) {
        return new ItemId(value);
    }

    @Override
    public int compareTo(ItemId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
