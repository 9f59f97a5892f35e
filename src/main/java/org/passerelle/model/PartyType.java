package org.passerelle.model;

/**
 * The type of person a party is; data about a natural person is personal data.
 */
public enum PartyType {
    /** A natural person. */
    NATURAL_PERSON,
    /** A legal person: a company, an association, a public body. */
    LEGAL_PERSON
}
