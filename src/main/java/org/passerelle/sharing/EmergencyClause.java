package org.passerelle.sharing;

import java.time.Period;
import org.passerelle.model.Checks;
import org.passerelle.model.InvalidValueException;

/**
 * An agreement's emergency clause: when the originator's consent cannot be obtained in good time and
 * a transfer is essential to prevent an immediate and serious threat, the transfer may go ahead under
 * conditions (SR-34).
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param maxRetention how long data transferred in an emergency may be kept
 * @param source the provision it implements, such as LED Art. 35(2)
 */
public record EmergencyClause(Period maxRetention, LegalBasis source) {
    /**
     * Validates the clause.
     */
    public EmergencyClause {
        Checks.notNull("maxRetention", maxRetention);
        if (maxRetention.isNegative() || maxRetention.isZero()) {
            throw new InvalidValueException("maxRetention", maxRetention.toString(), "must be a positive period");
        }
        Checks.notNull("source", source);
    }
}
