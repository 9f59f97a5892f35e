package org.passerelle.model;

/**
 * A SIENA handling code, as Europol's Secure Information Exchange Network Application defines them.
 */
public enum HandlingCode {
    /** H0: use only for preventing and combating crime. */
    H0,
    /** H1: not to be disclosed in judicial proceedings without the provider's permission. */
    H1,
    /** H2: not to be disseminated without the provider's permission. */
    H2,
    /** H3: other restrictions, stated in free text. */
    H3
}
