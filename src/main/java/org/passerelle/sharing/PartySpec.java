package org.passerelle.sharing;

import java.util.SortedSet;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyId;
import org.passerelle.model.AgencyKind;
import org.passerelle.model.Checks;
import org.passerelle.model.CountryCode;
import org.passerelle.model.InvalidInputException;

/**
 * Who is a party to an agreement: either one named agency, or every agency of some kinds in some
 * countries (such as "the customs administrations of FR and DE").
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param agency the named agency, or null
 * @param kinds the agency kinds, when no agency is named; empty means any kind
 * @param countries the countries, when no agency is named; empty means any country
 */
public record PartySpec(AgencyId agency, SortedSet<AgencyKind> kinds, SortedSet<CountryCode> countries) {
    /**
     * Validates the specification: a named agency, or kinds and countries, not both, not neither.
     */
    public PartySpec {
        kinds = Checks.sortedSet("kinds", kinds);
        countries = Checks.sortedSet("countries", countries);
        if (agency != null && (!kinds.isEmpty() || !countries.isEmpty())) {
            throw new InvalidInputException("party", agency.value(),
                    "name either an agency or kinds and countries, not both");
        }
        if (agency == null && kinds.isEmpty() && countries.isEmpty()) {
            throw new InvalidInputException("party", null, "must name an agency, or kinds and countries");
        }
    }

    /**
     * Returns a specification naming one agency.
     *
     * @param id the agency identifier, not null
     * @return the specification, not null
     */
    public static PartySpec agency(String id) {
        return new PartySpec(AgencyId.of(id), null, null);
    }

    /**
     * Returns a specification of agencies of some kinds in some countries.
     *
     * @param kinds the kinds, empty for any kind
     * @param countries the countries, empty for any country
     * @return the specification, not null
     */
    public static PartySpec of(java.util.Collection<AgencyKind> kinds, java.util.Collection<CountryCode> countries) {
        return new PartySpec(null, Checks.sortedSet("kinds", kinds), Checks.sortedSet("countries", countries));
    }

    /**
     * Returns whether an agency matches this specification.
     *
     * @param candidate the agency, not null
     * @return whether it matches
     */
    public boolean matches(Agency candidate) {
        if (agency != null) {
            return agency.equals(candidate.id());
        }
        return (kinds.isEmpty() || kinds.contains(candidate.kind()))
                && (countries.isEmpty() || countries.contains(candidate.country()));
    }
}
