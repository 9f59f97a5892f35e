package org.passerelle.sharing;

/**
 * Whether information received under an agreement may be used as evidence in criminal or judicial
 * proceedings (SR-25).
 */
public enum EvidenceUsePolicy {
    /** Evidence use is allowed. */
    ALLOWED,
    /** Evidence use is allowed only for data the provider itself originated; otherwise consent is needed. */
    OWN_DATA_ONLY,
    /** Evidence use needs the provider's prior written consent. */
    PRIOR_WRITTEN_CONSENT,
    /** Evidence must be requested through mutual legal assistance; never through this agreement. */
    MUTUAL_LEGAL_ASSISTANCE_ONLY
}
