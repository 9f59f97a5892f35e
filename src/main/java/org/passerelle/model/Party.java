package org.passerelle.model;

/**
 * A party to a declaration in one role: consignor, consignee, declarant, carrier and so on.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param role the role
 * @param id the EORI number or TIN
 * @param name the name
 * @param type whether the party is a natural or a legal person
 * @param country the country of establishment
 * @param aeo the AEO authorisation, or null when the party holds none
 */
public record Party(PartyRole role, TraderId id, String name, PartyType type, CountryCode country,
        AeoAuthorisation aeo) {
    /**
     * Validates the party.
     */
    public Party {
        Checks.notNull("party.role", role);
        Checks.notNull("party.id", id);
        name = Checks.notBlank("party.name", name);
        Checks.notNull("party.type", type);
        Checks.notNull("party.country", country);
    }

    /**
     * Obtains a company (a legal person) without AEO authorisation.
     *
     * @param role the role, not null
     * @param id the identifier, not null
     * @param name the name, not null
     * @param country the ISO 3166-1 alpha-2 code, not null
     * @return the party, not null
     */
    public static Party company(PartyRole role, TraderId id, String name, String country) {
        return new Party(role, id, name, PartyType.LEGAL_PERSON, CountryCode.of(country), null);
    }

    /**
     * Returns a copy with an AEO authorisation.
     *
     * @param authorisation the authorisation, may be null
     * @return the copy, not null
     */
    public Party withAeo(AeoAuthorisation authorisation) {
        return new Party(role, id, name, type, country, authorisation);
    }

    /**
     * Returns a copy in another role.
     *
     * @param value the role, not null
     * @return the copy, not null
     */
    public Party withRole(PartyRole value) {
        return new Party(value, id, name, type, country, aeo);
    }
}
