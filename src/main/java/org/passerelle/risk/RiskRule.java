package org.passerelle.risk;

import org.passerelle.model.InvalidInputException;

/**
 * The risk and selectivity rules of Passerelle's rule catalogue, each with its stable id and its
 * source.
 *
 * <p>Retired ids (RR-03, RR-08) were merged into neighbouring rules and are not used.
 */
public enum RiskRule {
    /** RR-01: the lane is the most severe among the matched profiles; no match is Green. */
    RR_01("RR-01", "Most severe lane wins", "ASYCUDA selectivity: lane precedence Red, Yellow, Blue, Green"),
    /** RR-02: a minimum random selection rate, reproducible and marked as random. */
    RR_02("RR-02", "Random selection", "ASYCUDA selectivity: minimum random rate"),
    /** RR-04: score bands, no Red on a single weak indicator, few low-weight hits route nowhere. */
    RR_04("RR-04", "Scoring and thresholds",
            "WCO Risk Management Compendium (combination of indicators); CBP ATS rule-based scoring; "
                    + "ASYCUDA maximum hits with no selection"),
    /** RR-05: AEO score reduction that never switches off intelligence-led or random selection. */
    RR_05("RR-05", "AEO status", "WCO SAFE Framework and EU AEO programme: lower risk score, priority if selected"),
    /** RR-06: a profile outside its validity or whose intelligence passed its retention is not applied. */
    RR_06("RR-06", "Profile validity", "Profile lifecycle; retention of the source intelligence (SR-29)"),
    /** RR-07: restricted intelligence behind a profile is shown to the examiner only as sanitised text. */
    RR_07("RR-07", "Sanitised examiner text", "ASYCUDA warning on sensitive text in criteria; sanitisation practice"),
    /** RR-09: profiles with a low hit rate after enough inspections are flagged for review. */
    RR_09("RR-09", "Profile effectiveness", "WCO Risk Management Compendium: feedback loop"),
    /** RR-10: a house item without an HS code of 6 digits or with a generic description is incomplete. */
    RR_10("RR-10", "Completeness", "EU ICS2: commodity code of at least 6 digits and a detailed description"),
    /** RR-11: declared value per kilogram below a fraction of the reference for HS6 and origin. */
    RR_11("RR-11", "Undervaluation", "Value anomaly detection on HS6 and origin (WCO, DATE data set)"),
    /** An error while assessing: the declaration goes to the configured fail-closed lane, never Green. */
    FAIL_CLOSED("RR-FC", "Fail closed", "Architecture principle 3: an error while deciding controls, never releases");

    private final String id;
    private final String title;
    private final String source;

    RiskRule(String id, String title, String source) {
        this.id = id;
        this.title = title;
        this.source = source;
    }

    /**
     * Returns the stable id, such as {@code RR-04}.
     *
     * @return the id, not null
     */
    public String id() {
        return id;
    }

    /**
     * Returns a short title.
     *
     * @return the title, not null
     */
    public String title() {
        return title;
    }

    /**
     * Returns the source the rule models.
     *
     * @return the source, not null
     */
    public String source() {
        return source;
    }

    /**
     * Returns the rule with an id.
     *
     * @param id the id, such as {@code RR-04}, not null
     * @return the rule, not null
     * @throws InvalidInputException if no rule has this id
     */
    public static RiskRule ofId(String id) {
        for (RiskRule r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new InvalidInputException("rule", id, "is not a risk rule id (RR-01 ... RR-11, RR-FC)");
    }

    @Override
    public String toString() {
        return id;
    }
}
