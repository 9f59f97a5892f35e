package org.passerelle.benchmarks;

import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.SharingRequest;

/**
 * The fact a rule engine (Drools, Easy Rules) decides on: the request's attributes as the enforcement point resolved
 * them, and the verdict the rules' consequences write. Public with getters, as Drools needs.
 */
public final class RuleFact {
    private final String item;
    private final String originator;
    private final String recipient;
    private final String category;
    private final String purpose;
    private final long day;
    boolean denied;
    String permitAgreement;
    String permitFields;
    String permitRetention;
    String pendingAgreement;

    /** The fact the peer rule engines match for a request about an item. */
    static RuleFact of(SharingRequest r, InformationItem item) {
        return new RuleFact(r.item().value(), item.originator().value(), r.recipient().value(),
                item.category().name(), r.purpose().value(), Pep.epochDay(r.instant()));
    }

    RuleFact(String item, String originator, String recipient, String category, String purpose, long day) {
        this.item = item;
        this.originator = originator;
        this.recipient = recipient;
        this.category = category;
        this.purpose = purpose;
        this.day = day;
    }

    public String getItem() {
        return item;
    }

    public String getOriginator() {
        return originator;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getCategory() {
        return category;
    }

    public String getPurpose() {
        return purpose;
    }

    public long getDay() {
        return day;
    }

    /** A source restriction forbids the flow. */
    public void deny() {
        denied = true;
    }

    /** An agreement permits it; the lowest agreement id wins. */
    public void permit(String agreement, String fields, String retention) {
        if (permitAgreement == null || agreement.compareTo(permitAgreement) < 0) {
            permitAgreement = agreement;
            permitFields = fields;
            permitRetention = retention;
        }
    }

    /** An agreement's consent extension would cover it once the originator consents. */
    public void pending(String agreement) {
        if (pendingAgreement == null || agreement.compareTo(pendingAgreement) < 0) {
            pendingAgreement = agreement;
        }
    }
}
