package org.passerelle.sharing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.passerelle.model.AgencyId;
import org.passerelle.model.AgencyKind;
import org.passerelle.model.CommunityId;

/**
 * The checks of the sharing rules: each constant is one check of one rule, its condition in its
 * {@link #apply} method; the reasons it gives are written once per agreement
 * ({@link CompiledAgreement}) or per item ({@link CompiledItem}).
 *
 * <p>{@link #ORDER} is the evaluation order of one candidate agreement, and the specification of
 * it: the engine runs exactly these checks, in this order, after SR-02 (an agreement not in force
 * grants nothing). To add a rule: one constant here, its {@code apply} method, one line in
 * {@link #ORDER}, and its {@link SharingRule} id.
 *
 * <p>Stateless; every check adds hits and conditions to the verdict it is given.
 */
enum Check {
    /** SR-01: a cited agreement the holder is not a party to is no basis for a direct flow. */
    HOLDER_PARTY(SharingRule.SR_01) {
        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            if (!f.onwardFlow && !ca.parties.contains(f.holder.id())) {
                v.hit(ca.holderNotParty);
            }
        }
    },
    /** SR-03: the assistance must fall under an annex both states accepted. */
    ANNEX(SharingRule.SR_03) {
        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
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
                v.hit(new RuleHit(SharingRule.SR_03, Outcome.DENY, "annex " + form
                        + " is not an annex of agreement " + ca.id));
            } else if (!annex.acceptedBy().contains(f.holder.country())
                    || !annex.acceptedBy().contains(f.recipient.country())) {
                v.hit(new RuleHit(SharingRule.SR_03, Outcome.DENY, "annex " + form + " of agreement " + ca.id
                        + " binds only states that both accepted it (" + annex.acceptedBy() + "); the holder is in "
                        + f.holder.country() + " and the recipient in " + f.recipient.country()));
            }
        }
    },
    /** SR-04: the recipient of a direct flow must be a party (onward flows: SR-20 to SR-22). */
    RECIPIENT_PARTY(SharingRule.SR_04) {
        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            if (!f.onwardFlow && !ca.parties.contains(f.recipient.id())) {
                v.hit(ca.recipientNotParty);
            }
        }
    },
    /** SR-05: an assurance of confidentiality the agreement requires. */
    CONFIDENTIALITY(SharingRule.SR_05) {
        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            if (ca.agreement.requiresConfidentialityAssurance() && !f.request.confidentialityAssured()) {
                v.hit(ca.confidentiality);
            }
        }
    },
    /** SR-01: the item's category must be covered. */
    CATEGORY(SharingRule.SR_01) {
        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            RuleHit category = ca.categoryNotCovered.get(f.item.item.category());
            if (category != null) {
                v.hit(category);
            }
        }
    },
    /** SR-06: the purpose must be one of the agreement's. */
    PURPOSE(SharingRule.SR_06) {
        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            if (!ca.purposes.contains(f.purpose.id())) {
                v.hit(new RuleHit(SharingRule.SR_06, ca.agreement.consentExtension() ? Outcome.PENDING_CONSENT
                        : Outcome.DENY, ca.purposeRefused(f.purpose.id())));
            }
        }
    },
    /** SR-16: the receiving officer needs a need-to-know role and, for a case, an assignment to it. */
    NEED_TO_KNOW(SharingRule.SR_16) {
        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
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
    },
    /** SR-24: a recipient outside the holder's legal area. */
    THIRD_COUNTRY(SharingRule.SR_24) {
        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            if (f.law.sameLegalArea(f.holder.country(), f.recipient.country())) {
                return;
            }
            if (!ca.agreement.adequateDataProtection()) {
                v.hit(ca.thirdCountryInadequate);
            } else if (!f.originator.country().equals(f.holder.country())) {
                v.hit(ca.thirdCountryAuthorisation);
            }
        }
    },
    /** SR-25: evidence use, and the evidence-use ban attached to other uses. */
    EVIDENCE(SharingRule.SR_25) {
        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
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
    },
    /** SR-27 minimisation, then SR-28 special categories and SR-10 CIS entry on what remains. */
    MINIMISATION(SharingRule.SR_27) {
        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            Set<String> listed = ca.personalFields.getOrDefault(f.purpose.id(), Set.of());
            SortedSet<String> requested = f.request.fields();
            TreeSet<String> redact = null;
            boolean personalLeft = false;
            boolean specialLeft = false;
            int n = requested.isEmpty() ? f.item.fields.length : requested.size();
            Iterator<String> names = requested.isEmpty() ? null : requested.iterator();
            for (int i = 0; i < n; i++) {
                ItemField field;
                if (names == null) {
                    field = f.item.fields[i];
                } else {
                    String name = names.next();
                    field = f.item.fieldsByName.get(name);
                    if (field == null) {
                        v.hit(new RuleHit(SharingRule.SR_27, Outcome.DENY, "field " + name
                                + " is not a field of item " + f.item.item.id()));
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
                        + " agreement " + ca.id + " does not state it strictly necessary for purpose "
                        + f.purpose.id()));
            }
            // SR-10
            if (ca.agreement.cisEntry() && personalLeft) {
                if (f.purpose.cisAction() == null) {
                    v.hit(ca.cisNoAction);
                }
                if (f.request.realIndications() == null) {
                    v.hit(ca.cisNoIndications);
                }
            }
        }
    },
    /**
     * SR-29: the retention limit, the earliest of the agreement's, the source's and, in an onward
     * flow, the holder's own retention end.
     */
    RETENTION(SharingRule.SR_29) {
        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
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
            LocalDate holderEnd = f.onwardFlow && f.receipt != null ? f.receipt.retentionEnd : null;
            if (holderEnd != null && (until == null || holderEnd.isBefore(until))) {
                until = holderEnd;
                why = f.receipt.retentionHit;
            }
            if (until != null) {
                v.hit(why, new Condition.RetainUntil(until));
            }
        }
    },
    /** SR-30: an inaccurate, wrongly transmitted or erased item is not shared. */
    ACCURACY(SharingRule.SR_30) {
        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            if (f.item.inaccurate != null) {
                v.hit(f.item.inaccurate);
            }
        }
    },
    /** SR-18: the recipients, purposes and dissemination the source allowed. */
    SOURCE_RESTRICTIONS(SharingRule.SR_18) {
        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            SourceRestrictions r = f.item.item.restrictions();
            AgencyId to = f.recipient.id();
            if (r.excludedRecipients().contains(to)) {
                v.hit(f.item.excludedRecipient);
            }
            if (!r.allowedRecipients().isEmpty() && !r.allowedRecipients().contains(to)) {
                v.hit(f.item.recipientNotAllowed);
            }
            if (!r.allowedPurposes().isEmpty() && !r.allowedPurposes().contains(f.purpose.id())) {
                v.hit(f.item.purposeNotAllowed);
            }
            if (r.noFurtherDissemination() && f.onwardFlow) {
                v.hit(f.item.noFurtherDisseminationDeny);
            }
        }
    },
    /** SR-07: an H0 item serves only to prevent and combat crime. */
    HANDLING_H0(SharingRule.SR_07) {
        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            if (f.item.item.markings().handling() == HandlingCode.H0 && !f.purpose.lawEnforcement()) {
                v.hit(f.item.h0NotLawEnforcement);
            }
        }
    },
    /** SR-17: an H3 restriction in free text needs a person. */
    HANDLING_H3(SharingRule.SR_17) {
        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            if (f.item.h3 != null) {
                v.hit(f.item.h3);
            }
        }
    },
    /** SR-08: INTERPOL data only for RPD Art. 10 purposes; nothing of a political character. */
    INTERPOL_PURPOSE(SharingRule.SR_08) {
        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            if (f.item.item.sourceSystem() == SourceSystem.INTERPOL && f.purpose.interpolPurpose() == null) {
                v.hit(f.item.interpolPurpose);
            }
            if (f.item.item.politicalCharacter()) {
                v.hit(f.item.politicalItem);
            }
            if (f.request.politicalCharacter()) {
                v.hit(POLITICAL_REQUEST);
            }
        }
    },
    /** SR-35: verify INTERPOL data with its source before acting on it. */
    VERIFY_WITH_SOURCE(SharingRule.SR_35) {
        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            if (f.item.verify != null && f.request.intendedUse() != IntendedUse.INTELLIGENCE) {
                v.hit(f.item.verifyHit, f.item.verify);
            }
        }
    },
    /** SR-11 to SR-14: TLP labels bind recipients, so they apply when the holder is not the originator. */
    TLP(SharingRule.SR_11) {
        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            CompiledItem ci = f.item;
            TlpLabel tlp = ci.item.markings().tlp();
            if (f.holderIsOriginator || tlp == null) {
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
                        v.hit(ci.tlpNeedToKnow, NEED_TO_KNOW_CONDITION);
                    } else {
                        v.hit(ci.tlpPending);
                    }
                    break;
                case AMBER:
                    if (sameOrganisation || f.holder.clients().contains(to)) {
                        v.hit(ci.tlpNeedToKnow, NEED_TO_KNOW_CONDITION);
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
    },
    /** SR-19: the marking travels with the item; only the originator may loosen it. */
    MARKING(SharingRule.SR_19) {
        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
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
    },
    /** SR-32: uncorroborated information is passed with a caveat and is never the sole basis of coercion. */
    GRADING(SharingRule.SR_32) {
        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            CompiledItem ci = f.item;
            if (ci.uncorroborated != null) {
                v.hit(ci.uncorroboratedHit, ci.uncorroborated);
                if (f.request.coerciveAction()) {
                    v.hit(ci.uncorroboratedCoercive);
                }
            }
        }
    },
    /**
     * SR-20 to SR-22: what the recipient may do next (a direct flow), or whether the holder may pass
     * the item on at all (an onward flow, judged under the agreement it received the item under).
     */
    ONWARD(SharingRule.SR_20) {
        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            CompiledItem item = f.item;
            boolean h2 = item.item.markings().handling() == HandlingCode.H2 && !f.holderIsOriginator;
            if (h2) {
                v.hit(item.h2);
            }
            OnwardTransferPolicy policy = ca.agreement.onwardTransfer();
            if (!f.onwardFlow) {
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
    },
    /** SR-33: the response deadline. */
    DEADLINE(SharingRule.SR_33) {
        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
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
    },
    /** SR-20: a recorded consent of the originator resolves every hit that waits for consent. */
    CONSENT(SharingRule.SR_20) {
        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            if (!hasPending(v)) {
                return;
            }
            Consent c = f.consent();
            if (c == null) {
                return;
            }
            v.resolvePending("consent " + c.id() + " of " + c.grantedBy() + " recorded on " + c.grantedOn(), true);
            for (Condition condition : c.conditions()) {
                v.condition(condition);
            }
        }
    },
    /** SR-34: an emergency sets aside a consent that cannot be obtained in good time. */
    EMERGENCY(SharingRule.SR_34) {
        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            String justification = f.request.emergencyJustification();
            if (justification == null || v.outcome() != Outcome.PENDING_CONSENT) {
                return;
            }
            EmergencyClause clause = ca.agreement.emergency();
            if (clause == null) {
                v.hit(ca.emergencyNoClause);
            } else if (v.hasPending(SharingRule.SR_25)) {
                v.hit(ca.emergencyNotForEvidence);
            } else {
                v.resolvePending("set aside under the emergency clause (SR-34)", true);
                v.hit(new RuleHit(SharingRule.SR_34, Outcome.PERMIT_WITH_CONDITIONS, ca.emergencyReason));
                v.condition(new Condition.Emergency(justification));
                v.condition(new Condition.NotifyOriginator(f.originator.id()));
                v.condition(new Condition.RetainUntil(f.day.plus(clause.maxRetention())));
            }
        }
    };

    /** The evaluation order of one candidate agreement in force. */
    static final Check[] ORDER = {
        HOLDER_PARTY,
        ANNEX,
        RECIPIENT_PARTY,
        CONFIDENTIALITY,
        CATEGORY,
        PURPOSE,
        NEED_TO_KNOW,
        THIRD_COUNTRY,
        EVIDENCE,
        MINIMISATION,
        RETENTION,
        ACCURACY,
        SOURCE_RESTRICTIONS,
        HANDLING_H0,
        HANDLING_H3,
        INTERPOL_PURPOSE,
        VERIFY_WITH_SOURCE,
        TLP,
        MARKING,
        GRADING,
        ONWARD,
        DEADLINE,
        CONSENT,
        EMERGENCY,
    };

    private static final Condition NO_EVIDENCE_USE = new Condition.NoEvidenceUse();
    private static final Condition NO_ONWARD_TRANSFER = new Condition.NoOnwardTransfer();
    private static final Condition NEED_TO_KNOW_CONDITION = new Condition.NeedToKnow();
    private static final RuleHit POLITICAL_REQUEST = new RuleHit(SharingRule.SR_08, Outcome.DENY,
            "the request has a political, military, religious or racial character");

    /** The rule this check implements (the first, for a check that covers a group of rules). */
    final SharingRule rule;

    Check(SharingRule rule) {
        this.rule = rule;
    }

    /** Applies the check to a candidate agreement, adding to its verdict. */
    abstract void apply(Facts f, CompiledAgreement ca, Verdict v);

    private static boolean hasPending(Verdict v) {
        for (RuleHit h : v.hits()) {
            if (h.effect() == Outcome.PENDING_CONSENT) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsAny(SortedSet<String> held, SortedSet<String> required) {
        for (String role : held) {
            if (required.contains(role)) {
                return true;
            }
        }
        return false;
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

    /**
     * SR-22: an objection of the originator or of the supplier (the agency that supplied the item to
     * the holder under the agreement) to domestic onward transfer.
     */
    private static boolean objected(Facts f, CompiledAgreement ca) {
        AgencyId supplier = f.receipt == null ? null : f.receipt.supplier;
        for (Objection o : f.stored.objections()) {
            if (o.appliesTo(ca.id, f.originator.id(), supplier, f.item.item.id(), f.recipient.id(), f.day)) {
                return true;
            }
        }
        return false;
    }
}
