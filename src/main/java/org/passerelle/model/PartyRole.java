package org.passerelle.model;

/**
 * The role a party plays in a declaration.
 */
public enum PartyRole {
    /** The consignor or exporter. */
    CONSIGNOR,
    /** The consignee or importer. */
    CONSIGNEE,
    /** The declarant or its representative. */
    DECLARANT,
    /** The carrier. */
    CARRIER,
    /** The party to notify on arrival. */
    NOTIFY_PARTY,
    /** The seller of the goods. */
    SELLER,
    /** The buyer of the goods. */
    BUYER
}
