package org.passerelle.model;

/**
 * The means of transport crossing the border: its mode, identity, nationality and voyage.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param mode the mode of transport
 * @param identity the identity of the means, such as an IMO number, a flight number or a plate, or null
 * @param nationality the nationality (flag) of the means, or null
 * @param voyage the voyage or flight reference, or null
 */
public record TransportMeans(TransportMode mode, String identity, CountryCode nationality, String voyage) {
    /**
     * Validates the means.
     */
    public TransportMeans {
        Checks.notNull("transport.mode", mode);
        if (identity != null) {
            identity = Checks.notBlank("transport.identity", identity);
        }
        if (voyage != null) {
            voyage = Checks.notBlank("transport.voyage", voyage);
        }
    }

    /**
     * Obtains a means of transport of which only the mode is known.
     *
     * @param mode the mode, not null
     * @return the means, not null
     */
    public static TransportMeans of(TransportMode mode) {
        return new TransportMeans(mode, null, null, null);
    }
}
