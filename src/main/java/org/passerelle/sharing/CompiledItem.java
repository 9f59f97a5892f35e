package org.passerelle.sharing;

import java.util.HashMap;
import java.util.Map;
import org.passerelle.model.Agency;

/**
 * An information item with everything the engine needs about it resolved at compile time: its
 * originator and holder agencies, its fields as an array, and the rule hits and conditions that depend only on the item, with their reasons already written.
 *
 * <p>Immutable and thread-safe.
 */
final class CompiledItem {
    final InformationItem item;
    final Agency originator;
    final Agency holder;
    final boolean holderIsOriginator;
    final ItemField[] fields;
    final Map<String, ItemField> fieldsByName;
    /** The revision of the item in the fact store this form was compiled from. */
    final long revision;
    /** How the holder received the item; null when the holder is its originator. */
    final Receipt receipt;

    /** SR-30: the item is inaccurate or erased; null when it is active. */
    final RuleHit inaccurate;
    /** SR-07: H0 item for a purpose that is not law enforcement. */
    final RuleHit h0NotLawEnforcement;
    /** SR-17: H3 free-text restriction; null unless handled H3. */
    final RuleHit h3;
    /** SR-20: H2 item passed on by a holder that is not its originator. */
    final RuleHit h2;
    /** SR-08: INTERPOL data for a purpose outside RPD Art. 10. */
    final RuleHit interpolPurpose;
    /** SR-08: political, military, religious or racial character of the item. */
    final RuleHit politicalItem;
    /** SR-35: verify INTERPOL data with its source; null unless INTERPOL-sourced. */
    final RuleHit verifyHit;
    final Condition verify;
    /** SR-19: keep the item's own marking; null when the item carries none. */
    final RuleHit keepMarkingHit;
    final Condition keepMarking;
    /** SR-32: uncorroborated grading; null unless uncorroborated. */
    final RuleHit uncorroboratedHit;
    final RuleHit uncorroboratedCoercive;
    final Condition uncorroborated;
    /** SR-20: the originator's consent is needed for any further transfer. */
    final RuleHit noOnwardWithoutConsentHit;
    final Condition noOnwardWithoutConsent;
    /** SR-18: the source forbids further dissemination. */
    final RuleHit noFurtherDisseminationHit;
    /** SR-18: refusals for recipients and purposes the source did not allow. */
    final RuleHit excludedRecipient;
    final RuleHit recipientNotAllowed;
    final RuleHit purposeNotAllowed;
    final RuleHit noFurtherDisseminationDeny;
    /** SR-29: retention limited by the source's retention end; null when it fixed none. */
    final RuleHit sourceRetentionHit;
    final RuleHit retentionEnded;
    /** SR-11 to SR-14 refusals and conditions for the item's TLP label. */
    final RuleHit tlpRefused;
    final RuleHit tlpPending;
    final RuleHit tlpNeedToKnow;
    /** SR-11 to SR-14: no label but TLP:CLEAR goes through a publicly accessible channel; null for CLEAR or none. */
    final RuleHit tlpPublicChannel;

    CompiledItem(InformationItem item, long revision, Agency originator, Agency holder, Receipt receipt) {
        this.revision = revision;
        this.receipt = receipt;
        this.item = item;
        this.originator = originator;
        this.holder = holder;
        this.holderIsOriginator = holder.id().equals(originator.id());
        this.fields = item.fields().toArray(new ItemField[0]);
        Map<String, ItemField> byName = new HashMap<>();
        for (ItemField f : fields) {
            byName.put(f.name(), f);
        }
        this.fieldsByName = Map.copyOf(byName);
        String id = item.id().value();
        Markings m = item.markings();

        inaccurate = item.status() == ItemStatus.ACTIVE ? null
                : deny(SharingRule.SR_30, "item " + id + " is marked " + item.status()
                        + " by its originator; that version may not be shared");
        h0NotLawEnforcement = deny(SharingRule.SR_07, "item " + id
                + " is handled H0: it may be used only to prevent and combat crime");
        h3 = m.handling() == HandlingCode.H3
                ? new RuleHit(SharingRule.SR_17, Outcome.ESCALATE, "item " + id
                        + " is handled H3 with a restriction a person must check: \"" + m.handlingText() + "\"")
                : null;
        h2 = new RuleHit(SharingRule.SR_20, Outcome.PENDING_CONSENT, "item " + id
                + " is handled H2: it may not be disseminated without the consent of " + originator.id()
                + "; no exception applies");
        interpolPurpose = deny(SharingRule.SR_08, "item " + id
                + " comes from INTERPOL's information system and the purpose is not one of RPD Art. 10");
        politicalItem = deny(SharingRule.SR_08, "item " + id
                + " has a political, military, religious or racial character");
        if (item.sourceSystem() == SourceSystem.INTERPOL) {
            verify = new Condition.VerifyWithSource(item.originator());
            verifyHit = new RuleHit(SharingRule.SR_35, Outcome.PERMIT_WITH_CONDITIONS,
                    "INTERPOL data: confirm its validity with " + originator.id() + " before acting on it");
        } else {
            verify = null;
            verifyHit = null;
        }
        boolean marked = (m.tlp() != null && m.tlp() != TlpLabel.CLEAR) || m.handling() != null;
        if (marked) {
            keepMarking = new Condition.KeepMarking(m.tlp() == TlpLabel.CLEAR ? null : m.tlp(), m.handling());
            keepMarkingHit = new RuleHit(SharingRule.SR_19, Outcome.PERMIT_WITH_CONDITIONS,
                    "the recipient keeps the marking " + describe(m) + " or a stricter one");
        } else {
            keepMarking = null;
            keepMarkingHit = null;
        }
        if (m.grading() != null && m.grading().isUncorroborated()) {
            String code = m.grading().code();
            uncorroborated = new Condition.Uncorroborated(code);
            uncorroboratedHit = new RuleHit(SharingRule.SR_32, Outcome.PERMIT_WITH_CONDITIONS,
                    "the provider graded the information " + code + ": uncorroborated");
            uncorroboratedCoercive = new RuleHit(SharingRule.SR_32, Outcome.ESCALATE,
                    "information graded " + code + " would be the sole basis for coercive action");
        } else {
            uncorroborated = null;
            uncorroboratedHit = null;
            uncorroboratedCoercive = null;
        }
        noOnwardWithoutConsent = new Condition.NoOnwardTransferWithoutConsent(item.originator());
        noOnwardWithoutConsentHit = new RuleHit(SharingRule.SR_20, Outcome.PERMIT_WITH_CONDITIONS,
                "no onward transfer without the consent of the originator " + originator.id());
        noFurtherDisseminationHit = new RuleHit(SharingRule.SR_18, Outcome.PERMIT_WITH_CONDITIONS,
                "the source " + originator.id() + " forbids any further dissemination of item " + id);
        excludedRecipient = deny(SharingRule.SR_18, "the source " + originator.id()
                + " excluded the recipient from item " + id);
        recipientNotAllowed = deny(SharingRule.SR_18, "the source " + originator.id()
                + " allows item " + id + " only to " + item.restrictions().allowedRecipients());
        purposeNotAllowed = deny(SharingRule.SR_18, "the source " + originator.id()
                + " allows item " + id + " only for the purposes " + item.restrictions().allowedPurposes());
        noFurtherDisseminationDeny = deny(SharingRule.SR_18, "the source " + originator.id()
                + " forbids any further dissemination of item " + id);
        java.time.LocalDate end = item.restrictions().retentionEnd();
        sourceRetentionHit = end == null ? null : new RuleHit(SharingRule.SR_29, Outcome.PERMIT_WITH_CONDITIONS,
                "retain no longer than " + end + ", the retention end the source fixed");
        retentionEnded = end == null ? null : deny(SharingRule.SR_29, "retention period ended on " + end
                + ": item " + id + " must be deleted or reviewed, not shared");

        TlpLabel tlp = m.tlp();
        tlpPublicChannel = tlp == null || tlp == TlpLabel.CLEAR ? null : deny(tlpRule(tlp), "item " + id + " is "
                + tlp.label() + ": it may not go through a publicly accessible channel");
        if (tlp == TlpLabel.RED) {
            tlpRefused = deny(SharingRule.SR_11, "item " + id
                    + " is TLP:RED: only the individual recipients of the original exchange may have it");
            tlpPending = null;
            tlpNeedToKnow = null;
        } else if (tlp == TlpLabel.AMBER_STRICT) {
            tlpRefused = null;
            tlpPending = new RuleHit(SharingRule.SR_12, Outcome.PENDING_CONSENT, "item " + id
                    + " is TLP:AMBER+STRICT: only the holder's own organisation " + holder.organisation()
                    + " may have it unless " + originator.id() + " permits");
            tlpNeedToKnow = new RuleHit(SharingRule.SR_12, Outcome.PERMIT_WITH_CONDITIONS, "item " + id
                    + " is TLP:AMBER+STRICT: within " + holder.organisation() + " on a need-to-know basis");
        } else if (tlp == TlpLabel.AMBER) {
            tlpRefused = null;
            tlpPending = new RuleHit(SharingRule.SR_13, Outcome.PENDING_CONSENT, "item " + id
                    + " is TLP:AMBER: the recipient is neither in " + holder.organisation()
                    + " nor a client of " + holder.id() + "; " + originator.id() + " must permit");
            tlpNeedToKnow = new RuleHit(SharingRule.SR_13, Outcome.PERMIT_WITH_CONDITIONS, "item " + id
                    + " is TLP:AMBER: within the holder's organisation and clients, on a need-to-know basis");
        } else if (tlp == TlpLabel.GREEN) {
            tlpRefused = tlpPublicChannel;
            tlpPending = null;
            tlpNeedToKnow = null;
        } else {
            tlpRefused = null;
            tlpPending = null;
            tlpNeedToKnow = null;
        }
    }

    private static String describe(Markings m) {
        StringBuilder sb = new StringBuilder();
        if (m.tlp() != null && m.tlp() != TlpLabel.CLEAR) {
            sb.append(m.tlp().label());
        }
        if (m.handling() != null) {
            if (sb.length() > 0) {
                sb.append(" and ");
            }
            sb.append("handling code ").append(m.handling());
        }
        return sb.toString();
    }

    private static RuleHit deny(SharingRule rule, String reason) {
        return new RuleHit(rule, Outcome.DENY, reason);
    }

    /** The rule of a TLP label other than CLEAR. */
    private static SharingRule tlpRule(TlpLabel tlp) {
        switch (tlp) {
            case RED:
                return SharingRule.SR_11;
            case AMBER_STRICT:
                return SharingRule.SR_12;
            case AMBER:
                return SharingRule.SR_13;
            default:
                return SharingRule.SR_14;
        }
    }
}
