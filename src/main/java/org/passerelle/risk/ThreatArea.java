package org.passerelle.risk;

import org.passerelle.model.AeoType;

/**
 * A threat area that an indicator or a profile addresses.
 *
 * <p>Each area falls under the fiscal and compliance side of customs or under the security side;
 * that decides which AEO authorisation lowers a profile's score (RR-05): AEOC for the former,
 * AEOS for the latter, AEOF for both.
 */
public enum ThreatArea {
    /** Narcotic drugs. */
    NARCOTICS(true),
    /** Drug precursors. */
    PRECURSORS(true),
    /** Weapons, ammunition and explosives. */
    WEAPONS(true),
    /** Counterfeit and pirated goods (intellectual property rights). */
    COUNTERFEITS(false),
    /** Protected wildlife (CITES). */
    WILDLIFE(false),
    /** Tobacco and tobacco products. */
    TOBACCO(false),
    /** Cultural goods. */
    CULTURAL_GOODS(false),
    /** Hazardous waste. */
    WASTE(false),
    /** Strategic and dual-use goods. */
    STRATEGIC_GOODS(true),
    /** Revenue fraud: undervaluation, misclassification, origin and preference misuse. */
    REVENUE(false),
    /** Security and terrorism. */
    SECURITY(true),
    /** Cash and trade-based money laundering. */
    CASH(false);

    private final boolean security;

    ThreatArea(boolean security) {
        this.security = security;
    }

    /**
     * Returns whether the area is a security and safety risk rather than a fiscal or compliance risk.
     *
     * @return whether it is a security risk
     */
    public boolean isSecurity() {
        return security;
    }

    /**
     * Returns whether an AEO authorisation of a type covers this area (RR-05).
     *
     * @param type the AEO type, not null
     * @return whether the type covers the area
     */
    public boolean isCoveredBy(AeoType type) {
        return security ? type.coversSecurity() : type.coversCustoms();
    }
}
