package org.passerelle.sharing;

/**
 * The checks of a fact against the item it concerns, shared by the policy loader and every fact
 * store: each returns what is wrong, or null.
 */
final class FactChecks {
    private FactChecks() {
    }

    /** SR-20: only the item's originator consents. */
    static String consent(Consent c, InformationItem item) {
        if (item == null) {
            return "names no item of the policy";
        }
        return item.originator().equals(c.grantedBy()) ? null
                : "only the item's originator " + item.originator() + " can consent";
    }

    /** SR-22: an objection comes from the item's originator or from a supplier of it. */
    static String objection(Objection o, InformationItem item) {
        if (item == null) {
            return "names no item of the policy";
        }
        return item.originator().equals(o.objectedBy()) || item.wasSuppliedBy(o.objectedBy()) ? null
                : "is neither the originator " + item.originator() + " of item " + item.id()
                        + " nor an agency that supplied it";
    }
}
