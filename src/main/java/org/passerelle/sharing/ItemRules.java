package org.passerelle.sharing;

import org.passerelle.model.AgencyId;
import org.passerelle.model.CommunityId;

/**
 * The rules that read the item and its markings: accuracy (SR-30), source restrictions (SR-18),
 * handling codes (SR-07, SR-17), INTERPOL data (SR-08, SR-35), TLP (SR-11 to SR-14), marking
 * (SR-19) and grading (SR-32).
 *
 * <p>Stateless; every method adds hits and conditions to the verdict it is given. SR-14 reads the
 * candidate agreement's community, which is why these rules run once per candidate.
 */
final class ItemRules {
    private static final Condition NEED_TO_KNOW = new Condition.NeedToKnow();
    private static final RuleHit POLITICAL_REQUEST = new RuleHit(SharingRule.SR_08, Outcome.DENY,
            "the request has a political, military, religious or racial character");

    private ItemRules() {
    }

    static void apply(Facts f, CompiledAgreement ca, Verdict v) {
        CompiledItem ci = f.item;
        InformationItem item = ci.item;
        SourceRestrictions r = item.restrictions();
        AgencyId to = f.recipient.id();
        // SR-30
        if (ci.inaccurate != null) {
            v.hit(ci.inaccurate);
        }
        // SR-18
        if (r.excludedRecipients().contains(to)) {
            v.hit(ci.excludedRecipient);
        }
        if (!r.allowedRecipients().isEmpty() && !r.allowedRecipients().contains(to)) {
            v.hit(ci.recipientNotAllowed);
        }
        if (!r.allowedPurposes().isEmpty() && !r.allowedPurposes().contains(f.purpose.id())) {
            v.hit(ci.purposeNotAllowed);
        }
        if (r.noFurtherDissemination() && f.onwardFlow) {
            v.hit(ci.noFurtherDisseminationDeny);
        }
        HandlingCode handling = item.markings().handling();
        // SR-07
        if (handling == HandlingCode.H0 && !f.purpose.lawEnforcement()) {
            v.hit(ci.h0NotLawEnforcement);
        }
        // SR-17
        if (ci.h3 != null) {
            v.hit(ci.h3);
        }
        // SR-08
        if (item.sourceSystem() == SourceSystem.INTERPOL && f.purpose.interpolPurpose() == null) {
            v.hit(ci.interpolPurpose);
        }
        if (item.politicalCharacter()) {
            v.hit(ci.politicalItem);
        }
        if (f.request.politicalCharacter()) {
            v.hit(POLITICAL_REQUEST);
        }
        // SR-35
        if (ci.verify != null && f.request.intendedUse() != IntendedUse.INTELLIGENCE) {
            v.hit(ci.verifyHit, ci.verify);
        }
        // SR-11 to SR-14 bind recipients: they apply when the holder is not the originator.
        if (!f.holderIsOriginator) {
            tlp(f, ca, v);
        }
        marking(f, v);
        // SR-32
        if (ci.uncorroborated != null) {
            v.hit(ci.uncorroboratedHit, ci.uncorroborated);
            if (f.request.coerciveAction()) {
                v.hit(ci.uncorroboratedCoercive);
            }
        }
    }

    /** SR-11 to SR-14. */
    private static void tlp(Facts f, CompiledAgreement ca, Verdict v) {
        CompiledItem ci = f.item;
        TlpLabel tlp = ci.item.markings().tlp();
        if (tlp == null) {
            return;
        }
        AgencyId to = f.recipient.id();
        // A label stricter than TLP:GREEN never widens the audience to a public channel.
        if (f.request.channel() == Channel.PUBLIC && tlp != TlpLabel.GREEN && ci.tlpPublicChannel != null) {
            v.hit(ci.tlpPublicChannel);
        }
        boolean sameOrganisation = f.recipient.organisation().equals(f.holder.organisation());
        switch (tlp) {
            case RED:
                if (!ci.item.wasHeldBy(to) && !ci.item.restrictions().allowedRecipients().contains(to)) {
                    v.hit(ci.tlpRefused);
                }
                break;
            case AMBER_STRICT:
                if (sameOrganisation) {
                    v.hit(ci.tlpNeedToKnow, NEED_TO_KNOW);
                } else {
                    v.hit(ci.tlpPending);
                }
                break;
            case AMBER:
                if (sameOrganisation || f.holder.clients().contains(to)) {
                    v.hit(ci.tlpNeedToKnow, NEED_TO_KNOW);
                } else {
                    v.hit(ci.tlpPending);
                }
                break;
            case GREEN:
                if (f.request.channel() == Channel.PUBLIC) {
                    v.hit(ci.tlpRefused);
                }
                CommunityId community = ca.agreement.community();
                if (community == null) {
                    v.hit(ca.noCommunity);
                } else if (!f.recipient.communities().contains(community)) {
                    v.hit(ca.outsideCommunity);
                }
                break;
            default:
                break;
        }
    }

    /** SR-19: the marking travels with the item; only the originator may loosen it. */
    private static void marking(Facts f, Verdict v) {
        CompiledItem ci = f.item;
        Markings m = ci.item.markings();
        TlpLabel own = m.tlp();
        TlpLabel proposed = f.request.proposedMarking();
        if (proposed == null || proposed == own) {
            if (ci.keepMarking != null) {
                v.hit(ci.keepMarkingHit, ci.keepMarking);
            }
            return;
        }
        if (own != null && own.isStricterThan(proposed)) {
            if (!f.holderIsOriginator) {
                v.hit(new RuleHit(SharingRule.SR_19, Outcome.DENY, "only the originator " + f.originator.id()
                        + " may loosen the marking " + own + " to " + proposed));
                return;
            }
            v.hit(new RuleHit(SharingRule.SR_19, Outcome.PERMIT, "the originator loosens its marking " + own
                    + " to " + proposed + " on this copy"));
        }
        TlpLabel effective = proposed == TlpLabel.CLEAR ? null : proposed;
        if (effective != null || m.handling() != null) {
            v.hit(new RuleHit(SharingRule.SR_19, Outcome.PERMIT_WITH_CONDITIONS, "the recipient keeps the marking "
                    + (effective == null ? "handling code " + m.handling() : effective.label()
                            + (m.handling() == null ? "" : " and handling code " + m.handling()))
                    + " or a stricter one"), new Condition.KeepMarking(effective, m.handling()));
        }
    }
}
