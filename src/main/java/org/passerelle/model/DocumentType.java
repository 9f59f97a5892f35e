package org.passerelle.model;

/**
 * The type of a document supporting a declaration: transport documents, commercial documents,
 * licences, permits and certificates.
 */
public enum DocumentType {
    /** Master transport document (master bill of lading, master air waybill). */
    MASTER_TRANSPORT_DOCUMENT,
    /** House transport document (house bill of lading, house air waybill). */
    HOUSE_TRANSPORT_DOCUMENT,
    /** Commercial invoice. */
    INVOICE,
    /** Packing list. */
    PACKING_LIST,
    /** Certificate or proof of origin. */
    CERTIFICATE_OF_ORIGIN,
    /** CITES permit or certificate for wildlife. */
    CITES_PERMIT,
    /** Import licence. */
    IMPORT_LICENCE,
    /** Export licence, including for cultural goods. */
    EXPORT_LICENCE,
    /** Licence for dual-use or strategic goods. */
    DUAL_USE_LICENCE,
    /** Licence or registration for drug precursors. */
    PRECURSOR_LICENCE,
    /** Permit for weapons, ammunition or explosives. */
    WEAPONS_PERMIT,
    /** Notification and consent for a shipment of waste (Basel Convention). */
    WASTE_SHIPMENT_NOTIFICATION,
    /** Sanitary or phytosanitary certificate. */
    SANITARY_CERTIFICATE,
    /** Any other document. */
    OTHER
}
