package org.passerelle.sharing;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyId;
import org.passerelle.model.InWords;

/**
 * An agreement with everything the engine needs about it resolved at compile time: the agencies
 * that are its parties, its annexes by id, and the rule hits
 * that depend only on the agreement, with their reasons already written.
 *
 * <p>Immutable and thread-safe.
 */
final class CompiledAgreement {
    final SharingAgreement agreement;
    final AgreementId id;
    /** The agencies of the policy that are parties (SR-04). */
    final Set<AgencyId> parties;
    final Map<String, Annex> annexes;
    /** The permitted purposes, hashed (SR-06). */
    final Set<PurposeId> purposes;
    /** The personal-data fields listed per purpose, hashed (SR-27). */
    final Map<PurposeId, Set<String>> personalFields;
    /** The purposes for which special categories are stated strictly necessary, hashed (SR-28). */
    final Set<PurposeId> strictNecessity;
    /** SR-27: the redaction hit of each permitted purpose. */
    final Map<PurposeId, RuleHit> minimisationHits;
    /** SR-33: the deadline hits, urgent-direct, urgent-indirect and routine; null without deadlines. */
    final RuleHit[] deadlineHits;

    final RuleHit notInForce;
    final RuleHit recipientNotParty;
    final RuleHit holderNotParty;
    final RuleHit noAnnexNamed;
    final RuleHit confidentiality;
    final Map<InformationCategory, RuleHit> categoryNotCovered;
    /** SR-06: the end of the reason, after the purpose id. */
    final String purposeRefusedSuffix;
    final RuleHit cisNoAction;
    final RuleHit cisNoIndications;
    final RuleHit thirdCountryInadequate;
    final RuleHit thirdCountryAuthorisation;
    final RuleHit evidenceMla;
    final RuleHit evidenceConsent;
    final RuleHit evidenceH1;
    final RuleHit noEvidenceUseHit;
    /** SR-29: retention limited by the agreement's maximum; null when it sets none. */
    final RuleHit retentionHit;
    final RuleHit noCommunity;
    final RuleHit outsideCommunity;
    final RuleHit officerLacksRole;
    final RuleHit domesticNotMet;
    final RuleHit onwardForbidden;
    final RuleHit onwardConsent;
    final RuleHit naplesForwarding;
    final RuleHit naplesNotMet;
    final RuleHit domesticOnward;
    final RuleHit domesticObjected;
    final RuleHit directNoOnward;
    final RuleHit emergencyNoClause;
    final RuleHit emergencyNotForEvidence;
    final String emergencyReason;

    CompiledAgreement(SharingAgreement agreement, Iterable<Agency> agencies) {
        this.agreement = agreement;
        this.id = agreement.id();
        Set<AgencyId> p = new HashSet<>();
        for (Agency a : agencies) {
            if (agreement.isParty(a)) {
                p.add(a.id());
            }
        }
        this.parties = Set.copyOf(p);
        Map<String, Annex> byId = new HashMap<>();
        for (Annex a : agreement.annexes()) {
            byId.put(a.id(), a);
        }
        this.annexes = Map.copyOf(byId);
        this.purposes = Set.copyOf(agreement.purposes());
        Map<PurposeId, Set<String>> fields = new HashMap<>();
        agreement.personalFields().forEach((purpose, names) -> fields.put(purpose, Set.copyOf(names)));
        this.personalFields = Map.copyOf(fields);
        this.strictNecessity = Set.copyOf(agreement.strictNecessity());

        String g = id.value();
        Map<PurposeId, RuleHit> minimisation = new HashMap<>();
        for (PurposeId purpose : agreement.purposes()) {
            minimisation.put(purpose, new RuleHit(SharingRule.SR_27, Outcome.PERMIT_WITH_CONDITIONS,
                    "personal-data fields that agreement " + g + " does not list as necessary for purpose "
                            + purpose + " are redacted"));
        }
        this.minimisationHits = Map.copyOf(minimisation);
        ResponseDeadlines d = agreement.deadlines();
        deadlineHits = d == null ? null : new RuleHit[] {
            deadline(g, d.urgentDirect(), "urgent request, data directly accessible"),
            deadline(g, d.urgentIndirect(), "urgent request, data to be obtained from other authorities"),
            deadline(g, d.routine(), "routine request")};
        notInForce = deny(SharingRule.SR_02, "agreement " + g + " is not in force on the request day (status "
                + agreement.status() + ", valid " + (agreement.validFrom() == null ? "since ever" : "from "
                + agreement.validFrom()) + (agreement.validTo() == null ? ", open-ended" : " to "
                + agreement.validTo()) + "): it grants nothing");
        recipientNotParty = deny(SharingRule.SR_04, "the recipient is not a party to agreement " + g);
        holderNotParty = deny(SharingRule.SR_01, "the holder is not a party to the cited agreement " + g);
        noAnnexNamed = deny(SharingRule.SR_03, "agreement " + g
                + " works by annexes and the request names no annex as its form of assistance");
        confidentiality = new RuleHit(SharingRule.SR_05, Outcome.ESCALATE, "agreement " + g
                + " requires an assurance of confidentiality and purpose limitation that the recipient has not given");
        Map<InformationCategory, RuleHit> cat = new EnumMap<>(InformationCategory.class);
        for (InformationCategory c : InformationCategory.values()) {
            if (!agreement.categories().contains(c)) {
                cat.put(c, deny(SharingRule.SR_01, "category " + c + " is not covered by agreement " + g));
            }
        }
        categoryNotCovered = cat;
        purposeRefusedSuffix = agreement.consentExtension()
                ? " is not a purpose of agreement " + g + "; the provider may extend it by consent"
                : " is not a purpose of agreement " + g + ", which allows no consent-based extension";
        cisNoAction = deny(SharingRule.SR_10, "agreement " + g
                + " governs CIS entries: personal data may be entered only for sighting and reporting, discreet"
                + " surveillance, specific checks or operational analysis, and the purpose is none of them");
        cisNoIndications = deny(SharingRule.SR_10, "agreement " + g
                + " governs CIS entries: personal data may be entered only with recorded real indications");
        thirdCountryInadequate = deny(SharingRule.SR_24, "the recipient is in a third country and agreement " + g
                + " does not ensure adequate data protection");
        thirdCountryAuthorisation = new RuleHit(SharingRule.SR_24, Outcome.PENDING_CONSENT,
                "transfer to a third country of data that originated in another state needs that state's prior"
                        + " authorisation (agreement " + g + ")");
        evidenceMla = deny(SharingRule.SR_25, "agreement " + g
                + " excludes evidence use: use the mutual legal assistance channel");
        evidenceConsent = new RuleHit(SharingRule.SR_25, Outcome.PENDING_CONSENT, "evidence use under agreement " + g
                + " needs the provider's prior written consent");
        evidenceH1 = new RuleHit(SharingRule.SR_25, Outcome.PENDING_CONSENT,
                "the item is handled H1: no disclosure in judicial proceedings without the provider's permission");
        noEvidenceUseHit = new RuleHit(SharingRule.SR_25, Outcome.PERMIT_WITH_CONDITIONS,
                "not to be used as evidence without the provider's prior written consent (agreement " + g + ")");
        retentionHit = agreement.maxRetention() == null ? null : new RuleHit(SharingRule.SR_29,
                Outcome.PERMIT_WITH_CONDITIONS, "retain no longer than the maximum retention of "
                        + InWords.period(agreement.maxRetention()) + " of agreement " + g + " from the request day");
        noCommunity = deny(SharingRule.SR_14, "the item is TLP:GREEN and agreement " + g
                + " defines no community (no silent default)");
        outsideCommunity = new RuleHit(SharingRule.SR_14, Outcome.PENDING_CONSENT, "the item is TLP:GREEN and the"
                + " recipient is outside the community " + agreement.community() + " of agreement " + g);
        officerLacksRole = deny(SharingRule.SR_16, "the receiving officer holds none of the need-to-know roles "
                + agreement.needToKnowRoles() + " that agreement " + g + " requires");
        domesticNotMet = new RuleHit(SharingRule.SR_20, Outcome.PENDING_CONSENT, "the opt-out exception (SR-22) of"
                + " agreement " + g + " is not met (receiving customs to a law-enforcement agency of its own"
                + " country): the originator's consent is needed");
        onwardForbidden = deny(SharingRule.SR_20, "agreement " + g + " forbids onward transfer");
        onwardConsent = new RuleHit(SharingRule.SR_20, Outcome.PENDING_CONSENT, "onward transfer of what was received"
                + " under agreement " + g + " needs the originator's consent");
        naplesForwarding = new RuleHit(SharingRule.SR_21, Outcome.PERMIT, "Naples II forwarding by customs to its own"
                + " customs, investigative or judicial authorities to prosecute a customs infringement: logged,"
                + " originator not asked");
        naplesNotMet = new RuleHit(SharingRule.SR_20, Outcome.PENDING_CONSENT, "the Naples II exception (SR-21) is not"
                + " met (own country's customs, investigative or judicial body prosecuting a customs infringement):"
                + " any other transmission needs the supplier's consent");
        domesticOnward = new RuleHit(SharingRule.SR_22, Outcome.PERMIT_WITH_CONDITIONS, "agreement " + g
                + " lets the receiving customs pass it to national law enforcement, who inherit the same use limits");
        domesticObjected = new RuleHit(SharingRule.SR_22, Outcome.PENDING_CONSENT, "the provider objected to domestic"
                + " onward transfer under agreement " + g + "; its consent is needed");
        directNoOnward = new RuleHit(SharingRule.SR_20, Outcome.PERMIT_WITH_CONDITIONS, "agreement " + g
                + " forbids onward transfer by the recipient");
        emergencyNoClause = new RuleHit(SharingRule.SR_34, Outcome.PENDING_CONSENT, "an emergency was invoked but"
                + " agreement " + g + " has no emergency clause: consent is still needed");
        emergencyNotForEvidence = new RuleHit(SharingRule.SR_34, Outcome.PENDING_CONSENT, "an emergency does not set"
                + " aside the consent needed for evidence use");
        emergencyReason = agreement.emergency() == null ? null : "emergency transfer under "
                + agreement.emergency().source() + " (agreement " + g + "): consent could not be obtained in good"
                + " time; minimum data, short retention, originator notified";
    }

    String purposeRefused(PurposeId purpose) {
        return "purpose " + purpose.value() + purposeRefusedSuffix;
    }

    private static RuleHit deadline(String agreement, java.time.Duration due, String kind) {
        return new RuleHit(SharingRule.SR_33, Outcome.PERMIT_WITH_CONDITIONS, "respond within "
                + InWords.duration(due) + " (" + kind
                + ", agreement " + agreement + ")");
    }

    private static RuleHit deny(SharingRule rule, String reason) {
        return new RuleHit(rule, Outcome.DENY, reason);
    }
}
