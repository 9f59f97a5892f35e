package org.passerelle.model;


/**
 * A Traffic Light Protocol 2.0 label, from the least to the most restrictive.
 *
 * <p>The {@link #label()} is the exact text of TLP 2.0, such as {@code TLP:AMBER+STRICT}.
 */
public enum TlpLabel {
    /** {@code TLP:CLEAR}: no limit on disclosure. */
    CLEAR("TLP:CLEAR"),
    /** {@code TLP:GREEN}: within the community, not on public channels. */
    GREEN("TLP:GREEN"),
    /** {@code TLP:AMBER}: the recipient's organisation and its clients, on a need-to-know basis. */
    AMBER("TLP:AMBER"),
    /** {@code TLP:AMBER+STRICT}: the recipient's own organisation only, on a need-to-know basis. */
    AMBER_STRICT("TLP:AMBER+STRICT"),
    /** {@code TLP:RED}: the individual recipients of the original exchange only. */
    RED("TLP:RED");

    private final String label;

    TlpLabel(String label) {
        this.label = label;
    }

    /**
     * Returns the exact TLP 2.0 label.
     *
     * @return the label, such as {@code TLP:AMBER}
     */
    public String label() {
        return label;
    }

    /**
     * Returns whether this label restricts more than another.
     *
     * @param other the other label, not null
     * @return whether this one is more restrictive
     */
    public boolean isStricterThan(TlpLabel other) {
        return compareTo(other) > 0;
    }

    /**
     * Parses an exact TLP 2.0 label.
     *
     * @param label the label, such as {@code TLP:AMBER+STRICT}, not null
     * @return the label, not null
     * @throws InvalidInputException if the text is not one of the five TLP 2.0 labels
     */
    public static TlpLabel parse(String label) {
        for (TlpLabel tlp : values()) {
            if (tlp.label.equals(label)) {
                return tlp;
            }
        }
        throw new InvalidInputException("tlp", label,
                "must be one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED");
    }

    @Override
    public String toString() {
        return label;
    }
}
