package org.passerelle.risk;

import org.passerelle.model.Checks;
import org.passerelle.model.Quantity;

/**
 * Goods seized during an inspection.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param description what was seized, such as "cocaine, concealed in banana boxes"
 * @param quantity how much, such as 180 KGM
 * @param threatArea the threat area it belongs to
 */
public record Seizure(String description, Quantity quantity, ThreatArea threatArea) {
    /**
     * Validates the seizure.
     */
    public Seizure {
        description = Checks.notBlank("seizure.description", description);
        Checks.notNull("seizure.quantity", quantity);
        Checks.notNull("seizure.threatArea", threatArea);
    }
}
