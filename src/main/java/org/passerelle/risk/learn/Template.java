package org.passerelle.risk.learn;

/**
 * A family of candidate indicators: which attribute values of a declaration a candidate tests.
 * Each template is one feature of the logistic regression that weighs the families against each
 * other; within a family, candidates are weighed by their smoothed weight of evidence.
 */
enum Template {
    HS6("HS subheading"),
    HS4("HS heading"),
    HS2("HS chapter"),
    ORIGIN("origin"),
    DEPARTURE("departure"),
    HS6_ORIGIN("HS subheading and origin"),
    HS6_DEPARTURE("HS subheading and departure"),
    HS6_ORIGIN_DEPARTURE("HS subheading, origin and departure"),
    HS4_ORIGIN("HS heading and origin"),
    DECLARANT("declarant"),
    IMPORTER("importer"),
    SELLER("seller"),
    PROCEDURE("procedure"),
    IMPORT_TYPE("import type"),
    IMPORT_USE("import use"),
    PAYMENT_TYPE("payment type"),
    OFFICE("office"),
    TAX_TYPE("tax type"),
    TAX_RATE("tax rate"),
    ORIGIN_INDICATOR("origin indicator"),
    HS6_TAX_TYPE("HS subheading and tax type"),
    HS6_TAX_RATE("HS subheading and tax rate"),
    HS6_VALUE("HS subheading and value range"),
    HS6_MASS("HS subheading and mass range"),
    HS6_UNIT_VALUE("HS subheading and value-per-kg range"),
    HS6_ORIGIN_DEPARTURE_VALUE("HS subheading, origin, departure and value range"),
    UNDERVALUATION("value per kg against the learned reference");

    private final String title;

    Template(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }
}
