package org.passerelle.json;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.passerelle.model.Agency;
import org.passerelle.sharing.Annex;
import org.passerelle.sharing.Condition;
import org.passerelle.sharing.Consent;
import org.passerelle.sharing.CustodyHop;
import org.passerelle.sharing.Disclosure;
import org.passerelle.model.Grading;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.ItemField;
import org.passerelle.sharing.LegalArea;
import org.passerelle.sharing.LegalBasis;
import org.passerelle.model.Markings;
import org.passerelle.sharing.Objection;
import org.passerelle.sharing.Officer;
import org.passerelle.sharing.PartySpec;
import org.passerelle.sharing.Purpose;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.RuleHit;
import org.passerelle.sharing.SharingAgreement;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.sharing.SourceRestrictions;

/**
 * Writes the sharing domain values in the canonical layout that {@link SharingReaders} reads:
 * fields in record-component order, collections in their (sorted) order, optional values left out
 * when null, false or empty, and the defaults that matter to a reader (status, onward transfer,
 * evidence use) always written.
 */
final class SharingWriters {
    /** The policy sections, in the order they are written and the file each one goes to. */
    static final List<String> SECTIONS = List.of("agencies", "purposes", "agreements", "items", "consents",
            "objections", "legalAreas");

    private SharingWriters() {
    }

    /** Writes the members of one section (an array of elements) into an open object. */
    static void section(Out o, String section, SharingPolicy policy) {
        switch (section) {
            case "agencies":
                o.array(section, policy.agencies().values(), a -> o.element(() -> agency(o, a)));
                break;
            case "purposes":
                o.array(section, policy.purposes().values(), p -> o.element(() -> purpose(o, p)));
                break;
            case "agreements":
                o.array(section, policy.agreements().values(), g -> o.element(() -> agreement(o, g)));
                break;
            case "items":
                o.array(section, policy.items().values(), i -> o.element(() -> item(o, i)));
                break;
            case "consents":
                o.array(section, policy.consents().values(), c -> o.element(() -> consent(o, c)));
                break;
            case "objections":
                o.array(section, policy.objections().values(), x -> o.element(() -> objection(o, x)));
                break;
            case "legalAreas":
                o.array(section, policy.legalAreas().values(), l -> o.element(() -> legalArea(o, l)));
                break;
            default:
                throw new IllegalArgumentException("not a policy section: " + section);
        }
    }

    static void agency(Out o, Agency a) {
        o.string("id", a.id()).string("name", a.name()).string("kind", a.kind().name())
                .string("country", a.country()).string("organisation", a.organisation())
                .stringsIfAny("communities", a.communities()).stringsIfAny("clients", a.clients())
                .arrayIfAny("designations", a.designations(), d -> o.value(d.name()));
    }

    static void purpose(Out o, Purpose p) {
        o.string("id", p.id()).string("title", p.title()).flag("lawEnforcement", p.lawEnforcement())
                .flag("customsProsecution", p.customsProsecution())
                .enumIfPresent("interpolPurpose", p.interpolPurpose()).enumIfPresent("cisAction", p.cisAction());
    }

    static void agreement(Out o, SharingAgreement g) {
        o.string("id", g.id()).string("title", g.title()).string("instrumentType", g.instrumentType().name());
        o.object("legalBasis", () -> legalBasis(o, g.legalBasis()));
        o.array("parties", g.parties(), p -> o.element(() -> party(o, p)));
        o.stringIfPresent("validFrom", g.validFrom()).stringIfPresent("validTo", g.validTo())
                .string("status", g.status().name()).stringsIfAny("purposes", g.purposes())
                .flag("consentExtension", g.consentExtension())
                .arrayIfAny("categories", g.categories(), c -> o.value(c.name()));
        if (!g.personalFields().isEmpty()) {
            o.object("personalFields", () -> {
                for (Map.Entry<PurposeId, SortedSet<String>> e : g.personalFields().entrySet()) {
                    o.array(e.getKey().value(), e.getValue(), o::value);
                }
            });
        }
        o.stringsIfAny("strictNecessity", g.strictNecessity())
                .string("onwardTransfer", g.onwardTransfer().name()).string("evidenceUse", g.evidenceUse().name())
                .stringIfPresent("maxRetention", g.maxRetention()).stringIfPresent("community", g.community());
        o.objectIfPresent("emergency", g.emergency(), e -> {
            o.string("maxRetention", e.maxRetention());
            o.object("source", () -> legalBasis(o, e.source()));
            o.stringsIfAny("fields", e.fields());
        });
        o.objectIfPresent("deadlines", g.deadlines(), d -> o.string("urgentDirect", d.urgentDirect())
                .string("urgentIndirect", d.urgentIndirect()).string("routine", d.routine()));
        o.arrayIfAny("annexes", g.annexes(), a -> o.element(() -> annex(o, a)));
        o.flag("requiresConfidentialityAssurance", g.requiresConfidentialityAssurance())
                .flag("adequateDataProtection", g.adequateDataProtection()).flag("cisEntry", g.cisEntry())
                .stringsIfAny("needToKnowRoles", g.needToKnowRoles());
    }

    private static void legalBasis(Out o, LegalBasis b) {
        o.string("instrument", b.instrument()).stringIfPresent("article", b.article());
    }

    private static void party(Out o, PartySpec p) {
        o.stringIfPresent("agency", p.agency()).arrayIfAny("kinds", p.kinds(), k -> o.value(k.name()))
                .stringsIfAny("countries", p.countries());
    }

    private static void annex(Out o, Annex a) {
        o.string("id", a.id()).string("title", a.title()).stringsIfAny("acceptedBy", a.acceptedBy());
    }

    static void item(Out o, InformationItem i) {
        o.string("id", i.id()).string("title", i.title()).string("originator", i.originator());
        o.arrayIfAny("custody", i.custody(), h -> o.element(() -> hop(o, h)));
        o.string("category", i.category().name());
        o.arrayIfAny("fields", i.fields(), f -> o.element(() -> field(o, f)));
        if (!i.markings().equals(Markings.NONE)) {
            o.object("markings", () -> markings(o, i.markings()));
        }
        if (!i.restrictions().equals(SourceRestrictions.NONE)) {
            o.object("restrictions", () -> restrictions(o, i.restrictions()));
        }
        o.string("status", i.status().name()).string("sourceSystem", i.sourceSystem().name())
                .flag("politicalCharacter", i.politicalCharacter());
    }

    private static void hop(Out o, CustodyHop h) {
        o.string("holder", h.holder()).stringIfPresent("receivedUnder", h.receivedUnder())
                .stringIfPresent("receivedOn", h.receivedOn());
    }

    private static void field(Out o, ItemField f) {
        o.string("name", f.name()).flag("personalData", f.personalData())
                .flag("specialCategory", f.specialCategory());
    }

    static void markings(Out o, Markings m) {
        o.stringIfPresent("tlp", m.tlp() == null ? null : m.tlp().label())
                .enumIfPresent("handling", m.handling()).stringIfPresent("handlingText", m.handlingText());
        o.objectIfPresent("grading", m.grading(), g -> o.string("scheme", scheme(g)).string("code", g.code()));
    }

    private static String scheme(Grading g) {
        if (g instanceof Grading.Admiralty) {
            return "admiralty";
        } else if (g instanceof Grading.Europol) {
            return "europol";
        }
        return "uk3x5x2";
    }

    private static void restrictions(Out o, SourceRestrictions r) {
        o.stringsIfAny("allowedRecipients", r.allowedRecipients())
                .stringsIfAny("excludedRecipients", r.excludedRecipients())
                .stringsIfAny("allowedPurposes", r.allowedPurposes())
                .stringIfPresent("retentionEnd", r.retentionEnd())
                .flag("noFurtherDissemination", r.noFurtherDissemination());
    }

    static void consent(Out o, Consent c) {
        o.string("id", c.id()).string("item", c.item()).string("grantedBy", c.grantedBy())
                .string("recipient", c.recipient()).stringsIfAny("purposes", c.purposes())
                .arrayIfAny("uses", c.uses(), u -> o.value(u.name()));
        conditions(o, c.conditions(), false);
        o.string("grantedOn", c.grantedOn()).stringIfPresent("validUntil", c.validUntil());
    }

    static void objection(Out o, Objection x) {
        o.string("id", x.id()).string("agreement", x.agreement()).string("objectedBy", x.objectedBy())
                .stringIfPresent("item", x.item()).stringIfPresent("recipient", x.recipient())
                .string("recordedOn", x.recordedOn());
    }

    static void disclosure(Out o, Disclosure d) {
        o.string("recordId", d.recordId()).string("item", d.item()).string("holder", d.holder())
                .string("recipient", d.recipient()).string("purpose", d.purpose())
                .stringIfPresent("agreement", d.agreement()).string("instant", d.instant());
    }

    static void legalArea(Out o, LegalArea l) {
        o.string("id", l.id()).string("title", l.title()).stringsIfAny("countries", l.countries());
    }

    /** Writes a {@code conditions} member; always when {@code always}, else only when there are some. */
    static void conditions(Out o, List<Condition> conditions, boolean always) {
        if (always || !conditions.isEmpty()) {
            o.array("conditions", conditions, c -> o.element(() -> condition(o, c)));
        }
    }

    static void condition(Out o, Condition c) {
        o.string("kind", c.kind().name());
        if (c instanceof Condition.Redact) {
            o.array("fields", ((Condition.Redact) c).fields(), o::value);
        } else if (c instanceof Condition.KeepMarking) {
            Condition.KeepMarking m = (Condition.KeepMarking) c;
            o.stringIfPresent("tlp", m.tlp() == null ? null : m.tlp().label()).enumIfPresent("handling", m.handling());
        } else if (c instanceof Condition.RetainUntil) {
            o.string("day", ((Condition.RetainUntil) c).day());
        } else if (c instanceof Condition.NoOnwardTransferWithoutConsent) {
            o.string("originator", ((Condition.NoOnwardTransferWithoutConsent) c).originator());
        } else if (c instanceof Condition.NotifyOriginator) {
            o.string("originator", ((Condition.NotifyOriginator) c).originator());
        } else if (c instanceof Condition.VerifyWithSource) {
            o.string("source", ((Condition.VerifyWithSource) c).source());
        } else if (c instanceof Condition.RespondBy) {
            o.string("deadline", ((Condition.RespondBy) c).deadline());
        } else if (c instanceof Condition.Uncorroborated) {
            o.string("grading", ((Condition.Uncorroborated) c).grading());
        } else if (c instanceof Condition.Emergency) {
            o.string("justification", ((Condition.Emergency) c).justification());
        } else if (c instanceof Condition.KeepEvaluation) {
            o.string("grading", ((Condition.KeepEvaluation) c).grading());
        }
    }

    static void request(Out o, SharingRequest r) {
        o.string("id", r.id()).string("requester", r.requester()).string("recipient", r.recipient())
                .string("item", r.item()).stringsIfAny("fields", r.fields()).string("purpose", r.purpose())
                .string("intendedUse", r.intendedUse().name()).stringIfPresent("instant", r.instant())
                .string("urgency", r.urgency().name()).flag("directlyAccessible", r.directlyAccessible())
                .stringIfPresent("emergencyJustification", r.emergencyJustification())
                .stringIfPresent("citedAgreement", r.citedAgreement());
        o.objectIfPresent("officer", r.officer(), (Officer off) -> o.string("id", off.id())
                .stringsIfAny("roles", off.roles()).stringsIfAny("cases", off.cases()));
        o.stringIfPresent("caseId", r.caseId()).string("channel", r.channel().name())
                .flag("confidentialityAssured", r.confidentialityAssured())
                .stringIfPresent("realIndications", r.realIndications())
                .stringIfPresent("assistanceForm", r.assistanceForm())
                .stringIfPresent("proposedMarking", r.proposedMarking() == null ? null : r.proposedMarking().label())
                .flag("coerciveAction", r.coerciveAction()).flag("politicalCharacter", r.politicalCharacter());
        o.objectIfPresent("proposedGrading", r.proposedGrading(), g -> o.string("scheme", scheme(g))
                .string("code", g.code()));
    }

    static void decision(Out o, SharingDecision d) {
        o.object("request", () -> request(o, d.request()));
        o.string("decidedAt", d.decidedAt()).string("outcome", d.outcome().name())
                .stringIfPresent("agreement", d.agreement());
        conditions(o, d.conditions(), true);
        o.array("hits", d.hits(), h -> o.element(() -> hit(o, h)));
        o.arrayIfAny("alsoConsidered", d.alsoConsidered(), h -> o.element(() -> hit(o, h)));
        o.string("lawVersion", d.lawVersion()).number("factsRevision", d.factsRevision());
    }

    private static void hit(Out o, RuleHit h) {
        o.string("rule", h.ruleId()).string("effect", h.effect().name()).string("reason", h.reason());
    }
}
