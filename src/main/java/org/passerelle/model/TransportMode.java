package org.passerelle.model;

/**
 * A mode of transport, with its UN/ECE Recommendation 19 code.
 */
public enum TransportMode {
    /** Maritime transport (1). */
    SEA(1),
    /** Rail transport (2). */
    RAIL(2),
    /** Road transport (3). */
    ROAD(3),
    /** Air transport (4). */
    AIR(4),
    /** Postal consignment (5). */
    POSTAL(5),
    /** Fixed transport installation, such as a pipeline (7). */
    FIXED_INSTALLATION(7),
    /** Inland water transport (8). */
    INLAND_WATERWAY(8),
    /** Own propulsion or unknown (9). */
    OTHER(9);

    private final int code;

    TransportMode(int code) {
        this.code = code;
    }

    /**
     * Returns the UN/ECE Recommendation 19 code.
     *
     * @return the code, 1 to 9
     */
    public int code() {
        return code;
    }
}
