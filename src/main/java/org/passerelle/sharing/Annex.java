package org.passerelle.sharing;

import java.util.SortedSet;
import org.passerelle.model.Checks;
import org.passerelle.model.CountryCode;

/**
 * An optional annex of a multilateral convention (Nairobi-type) and the states that accepted it.
 *
 * <p>Obligations under an annex exist only between states that both accepted it (SR-03). This type
 * is immutable and thread-safe.
 *
 * @param id the annex identifier, such as {@code X}
 * @param title the title, such as "Narcotics"
 * @param acceptedBy the states that accepted the annex
 */
public record Annex(String id, String title, SortedSet<CountryCode> acceptedBy) {
    /**
     * Validates the annex.
     */
    public Annex {
        Checks.id("annex", id);
        title = Checks.notBlank("title", title);
        acceptedBy = Checks.sortedSet("acceptedBy", acceptedBy);
    }
}
