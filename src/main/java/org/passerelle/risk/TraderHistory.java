package org.passerelle.risk;

import java.time.LocalDate;
import org.passerelle.model.Checks;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.TraderId;

/**
 * What an administration knows about a trader's past: when it was first seen, and its offences
 * and seizures.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param trader the trader
 * @param firstSeen the day of the trader's first declaration
 * @param offences the number of past customs offences
 * @param seizures the number of past seizures
 */
public record TraderHistory(TraderId trader, LocalDate firstSeen, int offences, int seizures) {
    /**
     * Validates the history.
     */
    public TraderHistory {
        Checks.notNull("trader", trader);
        Checks.notNull("firstSeen", firstSeen);
        if (offences < 0) {
            throw new InvalidInputException("offences", String.valueOf(offences), "must be zero or more");
        }
        if (seizures < 0) {
            throw new InvalidInputException("seizures", String.valueOf(seizures), "must be zero or more");
        }
    }
}
