package org.passerelle.json;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyId;
import org.passerelle.model.AgencyKind;
import org.passerelle.model.CommunityId;
import org.passerelle.model.CountryCode;
import org.passerelle.model.Designation;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.OrganisationId;
import org.passerelle.model.Problem.Code;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.AgreementStatus;
import org.passerelle.sharing.Annex;
import org.passerelle.sharing.Channel;
import org.passerelle.sharing.CisAction;
import org.passerelle.sharing.Condition;
import org.passerelle.sharing.Consent;
import org.passerelle.sharing.ConsentId;
import org.passerelle.sharing.CustodyHop;
import org.passerelle.sharing.Disclosure;
import org.passerelle.sharing.EmergencyClause;
import org.passerelle.sharing.EvidenceUsePolicy;
import org.passerelle.model.Grading;
import org.passerelle.model.HandlingCode;
import org.passerelle.sharing.InformationCategory;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.InstrumentType;
import org.passerelle.sharing.IntendedUse;
import org.passerelle.sharing.InterpolPurpose;
import org.passerelle.sharing.ItemField;
import org.passerelle.model.ItemId;
import org.passerelle.model.ItemStatus;
import org.passerelle.sharing.LegalArea;
import org.passerelle.sharing.LegalAreaId;
import org.passerelle.sharing.LegalBasis;
import org.passerelle.model.Markings;
import org.passerelle.sharing.Objection;
import org.passerelle.sharing.Officer;
import org.passerelle.sharing.OnwardTransferPolicy;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.PartySpec;
import org.passerelle.sharing.Purpose;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.ResponseDeadlines;
import org.passerelle.sharing.RuleHit;
import org.passerelle.sharing.SharingAgreement;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.sharing.SharingRule;
import org.passerelle.sharing.SourceRestrictions;
import org.passerelle.sharing.SourceSystem;
import org.passerelle.sharing.Urgency;

/**
 * Binds the sharing domain values from {@link Node} trees, field by field, with {@link Fields}.
 * Each method returns the value, or null after reporting every problem it found. The field names
 * are the record component names; {@link SharingWriters} writes the same layout.
 */
final class SharingReaders {
    static final String[] AGENCY = {"id", "name", "kind", "country", "organisation", "communities", "clients",
        "designations"};
    static final String[] PURPOSE = {"id", "title", "lawEnforcement", "customsProsecution", "interpolPurpose",
        "cisAction"};
    static final String[] AGREEMENT = {"id", "title", "instrumentType", "legalBasis", "parties", "validFrom",
        "validTo", "status", "purposes", "consentExtension", "categories", "personalFields", "strictNecessity",
        "onwardTransfer", "evidenceUse", "maxRetention", "community", "emergency", "deadlines", "annexes",
        "requiresConfidentialityAssurance", "adequateDataProtection", "cisEntry", "needToKnowRoles"};
    static final String[] ITEM = {"id", "title", "originator", "custody", "category", "fields", "markings",
        "restrictions", "status", "sourceSystem", "politicalCharacter"};
    static final String[] CONSENT = {"id", "item", "grantedBy", "recipient", "purposes", "uses", "conditions",
        "grantedOn", "validUntil"};
    static final String[] MARKINGS = {"tlp", "handling", "handlingText", "grading"};
    static final String[] OBJECTION = {"id", "agreement", "objectedBy", "item", "recipient", "recordedOn"};
    static final String[] DISCLOSURE = {"recordId", "item", "holder", "recipient", "purpose", "agreement", "instant"};
    static final String[] LEGAL_AREA = {"id", "title", "countries"};
    static final String[] REQUEST = {"id", "requester", "recipient", "item", "fields", "purpose", "intendedUse",
        "instant", "urgency", "directlyAccessible", "emergencyJustification", "citedAgreement", "officer", "caseId",
        "channel", "confidentialityAssured", "realIndications", "assistanceForm", "proposedMarking", "proposedGrading",
        "coerciveAction", "politicalCharacter"};
    static final String[] DECISION = {"request", "decidedAt", "outcome", "agreement", "conditions", "hits",
        "lawVersion", "factsRevision", "alsoConsidered"};

    private SharingReaders() {
    }

    static Agency agency(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, AGENCY);
        AgencyId id = f.requiredId("id", AgencyId::of);
        String name = f.requiredString("name");
        AgencyKind kind = f.requiredEnum("kind", AgencyKind.class);
        CountryCode country = f.requiredId("country", CountryCode::of);
        OrganisationId organisation = f.id("organisation", OrganisationId::of);
        SortedSet<CommunityId> communities = f.set("communities", CommunityId::of);
        SortedSet<AgencyId> clients = f.set("clients", AgencyId::of);
        SortedSet<Designation> designations = f.enumSet("designations", Designation.class);
        return f.build(() -> new Agency(id, name, kind, country,
                organisation != null ? organisation : OrganisationId.of(id.value()), communities, clients,
                designations));
    }

    static Purpose purpose(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, PURPOSE);
        PurposeId id = f.requiredId("id", PurposeId::of);
        String title = f.requiredString("title");
        boolean lawEnforcement = f.flag("lawEnforcement");
        boolean customsProsecution = f.flag("customsProsecution");
        InterpolPurpose interpol = f.enumValue("interpolPurpose", InterpolPurpose.class);
        CisAction cis = f.enumValue("cisAction", CisAction.class);
        return f.build(() -> new Purpose(id, title, lawEnforcement, customsProsecution, interpol, cis));
    }

    static SharingAgreement agreement(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, AGREEMENT);
        AgreementId id = f.requiredId("id", AgreementId::of);
        String title = f.requiredString("title");
        InstrumentType type = f.requiredEnum("instrumentType", InstrumentType.class);
        Fields basisFields = f.requiredObject("legalBasis", "instrument", "article");
        LegalBasis basis = basisFields == null ? null : legalBasis(basisFields);
        List<PartySpec> parties = f.requiredList("parties", n -> party(n, problems));
        LocalDate validFrom = f.date("validFrom");
        LocalDate validTo = f.date("validTo");
        AgreementStatus status = f.enumValue("status", AgreementStatus.class);
        if (f.node("purposes") == null) {
            problems.add(Code.MISSING, f.locOf("purposes"), "is required");
        }
        SortedSet<PurposeId> purposes = f.set("purposes", PurposeId::of);
        boolean consentExtension = f.flag("consentExtension");
        if (f.node("categories") == null) {
            problems.add(Code.MISSING, f.locOf("categories"), "is required");
        }
        SortedSet<InformationCategory> categories = f.enumSet("categories", InformationCategory.class);
        SortedMap<PurposeId, SortedSet<String>> personalFields = personalFields(f, purposes);
        SortedSet<PurposeId> strictNecessity = f.set("strictNecessity", PurposeId::of);
        OnwardTransferPolicy onward = f.enumValue("onwardTransfer", OnwardTransferPolicy.class);
        EvidenceUsePolicy evidence = f.enumValue("evidenceUse", EvidenceUsePolicy.class);
        Period maxRetention = f.period("maxRetention");
        CommunityId community = f.id("community", CommunityId::of);
        EmergencyClause emergency = emergency(f.object("emergency", "maxRetention", "source", "fields"));
        ResponseDeadlines deadlines = deadlines(f.object("deadlines", "urgentDirect", "urgentIndirect", "routine"));
        List<Annex> annexes = f.list("annexes", n -> annex(n, problems));
        boolean assurance = f.flag("requiresConfidentialityAssurance");
        boolean adequate = f.flag("adequateDataProtection");
        boolean cis = f.flag("cisEntry");
        SortedSet<String> roles = f.strings("needToKnowRoles");
        return f.build(() -> new SharingAgreement(id, title, type, basis, parties, validFrom, validTo,
                status == null ? AgreementStatus.IN_FORCE : status, purposes, consentExtension, categories,
                personalFields, strictNecessity, onward, evidence, maxRetention, community, emergency, deadlines,
                annexes, assurance, adequate, cis, roles));
    }

    private static SortedMap<PurposeId, SortedSet<String>> personalFields(Fields f, SortedSet<PurposeId> purposes) {
        TreeMap<PurposeId, SortedSet<String>> map = new TreeMap<>();
        Node node = f.node("personalFields");
        if (node == null) {
            return map;
        }
        Problems problems = f.problems();
        if (!(node instanceof Node.Obj)) {
            problems.add(Code.WRONG_TYPE, node.loc(), "must be an object mapping purpose ids to field names (got "
                    + node.describe() + ")");
            return map;
        }
        for (Node.Member m : ((Node.Obj) node).members().values()) {
            PurposeId purpose;
            try {
                purpose = PurposeId.of(m.name());
            } catch (InvalidInputException e) {
                problems.addAll(e, m.nameLoc());
                continue;
            }
            if (!purposes.contains(purpose)) {
                problems.add(Code.CONFLICT, m.nameLoc(), "lists fields for purpose \"" + purpose
                        + "\", which is not among the agreement's purposes");
            }
            map.put(purpose, Fields.set(m.value(), problems, SharingReaders::fieldName));
        }
        return map;
    }

    static String fieldName(String name) {
        return ItemField.plain(name).name();
    }

    private static LegalBasis legalBasis(Fields f) {
        String instrument = f.requiredString("instrument");
        String article = f.string("article");
        return f.build(() -> new LegalBasis(instrument, article));
    }

    static PartySpec party(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, "agency", "kinds", "countries");
        AgencyId agency = f.id("agency", AgencyId::of);
        SortedSet<AgencyKind> kinds = f.enumSet("kinds", AgencyKind.class);
        SortedSet<CountryCode> countries = f.set("countries", CountryCode::of);
        return f.build(() -> new PartySpec(agency, kinds, countries));
    }

    private static EmergencyClause emergency(Fields f) {
        if (f == null) {
            return null;
        }
        Period maxRetention = f.requiredPeriod("maxRetention");
        Fields source = f.requiredObject("source", "instrument", "article");
        LegalBasis basis = source == null ? null : legalBasis(source);
        SortedSet<String> fields = f.set("fields", SharingReaders::fieldName);
        return f.build(() -> new EmergencyClause(maxRetention, basis, fields));
    }

    private static ResponseDeadlines deadlines(Fields f) {
        if (f == null) {
            return null;
        }
        Duration urgentDirect = f.requiredDuration("urgentDirect");
        Duration urgentIndirect = f.requiredDuration("urgentIndirect");
        Duration routine = f.requiredDuration("routine");
        return f.build(() -> new ResponseDeadlines(urgentDirect, urgentIndirect, routine));
    }

    private static Annex annex(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, "id", "title", "acceptedBy");
        String id = f.requiredString("id");
        String title = f.requiredString("title");
        SortedSet<CountryCode> acceptedBy = f.set("acceptedBy", CountryCode::of);
        return f.build(() -> new Annex(id, title, acceptedBy));
    }

    static InformationItem item(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, ITEM);
        ItemId id = f.requiredId("id", ItemId::of);
        String title = f.requiredString("title");
        AgencyId originator = f.requiredId("originator", AgencyId::of);
        List<CustodyHop> custody = f.list("custody", n -> hop(n, problems));
        InformationCategory category = f.requiredEnum("category", InformationCategory.class);
        SortedSet<ItemField> fields = itemFields(f);
        Markings markings = markings(f.object("markings", MARKINGS));
        SourceRestrictions restrictions = restrictions(f.object("restrictions", "allowedRecipients",
                "excludedRecipients", "allowedPurposes", "retentionEnd", "noFurtherDissemination"));
        ItemStatus status = f.enumValue("status", ItemStatus.class);
        SourceSystem source = f.enumValue("sourceSystem", SourceSystem.class);
        boolean political = f.flag("politicalCharacter");
        return f.build(() -> new InformationItem(id, title, originator, custody, category, fields, markings,
                restrictions, status, source, political));
    }

    private static SortedSet<ItemField> itemFields(Fields f) {
        Node node = f.node("fields");
        if (node == null) {
            return new java.util.TreeSet<>();
        }
        Problems problems = f.problems();
        java.util.TreeSet<ItemField> out = new java.util.TreeSet<>();
        for (ItemField field : Fields.list(node, problems, n -> itemField(n, problems))) {
            out.add(field);
        }
        if (node instanceof Node.Arr) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Node e : ((Node.Arr) node).elements()) {
                if (e instanceof Node.Obj && ((Node.Obj) e).members().get("name") != null) {
                    Node name = ((Node.Obj) e).members().get("name").value();
                    if (name instanceof Node.Str && !seen.add(((Node.Str) name).value())) {
                        problems.add(Code.DUPLICATE, name.loc(), "field \"" + ((Node.Str) name).value()
                                + "\" is listed more than once");
                    }
                }
            }
        }
        return out;
    }

    private static ItemField itemField(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, "name", "personalData", "specialCategory");
        String name = f.requiredString("name");
        boolean personal = f.flag("personalData");
        boolean special = f.flag("specialCategory");
        return f.build(() -> new ItemField(name, personal, special));
    }

    private static CustodyHop hop(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, "holder", "receivedUnder", "receivedOn");
        AgencyId holder = f.requiredId("holder", AgencyId::of);
        AgreementId under = f.id("receivedUnder", AgreementId::of);
        LocalDate on = f.date("receivedOn");
        return f.build(() -> new CustodyHop(holder, under, on));
    }

    static Markings markings(Fields f) {
        if (f == null) {
            return null;
        }
        org.passerelle.model.TlpLabel tlp = f.tlp("tlp");
        HandlingCode handling = f.enumValue("handling", HandlingCode.class);
        String handlingText = f.string("handlingText");
        Grading grading = grading(f.object("grading", "scheme", "code"));
        return f.build(() -> new Markings(tlp, handling, handlingText, grading));
    }

    /** Reads a grading: {@code {"scheme":"admiralty","code":"B2"}}, europol {@code X4}, uk3x5x2 {@code 1AP}. */
    static Grading grading(Fields f) {
        if (f == null) {
            return null;
        }
        String scheme = f.requiredString("scheme");
        String code = f.requiredString("code");
        if (scheme == null || code == null) {
            return null;
        }
        Node.Loc at = f.locOf("code");
        switch (scheme) {
            case "admiralty":
                if (code.length() != 2 || !Character.isDigit(code.charAt(1))) {
                    f.problems().add(Code.INVALID_VALUE, at, "an admiralty grading is a letter A-F and a digit 1-6, such as B2 (got \""
                            + code + "\")");
                    return null;
                }
                return gradingOf(f, at, () -> new Grading.Admiralty(code.charAt(0), code.charAt(1) - '0'));
            case "europol":
                if (code.length() != 2 || !Character.isDigit(code.charAt(1))) {
                    f.problems().add(Code.INVALID_VALUE, at, "a europol grading is A, B, C or X and a digit 1-4, such as X4 (got \""
                            + code + "\")");
                    return null;
                }
                return gradingOf(f, at, () -> new Grading.Europol(code.charAt(0), code.charAt(1) - '0'));
            case "uk3x5x2":
                if (code.length() != 3 || !Character.isDigit(code.charAt(0))) {
                    f.problems().add(Code.INVALID_VALUE, at, "a uk3x5x2 grading is a digit 1-3, a letter A-E and P or C, such as 1AP"
                            + " (got \"" + code + "\")");
                    return null;
                }
                return gradingOf(f, at, () -> new Grading.Uk3x5x2(code.charAt(0) - '0', code.charAt(1),
                        code.charAt(2)));
            default:
                f.problems().add(Code.INVALID_VALUE, f.locOf("scheme"), "must be one of admiralty, europol, uk3x5x2 (got \""
                        + scheme + "\")");
                return null;
        }
    }

    private static Grading gradingOf(Fields f, Node.Loc at, java.util.function.Supplier<Grading> factory) {
        try {
            return factory.get();
        } catch (InvalidInputException e) {
            f.problems().addAll(e, at);
            return null;
        }
    }

    private static SourceRestrictions restrictions(Fields f) {
        if (f == null) {
            return null;
        }
        SortedSet<AgencyId> allowed = f.set("allowedRecipients", AgencyId::of);
        SortedSet<AgencyId> excluded = f.set("excludedRecipients", AgencyId::of);
        SortedSet<PurposeId> purposes = f.set("allowedPurposes", PurposeId::of);
        LocalDate end = f.date("retentionEnd");
        boolean noFurther = f.flag("noFurtherDissemination");
        return f.build(() -> new SourceRestrictions(allowed, excluded, purposes, end, noFurther));
    }

    static Consent consent(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, CONSENT);
        ConsentId id = f.requiredId("id", ConsentId::of);
        ItemId item = f.requiredId("item", ItemId::of);
        AgencyId grantedBy = f.requiredId("grantedBy", AgencyId::of);
        AgencyId recipient = f.requiredId("recipient", AgencyId::of);
        SortedSet<PurposeId> purposes = f.set("purposes", PurposeId::of);
        SortedSet<IntendedUse> uses = f.enumSet("uses", IntendedUse.class);
        List<Condition> conditions = f.list("conditions", n -> condition(n, problems));
        LocalDate grantedOn = f.requiredDate("grantedOn");
        LocalDate validUntil = f.date("validUntil");
        return f.build(() -> new Consent(id, item, grantedBy, recipient, purposes, uses, conditions, grantedOn,
                validUntil));
    }

    static Objection objection(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, OBJECTION);
        ConsentId id = f.requiredId("id", ConsentId::of);
        AgreementId agreement = f.requiredId("agreement", AgreementId::of);
        AgencyId objectedBy = f.requiredId("objectedBy", AgencyId::of);
        ItemId item = f.id("item", ItemId::of);
        AgencyId recipient = f.id("recipient", AgencyId::of);
        LocalDate recordedOn = f.requiredDate("recordedOn");
        return f.build(() -> new Objection(id, agreement, objectedBy, item, recipient, recordedOn));
    }

    static Disclosure disclosure(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, DISCLOSURE);
        String recordId = f.requiredString("recordId");
        ItemId item = f.requiredId("item", ItemId::of);
        AgencyId holder = f.requiredId("holder", AgencyId::of);
        AgencyId recipient = f.requiredId("recipient", AgencyId::of);
        PurposeId purpose = f.requiredId("purpose", PurposeId::of);
        AgreementId agreement = f.id("agreement", AgreementId::of);
        Instant instant = f.requiredInstant("instant");
        return f.build(() -> new Disclosure(recordId, item, holder, recipient, purpose, agreement, instant));
    }

    static LegalArea legalArea(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, LEGAL_AREA);
        LegalAreaId id = f.requiredId("id", LegalAreaId::of);
        String title = f.requiredString("title");
        if (f.node("countries") == null) {
            problems.add(Code.MISSING, f.locOf("countries"), "is required");
        }
        SortedSet<CountryCode> countries = f.set("countries", CountryCode::of);
        return f.build(() -> new LegalArea(id, title, countries));
    }

    /** Reads a condition, {@code {"kind":"REDACT","fields":[...]}} and so on; the kind decides the other fields. */
    static Condition condition(Node node, Problems problems) {
        if (!(node instanceof Node.Obj)) {
            problems.add(Code.WRONG_TYPE, node.loc(), "must be an object (got " + node.describe() + ")");
            return null;
        }
        Node.Member kindMember = ((Node.Obj) node).members().get("kind");
        if (kindMember == null) {
            problems.add(Code.MISSING, node.loc().missing("kind"), "is required");
            return null;
        }
        Condition.Kind kind = Fields.enumOf(kindMember.value(), problems, Condition.Kind.class);
        if (kind == null) {
            return null;
        }
        Fields f;
        switch (kind) {
            case REDACT:
                f = Fields.of(node, problems, "kind", "fields");
                SortedSet<String> fields = f.strings("fields");
                return f.build(() -> new Condition.Redact(fields));
            case KEEP_MARKING:
                f = Fields.of(node, problems, "kind", "tlp", "handling");
                org.passerelle.model.TlpLabel tlp = f.tlp("tlp");
                HandlingCode handling = f.enumValue("handling", HandlingCode.class);
                return f.build(() -> new Condition.KeepMarking(tlp, handling));
            case RETAIN_UNTIL:
                f = Fields.of(node, problems, "kind", "day");
                LocalDate day = f.requiredDate("day");
                return f.build(() -> new Condition.RetainUntil(day));
            case NO_ONWARD_TRANSFER_WITHOUT_CONSENT:
                f = Fields.of(node, problems, "kind", "originator");
                AgencyId originator = f.requiredId("originator", AgencyId::of);
                return f.build(() -> new Condition.NoOnwardTransferWithoutConsent(originator));
            case NO_ONWARD_TRANSFER:
                f = Fields.of(node, problems, "kind");
                return f.build(Condition.NoOnwardTransfer::new);
            case NOTIFY_ORIGINATOR:
                f = Fields.of(node, problems, "kind", "originator");
                AgencyId notified = f.requiredId("originator", AgencyId::of);
                return f.build(() -> new Condition.NotifyOriginator(notified));
            case VERIFY_WITH_SOURCE:
                f = Fields.of(node, problems, "kind", "source");
                AgencyId source = f.requiredId("source", AgencyId::of);
                return f.build(() -> new Condition.VerifyWithSource(source));
            case RESPOND_BY:
                f = Fields.of(node, problems, "kind", "deadline");
                Instant deadline = f.requiredInstant("deadline");
                return f.build(() -> new Condition.RespondBy(deadline));
            case UNCORROBORATED:
                f = Fields.of(node, problems, "kind", "grading");
                String grading = f.requiredString("grading");
                return f.build(() -> new Condition.Uncorroborated(grading));
            case NEED_TO_KNOW:
                f = Fields.of(node, problems, "kind");
                return f.build(Condition.NeedToKnow::new);
            case NO_EVIDENCE_USE:
                f = Fields.of(node, problems, "kind");
                return f.build(Condition.NoEvidenceUse::new);
            case EMERGENCY:
                f = Fields.of(node, problems, "kind", "justification");
                String justification = f.requiredString("justification");
                return f.build(() -> new Condition.Emergency(justification));
            case KEEP_EVALUATION:
                f = Fields.of(node, problems, "kind", "grading");
                String evaluation = f.requiredString("grading");
                return f.build(() -> new Condition.KeepEvaluation(evaluation));
            default:
                throw new IllegalStateException("condition kind without a reader: " + kind);
        }
    }

    static SharingRequest request(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, REQUEST);
        String id = f.requiredString("id");
        AgencyId requester = f.requiredId("requester", AgencyId::of);
        AgencyId recipient = f.requiredId("recipient", AgencyId::of);
        ItemId item = f.requiredId("item", ItemId::of);
        SortedSet<String> fields = f.set("fields", SharingReaders::fieldName);
        PurposeId purpose = f.requiredId("purpose", PurposeId::of);
        IntendedUse use = f.enumValue("intendedUse", IntendedUse.class);
        Instant instant = f.instant("instant");
        Urgency urgency = f.enumValue("urgency", Urgency.class);
        boolean direct = f.flag("directlyAccessible");
        String emergency = f.string("emergencyJustification");
        AgreementId cited = f.id("citedAgreement", AgreementId::of);
        Officer officer = officer(f.object("officer", "id", "roles", "cases"));
        String caseId = f.string("caseId");
        Channel channel = f.enumValue("channel", Channel.class);
        boolean assured = f.flag("confidentialityAssured");
        String indications = f.string("realIndications");
        String form = f.string("assistanceForm");
        org.passerelle.model.TlpLabel marking = f.tlp("proposedMarking");
        boolean coercive = f.flag("coerciveAction");
        boolean political = f.flag("politicalCharacter");
        Grading proposedGrading = grading(f.object("proposedGrading", "scheme", "code"));
        return f.build(() -> new SharingRequest(id, requester, recipient, item, fields, purpose, use, instant,
                urgency, direct, emergency, cited, officer, caseId, channel, assured, indications, form, marking,
                coercive, political, proposedGrading));
    }

    private static Officer officer(Fields f) {
        if (f == null) {
            return null;
        }
        String id = f.requiredString("id");
        SortedSet<String> roles = f.strings("roles");
        SortedSet<String> cases = f.strings("cases");
        return f.build(() -> new Officer(id, roles, cases));
    }

    static SharingDecision decision(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, DECISION);
        Node requestNode = f.node("request");
        SharingRequest request = null;
        if (requestNode == null) {
            if (node instanceof Node.Obj) {
                problems.add(Code.MISSING, f.locOf("request"), "is required");
            }
        } else {
            request = request(requestNode, problems);
        }
        Instant decidedAt = f.requiredInstant("decidedAt");
        Outcome outcome = f.requiredEnum("outcome", Outcome.class);
        AgreementId agreement = f.id("agreement", AgreementId::of);
        List<Condition> conditions = f.list("conditions", n -> condition(n, problems));
        List<RuleHit> hits = f.list("hits", n -> hit(n, problems));
        String version = f.requiredString("lawVersion");
        Long revision = f.longInteger("factsRevision", 0L);
        List<RuleHit> also = f.list("alsoConsidered", n -> hit(n, problems));
        SharingRequest req = request;
        return f.build(() -> new SharingDecision(req, decidedAt, outcome, agreement, conditions, hits, version,
                revision == null ? 0 : revision, also));
    }

    private static RuleHit hit(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, "rule", "effect", "reason");
        SharingRule rule = f.requiredId("rule", SharingRule::ofId);
        Outcome effect = f.requiredEnum("effect", Outcome.class);
        String reason = f.requiredString("reason");
        return f.build(() -> new RuleHit(rule, effect, reason));
    }

    /** Returns the raw {@code id} string of an element, if it has one, for duplicate detection. */
    static String rawId(Node node) {
        if (node instanceof Node.Obj) {
            Node.Member m = ((Node.Obj) node).members().get("id");
            if (m != null && m.value() instanceof Node.Str) {
                return ((Node.Str) m.value()).value();
            }
        }
        return null;
    }
}
