package org.passerelle.sharing;

import org.passerelle.model.Markings;

/**
 * The sharing rules of Passerelle's rule catalogue, each with its stable id and its legal source.
 *
 * <p>Retired ids (SR-09, SR-15, SR-23, SR-26) were merged into neighbouring rules and are not used.
 * {@link #FAIL_CLOSED} is the engine's own rule: an error while deciding is a refusal.
 */
public enum SharingRule {
    /** SR-01: no instrument in force covers provider, recipient, category and purpose. */
    SR_01("SR-01", "No legal basis", "Directive (EU) 2016/680 Art. 8 (lawfulness); mutual assistance instruments"),
    /** SR-02: agreement not in force at the request's instant. */
    SR_02("SR-02", "Agreement not in force", "Validity of the instrument (entry into force, expiry, suspension)"),
    /** SR-03: Nairobi-type annex not accepted by both parties. */
    SR_03("SR-03", "Annex reciprocity", "Nairobi Convention 1977, optional annexes (reciprocity)"),
    /** SR-04: recipient not a party or designated authority. */
    SR_04("SR-04", "Recipient not a party", "Naples II Art. 25(2)(a); competences of each agency"),
    /** SR-05: confidentiality assurance required and not given. */
    SR_05("SR-05", "Confidentiality assurance", "Customs mutual assistance agreements, confidentiality clause"),
    /** SR-06: purpose not permitted by the agreement. */
    SR_06("SR-06", "Purpose limitation", "Europol Regulation Art. 19(1); Naples II Art. 25(2)(a); Directive (EU) 2016/680 Art. 4(2)"),
    /** SR-07: H0 item used for a purpose other than combating crime. */
    SR_07("SR-07", "Handling code H0", "SIENA handling code H0"),
    /** SR-08: INTERPOL data outside RPD Art. 10, or a political, military, religious or racial character. */
    SR_08("SR-08", "INTERPOL purposes and neutrality", "INTERPOL RPD Art. 10; INTERPOL Constitution Art. 3"),
    /** SR-10: CIS-type entry only for the four actions and with real indications. */
    SR_10("SR-10", "Customs Information System entry", "Regulation (EC) 515/97 Art. 27"),
    /** SR-11: TLP:RED beyond the original recipients. */
    SR_11("SR-11", "TLP:RED", "FIRST Traffic Light Protocol 2.0"),
    /** SR-12: TLP:AMBER+STRICT outside the holder's own organisation. */
    SR_12("SR-12", "TLP:AMBER+STRICT", "FIRST Traffic Light Protocol 2.0"),
    /** SR-13: TLP:AMBER outside the holder's organisation and clients. */
    SR_13("SR-13", "TLP:AMBER", "FIRST Traffic Light Protocol 2.0"),
    /** SR-14: TLP:GREEN outside the community or on a public channel. */
    SR_14("SR-14", "TLP:GREEN", "FIRST Traffic Light Protocol 2.0"),
    /** SR-16: the officer lacks a need to know. */
    SR_16("SR-16", "Need to know", "TLP need-to-know; police handling practice"),
    /** SR-17: H3 free-text restriction needs a human. */
    SR_17("SR-17", "Handling code H3", "SIENA handling code H3"),
    /** SR-18: restrictions fixed by the source. */
    SR_18("SR-18", "Source restrictions", "Europol Regulation Art. 19(2); INTERPOL source restrictions"),
    /** SR-19: markings may only be made stricter by a recipient. */
    SR_19("SR-19", "Markings stay", "TLP 2.0 (permission from the source); originator control"),
    /** SR-20: onward transfer needs the originator's consent. */
    SR_20("SR-20", "Originator control", "Third-agency rule; SIENA H2; Naples II Art. 25(2)(a)"),
    /** SR-21: Naples II forwarding for prosecution of customs infringements. */
    SR_21("SR-21", "Naples II forwarding", "Naples II Convention Art. 25(2)(a)"),
    /** SR-22: domestic law-enforcement onward transfer unless the provider objected. */
    SR_22("SR-22", "Domestic onward transfer (opt-out)", "Customs mutual assistance agreements, use-of-information clause"),
    /** SR-24: transfer to a third country. */
    SR_24("SR-24", "Transfer to a third country", "Union Customs Code Art. 12; Directive (EU) 2016/680 Art. 35"),
    /** SR-25: evidence use needs prior written consent. */
    SR_25("SR-25", "Evidence use", "Customs mutual assistance agreements; SIENA H1"),
    /** SR-27: fields beyond what the purpose needs are redacted. */
    SR_27("SR-27", "Data minimisation", "Directive (EU) 2016/680 Art. 4(1)(c)"),
    /** SR-28: special-category data without stated strict necessity. */
    SR_28("SR-28", "Special categories of data", "Directive (EU) 2016/680 Art. 10"),
    /** SR-29: retention limit. */
    SR_29("SR-29", "Retention", "Directive (EU) 2016/680 Art. 5; Naples II national implementation; CIS annual review"),
    /** SR-30: inaccurate or erased item. */
    SR_30("SR-30", "Accuracy", "Naples II Art. 25(2)(b); Directive (EU) 2016/680 Art. 7(3)"),
    /** SR-31: every decision is logged. */
    SR_31("SR-31", "Logging", "Directive (EU) 2016/680 Art. 25; Customs and Excise (Mutual Assistance) Act 2001 s.8"),
    /** SR-32: uncorroborated information. */
    SR_32("SR-32", "Source and information grading", "Europol Regulation Art. 29; Directive (EU) 2016/680 Art. 7(1)"),
    /** SR-33: response deadlines. */
    SR_33("SR-33", "Response deadline", "Directive (EU) 2023/977 Art. 5"),
    /** SR-34: emergency transfer without prior consent. */
    SR_34("SR-34", "Emergency", "Framework Decision 2008/977/JHA Art. 13(2); Directive (EU) 2016/680 Art. 35(2)"),
    /** SR-35: verify INTERPOL data with the source before acting. */
    SR_35("SR-35", "Verify with the source", "INTERPOL RPD; NCB access conditions"),
    /** The engine's own rule: an error while deciding is a refusal, never a permit. */
    FAIL_CLOSED("FAIL-CLOSED", "Fail closed", "Passerelle architecture: default deny, fail closed");

    private final String id;
    private final String title;
    private final String legalSource;

    SharingRule(String id, String title, String legalSource) {
        this.id = id;
        this.title = title;
        this.legalSource = legalSource;
    }

    /**
     * Returns the stable id, such as {@code SR-12}.
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
     * Returns the legal source the rule models.
     *
     * @return the source, not null
     */
    public String legalSource() {
        return legalSource;
    }

    /**
     * Returns the rule with an id.
     *
     * @param id the id, such as {@code SR-12}, not null
     * @return the rule, not null
     * @throws org.passerelle.model.InvalidInputException if no rule has this id
     */
    public static SharingRule ofId(String id) {
        for (SharingRule r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new org.passerelle.model.InvalidInputException("rule", id, "is not a sharing rule id (SR-01 ... SR-35)");
    }

    @Override
    public String toString() {
        return id;
    }
}
