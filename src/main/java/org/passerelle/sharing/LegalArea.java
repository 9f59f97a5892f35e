package org.passerelle.sharing;

import java.util.SortedSet;
import org.passerelle.model.Checks;
import org.passerelle.model.CountryCode;
import org.passerelle.model.InvalidInputException;

/**
 * A group of states sharing data-protection law, such as the EU; a transfer outside the
 * originator's legal area is a transfer to a third country (SR-24).
 *
 * <p>A country in no declared legal area forms one of its own. This type is immutable and thread-safe.
 *
 * @param id the identifier, such as {@code EU}
 * @param title the title
 * @param countries the member states
 */
public record LegalArea(LegalAreaId id, String title, SortedSet<CountryCode> countries) {
    /**
     * Validates the legal area.
     */
    public LegalArea {
        Checks.notNull("id", id);
        title = Checks.notBlank("title", title);
        countries = Checks.sortedSet("countries", countries);
        if (countries.isEmpty()) {
            throw new InvalidInputException("countries", null, "a legal area needs at least one country");
        }
    }
}
