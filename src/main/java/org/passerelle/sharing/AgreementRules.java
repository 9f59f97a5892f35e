package org.passerelle.sharing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.passerelle.model.AgencyKind;

/**
 * The rules that read a candidate agreement: annexes (SR-03), parties (SR-01, SR-04), assurance
 * (SR-05), category (SR-01), purpose (SR-06), CIS entry (SR-10), need to know (SR-16), third
 * countries (SR-24), evidence use (SR-25), minimisation and special categories (SR-27, SR-28),
 * retention (SR-29), onward transfer (SR-20 to SR-22) and response deadlines (SR-33).
 *
 * <p>Stateless; every method adds hits and conditions to the verdict it is given.
 */
final class AgreementRules {
    private static final Condition NO_EVIDENCE_USE = new Condition.NoEvidenceUse();
    private static final Condition NO_ONWARD_TRANSFER = new Condition.NoOnwardTransfer();

    private AgreementRules() {
    }

    /** Applies the rules about the agreement's scope and the data, before the item's own rules. */
    static void apply(CompiledPolicy policy, Facts f, CompiledAgreement ca, boolean onwardMode, Verdict v) {
        SharingAgreement g = ca.agreement;
        SharingRequest r = f.request;
        // SR-01: a cited agreement the sender is not a party to is no basis for a direct flow.
        if (!onwardMode && !ca.parties.contains(f.holder.id())) {
            v.hit(ca.holderNotParty);
        }
        annexes(f, ca, v);
        // SR-04: the recipient of a direct flow must be a party (onward flows: SR-20 to SR-22).
        if (!onwardMode && !ca.parties.contains(f.recipient.id())) {
            v.hit(ca.recipientNotParty);
        }
        // SR-05
        if (g.requiresConfidentialityAssurance() && !r.confidentialityAssured()) {
            v.hit(ca.confidentiality);
        }
        // SR-01: the category must be covered.
        RuleHit category = ca.categoryNotCovered.get(f.item.item.category());
        if (category != null) {
            v.hit(category);
        }
        // SR-06
        if (!ca.purposes.contains(f.purpose.id())) {
            v.hit(new RuleHit(SharingRule.SR_06, g.consentExtension() ? Outcome.PENDING_CONSENT : Outcome.DENY,
                    ca.purposeRefused(f.purpose.id())));
        }
        needToKnow(f, ca, v);
        thirdCountry(policy, f, ca, v);
        evidence(f, ca, v);
        minimisation(f, ca, v);
        retention(f, ca, v);
    }

    /** SR-03: the assistance must fall under an annex both states accepted. */
    private static void annexes(Facts f, CompiledAgreement ca, Verdict v) {
        if (ca.annexes.isEmpty()) {
            return;
        }
        String form = f.request.assistanceForm();
        if (form == null) {
            v.hit(ca.noAnnexNamed);
            return;
        }
        Annex annex = ca.annexes.get(form);
        if (annex == null) {
            v.hit(new RuleHit(SharingRule.SR_03, Outcome.DENY, "annex " + form + " is not an annex of agreement "
                    + ca.id));
        } else if (!annex.acceptedBy().contains(f.holder.country())
                || !annex.acceptedBy().contains(f.recipient.country())) {
            v.hit(new RuleHit(SharingRule.SR_03, Outcome.DENY, "annex " + form + " of agreement " + ca.id
                    + " binds only states that both accepted it (" + annex.acceptedBy() + "); the holder is in "
                    + f.holder.country() + " and the recipient in " + f.recipient.country()));
        }
    }

    /** SR-16: the receiving officer needs a need-to-know role and, for a case, an assignment to it. */
    private static void needToKnow(Facts f, CompiledAgreement ca, Verdict v) {
        Officer officer = f.request.officer();
        SortedSet<String> roles = ca.agreement.needToKnowRoles();
        if (!roles.isEmpty() && (officer == null || !holdsAny(officer.roles(), roles))) {
            v.hit(ca.officerLacksRole);
        }
        String caseId = f.request.caseId();
        if (caseId != null && (officer == null || !officer.cases().contains(caseId))) {
            v.hit(new RuleHit(SharingRule.SR_16, Outcome.DENY, "the receiving officer is not assigned to case "
                    + caseId));
        }
    }

    private static boolean holdsAny(SortedSet<String> held, SortedSet<String> required) {
        for (String role : held) {
            if (required.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** SR-24: a recipient outside the holder's legal area. */
    private static void thirdCountry(CompiledPolicy policy, Facts f, CompiledAgreement ca, Verdict v) {
        if (policy.sameLegalArea(f.holder.country(), f.recipient.country())) {
            return;
        }
        if (!ca.agreement.adequateDataProtection()) {
            v.hit(ca.thirdCountryInadequate);
        } else if (!f.originator.country().equals(f.holder.country())) {
            v.hit(ca.thirdCountryAuthorisation);
        }
    }

    /** SR-25: evidence use, and the evidence-use ban attached to other uses. */
    private static void evidence(Facts f, CompiledAgreement ca, Verdict v) {
        EvidenceUsePolicy policy = ca.agreement.evidenceUse();
        boolean h1 = f.item.item.markings().handling() == HandlingCode.H1;
        if (f.request.intendedUse() == IntendedUse.EVIDENCE) {
            if (policy == EvidenceUsePolicy.MUTUAL_LEGAL_ASSISTANCE_ONLY) {
                v.hit(ca.evidenceMla);
            } else if (policy == EvidenceUsePolicy.PRIOR_WRITTEN_CONSENT
                    || (policy == EvidenceUsePolicy.OWN_DATA_ONLY && !f.holderIsOriginator)) {
                v.hit(ca.evidenceConsent);
            }
            if (h1) {
                v.hit(ca.evidenceH1);
            }
        } else if (policy == EvidenceUsePolicy.PRIOR_WRITTEN_CONSENT
                || policy == EvidenceUsePolicy.MUTUAL_LEGAL_ASSISTANCE_ONLY || h1
                || (policy == EvidenceUsePolicy.OWN_DATA_ONLY && !f.holderIsOriginator)) {
            v.hit(ca.noEvidenceUseHit, NO_EVIDENCE_USE);
        }
    }

    /**
     * SR-27 minimisation, then SR-28 special categories and SR-10 CIS entry on what remains.
     */
    private static void minimisation(Facts f, CompiledAgreement ca, Verdict v) {
        SharingAgreement g = ca.agreement;
        Set<String> listed = ca.personalFields.getOrDefault(f.purpose.id(), Set.of());
        SortedSet<String> requested = f.request.fields();
        TreeSet<String> redact = null;
        boolean personalLeft = false;
        boolean specialLeft = false;
        int n = requested.isEmpty() ? f.item.fields.length : requested.size();
        java.util.Iterator<String> names = requested.isEmpty() ? null : requested.iterator();
        for (int i = 0; i < n; i++) {
            ItemField field;
            if (names == null) {
                field = f.item.fields[i];
            } else {
                String name = names.next();
                field = f.item.fieldsByName.get(name);
                if (field == null) {
                    v.hit(new RuleHit(SharingRule.SR_27, Outcome.DENY, "field " + name + " is not a field of item "
                            + f.item.item.id()));
                    continue;
                }
            }
            if (!field.personalData()) {
                continue;
            }
            if (listed.contains(field.name())) {
                personalLeft = true;
                specialLeft |= field.specialCategory();
            } else {
                if (redact == null) {
                    redact = new TreeSet<>();
                }
                redact.add(field.name());
            }
        }
        if (redact != null) {
            RuleHit why = ca.minimisationHits.get(f.purpose.id());
            if (why == null) {
                why = new RuleHit(SharingRule.SR_27, Outcome.PERMIT_WITH_CONDITIONS, "purpose " + f.purpose.id()
                        + " is not a purpose of agreement " + ca.id + ": every personal-data field is redacted");
            }
            v.hit(why, new Condition.Redact(redact));
        }
        // SR-28
        if (specialLeft && !ca.strictNecessity.contains(f.purpose.id())) {
            v.hit(new RuleHit(SharingRule.SR_28, Outcome.ESCALATE, "special-category data would be shared and"
                    + " agreement " + ca.id + " does not state it strictly necessary for purpose " + f.purpose.id()));
        }
        // SR-10
        if (g.cisEntry() && personalLeft) {
            if (f.purpose.cisAction() == null) {
                v.hit(ca.cisNoAction);
            }
            if (f.request.realIndications() == null) {
                v.hit(ca.cisNoIndications);
            }
        }
    }

    /** SR-29: the retention limit, the earliest of the agreement's and the source's. */
    private static void retention(Facts f, CompiledAgreement ca, Verdict v) {
        LocalDate until = null;
        RuleHit why = null;
        if (ca.agreement.maxRetention() != null) {
            until = f.day.plus(ca.agreement.maxRetention());
            why = ca.retentionHit;
        }
        LocalDate end = f.item.item.restrictions().retentionEnd();
        if (end != null) {
            if (end.isBefore(f.day)) {
                v.hit(f.item.retentionEnded);
                return;
            }
            if (until == null || end.isBefore(until)) {
                until = end;
                why = f.item.sourceRetentionHit;
            }
        }
        if (until != null) {
            v.hit(why, new Condition.RetainUntil(until));
        }
    }

    /**
     * SR-20 to SR-22: what the recipient may do next (direct mode), or whether the holder may pass
     * the item on at all (onward mode).
     */
    static void onward(Facts f, CompiledAgreement ca, boolean onwardMode, Verdict v) {
        CompiledItem item = f.item;
        boolean h2 = item.item.markings().handling() == HandlingCode.H2 && !f.holderIsOriginator;
        if (h2) {
            v.hit(item.h2);
        }
        OnwardTransferPolicy policy = ca.agreement.onwardTransfer();
        if (!onwardMode) {
            if (policy == OnwardTransferPolicy.NONE) {
                v.hit(ca.directNoOnward, NO_ONWARD_TRANSFER);
            } else if (item.item.restrictions().noFurtherDissemination()) {
                v.hit(item.noFurtherDisseminationHit, NO_ONWARD_TRANSFER);
            } else {
                v.hit(item.noOnwardWithoutConsentHit, item.noOnwardWithoutConsent);
            }
            return;
        }
        if (h2) {
            v.condition(item.noOnwardWithoutConsent);
            return;
        }
        switch (policy) {
            case NONE:
                v.hit(ca.onwardForbidden);
                break;
            case NAPLES_II:
                if (naplesForwarding(f)) {
                    v.hit(ca.naplesForwarding);
                } else {
                    v.hit(ca.naplesNotMet, item.noOnwardWithoutConsent);
                }
                break;
            case DOMESTIC_LAW_ENFORCEMENT_UNLESS_OBJECTED:
                if (!domesticLawEnforcement(f)) {
                    v.hit(ca.domesticNotMet, item.noOnwardWithoutConsent);
                } else if (objected(f, ca)) {
                    v.hit(ca.domesticObjected, item.noOnwardWithoutConsent);
                } else {
                    v.hit(ca.domesticOnward, item.noOnwardWithoutConsent);
                }
                break;
            default:
                v.hit(ca.onwardConsent, item.noOnwardWithoutConsent);
                break;
        }
    }

    /** SR-21: customs forwarding to its own country's customs, investigative or judicial bodies. */
    private static boolean naplesForwarding(Facts f) {
        AgencyKind to = f.recipient.kind();
        return f.holder.kind() == AgencyKind.CUSTOMS
                && f.recipient.country().equals(f.holder.country())
                && (to == AgencyKind.CUSTOMS || to == AgencyKind.POLICE || to == AgencyKind.PROSECUTOR
                        || to == AgencyKind.JUDICIAL)
                && f.purpose.customsProsecution();
    }

    /** SR-22: receiving customs to a law-enforcement agency of its own country. */
    private static boolean domesticLawEnforcement(Facts f) {
        return f.holder.kind() == AgencyKind.CUSTOMS
                && f.recipient.country().equals(f.holder.country())
                && f.recipient.kind().isLawEnforcement();
    }

    private static boolean objected(Facts f, CompiledAgreement ca) {
        for (Objection o : ca.objections) {
            if (o.appliesTo(ca.id, f.originator.id(), f.item.item.id(), f.recipient.id(), f.day)) {
                return true;
            }
        }
        return false;
    }

    /** SR-33: the response deadline. */
    static void deadline(Facts f, CompiledAgreement ca, Verdict v) {
        ResponseDeadlines d = ca.agreement.deadlines();
        if (d == null) {
            return;
        }
        Duration due;
        RuleHit why;
        if (f.request.urgency() == Urgency.URGENT) {
            due = f.request.directlyAccessible() ? d.urgentDirect() : d.urgentIndirect();
            why = ca.deadlineHits[f.request.directlyAccessible() ? 0 : 1];
        } else {
            due = d.routine();
            why = ca.deadlineHits[2];
        }
        Instant by = f.instant.plus(due);
        if (!v.outcome().isPermit()) {
            // A refusal must be answered by the deadline too, and carries no condition: say it in the reason.
            why = new RuleHit(SharingRule.SR_33, why.effect(), why.reason() + ": respond by " + by);
        }
        v.hit(why, new Condition.RespondBy(by));
    }
}
