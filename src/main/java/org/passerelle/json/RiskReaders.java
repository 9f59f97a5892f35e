package org.passerelle.json;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.passerelle.model.AeoAuthorisation;
import org.passerelle.model.AeoType;
import org.passerelle.model.AgencyId;
import org.passerelle.model.Checks;
import org.passerelle.model.Container;
import org.passerelle.model.ContainerNumber;
import org.passerelle.model.CountryCode;
import org.passerelle.model.Declaration;
import org.passerelle.model.DeclarationAttribute;
import org.passerelle.model.DeclarationType;
import org.passerelle.model.DocumentType;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Itinerary;
import org.passerelle.model.Locode;
import org.passerelle.model.Money;
import org.passerelle.model.Party;
import org.passerelle.model.PartyRole;
import org.passerelle.model.PartyType;
import org.passerelle.model.Payment;
import org.passerelle.model.PaymentMethod;
import org.passerelle.model.Problem.Code;
import org.passerelle.model.Quantity;
import org.passerelle.model.SupportingDocument;
import org.passerelle.model.TraderId;
import org.passerelle.model.TransportMeans;
import org.passerelle.model.TransportMode;
import org.passerelle.risk.Criterion;
import org.passerelle.risk.Indicator;
import org.passerelle.risk.IndicatorId;
import org.passerelle.risk.InspectionResult;
import org.passerelle.risk.IntelligenceLink;
import org.passerelle.risk.Lane;
import org.passerelle.risk.Profile;
import org.passerelle.risk.ProfileId;
import org.passerelle.risk.ReferenceValue;
import org.passerelle.risk.RiskSettings;
import org.passerelle.risk.ScoreBands;
import org.passerelle.risk.Seizure;
import org.passerelle.risk.ThreatArea;
import org.passerelle.risk.TraderHistory;
import org.passerelle.model.ItemId;
import org.passerelle.model.Markings;

/**
 * Binds the risk domain values and declarations from {@link Node} trees, field by field, with
 * {@link Fields}. Each method returns the value, or null after reporting every problem it found.
 * The field names are the record component names; {@link RiskWriters} writes the same layout.
 */
final class RiskReaders {
    static final String[] INDICATOR = {"id", "threatArea", "weight", "reason", "criterion"};
    static final String[] PROFILE = {"id", "title", "owner", "threatArea", "indicators", "bands", "directLane",
        "validFrom", "validTo", "intelligence", "examinerText", "scorecard"};
    static final String[] BANDS = {"red", "yellow", "blue"};
    static final String[] INTELLIGENCE = {"item", "markings", "retainUntil"};
    static final String[] REFERENCE_VALUE = {"hs6", "origin", "perKg"};
    static final String[] MONEY = {"amount", "currency"};
    static final String[] WATCH_LIST = {"id", "traders"};
    static final String[] TRADER = {"id", "firstSeen", "offences", "seizures"};
    static final String[] REGISTERED_AEO = {"trader", "type", "validFrom", "validTo"};
    static final String[] SETTINGS = {"bands", "lowWeight", "minLowWeightHits", "aeoReduction", "aeoRoles",
        "randomRates", "randomSeed", "genericDescriptions", "incompleteLane", "zone", "rerouteRoles",
        "yellowToBlueAfter", "failClosedLane"};
    static final String[] RATES = {"RED", "YELLOW", "BLUE"};
    static final String[] DECLARATION = {"lrn", "mrn", "type", "lodgedAt", "acceptedAt", "parties", "items",
        "itinerary", "transport", "containers", "documents", "payments", "attributes"};
    static final String[] PARTY = {"role", "id", "name", "type", "country", "aeo"};
    static final String[] AEO = {"type", "validFrom", "validTo"};
    static final String[] ITEM = {"sequence", "commodityCode", "description", "quantity", "grossMassKg",
        "netMassKg", "value", "origin", "preferenceClaimed"};
    static final String[] QUANTITY = {"amount", "unit"};
    static final String[] ITINERARY = {"placeOfLoading", "departureCountry", "routingPorts", "routingCountries",
        "placeOfUnloading", "officeOfFirstEntry", "departure", "arrival"};
    static final String[] TRANSPORT = {"mode", "identity", "nationality", "voyage"};
    static final String[] CONTAINER = {"number", "seals", "documentedSeals"};
    static final String[] DOCUMENT = {"type", "reference", "items"};
    static final String[] INSPECTION = {"declarationReference", "inspectedOn", "finding", "seizure",
        "revenueRecovered"};
    static final String[] SEIZURE = {"description", "quantity", "threatArea"};
    static final String[] PAYMENT = {"subject", "method", "payer", "payerName", "payerCountry"};

    /**
     * The criterion kinds and their names in {@code "kind"}: the one table that both the reader and
     * {@link RiskWriters} use.
     */
    static final Map<Criterion.Kind, String> KIND_NAMES;

    static {
        Map<Criterion.Kind, String> names = new EnumMap<>(Criterion.Kind.class);
        names.put(Criterion.Kind.HS_PREFIX, "hsPrefix");
        names.put(Criterion.Kind.ORIGIN_COUNTRY, "originCountry");
        names.put(Criterion.Kind.DEPARTURE_COUNTRY, "departureCountry");
        names.put(Criterion.Kind.ROUTING_COUNTRY, "routingCountry");
        names.put(Criterion.Kind.TRANSHIPMENT_HUB, "transhipmentHub");
        names.put(Criterion.Kind.NAMED_PARTY, "namedParty");
        names.put(Criterion.Kind.PARTY_ON_WATCH_LIST, "partyOnWatchList");
        names.put(Criterion.Kind.NEW_TRADER, "newTrader");
        names.put(Criterion.Kind.PRIOR_OFFENCES, "priorOffences");
        names.put(Criterion.Kind.UNDERVALUATION, "undervaluation");
        names.put(Criterion.Kind.VAGUE_DESCRIPTION, "vagueDescription");
        names.put(Criterion.Kind.THIRD_PARTY_PAYMENT, "thirdPartyPayment");
        names.put(Criterion.Kind.PAYMENT_METHOD, "paymentMethod");
        names.put(Criterion.Kind.CONTAINER_ANOMALY, "containerAnomaly");
        names.put(Criterion.Kind.MISSING_PERMIT, "missingPermit");
        names.put(Criterion.Kind.AEO_HOLDER, "aeoHolder");
        names.put(Criterion.Kind.TRANSPORT_MODE, "transportMode");
        names.put(Criterion.Kind.ATTRIBUTE, "attribute");
        names.put(Criterion.Kind.RANGE, "range");
        names.put(Criterion.Kind.ALL_OF, "allOf");
        names.put(Criterion.Kind.ANY_OF, "anyOf");
        names.put(Criterion.Kind.NOT, "not");
        if (names.size() != Criterion.Kind.values().length) {
            throw new ExceptionInInitializerError("a criterion kind has no JSON name");
        }
        KIND_NAMES = java.util.Collections.unmodifiableMap(names);
    }

    /** The criterion kinds, as written in {@code "kind"}, in the order of {@link Criterion.Kind}. */
    static final List<String> KINDS = List.copyOf(KIND_NAMES.values());

    private static Criterion.Kind kindNamed(String name) {
        for (Map.Entry<Criterion.Kind, String> e : KIND_NAMES.entrySet()) {
            if (e.getValue().equals(name)) {
                return e.getKey();
            }
        }
        return null;
    }

    private RiskReaders() {
    }

    // ---- identifiers

    /**
     * Parses a trader identifier written with its scheme: {@code EORI:NL123456789} or {@code TIN:PAYER-77}.
     */
    static TraderId traderId(String text) {
        int colon = text.indexOf(':');
        String scheme = colon < 0 ? "" : text.substring(0, colon);
        if (scheme.equals("EORI")) {
            return TraderId.eori(text.substring(colon + 1));
        } else if (scheme.equals("TIN")) {
            return TraderId.tin(text.substring(colon + 1));
        }
        throw new InvalidInputException("trader", text,
                "must be EORI: or TIN: followed by the number, such as EORI:NL123456789 or TIN:PAYER-77");
    }

    static String traderText(TraderId id) {
        return id.scheme().name() + ":" + id.value();
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new InvalidInputException("zone", text, "must be a time zone such as UTC or Europe/Luxembourg");
        }
    }

    // ---- indicators and criteria

    static Indicator indicator(Node node, Problems problems, List<Node.Str> watchListRefs) {
        Fields f = Fields.of(node, problems, INDICATOR);
        IndicatorId id = f.requiredId("id", IndicatorId::of);
        ThreatArea area = f.requiredEnum("threatArea", ThreatArea.class);
        Integer weight = f.requiredInteger("weight");
        String reason = f.requiredString("reason");
        Node c = f.requiredNode("criterion");
        Criterion criterion = c == null ? null : criterion(c, problems, watchListRefs);
        return f.build(() -> new Indicator(id, area, weight, reason, criterion));
    }

    /**
     * Reads a criterion, {@code {"kind":"hsPrefix","prefixes":["2403"]}} and so on; the kind decides
     * the other fields. Names of watch lists are collected into {@code watchListRefs} for checking.
     */
    static Criterion criterion(Node node, Problems problems, List<Node.Str> watchListRefs) {
        if (!(node instanceof Node.Obj)) {
            problems.add(Code.WRONG_TYPE, node.loc(), "must be an object (got " + node.describe() + ")");
            return null;
        }
        Node.Member kindMember = ((Node.Obj) node).members().get("kind");
        if (kindMember == null) {
            problems.add(Code.MISSING, node.loc().missing("kind"), "is required: one of " + String.join(", ", KINDS));
            return null;
        }
        String kind = Fields.text(kindMember.value(), problems);
        if (kind == null) {
            return null;
        }
        Criterion.Kind k = kindNamed(kind);
        if (k == null) {
            problems.add(Code.INVALID_VALUE, kindMember.value().loc(), "must be one of " + String.join(", ", KINDS) + " (got \""
                    + kind + "\")");
            return null;
        }
        Fields f;
        return switch (k) {
            case HS_PREFIX -> {
                f = fields(node, problems, "prefixes");
                SortedSet<String> prefixes = f.strings("prefixes");
                yield f.build(() -> new Criterion.HsPrefix(prefixes));
            }
            case ORIGIN_COUNTRY -> {
                f = fields(node, problems, "countries");
                SortedSet<CountryCode> countries = f.set("countries", CountryCode::of);
                yield f.build(() -> new Criterion.OriginCountry(countries));
            }
            case DEPARTURE_COUNTRY -> {
                f = fields(node, problems, "countries");
                SortedSet<CountryCode> countries = f.set("countries", CountryCode::of);
                yield f.build(() -> new Criterion.DepartureCountry(countries));
            }
            case ROUTING_COUNTRY -> {
                f = fields(node, problems, "countries");
                SortedSet<CountryCode> countries = f.set("countries", CountryCode::of);
                yield f.build(() -> new Criterion.RoutingCountry(countries));
            }
            case TRANSHIPMENT_HUB -> {
                f = fields(node, problems, "hubs");
                SortedSet<Locode> hubs = f.set("hubs", Locode::of);
                yield f.build(() -> new Criterion.TranshipmentHub(hubs));
            }
            case NAMED_PARTY -> {
                f = fields(node, problems, "parties", "roles");
                SortedSet<TraderId> parties = f.set("parties", RiskReaders::traderId);
                SortedSet<PartyRole> roles = f.enumSet("roles", PartyRole.class);
                yield f.build(() -> new Criterion.NamedParty(parties, roles));
            }
            case PARTY_ON_WATCH_LIST -> {
                f = Fields.of(node, problems, "kind", "watchList", "roles");
                String list = f.requiredString("watchList");
                if (f.node("watchList") instanceof Node.Str) {
                    watchListRefs.add((Node.Str) f.node("watchList"));
                }
                SortedSet<PartyRole> roles = f.enumSet("roles", PartyRole.class);
                yield f.build(() -> new Criterion.PartyOnWatchList(list, roles));
            }
            case NEW_TRADER -> {
                f = Fields.of(node, problems, "kind", "roles", "days");
                SortedSet<PartyRole> roles = f.enumSet("roles", PartyRole.class);
                Integer days = f.requiredInteger("days");
                yield f.build(() -> new Criterion.NewTrader(roles, days));
            }
            case PRIOR_OFFENCES -> {
                f = Fields.of(node, problems, "kind", "roles", "minimum");
                SortedSet<PartyRole> roles = f.enumSet("roles", PartyRole.class);
                Integer minimum = f.requiredInteger("minimum");
                yield f.build(() -> new Criterion.PriorOffences(roles, minimum));
            }
            case UNDERVALUATION -> {
                f = Fields.of(node, problems, "kind", "fraction");
                Double fraction = f.requiredNumber("fraction");
                yield f.build(() -> new Criterion.Undervaluation(fraction));
            }
            case VAGUE_DESCRIPTION -> {
                f = fields(node, problems, "terms");
                SortedSet<String> terms = f.strings("terms");
                yield f.build(() -> new Criterion.VagueDescription(terms));
            }
            case THIRD_PARTY_PAYMENT -> {
                f = Fields.of(node, problems, "kind", "subjects", "relatedRoles");
                SortedSet<Payment.Subject> subjects = f.enumSet("subjects", Payment.Subject.class);
                SortedSet<PartyRole> related = f.enumSet("relatedRoles", PartyRole.class);
                yield f.build(() -> new Criterion.ThirdPartyPayment(subjects, related));
            }
            case PAYMENT_METHOD -> {
                f = fields(node, problems, "methods");
                SortedSet<PaymentMethod> methods = f.enumSet("methods", PaymentMethod.class);
                yield f.build(() -> new Criterion.PaymentMethodIs(methods));
            }
            case CONTAINER_ANOMALY -> {
                f = fields(node, problems, "kinds");
                SortedSet<Criterion.ContainerAnomaly.Kind> kinds = f.enumSet("kinds",
                        Criterion.ContainerAnomaly.Kind.class);
                yield f.build(() -> new Criterion.ContainerAnomaly(kinds));
            }
            case MISSING_PERMIT -> {
                f = Fields.of(node, problems, "kind", "prefixes", "permit");
                f.requiredNode("prefixes");
                SortedSet<String> prefixes = f.strings("prefixes");
                DocumentType permit = f.requiredEnum("permit", DocumentType.class);
                yield f.build(() -> new Criterion.MissingPermit(prefixes, permit));
            }
            case AEO_HOLDER -> {
                f = Fields.of(node, problems, "kind", "roles", "types");
                SortedSet<PartyRole> roles = f.enumSet("roles", PartyRole.class);
                SortedSet<AeoType> types = f.enumSet("types", AeoType.class);
                yield f.build(() -> new Criterion.AeoHolder(roles, types));
            }
            case TRANSPORT_MODE -> {
                f = fields(node, problems, "modes");
                SortedSet<TransportMode> modes = f.enumSet("modes", TransportMode.class);
                yield f.build(() -> new Criterion.TransportModeIs(modes));
            }
            case ALL_OF -> {
                f = fields(node, problems, "criteria");
                List<Criterion> criteria = f.list("criteria", n -> criterion(n, problems, watchListRefs));
                yield f.build(() -> new Criterion.AllOf(criteria));
            }
            case ANY_OF -> {
                f = fields(node, problems, "criteria");
                List<Criterion> criteria = f.list("criteria", n -> criterion(n, problems, watchListRefs));
                yield f.build(() -> new Criterion.AnyOf(criteria));
            }
            case NOT -> {
                f = Fields.of(node, problems, "kind", "criterion");
                Node inner = f.requiredNode("criterion");
                Criterion c = inner == null ? null : criterion(inner, problems, watchListRefs);
                yield f.build(() -> new Criterion.Not(c));
            }
            case ATTRIBUTE -> {
                f = Fields.of(node, problems, "kind", "attribute", "codes");
                DeclarationAttribute attribute = f.requiredEnum("attribute", DeclarationAttribute.class);
                f.requiredNode("codes");
                SortedSet<String> codes = f.strings("codes");
                yield f.build(() -> new Criterion.AttributeIs(attribute, codes));
            }
            case RANGE -> {
                f = Fields.of(node, problems, "kind", "measure", "min", "max", "currency", "prefixes");
                Criterion.Range.Measure measure = f.requiredEnum("measure", Criterion.Range.Measure.class);
                Double min = f.requiredNumber("min");
                Double max = f.requiredNumber("max");
                String currency = f.string("currency");
                SortedSet<String> prefixes = f.strings("prefixes");
                yield f.build(() -> new Criterion.Range(measure, min, max, currency, prefixes));
            }
        };
    }

    /** Opens a criterion with "kind" and one required collection member. */
    private static Fields fields(Node node, Problems problems, String required, String... others) {
        String[] allowed = new String[others.length + 2];
        allowed[0] = "kind";
        allowed[1] = required;
        System.arraycopy(others, 0, allowed, 2, others.length);
        Fields f = Fields.of(node, problems, allowed);
        f.requiredNode(required);
        return f;
    }

    // ---- profiles

    static Profile profile(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, PROFILE);
        ProfileId id = f.requiredId("id", ProfileId::of);
        String title = f.requiredString("title");
        AgencyId owner = f.requiredId("owner", AgencyId::of);
        ThreatArea area = f.requiredEnum("threatArea", ThreatArea.class);
        f.requiredNode("indicators");
        SortedSet<IndicatorId> indicators = f.set("indicators", IndicatorId::of);
        ScoreBands bands = bands(f.object("bands", BANDS));
        Lane direct = f.enumValue("directLane", Lane.class);
        LocalDate from = f.requiredDate("validFrom");
        LocalDate to = f.date("validTo");
        IntelligenceLink intelligence = intelligence(f.object("intelligence", INTELLIGENCE));
        String examinerText = f.string("examinerText");
        boolean scorecard = f.flag("scorecard");
        return f.build(() -> new Profile(id, title, owner, area, indicators, bands, direct, from, to, intelligence,
                examinerText, scorecard));
    }

    static ScoreBands bands(Fields f) {
        if (f == null) {
            return null;
        }
        Integer red = f.requiredInteger("red");
        Integer yellow = f.requiredInteger("yellow");
        Integer blue = f.requiredInteger("blue");
        return f.build(() -> new ScoreBands(red, yellow, blue));
    }

    private static IntelligenceLink intelligence(Fields f) {
        if (f == null) {
            return null;
        }
        ItemId item = f.requiredId("item", ItemId::of);
        Markings markings = SharingReaders.markings(f.object("markings", SharingReaders.MARKINGS));
        LocalDate retainUntil = f.date("retainUntil");
        return f.build(() -> new IntelligenceLink(item, markings, retainUntil));
    }

    // ---- context

    static ReferenceValue referenceValue(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, REFERENCE_VALUE);
        String hs6 = f.requiredString("hs6");
        CountryCode origin = f.requiredId("origin", CountryCode::of);
        Money perKg = money(f.requiredObject("perKg", MONEY));
        return f.build(() -> new ReferenceValue(hs6, origin, perKg));
    }

    static Money money(Fields f) {
        if (f == null) {
            return null;
        }
        BigDecimal amount = f.decimal("amount", true);
        String currency = f.requiredString("currency");
        return f.build(() -> Money.of(amount, currency));
    }

    /** A watch list as read: its name and traders. */
    record WatchList(String id, SortedSet<TraderId> traders) {
    }

    static WatchList watchList(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, WATCH_LIST);
        String id = f.requiredId("id", s -> Checks.id("watchList", s));
        f.requiredNode("traders");
        SortedSet<TraderId> traders = f.set("traders", RiskReaders::traderId);
        return f.build(() -> new WatchList(id, traders));
    }

    static TraderHistory trader(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, TRADER);
        TraderId id = f.requiredId("id", RiskReaders::traderId);
        LocalDate firstSeen = f.requiredDate("firstSeen");
        Integer offences = f.integer("offences", 0);
        Integer seizures = f.integer("seizures", 0);
        return f.build(() -> new TraderHistory(id, firstSeen, offences, seizures));
    }

    /** An entry of the AEO authorisation register as read: the trader and one authorisation. */
    record RegisteredAeo(TraderId trader, AeoAuthorisation authorisation) {
    }

    static RegisteredAeo registeredAeo(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, REGISTERED_AEO);
        TraderId trader = f.requiredId("trader", RiskReaders::traderId);
        AeoType type = f.requiredEnum("type", AeoType.class);
        LocalDate from = f.requiredDate("validFrom");
        LocalDate to = f.date("validTo");
        return f.build(() -> new RegisteredAeo(trader, new AeoAuthorisation(type, from, to)));
    }

    static RiskSettings settings(Node node, Problems problems) {
        RiskSettings d = RiskSettings.DEFAULTS;
        Fields f = Fields.of(node, problems, SETTINGS);
        ScoreBands bands = f.node("bands") == null ? d.bands() : bands(f.object("bands", BANDS));
        Integer lowWeight = f.integer("lowWeight", d.lowWeight());
        Integer minLowWeightHits = f.integer("minLowWeightHits", d.minLowWeightHits());
        Integer aeoReduction = f.integer("aeoReduction", d.aeoReduction());
        SortedSet<PartyRole> aeoRoles = f.node("aeoRoles") == null ? d.aeoRoles()
                : f.enumSet("aeoRoles", PartyRole.class);
        Map<Lane, Double> rates = f.node("randomRates") == null ? d.randomRates() : rates(f.object("randomRates", RATES));
        Long seed = f.longInteger("randomSeed", d.randomSeed());
        SortedSet<String> generic = f.node("genericDescriptions") == null ? d.genericDescriptions()
                : f.strings("genericDescriptions");
        Lane incomplete = f.node("incompleteLane") == null ? d.incompleteLane()
                : f.enumValue("incompleteLane", Lane.class);
        ZoneId zone = f.node("zone") == null ? d.zone() : f.id("zone", RiskReaders::zone);
        SortedSet<String> rerouteRoles = f.node("rerouteRoles") == null ? d.rerouteRoles() : f.strings("rerouteRoles");
        Duration yellowToBlue = f.node("yellowToBlueAfter") == null ? d.yellowToBlueAfter()
                : f.duration("yellowToBlueAfter");
        Lane failClosed = f.node("failClosedLane") == null ? d.failClosedLane()
                : f.enumValue("failClosedLane", Lane.class);
        return f.build(() -> new RiskSettings(bands, lowWeight, minLowWeightHits, aeoReduction, aeoRoles, rates, seed,
                generic, incomplete, zone, rerouteRoles, yellowToBlue, failClosed));
    }

    private static Map<Lane, Double> rates(Fields f) {
        Map<Lane, Double> rates = new EnumMap<>(Lane.class);
        if (f == null) {
            return rates;
        }
        for (String lane : RATES) {
            Double rate = f.number(lane, null);
            if (rate != null) {
                if (!(rate >= 0 && rate <= 1)) {
                    f.problems().add(Code.INVALID_VALUE, f.locOf(lane), "must be a rate from 0 to 1 (got " + rate + ")");
                } else {
                    rates.put(Lane.valueOf(lane), rate);
                }
            }
        }
        return rates;
    }

    // ---- inspection results

    static InspectionResult inspection(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, INSPECTION);
        String reference = f.requiredString("declarationReference");
        LocalDate day = f.requiredDate("inspectedOn");
        boolean finding = f.flag("finding");
        Seizure seizure = seizure(f.object("seizure", SEIZURE));
        Money revenue = money(f.object("revenueRecovered", MONEY));
        return f.build(() -> new InspectionResult(reference, day, finding, seizure, revenue));
    }

    private static Seizure seizure(Fields f) {
        if (f == null) {
            return null;
        }
        String description = f.requiredString("description");
        Quantity quantity = quantity(f.requiredObject("quantity", QUANTITY));
        ThreatArea area = f.requiredEnum("threatArea", ThreatArea.class);
        return f.build(() -> new Seizure(description, quantity, area));
    }

    // ---- declarations

    static Declaration declaration(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, DECLARATION);
        String lrn = f.requiredString("lrn");
        String mrn = f.string("mrn");
        DeclarationType type = f.node("type") == null ? DeclarationType.IMPORT
                : f.enumValue("type", DeclarationType.class);
        Instant lodgedAt = f.requiredInstant("lodgedAt");
        Instant acceptedAt = f.instant("acceptedAt");
        List<Party> parties = f.list("parties", n -> party(n, problems));
        List<GoodsItem> items = f.requiredList("items", n -> item(n, problems));
        Itinerary itinerary = itinerary(f.object("itinerary", ITINERARY));
        TransportMeans transport = transport(f.object("transport", TRANSPORT));
        List<Container> containers = f.list("containers", n -> container(n, problems));
        List<SupportingDocument> documents = f.list("documents", n -> document(n, problems));
        List<Payment> payments = f.list("payments", n -> payment(n, problems));
        Map<DeclarationAttribute, String> attributes = attributes(f.object("attributes", ATTRIBUTES));
        return f.build(() -> new Declaration(lrn, mrn, type, lodgedAt, acceptedAt, parties, items, itinerary,
                transport, containers, documents, payments, attributes));
    }

    /** The names of the coded attributes of a declaration. */
    static final String[] ATTRIBUTES = java.util.Arrays.stream(DeclarationAttribute.values()).map(Enum::name)
            .toArray(String[]::new);

    private static Map<DeclarationAttribute, String> attributes(Fields f) {
        Map<DeclarationAttribute, String> out = new EnumMap<>(DeclarationAttribute.class);
        if (f == null) {
            return out;
        }
        for (DeclarationAttribute a : DeclarationAttribute.values()) {
            String code = f.id(a.name(), v -> Checks.id("attributes." + a.name(), v));
            if (code != null) {
                out.put(a, code);
            }
        }
        return out;
    }

    private static Party party(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, PARTY);
        PartyRole role = f.requiredEnum("role", PartyRole.class);
        TraderId id = f.requiredId("id", RiskReaders::traderId);
        String name = f.requiredString("name");
        PartyType type = f.node("type") == null ? PartyType.LEGAL_PERSON : f.enumValue("type", PartyType.class);
        CountryCode country = f.requiredId("country", CountryCode::of);
        AeoAuthorisation aeo = aeo(f.object("aeo", AEO));
        return f.build(() -> new Party(role, id, name, type, country, aeo));
    }

    private static AeoAuthorisation aeo(Fields f) {
        if (f == null) {
            return null;
        }
        AeoType type = f.requiredEnum("type", AeoType.class);
        LocalDate from = f.requiredDate("validFrom");
        LocalDate to = f.date("validTo");
        return f.build(() -> new AeoAuthorisation(type, from, to));
    }

    private static GoodsItem item(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, ITEM);
        Integer sequence = f.requiredInteger("sequence");
        String code = f.string("commodityCode");
        String description = f.requiredString("description");
        Quantity quantity = quantity(f.object("quantity", QUANTITY));
        Double gross = f.number("grossMassKg", 0.0);
        Double net = f.number("netMassKg", 0.0);
        Money value = money(f.object("value", MONEY));
        CountryCode origin = f.id("origin", CountryCode::of);
        boolean preference = f.flag("preferenceClaimed");
        return f.build(() -> new GoodsItem(sequence, code, description, quantity, gross, net, value, origin,
                preference));
    }

    private static Quantity quantity(Fields f) {
        if (f == null) {
            return null;
        }
        BigDecimal amount = f.decimal("amount", true);
        String unit = f.requiredString("unit");
        return f.build(() -> new Quantity(amount, unit));
    }

    private static Itinerary itinerary(Fields f) {
        if (f == null) {
            return null;
        }
        Problems problems = f.problems();
        Locode loading = f.id("placeOfLoading", Locode::of);
        CountryCode departure = f.id("departureCountry", CountryCode::of);
        List<Locode> ports = f.list("routingPorts", n -> Fields.parse(n, problems, Locode::of));
        List<CountryCode> countries = f.list("routingCountries", n -> Fields.parse(n, problems, CountryCode::of));
        Locode unloading = f.id("placeOfUnloading", Locode::of);
        String office = f.string("officeOfFirstEntry");
        Instant departed = f.instant("departure");
        Instant arrived = f.instant("arrival");
        return f.build(() -> new Itinerary(loading, departure, ports, countries, unloading, office, departed, arrived));
    }

    private static TransportMeans transport(Fields f) {
        if (f == null) {
            return null;
        }
        TransportMode mode = f.requiredEnum("mode", TransportMode.class);
        String identity = f.string("identity");
        CountryCode nationality = f.id("nationality", CountryCode::of);
        String voyage = f.string("voyage");
        return f.build(() -> new TransportMeans(mode, identity, nationality, voyage));
    }

    private static Container container(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, CONTAINER);
        ContainerNumber number = f.requiredId("number", ContainerNumber::of);
        SortedSet<String> seals = f.strings("seals");
        SortedSet<String> documented = f.strings("documentedSeals");
        return f.build(() -> new Container(number, seals, documented));
    }

    private static SupportingDocument document(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, DOCUMENT);
        DocumentType type = f.requiredEnum("type", DocumentType.class);
        String reference = f.requiredString("reference");
        Node itemsNode = f.node("items");
        SortedSet<Integer> items = itemsNode == null ? new TreeSet<>()
                : Fields.unique(itemsNode, problems, n -> Fields.integer(n, problems));
        return f.build(() -> new SupportingDocument(type, reference, items));
    }

    private static Payment payment(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, PAYMENT);
        Payment.Subject subject = f.requiredEnum("subject", Payment.Subject.class);
        PaymentMethod method = f.requiredEnum("method", PaymentMethod.class);
        TraderId payer = f.id("payer", RiskReaders::traderId);
        String payerName = f.string("payerName");
        CountryCode payerCountry = f.id("payerCountry", CountryCode::of);
        return f.build(() -> new Payment(subject, method, payer, payerName, payerCountry));
    }
}
