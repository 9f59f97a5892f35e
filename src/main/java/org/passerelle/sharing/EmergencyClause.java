package org.passerelle.sharing;

import java.time.Period;
import java.util.SortedSet;
import org.passerelle.model.Checks;
import org.passerelle.model.InvalidInputException;

/**
 * An agreement's emergency clause: when the originator's consent cannot be obtained in good time and
 * a transfer is essential to prevent an immediate and serious threat, the transfer may go ahead under
 * conditions (SR-34).
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param maxRetention how long data transferred in an emergency may be kept
 * @param source the provision it implements, such as LED Art. 35(2)
 * @param fields the personal-data fields needed for the emergency purpose: the minimum data of an
 *        emergency transfer; every other personal-data field is redacted (empty: all of them)
 */
public record EmergencyClause(Period maxRetention, LegalBasis source, SortedSet<String> fields) {
    /**
     * Validates the clause.
     */
    public EmergencyClause {
        Checks.notNull("maxRetention", maxRetention);
        if (maxRetention.isNegative() || maxRetention.isZero()) {
            throw new InvalidInputException("maxRetention", maxRetention.toString(), "must be a positive period");
        }
        Checks.notNull("source", source);
        fields = Checks.sortedSet("fields", fields);
    }

    /**
     * Creates a clause that declares no personal-data field for the emergency purpose: an emergency
     * transfer under it carries no personal data.
     *
     * @param maxRetention how long data transferred in an emergency may be kept, not null
     * @param source the provision it implements, not null
     */
    public EmergencyClause(Period maxRetention, LegalBasis source) {
        this(maxRetention, source, null);
    }
}
