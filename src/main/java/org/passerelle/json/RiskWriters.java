package org.passerelle.json;

import org.passerelle.risk.RiskContext;
import org.passerelle.model.TraderId;
import java.util.List;
import java.util.Map;
import org.passerelle.model.AeoAuthorisation;
import org.passerelle.model.Container;
import org.passerelle.model.Declaration;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.Itinerary;
import org.passerelle.model.Money;
import org.passerelle.model.Party;
import org.passerelle.model.Payment;
import org.passerelle.model.Quantity;
import org.passerelle.model.SupportingDocument;
import org.passerelle.model.TransportMeans;
import org.passerelle.risk.Assessment;
import org.passerelle.risk.CompletenessFinding;
import org.passerelle.risk.Criterion;
import org.passerelle.risk.FiredIndicator;
import org.passerelle.risk.FiredProfile;
import org.passerelle.risk.Indicator;
import org.passerelle.risk.InspectionResult;
import org.passerelle.risk.IntelligenceLink;
import org.passerelle.risk.Lane;
import org.passerelle.risk.LaneChange;
import org.passerelle.risk.Profile;
import org.passerelle.risk.ReferenceValue;
import org.passerelle.risk.RiskPolicy;
import org.passerelle.risk.RiskRuleHit;
import org.passerelle.risk.RiskSettings;
import org.passerelle.risk.ScoreBands;
import org.passerelle.risk.Seizure;
import org.passerelle.risk.TraderHistory;
import org.passerelle.model.Markings;

/**
 * Writes the risk domain values, declarations and assessments in the canonical layout that
 * {@link RiskReaders} reads: fields in record-component order, collections in their order,
 * optional values left out when null, false, zero-defaulted or empty.
 */
final class RiskWriters {
    /** The risk policy sections, in the order they are written. */
    static final List<String> SECTIONS = List.of("indicators", "profiles", "referenceValues", "watchLists",
            "traders", "aeoRegister", "riskSettings");

    private RiskWriters() {
    }

    /** Writes one section (an array of elements) into an open object. */
    static void section(Out o, String section, RiskPolicy policy) {
        switch (section) {
            case "indicators":
                o.array(section, policy.indicators(), i -> o.element(() -> indicator(o, i)));
                break;
            case "profiles":
                o.array(section, policy.profiles(), p -> o.element(() -> profile(o, p)));
                break;
            case "referenceValues":
                o.array(section, policy.context().referenceValues(), r -> o.element(() -> referenceValue(o, r)));
                break;
            case "watchLists":
                o.array(section, new java.util.TreeSet<>(policy.context().watchLists()), w -> o.element(() ->
                        o.string("id", w).array("traders", policy.context().watchList(w),
                                t -> o.value(RiskReaders.traderText(t)))));
                break;
            case "traders":
                o.array(section, policy.context().traders(), t -> o.element(() -> trader(o, t)));
                break;
            case "aeoRegister":
                o.array(section, registerEntries(policy.context()), e -> o.element(() -> {
                    o.string("trader", RiskReaders.traderText(e.getKey())).string("type", e.getValue().type().name())
                            .string("validFrom", e.getValue().validFrom().toString());
                    if (e.getValue().validTo() != null) {
                        o.string("validTo", e.getValue().validTo().toString());
                    }
                }));
                break;
            case "riskSettings":
                o.array(section, List.of(policy.settings()), s -> o.element(() -> settings(o, s)));
                break;
            default:
                throw new IllegalArgumentException("not a risk section: " + section);
        }
    }

    private static List<Map.Entry<TraderId, AeoAuthorisation>> registerEntries(RiskContext context) {
        List<Map.Entry<TraderId, AeoAuthorisation>> out = new java.util.ArrayList<>();
        context.aeoRegister().forEach((t, list) -> list.forEach(a -> out.add(Map.entry(t, a))));
        return out;
    }

    static void indicator(Out o, Indicator i) {
        o.string("id", i.id()).string("threatArea", i.threatArea().name()).number("weight", i.weight())
                .string("reason", i.reason());
        o.object("criterion", () -> criterion(o, i.criterion()));
    }

    static Out criterion(Out o, Criterion c) {
        o.string("kind", RiskReaders.KIND_NAMES.get(c.kind()));
        return switch (c.kind()) {
            case HS_PREFIX -> {
                o.array("prefixes", ((Criterion.HsPrefix) c).prefixes(), o::value);
                yield o;
            }
            case ORIGIN_COUNTRY -> {
                o.stringsIfAny("countries", ((Criterion.OriginCountry) c).countries());
                yield o;
            }
            case DEPARTURE_COUNTRY -> {
                o.stringsIfAny("countries", ((Criterion.DepartureCountry) c).countries());
                yield o;
            }
            case ROUTING_COUNTRY -> {
                o.stringsIfAny("countries", ((Criterion.RoutingCountry) c).countries());
                yield o;
            }
            case TRANSHIPMENT_HUB -> {
                o.stringsIfAny("hubs", ((Criterion.TranshipmentHub) c).hubs());
                yield o;
            }
            case NAMED_PARTY -> {
                Criterion.NamedParty n = (Criterion.NamedParty) c;
                o.array("parties", n.parties(), t -> o.value(RiskReaders.traderText(t)))
                        .arrayIfAny("roles", n.roles(), r -> o.value(r.name()));
                yield o;
            }
            case PARTY_ON_WATCH_LIST -> {
                Criterion.PartyOnWatchList w = (Criterion.PartyOnWatchList) c;
                o.string("watchList", w.watchList())
                        .arrayIfAny("roles", w.roles(), r -> o.value(r.name()));
                yield o;
            }
            case NEW_TRADER -> {
                Criterion.NewTrader n = (Criterion.NewTrader) c;
                o.arrayIfAny("roles", n.roles(), r -> o.value(r.name()))
                        .number("days", n.days());
                yield o;
            }
            case PRIOR_OFFENCES -> {
                Criterion.PriorOffences p = (Criterion.PriorOffences) c;
                o.arrayIfAny("roles", p.roles(), r -> o.value(r.name()))
                        .number("minimum", p.minimum());
                yield o;
            }
            case UNDERVALUATION -> {
                o.number("fraction", ((Criterion.Undervaluation) c).fraction());
                yield o;
            }
            case VAGUE_DESCRIPTION -> {
                o.array("terms", ((Criterion.VagueDescription) c).terms(), o::value);
                yield o;
            }
            case THIRD_PARTY_PAYMENT -> {
                Criterion.ThirdPartyPayment t = (Criterion.ThirdPartyPayment) c;
                o.arrayIfAny("subjects", t.subjects(), s -> o.value(s.name()))
                        .arrayIfAny("relatedRoles", t.relatedRoles(), r -> o.value(r.name()));
                yield o;
            }
            case PAYMENT_METHOD -> {
                o.array("methods", ((Criterion.PaymentMethodIs) c).methods(), m -> o.value(m.name()));
                yield o;
            }
            case CONTAINER_ANOMALY -> {
                o.array("kinds", ((Criterion.ContainerAnomaly) c).kinds(), k -> o.value(k.name()));
                yield o;
            }
            case MISSING_PERMIT -> {
                Criterion.MissingPermit m = (Criterion.MissingPermit) c;
                o.array("prefixes", m.prefixes(), o::value)
                        .string("permit", m.permit().name());
                yield o;
            }
            case AEO_HOLDER -> {
                Criterion.AeoHolder a = (Criterion.AeoHolder) c;
                o.arrayIfAny("roles", a.roles(), r -> o.value(r.name()))
                        .arrayIfAny("types", a.types(), t -> o.value(t.name()));
                yield o;
            }
            case TRANSPORT_MODE -> {
                o.array("modes", ((Criterion.TransportModeIs) c).modes(), m -> o.value(m.name()));
                yield o;
            }
            case ALL_OF -> {
                o.array("criteria", ((Criterion.AllOf) c).criteria(),
                        x -> o.element(() -> criterion(o, x)));
                yield o;
            }
            case ANY_OF -> {
                o.array("criteria", ((Criterion.AnyOf) c).criteria(),
                        x -> o.element(() -> criterion(o, x)));
                yield o;
            }
            case NOT -> {
                o.object("criterion", () -> criterion(o, ((Criterion.Not) c).criterion()));
                yield o;
            }
            case ATTRIBUTE -> {
                Criterion.AttributeIs a = (Criterion.AttributeIs) c;
                o.string("attribute", a.attribute().name()).array("codes", a.codes(), o::value);
                yield o;
            }
            case RANGE -> {
                Criterion.Range r = (Criterion.Range) c;
                o.string("measure", r.measure().name()).number("min", r.min()).number("max", r.max())
                        .stringIfPresent("currency", r.currency()).arrayIfAny("prefixes", r.prefixes(), o::value);
                yield o;
            }
        };
    }

    static void profile(Out o, Profile p) {
        o.string("id", p.id()).string("title", p.title()).string("owner", p.owner())
                .string("threatArea", p.threatArea().name()).array("indicators", p.indicators(), i -> o.value(i.value()));
        o.objectIfPresent("bands", p.bands(), b -> bands(o, b));
        o.enumIfPresent("directLane", p.directLane()).string("validFrom", p.validFrom())
                .stringIfPresent("validTo", p.validTo());
        o.objectIfPresent("intelligence", p.intelligence(), (IntelligenceLink l) -> {
            o.string("item", l.item());
            if (!l.markings().equals(Markings.NONE)) {
                o.object("markings", () -> SharingWriters.markings(o, l.markings()));
            }
            o.stringIfPresent("retainUntil", l.retainUntil());
        });
        o.stringIfPresent("examinerText", p.examinerText());
        if (p.scorecard()) {
            o.flag("scorecard", true);
        }
    }

    private static void bands(Out o, ScoreBands b) {
        o.number("red", b.red()).number("yellow", b.yellow()).number("blue", b.blue());
    }

    static void referenceValue(Out o, ReferenceValue r) {
        o.string("hs6", r.hs6()).string("origin", r.origin());
        o.object("perKg", () -> money(o, r.perKg()));
    }

    private static void money(Out o, Money m) {
        o.string("amount", m.amount().toPlainString()).string("currency", m.currency().getCurrencyCode());
    }

    static void trader(Out o, TraderHistory t) {
        o.string("id", RiskReaders.traderText(t.trader())).string("firstSeen", t.firstSeen())
                .number("offences", t.offences()).number("seizures", t.seizures());
    }

    static void settings(Out o, RiskSettings s) {
        o.objectIfPresent("bands", s.bands(), b -> bands(o, b));
        o.number("lowWeight", s.lowWeight()).number("minLowWeightHits", s.minLowWeightHits())
                .number("aeoReduction", s.aeoReduction()).array("aeoRoles", s.aeoRoles(), r -> o.value(r.name()));
        if (!s.randomRates().isEmpty()) {
            o.object("randomRates", () -> {
                for (Map.Entry<Lane, Double> e : s.randomRates().entrySet()) {
                    o.number(e.getKey().name(), e.getValue());
                }
            });
        }
        if (s.randomSeed() != null) {
            o.number("randomSeed", s.randomSeed());
        }
        o.array("genericDescriptions", s.genericDescriptions(), o::value)
                .string("incompleteLane", s.incompleteLane().name()).string("zone", s.zone().getId())
                .stringsIfAny("rerouteRoles", s.rerouteRoles()).stringIfPresent("yellowToBlueAfter",
                        s.yellowToBlueAfter()).string("failClosedLane", s.failClosedLane().name());
    }

    // ---- inspection results

    static void inspection(Out o, InspectionResult r) {
        o.string("declarationReference", r.declarationReference()).string("inspectedOn", r.inspectedOn())
                .flag("finding", r.finding());
        o.objectIfPresent("seizure", r.seizure(), (Seizure z) -> {
            o.string("description", z.description());
            o.object("quantity", () -> o.string("amount", z.quantity().amount().toPlainString())
                    .string("unit", z.quantity().unit()));
            o.string("threatArea", z.threatArea().name());
        });
        o.objectIfPresent("revenueRecovered", r.revenueRecovered(), m -> money(o, m));
    }

    // ---- declarations

    static void declaration(Out o, Declaration d) {
        o.string("lrn", d.lrn()).stringIfPresent("mrn", d.mrn()).string("type", d.type().name())
                .string("lodgedAt", d.lodgedAt()).stringIfPresent("acceptedAt", d.acceptedAt());
        o.arrayIfAny("parties", d.parties(), p -> o.element(() -> party(o, p)));
        o.array("items", d.items(), i -> o.element(() -> item(o, i)));
        if (!d.itinerary().equals(Itinerary.UNKNOWN)) {
            o.object("itinerary", () -> itinerary(o, d.itinerary()));
        }
        o.objectIfPresent("transport", d.transport(), (TransportMeans t) -> o.string("mode", t.mode().name())
                .stringIfPresent("identity", t.identity()).stringIfPresent("nationality", t.nationality())
                .stringIfPresent("voyage", t.voyage()));
        o.arrayIfAny("containers", d.containers(), c -> o.element(() -> container(o, c)));
        o.arrayIfAny("documents", d.documents(), x -> o.element(() -> document(o, x)));
        o.arrayIfAny("payments", d.payments(), p -> o.element(() -> payment(o, p)));
        if (!d.attributes().isEmpty()) {
            o.object("attributes", () -> d.attributes().forEach((k, v) -> o.string(k.name(), v)));
        }
    }

    private static void party(Out o, Party p) {
        o.string("role", p.role().name()).string("id", RiskReaders.traderText(p.id())).string("name", p.name())
                .string("type", p.type().name()).string("country", p.country());
        o.objectIfPresent("aeo", p.aeo(), (AeoAuthorisation a) -> o.string("type", a.type().name())
                .string("validFrom", a.validFrom()).stringIfPresent("validTo", a.validTo()));
    }

    private static void item(Out o, GoodsItem i) {
        o.number("sequence", i.sequence());
        if (!i.commodityCode().isEmpty()) {
            o.string("commodityCode", i.commodityCode());
        }
        o.string("description", i.description());
        o.objectIfPresent("quantity", i.quantity(), (Quantity q) -> o.string("amount", q.amount().toPlainString())
                .string("unit", q.unit()));
        if (i.grossMassKg() != 0) {
            o.number("grossMassKg", i.grossMassKg());
        }
        if (i.netMassKg() != 0) {
            o.number("netMassKg", i.netMassKg());
        }
        o.objectIfPresent("value", i.value(), m -> money(o, m));
        o.stringIfPresent("origin", i.origin()).flag("preferenceClaimed", i.preferenceClaimed());
    }

    private static void itinerary(Out o, Itinerary t) {
        o.stringIfPresent("placeOfLoading", t.placeOfLoading()).stringIfPresent("departureCountry",
                t.departureCountry()).stringsIfAny("routingPorts", t.routingPorts())
                .stringsIfAny("routingCountries", t.routingCountries())
                .stringIfPresent("placeOfUnloading", t.placeOfUnloading())
                .stringIfPresent("officeOfFirstEntry", t.officeOfFirstEntry())
                .stringIfPresent("departure", t.departure()).stringIfPresent("arrival", t.arrival());
    }

    private static void container(Out o, Container c) {
        o.string("number", c.number()).stringsIfAny("seals", c.seals())
                .stringsIfAny("documentedSeals", c.documentedSeals());
    }

    private static void document(Out o, SupportingDocument d) {
        o.string("type", d.type().name()).string("reference", d.reference())
                .arrayIfAny("items", d.items(), i -> o.value(i));
    }

    private static void payment(Out o, Payment p) {
        o.string("subject", p.subject().name()).string("method", p.method().name())
                .stringIfPresent("payer", p.payer() == null ? null : RiskReaders.traderText(p.payer()))
                .stringIfPresent("payerName", p.payerName()).stringIfPresent("payerCountry", p.payerCountry());
    }

    // ---- assessments

    /** Writes the examiner's view of an assessment: everything but what is withheld (RR-07). */
    static void assessment(Out o, Assessment a) {
        o.string("declaration", a.declarationReference()).string("asOf", a.asOf()).string("lane", a.lane().name())
                .string("assessedLane", a.assessedLane().name()).string("riskLane", a.riskLane().name())
                .number("score", a.score()).flag("random", a.isRandom())
                .enumIfPresent("randomLane", a.randomLane().orElse(null)).flag("priority", a.isPriority())
                .flag("complete", a.isComplete());
        o.arrayIfAny("completenessFindings", a.completenessFindings(), f -> o.element(() -> finding(o, f)));
        o.array("profiles", a.firedProfiles(), p -> o.element(() -> firedProfile(o, p)));
        o.array("ruleHits", a.ruleHits(), h -> o.element(() -> hit(o, h)));
        o.arrayIfAny("laneChanges", a.laneChanges(), c -> o.element(() -> change(o, c)));
        o.string("explanation", a.explanation());
    }

    private static void finding(Out o, CompletenessFinding f) {
        o.number("item", f.item()).string("kind", f.kind().name()).string("declared", f.declared());
    }

    private static void firedProfile(Out o, FiredProfile p) {
        o.string("id", p.id()).string("threatArea", p.threatArea().name()).string("lane", p.lane().name())
                .number("score", p.score()).number("aeoReduction", p.aeoReduction())
                .flag("intelligenceLed", p.intelligenceLed()).flag("restricted", p.restricted())
                .string("reason", p.reason());
        o.array("indicators", p.indicators(), i -> o.element(() -> firedIndicator(o, i)));
    }

    private static void firedIndicator(Out o, FiredIndicator i) {
        o.string("id", i.id()).string("threatArea", i.threatArea().name()).number("weight", i.weight())
                .string("reason", i.reason());
    }

    private static void hit(Out o, RiskRuleHit h) {
        o.string("rule", h.ruleId()).string("detail", h.detail());
    }

    private static void change(Out o, LaneChange c) {
        o.string("lane", c.lane().name()).string("officer", c.officer()).string("role", c.role())
                .string("reason", c.reason()).string("at", c.at());
    }
}
