package org.passerelle.sharing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.passerelle.model.AgencyId;
import org.passerelle.model.AgencyKind;
import org.passerelle.model.CommunityId;
import org.passerelle.model.Designation;
import org.passerelle.model.Grading;
import org.passerelle.model.HandlingCode;
import org.passerelle.model.InWords;
import org.passerelle.model.ItemStatus;
import org.passerelle.model.Markings;
import org.passerelle.model.TlpLabel;

/**
 * The checks of the sharing rules: each constant is one check of one rule, with its condition and
 * its reasons together. Its condition is its {@link #apply} method; the reasons it gives are written
 * once, by its own hooks: {@link #ofAgreement} when the law is compiled (stored per check in the
 * {@link CompiledAgreement}) and {@link #ofItem} when an item revision is compiled (stored per check
 * in the {@link CompiledItem}). Each check declares the record its hooks fill; {@code apply} reads
 * it back with {@link CompiledAgreement#texts} and {@link CompiledItem#texts}. A reason that
 * depends on the agreement and on a purpose of the law the request names is written by the check
 * on its first use and kept in the agreement's record ({@link #once}), so no decision formats it again.
 *
 * <p>{@link #ORDER} is the evaluation order of one candidate agreement, and the specification of
 * it: the engine runs exactly these checks, in this order, after SR-02 (an agreement not in force
 * grants nothing). To add a rule: one constant here with its {@code apply} method (and the hooks
 * that write its reasons), one line in {@link #ORDER}, and its {@link SharingRule} id.
 *
 * <p>Stateless; every check adds hits and conditions to the verdict it is given.
 */
enum Check {
    /** SR-01: a cited agreement the holder is not a party to is no basis for a direct flow. */
    HOLDER_PARTY(SharingRule.SR_01) {
        @Override
        Object ofAgreement(CompiledAgreement ca) {
            return deny(SharingRule.SR_01, "the holder is not a party to the cited agreement " + ca.id);
        }

        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            if (!f.onwardFlow && !ca.parties.contains(f.holder.id())) {
                v.hit((RuleHit) ca.texts(this));
            }
        }
    },
    /** SR-03: the assistance must fall under an annex both states accepted. */
    ANNEX(SharingRule.SR_03) {
        @Override
        Object ofAgreement(CompiledAgreement ca) {
            return deny(SharingRule.SR_03, "agreement " + ca.id
                    + " works by annexes and the request names no annex as its form of assistance");
        }

        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            if (ca.annexes.isEmpty()) {
                return;
            }
            String form = f.request.assistanceForm();
            if (form == null) {
                v.hit((RuleHit) ca.texts(this));
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
        Object ofAgreement(CompiledAgreement ca) {
            return deny(SharingRule.SR_04, "the recipient is not a party to agreement " + ca.id);
        }

        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            if (!f.onwardFlow && !ca.parties.contains(f.recipient.id())) {
                v.hit((RuleHit) ca.texts(this));
            }
        }
    },
    /** SR-05: an assurance of confidentiality the agreement requires. */
    CONFIDENTIALITY(SharingRule.SR_05) {
        @Override
        Object ofAgreement(CompiledAgreement ca) {
            return new RuleHit(SharingRule.SR_05, Outcome.ESCALATE, "agreement " + ca.id + " requires an assurance"
                    + " of confidentiality and purpose limitation that the recipient has not given");
        }

        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            if (ca.agreement.requiresConfidentialityAssurance() && !f.request.confidentialityAssured()) {
                v.hit((RuleHit) ca.texts(this));
            }
        }
    },
    /** SR-01: the item's category must be covered. */
    CATEGORY(SharingRule.SR_01) {
        /** The refusal of each category the agreement does not cover. */
        record Texts(Map<InformationCategory, RuleHit> notCovered) {
        }

        @Override
        Object ofAgreement(CompiledAgreement ca) {
            Map<InformationCategory, RuleHit> notCovered = new EnumMap<>(InformationCategory.class);
            for (InformationCategory c : InformationCategory.values()) {
                if (!ca.agreement.categories().contains(c)) {
                    notCovered.put(c, deny(SharingRule.SR_01, "category " + c + " is not covered by agreement "
                            + ca.id));
                }
            }
            return new Texts(notCovered);
        }

        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            RuleHit category = ((Texts) ca.texts(this)).notCovered().get(f.item.item.category());
            if (category != null) {
                v.hit(category);
            }
        }
    },
    /** SR-06: the purpose must be one of the agreement's. */
    PURPOSE(SharingRule.SR_06) {
        /**
         * The end of the reason, after the purpose id; and the hit of each purpose of the law that is
         * not the agreement's, written on its first use.
         */
        record Texts(String end, Map<PurposeId, RuleHit> notPermitted) {
        }

        @Override
        Object ofAgreement(CompiledAgreement ca) {
            return new Texts(ca.agreement.consentExtension()
                    ? " is not a purpose of agreement " + ca.id + "; the provider may extend it by consent"
                    : " is not a purpose of agreement " + ca.id + ", which allows no consent-based extension",
                    new ConcurrentHashMap<>());
        }

        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            PurposeId purpose = f.purpose.id();
            if (!ca.purposes.contains(purpose)) {
                Texts t = (Texts) ca.texts(this);
                RuleHit hit = t.notPermitted().get(purpose);
                if (hit == null) {
                    hit = once(t.notPermitted(), purpose, new RuleHit(SharingRule.SR_06,
                            ca.agreement.consentExtension() ? Outcome.PENDING_CONSENT : Outcome.DENY,
                            "purpose " + purpose.value() + t.end()));
                }
                v.hit(hit);
            }
        }
    },
    /** SR-16: the receiving officer needs a need-to-know role and, for a case, an assignment to it. */
    NEED_TO_KNOW(SharingRule.SR_16) {
        @Override
        Object ofAgreement(CompiledAgreement ca) {
            return deny(SharingRule.SR_16, "the receiving officer holds none of the need-to-know roles "
                    + ca.agreement.needToKnowRoles() + " that agreement " + ca.id + " requires");
        }

        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            Officer officer = f.request.officer();
            SortedSet<String> roles = ca.agreement.needToKnowRoles();
            if (!roles.isEmpty() && (officer == null || !holdsAny(officer.roles(), roles))) {
                v.hit((RuleHit) ca.texts(this));
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
        /** The refusal without adequate protection, and the wait for the originating state. */
        record Texts(RuleHit inadequate, RuleHit authorisation) {
        }

        @Override
        Object ofAgreement(CompiledAgreement ca) {
            return new Texts(deny(SharingRule.SR_24, "the recipient is in a third country and agreement " + ca.id
                    + " does not ensure adequate data protection"), new RuleHit(SharingRule.SR_24,
                    Outcome.PENDING_CONSENT, "transfer to a third country of data that originated in another state"
                            + " needs that state's prior authorisation (agreement " + ca.id + ")"));
        }

        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            if (f.law.sameLegalArea(f.holder.country(), f.recipient.country())) {
                return;
            }
            Texts t = (Texts) ca.texts(this);
            if (!ca.agreement.adequateDataProtection()) {
                v.hit(t.inadequate());
            } else if (!f.originator.country().equals(f.holder.country())) {
                v.hit(t.authorisation());
            }
        }
    },
    /** SR-25: evidence use, and the evidence-use ban attached to other uses. */
    EVIDENCE(SharingRule.SR_25) {
        /** The refusal pointing to mutual legal assistance, the waits for consent, the no-evidence-use caveat. */
        record Texts(RuleHit mla, RuleHit consent, RuleHit h1, RuleHit noEvidenceUse) {
        }

        @Override
        Object ofAgreement(CompiledAgreement ca) {
            return new Texts(deny(SharingRule.SR_25, "agreement " + ca.id
                    + " excludes evidence use: use the mutual legal assistance channel"),
                    new RuleHit(SharingRule.SR_25, Outcome.PENDING_CONSENT, "evidence use under agreement " + ca.id
                            + " needs the provider's prior written consent" + MLA_ROUTE),
                    new RuleHit(SharingRule.SR_25, Outcome.PENDING_CONSENT, "the item is handled H1: no disclosure"
                            + " in judicial proceedings without the provider's permission" + MLA_ROUTE),
                    new RuleHit(SharingRule.SR_25, Outcome.PERMIT_WITH_CONDITIONS, "not to be used as evidence"
                            + " without the provider's prior written consent (agreement " + ca.id + ")"));
        }

        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            Texts t = (Texts) ca.texts(this);
            EvidenceUsePolicy policy = ca.agreement.evidenceUse();
            boolean h1 = f.item.item.markings().handling() == HandlingCode.H1;
            if (f.request.intendedUse() == IntendedUse.EVIDENCE) {
                if (policy == EvidenceUsePolicy.MUTUAL_LEGAL_ASSISTANCE_ONLY) {
                    v.hit(t.mla());
                } else if (policy == EvidenceUsePolicy.PRIOR_WRITTEN_CONSENT
                        || (policy == EvidenceUsePolicy.OWN_DATA_ONLY && !f.holderIsOriginator)) {
                    v.hit(t.consent());
                }
                if (h1) {
                    v.hit(t.h1());
                }
            } else if (policy == EvidenceUsePolicy.PRIOR_WRITTEN_CONSENT
                    || policy == EvidenceUsePolicy.MUTUAL_LEGAL_ASSISTANCE_ONLY || h1
                    || (policy == EvidenceUsePolicy.OWN_DATA_ONLY && !f.holderIsOriginator)) {
                v.hit(t.noEvidenceUse(), NO_EVIDENCE_USE);
            }
        }
    },
    /** SR-27 minimisation, then SR-28 special categories and SR-10 CIS entry on what remains. */
    MINIMISATION(SharingRule.SR_27) {
        /**
         * SR-27: the redaction hit of each permitted purpose, and of each other purpose of the law
         * (written on its first use); SR-10: the two refusals of a CIS entry.
         */
        record Texts(Map<PurposeId, RuleHit> redaction, Map<PurposeId, RuleHit> redactionNotPermitted,
                RuleHit cisNoAction, RuleHit cisNoIndications) {
        }

        @Override
        Object ofAgreement(CompiledAgreement ca) {
            Map<PurposeId, RuleHit> redaction = new HashMap<>();
            for (PurposeId purpose : ca.agreement.purposes()) {
                redaction.put(purpose, new RuleHit(SharingRule.SR_27, Outcome.PERMIT_WITH_CONDITIONS,
                        "personal-data fields that agreement " + ca.id + " does not list as necessary for purpose "
                                + purpose + " are redacted"));
            }
            return new Texts(Map.copyOf(redaction), new ConcurrentHashMap<>(), deny(SharingRule.SR_10, "agreement "
                    + ca.id + " governs CIS entries: personal data may be entered only for sighting and reporting,"
                    + " discreet surveillance, specific checks or operational analysis, and the purpose is none"
                    + " of them"),
                    deny(SharingRule.SR_10, "agreement " + ca.id
                            + " governs CIS entries: personal data may be entered only with recorded real indications"));
        }

        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            Texts t = (Texts) ca.texts(this);
            Set<String> listed = ca.personalFields.getOrDefault(f.purpose.id(), Set.of());
            SortedSet<String> requested = f.request.fields();
            List<String> redact = f.names;
            boolean personalLeft = false;
            boolean specialLeft = false;
            // The fields shared: every field of the item, or those requested (field names are unique).
            boolean every = requested.isEmpty();
            int found = 0;
            for (ItemField field : f.item.fields) {
                if (!every) {
                    if (!requested.contains(field.name())) {
                        continue;
                    }
                    found++;
                }
                if (!field.personalData()) {
                    continue;
                }
                if (listed.contains(field.name())) {
                    personalLeft = true;
                    specialLeft |= field.specialCategory();
                } else {
                    redact.add(field.name());
                }
            }
            if (found < requested.size()) {
                for (String name : requested) {
                    if (!f.item.fieldsByName.containsKey(name)) {
                        v.hit(new RuleHit(SharingRule.SR_27, Outcome.DENY, "field " + name
                                + " is not a field of item " + f.item.item.id()));
                    }
                }
            }
            if (!redact.isEmpty()) {
                RuleHit why = t.redaction().get(f.purpose.id());
                if (why == null) {
                    why = t.redactionNotPermitted().get(f.purpose.id());
                }
                if (why == null) {
                    why = once(t.redactionNotPermitted(), f.purpose.id(), new RuleHit(SharingRule.SR_27,
                            Outcome.PERMIT_WITH_CONDITIONS, "purpose " + f.purpose.id() + " is not a purpose of"
                                    + " agreement " + ca.id + ": every personal-data field is redacted"));
                }
                // The condition is made only if this candidate is the one decided on.
                v.hit(why);
                v.redactLater(redact);
                redact.clear();
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
                    v.hit(t.cisNoAction());
                }
                if (f.request.realIndications() == null) {
                    v.hit(t.cisNoIndications());
                }
            }
        }
    },
    /**
     * SR-29: the retention limit, the earliest of the agreement's, the source's and, in an onward
     * flow, the holder's own retention end.
     */
    RETENTION(SharingRule.SR_29) {
        /** The agreement's maximum retention as a limit; null when it sets none. */
        @Override
        Object ofAgreement(CompiledAgreement ca) {
            return ca.agreement.maxRetention() == null ? null : new RuleHit(SharingRule.SR_29,
                    Outcome.PERMIT_WITH_CONDITIONS, "retain no longer than the maximum retention of "
                            + InWords.period(ca.agreement.maxRetention()) + " of agreement " + ca.id
                            + " from the request day");
        }

        @Override
        Object ofItem(CompiledItem ci) {
            LocalDate end = ci.item.restrictions().retentionEnd();
            Receipt r = ci.receipt;
            LocalDate held = r == null ? null : r.retentionEnd;
            return new RetentionTexts(end == null ? null : new RuleHit(SharingRule.SR_29, Outcome.PERMIT_WITH_CONDITIONS,
                    "retain no longer than " + end + ", the retention end the source fixed"),
                    end == null ? null : new Condition.RetainUntil(end),
                    end == null ? null : deny(SharingRule.SR_29, "retention period ended on " + end
                            + ": item " + ci.item.id().value() + " must be deleted or reviewed, not shared"),
                    held == null ? null : new RuleHit(SharingRule.SR_29, Outcome.PERMIT_WITH_CONDITIONS,
                            "retain no longer than " + held + ", the end of the holder's own retention of the item"
                                    + " (received on " + r.receivedOn + " under agreement " + r.agreement.id + ")"),
                    held == null ? null : new Condition.RetainUntil(held),
                    held == null ? null : deny(SharingRule.SR_29, "the holder's own retention of the item ended on "
                            + held + " (received on " + r.receivedOn + " under agreement " + r.agreement.id
                            + "): no onward flow"));
        }

        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            RetentionTexts t = (RetentionTexts) f.item.texts(this);
            LocalDate end = f.item.item.restrictions().retentionEnd();
            LocalDate holderEnd = f.onwardFlow && f.receipt != null ? f.receipt.retentionEnd : null;
            if (end == null && holderEnd == null) {
                // The agreement's limit alone: its condition is made only if this candidate is decided on.
                if (ca.agreement.maxRetention() != null) {
                    v.hit((RuleHit) ca.texts(this));
                    v.retainLater(ca, f.day);
                }
                return;
            }
            // The agreement's own retention is shared by the decisions of a day, the source's and the
            // holder's by the decisions on the item revision.
            Condition.RetainUntil until = ca.retentionFrom(f.day);
            RuleHit why = until == null ? null : (RuleHit) ca.texts(this);
            if (end != null) {
                if (end.isBefore(f.day)) {
                    v.hit(t.sourceEnded());
                    return;
                }
                if (until == null || end.isBefore(until.day())) {
                    until = t.sourceUntil();
                    why = t.source();
                }
            }
            if (holderEnd != null && (until == null || holderEnd.isBefore(until.day()))) {
                until = t.holderUntil();
                why = t.holder();
            }
            if (until != null) {
                v.hit(why, until);
            }
        }
    },
    /** SR-30: an inaccurate, wrongly transmitted or erased item is not shared. */
    ACCURACY(SharingRule.SR_30) {
        /** The refusal of an item that is not active; null when it is. */
        @Override
        Object ofItem(CompiledItem ci) {
            return ci.item.status() == ItemStatus.ACTIVE ? null : deny(SharingRule.SR_30, "item "
                    + ci.item.id().value() + " is marked " + ci.item.status()
                    + " by its originator; that version may not be shared");
        }

        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            RuleHit inaccurate = (RuleHit) f.item.texts(this);
            if (inaccurate != null) {
                v.hit(inaccurate);
            }
        }
    },
    /** SR-18: the recipients, purposes and dissemination the source allowed. */
    SOURCE_RESTRICTIONS(SharingRule.SR_18) {
        /** The refusals for a recipient or purpose the source did not allow, and for any dissemination. */
        record Texts(RuleHit excludedRecipient, RuleHit recipientNotAllowed, RuleHit purposeNotAllowed,
                RuleHit noFurtherDissemination) {
        }

        @Override
        Object ofItem(CompiledItem ci) {
            String source = "the source " + ci.originator.id();
            String id = ci.item.id().value();
            SourceRestrictions r = ci.item.restrictions();
            return new Texts(deny(SharingRule.SR_18, source + " excluded the recipient from item " + id),
                    deny(SharingRule.SR_18, source + " allows item " + id + " only to " + r.allowedRecipients()),
                    deny(SharingRule.SR_18, source + " allows item " + id + " only for the purposes "
                            + r.allowedPurposes()),
                    deny(SharingRule.SR_18, source + " forbids any further dissemination of item " + id));
        }

        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            Texts t = (Texts) f.item.texts(this);
            SourceRestrictions r = f.item.item.restrictions();
            AgencyId to = f.recipient.id();
            if (r.excludedRecipients().contains(to)) {
                v.hit(t.excludedRecipient());
            }
            if (!r.allowedRecipients().isEmpty() && !r.allowedRecipients().contains(to)) {
                v.hit(t.recipientNotAllowed());
            }
            if (!r.allowedPurposes().isEmpty() && !r.allowedPurposes().contains(f.purpose.id())) {
                v.hit(t.purposeNotAllowed());
            }
            if (r.noFurtherDissemination() && f.onwardFlow) {
                v.hit(t.noFurtherDissemination());
            }
        }
    },
    /** SR-07: an H0 item serves only to prevent and combat crime. */
    HANDLING_H0(SharingRule.SR_07) {
        @Override
        Object ofItem(CompiledItem ci) {
            return deny(SharingRule.SR_07, "item " + ci.item.id().value()
                    + " is handled H0: it may be used only to prevent and combat crime");
        }

        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            if (f.item.item.markings().handling() == HandlingCode.H0 && !f.purpose.lawEnforcement()) {
                v.hit((RuleHit) f.item.texts(this));
            }
        }
    },
    /** SR-17: an H3 restriction in free text needs a person. */
    HANDLING_H3(SharingRule.SR_17) {
        /** The escalation of an H3 item; null unless handled H3. */
        @Override
        Object ofItem(CompiledItem ci) {
            Markings m = ci.item.markings();
            return m.handling() != HandlingCode.H3 ? null : new RuleHit(SharingRule.SR_17, Outcome.ESCALATE, "item "
                    + ci.item.id().value() + " is handled H3 with a restriction a person must check: \""
                    + m.handlingText() + "\"");
        }

        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            RuleHit h3 = (RuleHit) f.item.texts(this);
            if (h3 != null) {
                v.hit(h3);
            }
        }
    },
    /**
     * SR-08: INTERPOL data only for RPD Art. 10 purposes (the purpose relied on is named), only to an
     * NCB or an agency its NCB authorised (RPD Art. 21) unless the source authorises it; nothing of a
     * political character.
     */
    INTERPOL_PURPOSE(SharingRule.SR_08) {
        /**
         * The refusals of a purpose outside RPD Art. 10 and of an item of a political character; for
         * INTERPOL data, the permitting hit of each Art. 10 purpose and the wait for the source when the
         * recipient has no NCB access (both null for other items).
         */
        record Texts(RuleHit purpose, RuleHit political, Map<InterpolPurpose, RuleHit> reliedOn, RuleHit noAccess) {
        }

        @Override
        Object ofItem(CompiledItem ci) {
            String id = ci.item.id().value();
            Map<InterpolPurpose, RuleHit> reliedOn = null;
            RuleHit noAccess = null;
            if (ci.item.sourceSystem() == SourceSystem.INTERPOL) {
                reliedOn = new EnumMap<>(InterpolPurpose.class);
                for (InterpolPurpose p : InterpolPurpose.values()) {
                    reliedOn.put(p, new RuleHit(SharingRule.SR_08, Outcome.PERMIT, "item " + id + " comes from"
                            + " INTERPOL's information system; the purpose serves the RPD Art. 10 purpose " + p));
                }
                noAccess = new RuleHit(SharingRule.SR_08, Outcome.PENDING_CONSENT, "item " + id + " comes from"
                        + " INTERPOL's information system and the recipient is neither an INTERPOL NCB nor authorised"
                        + " by its NCB (RPD Art. 21): passing it on needs the authorisation of its source "
                        + ci.originator.id());
            }
            return new Texts(deny(SharingRule.SR_08, "item " + id
                    + " comes from INTERPOL's information system and the purpose is not one of RPD Art. 10"),
                    deny(SharingRule.SR_08, "item " + id + " has a political, military, religious or racial character"),
                    reliedOn, noAccess);
        }

        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            Texts t = (Texts) f.item.texts(this);
            if (f.item.item.sourceSystem() == SourceSystem.INTERPOL) {
                InterpolPurpose relied = f.purpose.interpolPurpose();
                v.hit(relied == null ? t.purpose() : t.reliedOn().get(relied));
                if (!f.holderIsOriginator && f.recipient.kind() != AgencyKind.INTERPOL_NCB
                        && !f.recipient.isDesignated(Designation.NCB_AUTHORISED)) {
                    v.hit(t.noAccess());
                }
            }
            if (f.item.item.politicalCharacter()) {
                v.hit(t.political());
            }
            if (f.request.politicalCharacter()) {
                v.hit(POLITICAL_REQUEST);
            }
        }
    },
    /** SR-35: verify INTERPOL data with its source before acting on it, whatever the intended use. */
    VERIFY_WITH_SOURCE(SharingRule.SR_35) {
        /** The condition to verify with the source and its reason; the texts are null unless INTERPOL-sourced. */
        record Texts(RuleHit hit, Condition verify) {
        }

        @Override
        Object ofItem(CompiledItem ci) {
            return ci.item.sourceSystem() != SourceSystem.INTERPOL ? null : new Texts(new RuleHit(SharingRule.SR_35,
                    Outcome.PERMIT_WITH_CONDITIONS, "INTERPOL data: confirm its validity with " + ci.originator.id()
                            + " before acting on it"), new Condition.VerifyWithSource(ci.item.originator()));
        }

        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            Texts t = (Texts) f.item.texts(this);
            if (t != null) {
                v.hit(t.hit(), t.verify());
            }
        }
    },
    /**
     * SR-11 to SR-14, TLP 2.0 as FIRST wrote it: the labels bind recipients, so they apply when the
     * holder (the sender) is not the originator. The audiences nest, each holding the stricter one's:
     * TLP:RED the source, the agencies that already held the item and the recipients the source
     * named; TLP:AMBER+STRICT also the holder's organisation; TLP:AMBER also the clients of any agency
     * of that organisation; TLP:GREEN also the community the item was received in (the
     * {@link Receipt}'s), when the holder is in it too; TLP:CLEAR everyone. Outside its audience the
     * source's explicit permission (a recorded consent for the recipient and purpose) lets the flow
     * go, whatever the label; nothing but TLP:CLEAR goes through a publicly accessible channel.
     */
    TLP(SharingRule.SR_11) {
        /**
         * The item's reasons for its label: through a public channel (null for CLEAR or none), outside
         * the label's audience (null for CLEAR or none), within the organisation or its clients on a
         * need-to-know basis (AMBER and AMBER+STRICT only); and, for TLP:GREEN, the community the
         * item was received in when its holder is in it too (else null: no community to share in).
         */
        record ItemTexts(RuleHit publicChannel, RuleHit outside, RuleHit needToKnow, CommunityId community) {
        }

        /** Null unless the holder is not the originator and the item carries a label. */
        @Override
        Object ofItem(CompiledItem ci) {
            TlpLabel tlp = ci.item.markings().tlp();
            if (ci.holderIsOriginator || tlp == null) {
                return null;
            }
            if (tlp == TlpLabel.CLEAR) {
                return new ItemTexts(null, null, null, null);
            }
            String item = "item " + ci.item.id().value() + " is " + tlp.label();
            String org = ci.holder.organisation().value();
            String source = ci.originator.id().value();
            RuleHit publicChannel = deny(tlpRule(tlp), item + ": it may not go through a publicly accessible"
                    + " channel");
            switch (tlp) {
                case RED:
                    return new ItemTexts(publicChannel, deny(SharingRule.SR_11, item + ": only its source " + source
                            + ", the agencies that already held it and the recipients " + source + " named may have it,"
                            + " unless " + source + " permits"), null, null);
                case AMBER_STRICT:
                    return new ItemTexts(publicChannel, new RuleHit(SharingRule.SR_12, Outcome.PENDING_CONSENT,
                            item + ": only the holder's own organisation " + org + " may have it unless " + source
                                    + " permits"), new RuleHit(SharingRule.SR_12, Outcome.PERMIT_WITH_CONDITIONS,
                                    item + ": within " + org + " on a need-to-know basis"), null);
                case AMBER:
                    return new ItemTexts(publicChannel, new RuleHit(SharingRule.SR_13, Outcome.PENDING_CONSENT,
                            item + ": the recipient is neither in the holder's organisation " + org + " nor a client"
                                    + " of an agency of it; " + source + " must permit"),
                            new RuleHit(SharingRule.SR_13, Outcome.PERMIT_WITH_CONDITIONS, item + ": within the"
                                    + " holder's organisation " + org + " and its clients, on a need-to-know basis"),
                            null);
                default:
                    return green(ci, item, org, source, publicChannel);
            }
        }

        /** SR-14: the reasons of a TLP:GREEN item, by where its holder stands in the community it came through. */
        private ItemTexts green(CompiledItem ci, String item, String org, String source, RuleHit publicChannel) {
            Receipt receipt = ci.receipt;
            String beyond = ": beyond the holder's organisation " + org + " and its clients, " + source
                    + " must permit";
            String why;
            CommunityId community = null;
            if (receipt.agreement == null) {
                why = " and its holder " + ci.holder.id() + " received it under no agreement, so in no community";
            } else if (receipt.community == null) {
                why = " and agreement " + receipt.agreement.id + ", under which its holder received it, defines no"
                        + " community (Passerelle assumes no default community)";
            } else if (!ci.holder.communities().contains(receipt.community)) {
                why = " and its holder " + ci.holder.id() + " is outside the community " + receipt.community
                        + " it was received in (agreement " + receipt.agreement.id + ")";
            } else {
                community = receipt.community;
                why = ": the recipient is outside the community " + community + " it was received in (agreement "
                        + receipt.agreement.id + ")";
            }
            return new ItemTexts(publicChannel, new RuleHit(SharingRule.SR_14, Outcome.PENDING_CONSENT, item + why
                    + beyond), null, community);
        }

        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            ItemTexts t = (ItemTexts) f.item.texts(this);
            if (t == null || t.outside() == null) {
                return;
            }
            // "Not via publicly accessible channels": no label but CLEAR, whoever the recipient.
            if (f.request.channel() == Channel.PUBLIC) {
                v.hit(t.publicChannel());
                return;
            }
            AgencyId to = f.recipient.id();
            InformationItem item = f.item.item;
            // The source, those who already held the item and those its source named: every label's audience.
            if (item.wasHeldBy(to) || item.restrictions().allowedRecipients().contains(to)) {
                return;
            }
            TlpLabel tlp = item.markings().tlp();
            boolean organisation = f.recipient.organisation().equals(f.holder.organisation());
            boolean inside;
            switch (tlp) {
                case AMBER_STRICT:
                    inside = organisation;
                    break;
                case AMBER:
                    inside = organisation || f.law.isClientOf(f.holder.organisation(), to);
                    break;
                case GREEN:
                    inside = organisation || f.law.isClientOf(f.holder.organisation(), to)
                            || (t.community() != null && f.recipient.communities().contains(t.community()));
                    break;
                default:
                    inside = false;
                    break;
            }
            if (inside) {
                if (t.needToKnow() != null) {
                    v.hit(t.needToKnow(), NEED_TO_KNOW_CONDITION);
                }
                return;
            }
            // "They must obtain explicit permission from the source": a recorded consent, for every label.
            Consent c = f.consent();
            if (c == null) {
                v.hit(t.outside());
                return;
            }
            v.hit(new RuleHit(t.outside().rule(), Outcome.PERMIT_WITH_CONDITIONS, t.outside().reason() + "; consent "
                    + c.id() + " of " + c.grantedBy() + " recorded on " + c.grantedOn()));
            consentConditions(c, v);
        }
    },
    /** SR-19: the marking travels with the item; only the originator may loosen it. */
    MARKING(SharingRule.SR_19) {
        /** The condition to keep the item's own marking and its reason; the texts are null when it carries none. */
        record Texts(RuleHit hit, Condition keep) {
        }

        @Override
        Object ofItem(CompiledItem ci) {
            Markings m = ci.item.markings();
            boolean marked = (m.tlp() != null && m.tlp() != TlpLabel.CLEAR) || m.handling() != null;
            return !marked ? null : new Texts(new RuleHit(SharingRule.SR_19, Outcome.PERMIT_WITH_CONDITIONS,
                    "the recipient keeps the marking " + describe(m) + " or a stricter one"),
                    new Condition.KeepMarking(m.tlp() == TlpLabel.CLEAR ? null : m.tlp(), m.handling()));
        }

        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            CompiledItem ci = f.item;
            Markings m = ci.item.markings();
            TlpLabel own = m.tlp();
            TlpLabel proposed = f.request.proposedMarking();
            if (proposed == null || proposed == own) {
                Texts t = (Texts) ci.texts(this);
                if (t != null) {
                    v.hit(t.hit(), t.keep());
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
    /**
     * SR-32: the provider's evaluation travels with the item and only the provider may change it;
     * uncorroborated information is passed with a caveat and is never the sole basis of coercion.
     */
    GRADING(SharingRule.SR_32) {
        /**
         * For a graded item: the evaluation to keep with its reason, the caveat of an uncorroborated
         * grading with its reason and the escalation of coercive action (the three null unless
         * uncorroborated), and the start of the refusal of another evaluation.
         */
        record Texts(RuleHit keepHit, Condition keep, RuleHit uncorroboratedHit, Condition caveat, RuleHit coercive,
                String refusal) {
        }

        /** Null for an ungraded item. */
        @Override
        Object ofItem(CompiledItem ci) {
            Grading grading = ci.item.markings().grading();
            return grading == null ? null : texts(ci, grading);
        }

        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            CompiledItem ci = f.item;
            Grading own = ci.item.markings().grading();
            Grading proposed = f.request.proposedGrading();
            Texts t = (Texts) ci.texts(this);
            if (proposed != null && !proposed.equals(own)) {
                if (!f.holderIsOriginator) {
                    v.hit(new RuleHit(SharingRule.SR_32, Outcome.DENY, (own == null ? "item " + ci.item.id()
                            + " carries no evaluation of its provider " + f.originator.id()
                            : t.refusal()) + ": only the provider may evaluate it, and the request proposes "
                            + proposed.code()));
                    return;
                }
                t = texts(ci, proposed);
            }
            if (t == null) {
                return;
            }
            v.hit(t.keepHit(), t.keep());
            if (t.caveat() != null) {
                v.hit(t.uncorroboratedHit(), t.caveat());
                if (f.request.coerciveAction()) {
                    v.hit(t.coercive());
                }
            }
        }

        private Texts texts(CompiledItem ci, Grading grading) {
            String code = grading.code();
            boolean weak = grading.isUncorroborated();
            return new Texts(new RuleHit(SharingRule.SR_32, Outcome.PERMIT_WITH_CONDITIONS, "the provider "
                    + ci.originator.id() + " evaluated the information " + code
                    + ": the recipient keeps that evaluation and may not change it"),
                    new Condition.KeepEvaluation(code),
                    weak ? new RuleHit(SharingRule.SR_32, Outcome.PERMIT_WITH_CONDITIONS,
                            "the provider graded the information " + code + ": uncorroborated") : null,
                    weak ? new Condition.Uncorroborated(code) : null,
                    weak ? new RuleHit(SharingRule.SR_32, Outcome.ESCALATE,
                            "information graded " + code + " would be the sole basis for coercive action") : null,
                    "item " + ci.item.id() + " was evaluated " + code + " by its provider " + ci.originator.id());
        }
    },
    /**
     * SR-20 to SR-22: what the recipient may do next (a direct flow), or whether the holder may pass
     * the item on at all (an onward flow, judged under the agreement it received the item under).
     */
    ONWARD(SharingRule.SR_20) {
        /**
         * The item's: the wait of an H2 item, the condition of no onward transfer without the
         * originator's consent and its reason, the source's ban on further dissemination.
         */
        record ItemTexts(RuleHit h2, Condition noOnwardWithoutConsent, RuleHit noOnwardWithoutConsentHit,
                RuleHit noFurtherDissemination) {
        }

        /**
         * The agreement's: no onward transfer by the recipient of a direct flow; in an onward flow,
         * forbidden, Naples II forwarding met or not, the domestic exception met, objected or not,
         * and the plain wait for consent.
         */
        record AgreementTexts(RuleHit directNoOnward, RuleHit forbidden, RuleHit naplesForwarding,
                RuleHit naplesNotMet, RuleHit domesticOnward, RuleHit domesticObjected, RuleHit domesticNotMet,
                RuleHit consent) {
        }

        @Override
        Object ofAgreement(CompiledAgreement ca) {
            AgreementId g = ca.id;
            return new AgreementTexts(new RuleHit(SharingRule.SR_20, Outcome.PERMIT_WITH_CONDITIONS, "agreement " + g
                    + " forbids onward transfer by the recipient"),
                    deny(SharingRule.SR_20, "agreement " + g + " forbids onward transfer"),
                    new RuleHit(SharingRule.SR_21, Outcome.PERMIT, "Naples II forwarding by customs to its own"
                            + " customs, investigative or judicial authorities to prosecute a customs infringement:"
                            + " logged, originator not asked"),
                    new RuleHit(SharingRule.SR_20, Outcome.PENDING_CONSENT, "the Naples II exception (SR-21) is not"
                            + " met (own country's customs, investigative or judicial body prosecuting a customs"
                            + " infringement): any other transmission needs the supplier's consent"),
                    new RuleHit(SharingRule.SR_22, Outcome.PERMIT_WITH_CONDITIONS, "agreement " + g + " lets the"
                            + " receiving customs pass it to national law enforcement, who inherit the same use limits"),
                    new RuleHit(SharingRule.SR_22, Outcome.PENDING_CONSENT, "the provider objected to domestic"
                            + " onward transfer under agreement " + g + "; its consent is needed"),
                    new RuleHit(SharingRule.SR_20, Outcome.PENDING_CONSENT, "the opt-out exception (SR-22) of"
                            + " agreement " + g + " is not met (receiving customs to a law-enforcement agency of its"
                            + " own country): the originator's consent is needed"),
                    new RuleHit(SharingRule.SR_20, Outcome.PENDING_CONSENT, "onward transfer of what was received"
                            + " under agreement " + g + " needs the originator's consent"));
        }

        @Override
        Object ofItem(CompiledItem ci) {
            String id = ci.item.id().value();
            AgencyId originator = ci.originator.id();
            return new ItemTexts(new RuleHit(SharingRule.SR_20, Outcome.PENDING_CONSENT, "item " + id
                    + " is handled H2: it may not be disseminated without the consent of " + originator
                    + "; no exception applies"), new Condition.NoOnwardTransferWithoutConsent(ci.item.originator()),
                    new RuleHit(SharingRule.SR_20, Outcome.PERMIT_WITH_CONDITIONS,
                            "no onward transfer without the consent of the originator " + originator),
                    new RuleHit(SharingRule.SR_18, Outcome.PERMIT_WITH_CONDITIONS,
                            "the source " + originator + " forbids any further dissemination of item " + id));
        }

        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            CompiledItem item = f.item;
            ItemTexts it = (ItemTexts) item.texts(this);
            AgreementTexts at = (AgreementTexts) ca.texts(this);
            Condition noOnward = it.noOnwardWithoutConsent();
            boolean h2 = item.item.markings().handling() == HandlingCode.H2 && !f.holderIsOriginator;
            if (h2) {
                v.hit(it.h2());
            }
            OnwardTransferPolicy policy = ca.agreement.onwardTransfer();
            if (!f.onwardFlow) {
                if (policy == OnwardTransferPolicy.NONE) {
                    v.hit(at.directNoOnward(), NO_ONWARD_TRANSFER);
                } else if (item.item.restrictions().noFurtherDissemination()) {
                    v.hit(it.noFurtherDissemination(), NO_ONWARD_TRANSFER);
                } else {
                    v.hit(it.noOnwardWithoutConsentHit(), noOnward);
                }
                return;
            }
            if (h2) {
                v.condition(noOnward);
                return;
            }
            switch (policy) {
                case NONE:
                    v.hit(at.forbidden());
                    break;
                case NAPLES_II:
                    if (naplesForwarding(f)) {
                        v.hit(at.naplesForwarding());
                    } else {
                        v.hit(at.naplesNotMet(), noOnward);
                    }
                    break;
                case DOMESTIC_LAW_ENFORCEMENT_UNLESS_OBJECTED:
                    if (!domesticLawEnforcement(f)) {
                        v.hit(at.domesticNotMet(), noOnward);
                    } else if (objected(f, ca)) {
                        v.hit(at.domesticObjected(), noOnward);
                    } else {
                        v.hit(at.domesticOnward(), noOnward);
                    }
                    break;
                default:
                    v.hit(at.consent(), noOnward);
                    break;
            }
        }
    },
    /** SR-33: the response deadline; data is directly accessible only to a single point of contact. */
    DEADLINE(SharingRule.SR_33) {
        /**
         * The deadline hits: urgent with the data directly accessible to the single point of contact,
         * urgent otherwise, urgent with the data said to be directly accessible by a holder that is not
         * the single point of contact, routine.
         */
        record Texts(RuleHit urgentDirect, RuleHit urgentIndirect, RuleHit urgentNotSpoc, RuleHit routine) {
        }

        /** Null without deadlines. */
        @Override
        Object ofAgreement(CompiledAgreement ca) {
            ResponseDeadlines d = ca.agreement.deadlines();
            return d == null ? null : new Texts(
                    deadline(ca.id, d.urgentDirect(), "urgent request, data directly accessible to the single point"
                            + " of contact"),
                    deadline(ca.id, d.urgentIndirect(), "urgent request, data to be obtained from other authorities"),
                    deadline(ca.id, d.urgentIndirect(), "urgent request; the holder is not a single point of contact,"
                            + " so the data is obtained from another authority"),
                    deadline(ca.id, d.routine(), "routine request"));
        }

        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            ResponseDeadlines d = ca.agreement.deadlines();
            if (d == null) {
                return;
            }
            Texts t = (Texts) ca.texts(this);
            Duration due;
            RuleHit why;
            if (f.request.urgency() == Urgency.URGENT) {
                // Directly accessible means accessible to the single point of contact, so the holder must be it.
                boolean spoc = f.holder.isDesignated(Designation.SINGLE_POINT_OF_CONTACT);
                boolean direct = f.request.directlyAccessible() && spoc;
                due = direct ? d.urgentDirect() : d.urgentIndirect();
                why = direct ? t.urgentDirect() : f.request.directlyAccessible() ? t.urgentNotSpoc() : t.urgentIndirect();
            } else {
                due = d.routine();
                why = t.routine();
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
            consentConditions(c, v);
        }
    },
    /**
     * SR-34: an emergency sets aside a consent that cannot be obtained in good time, with the minimum
     * data the emergency clause declares; an emergency that cannot override the outcome is recorded.
     */
    EMERGENCY(SharingRule.SR_34) {
        /** The waits when no clause applies or the consent is for evidence use; the reason of a transfer (null without a clause). */
        record Texts(RuleHit noClause, RuleHit notForEvidence, RuleHit transfer) {
        }

        @Override
        Object ofAgreement(CompiledAgreement ca) {
            EmergencyClause clause = ca.agreement.emergency();
            return new Texts(new RuleHit(SharingRule.SR_34, Outcome.PENDING_CONSENT, "an emergency was invoked but"
                    + " agreement " + ca.id + " has no emergency clause: consent is still needed"),
                    new RuleHit(SharingRule.SR_34, Outcome.PENDING_CONSENT, "an emergency does not set"
                            + " aside the consent needed for evidence use"),
                    clause == null ? null : new RuleHit(SharingRule.SR_34, Outcome.PERMIT_WITH_CONDITIONS,
                            "emergency transfer under " + clause.source() + " (agreement " + ca.id + "): consent could"
                                    + " not be obtained in good time; minimum data (the fields "
                                    + clause.fields() + " the clause declares for the emergency), short retention,"
                                    + " originator notified"));
        }

        @Override
        void apply(Facts f, CompiledAgreement ca, Verdict v) {
            String justification = f.request.emergencyJustification();
            if (justification == null || v.outcome() == Outcome.PERMIT || v.outcome() == Outcome.PERMIT_WITH_CONDITIONS) {
                return;
            }
            if (v.outcome() != Outcome.PENDING_CONSENT) {
                v.hit(emergencyCannotOverride(v.outcome()));
                return;
            }
            Texts t = (Texts) ca.texts(this);
            EmergencyClause clause = ca.agreement.emergency();
            if (clause == null) {
                v.hit(t.noClause());
            } else if (v.hasPending(SharingRule.SR_25)) {
                v.hit(t.notForEvidence());
            } else {
                v.resolvePending("set aside under the emergency clause (SR-34)", true);
                v.hit(t.transfer());
                v.condition(new Condition.Emergency(justification));
                v.condition(new Condition.NotifyOriginator(f.originator.id()));
                v.condition(new Condition.RetainUntil(f.day.plus(clause.maxRetention())));
                TreeSet<String> redact = new TreeSet<>();
                for (ItemField field : f.item.fields) {
                    boolean requested = f.request.fields().isEmpty() || f.request.fields().contains(field.name());
                    if (requested && field.personalData() && !clause.fields().contains(field.name())) {
                        redact.add(field.name());
                    }
                }
                // The minimum data of the emergency replace the agreement's list for the request's purpose.
                if (redact.isEmpty()) {
                    v.remove(Condition.Kind.REDACT);
                } else {
                    v.replace(new Condition.Redact(redact));
                }
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
    /** SR-25: the alternative route named whenever evidence use waits on prior written consent. */
    private static final String MLA_ROUTE = "; the alternative route is a request through the mutual legal"
            + " assistance channel";
    private static final Condition NO_ONWARD_TRANSFER = new Condition.NoOnwardTransfer();
    private static final Condition NEED_TO_KNOW_CONDITION = new Condition.NeedToKnow();
    private static final Map<Outcome, RuleHit> CANNOT_OVERRIDE = cannotOverride();
    private static final RuleHit POLITICAL_REQUEST = new RuleHit(SharingRule.SR_08, Outcome.DENY,
            "the request has a political, military, religious or racial character");

    /** The rule this check implements (the first, for a check that covers a group of rules). */
    final SharingRule rule;

    Check(SharingRule rule) {
        this.rule = rule;
    }

    /**
     * Writes the reasons of this check that depend only on an agreement, once, when the law is
     * compiled; {@link CompiledAgreement#texts} gives them back. Null when the check has none.
     */
    Object ofAgreement(CompiledAgreement ca) {
        return null;
    }

    /**
     * Writes the reasons of this check that depend only on an item revision (and how its holder
     * received it), once per revision; {@link CompiledItem#texts} gives them back. Null when the
     * check has none.
     */
    Object ofItem(CompiledItem ci) {
        return null;
    }

    /** Applies the check to a candidate agreement, adding to its verdict. */
    abstract void apply(Facts f, CompiledAgreement ca, Verdict v);

    /**
     * Keeps a hit written on first use among the texts of an agreement, for every later decision:
     * returns the one kept first (another thread's, if it came first). The keys are ids of the law
     * (its purposes), so the texts stay bounded by the law.
     */
    static <K> RuleHit once(Map<K, RuleHit> texts, K key, RuleHit written) {
        RuleHit kept = texts.putIfAbsent(key, written);
        return kept == null ? written : kept;
    }

    /**
     * SR-34: the record of an emergency that was invoked but cannot override an outcome other than a
     * wait for consent (it sets aside neither a refusal nor an escalation); its effect is that outcome,
     * so it changes nothing.
     */
    static RuleHit emergencyCannotOverride(Outcome outcome) {
        return CANNOT_OVERRIDE.get(outcome);
    }

    /**
     * Adds a consent's conditions to a verdict. A {@code KeepMarking} among them is the originator
     * relabelling the copy for this recipient (SR-19): it is the verdict's one marking condition,
     * in place of the item's own, whichever check adds which first.
     */
    static void consentConditions(Consent c, Verdict v) {
        for (Condition condition : c.conditions()) {
            if (condition instanceof Condition.KeepMarking relabel) {
                if (v.relabel(relabel)) {
                    v.hit(new RuleHit(SharingRule.SR_19, Outcome.PERMIT_WITH_CONDITIONS, "consent " + c.id()
                            + " of the originator " + c.grantedBy() + " relabels the copy: "
                            + Explanations.describe(relabel) + ", in place of the item's own marking"));
                }
            } else {
                v.condition(condition);
            }
        }
    }

    /** SR-29: the refusal of an onward flow once the holder's own retention of the item has ended. */
    static RuleHit holderRetentionEnded(CompiledItem ci) {
        return ((RetentionTexts) ci.texts(RETENTION)).holderEnded();
    }

    /**
     * SR-29, the reasons of {@link #RETENTION} for an item: the source's retention end as a limit, its
     * condition and the refusal once past (null when it fixed none); the holder's own retention end
     * likewise (null without one). Declared here because the onward-flow basis reads the holder's
     * refusal too.
     */
    private record RetentionTexts(RuleHit source, Condition.RetainUntil sourceUntil, RuleHit sourceEnded,
            RuleHit holder, Condition.RetainUntil holderUntil, RuleHit holderEnded) {
    }

    private static Map<Outcome, RuleHit> cannotOverride() {
        Map<Outcome, RuleHit> hits = new EnumMap<>(Outcome.class);
        hits.put(Outcome.DENY, new RuleHit(SharingRule.SR_34, Outcome.DENY, "an emergency was invoked but cannot"
                + " override this refusal: it sets aside only a consent that cannot be obtained in good time, never"
                + " TLP:RED, an evidence-use ban or the absence of a legal basis"));
        hits.put(Outcome.ESCALATE, new RuleHit(SharingRule.SR_34, Outcome.ESCALATE, "an emergency was invoked but"
                + " cannot override an escalation: a person must decide"));
        return hits;
    }

    private static RuleHit deny(SharingRule rule, String reason) {
        return new RuleHit(rule, Outcome.DENY, reason);
    }

    private static RuleHit deadline(AgreementId agreement, Duration due, String kind) {
        return new RuleHit(SharingRule.SR_33, Outcome.PERMIT_WITH_CONDITIONS, "respond within "
                + InWords.duration(due) + " (" + kind + ", agreement " + agreement + ")");
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

    private static boolean hasPending(Verdict v) {
        List<RuleHit> hits = v.hits();
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).effect() == Outcome.PENDING_CONSENT) {
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
