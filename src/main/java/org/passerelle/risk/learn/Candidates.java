package org.passerelle.risk.learn;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.passerelle.model.Declaration;
import org.passerelle.model.DeclarationAttribute;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.Party;
import org.passerelle.model.PartyRole;
import org.passerelle.risk.Criterion;

/**
 * Proposes candidate indicators from the attribute values of declarations: commodity codes at three
 * levels, origin, departure, parties, coded attributes, their useful pairs, ranges of value, mass
 * and value per kilogram under a subheading (half-decade bands on a log scale), and undervaluation
 * against learned reference values. Exact values (a price, a mass) are never proposed: they
 * memorise, they do not target. In a conjunction the commodity code comes last: the engine finds the
 * candidate through its code, so the other parts are the ones that decide.
 */
final class Candidates {
    private Candidates() {
    }

    static void propose(Declaration d, Map<String, Candidate> out) {
        String departure = d.itinerary().departureCountry() == null ? null : d.itinerary().departureCountry().code();
        if (departure != null) {
            add(out, Template.DEPARTURE, "DEP:" + departure, () -> Criterion.departureCountry(departure),
                    () -> "departure from " + departure);
        }
        for (Party p : d.parties()) {
            Template t = p.role() == PartyRole.DECLARANT ? Template.DECLARANT
                    : p.role() == PartyRole.CONSIGNEE ? Template.IMPORTER
                    : p.role() == PartyRole.SELLER ? Template.SELLER : null;
            if (t != null) {
                add(out, t, t.name() + ":" + p.id().scheme() + ":" + p.id().value(),
                        () -> new Criterion.NamedParty(new TreeSet<>(java.util.Set.of(p.id())),
                                new TreeSet<>(java.util.Set.of(p.role()))),
                        () -> t.title() + " " + p.id().value());
            }
        }
        for (Map.Entry<DeclarationAttribute, String> e : d.attributes().entrySet()) {
            Template t = Template.valueOf(e.getKey().name());
            String code = e.getValue();
            add(out, t, t.name() + ":" + code, () -> Criterion.attribute(e.getKey(), code),
                    () -> t.title() + " " + code);
        }
        add(out, Template.UNDERVALUATION, "UNDERVALUED:0.5", () -> Criterion.undervaluation(0.5),
                () -> "value per kg below half the reference learned for its HS subheading and origin");
        for (GoodsItem item : d.items()) {
            item(d, item, departure, out);
        }
    }

    private static void item(Declaration d, GoodsItem item, String departure, Map<String, Candidate> out) {
        String code = item.commodityCode();
        if (code.length() < 6) {
            return;
        }
        String hs6 = code.substring(0, 6);
        String hs4 = code.substring(0, 4);
        String hs2 = code.substring(0, 2);
        add(out, Template.HS6, "HS6:" + hs6, () -> Criterion.hsPrefix(hs6), () -> "HS " + hs6);
        add(out, Template.HS4, "HS4:" + hs4, () -> Criterion.hsPrefix(hs4), () -> "HS heading " + hs4);
        add(out, Template.HS2, "HS2:" + hs2, () -> Criterion.hsPrefix(hs2), () -> "HS chapter " + hs2);
        String origin = item.origin() == null ? null : item.origin().code();
        if (origin != null) {
            add(out, Template.ORIGIN, "ORIGIN:" + origin, () -> Criterion.originCountry(origin),
                    () -> "origin " + origin);
            add(out, Template.HS6_ORIGIN, "HS6-ORIGIN:" + hs6 + ":" + origin,
                    () -> Criterion.allOf(Criterion.originCountry(origin), Criterion.hsPrefix(hs6)),
                    () -> "HS " + hs6 + " from " + origin);
            add(out, Template.HS4_ORIGIN, "HS4-ORIGIN:" + hs4 + ":" + origin,
                    () -> Criterion.allOf(Criterion.originCountry(origin), Criterion.hsPrefix(hs4)),
                    () -> "HS heading " + hs4 + " from " + origin);
        }
        if (departure != null) {
            add(out, Template.HS6_DEPARTURE, "HS6-DEP:" + hs6 + ":" + departure,
                    () -> Criterion.allOf(Criterion.departureCountry(departure), Criterion.hsPrefix(hs6)),
                    () -> "HS " + hs6 + " shipped from " + departure);
        }
        if (origin != null && departure != null) {
            add(out, Template.HS6_ORIGIN_DEPARTURE, "HS6-ORIGIN-DEP:" + hs6 + ":" + origin + ":" + departure,
                    () -> Criterion.allOf(Criterion.originCountry(origin), Criterion.departureCountry(departure),
                            Criterion.hsPrefix(hs6)),
                    () -> "HS " + hs6 + " of origin " + origin + " shipped from " + departure);
        }
        for (DeclarationAttribute a : new DeclarationAttribute[] {DeclarationAttribute.TAX_TYPE,
            DeclarationAttribute.TAX_RATE}) {
            String v = d.attribute(a);
            if (v != null) {
                Template t = a == DeclarationAttribute.TAX_TYPE ? Template.HS6_TAX_TYPE : Template.HS6_TAX_RATE;
                add(out, t, t.name() + ":" + hs6 + ":" + v,
                        () -> Criterion.allOf(Criterion.attribute(a, v), Criterion.hsPrefix(hs6)),
                        () -> "HS " + hs6 + " with " + a.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + v);
            }
        }
        double mass = item.valuationMassKg();
        if (mass > 0) {
            int b = band(mass);
            add(out, Template.HS6_MASS, "HS6-MASS:" + hs6 + ":" + b,
                    () -> Criterion.range(Criterion.Range.Measure.MASS, low(b), high(b), null, hs6),
                    () -> "HS " + hs6 + " of " + text(low(b)) + " to " + text(high(b)) + " kg");
        }
        if (item.value() != null) {
            String currency = item.value().currency().getCurrencyCode();
            double value = item.value().amount().doubleValue();
            int b = band(value);
            add(out, Template.HS6_VALUE, "HS6-VALUE:" + hs6 + ":" + currency + ":" + b,
                    () -> Criterion.range(Criterion.Range.Measure.VALUE, low(b), high(b), currency, hs6),
                    () -> "HS " + hs6 + " valued " + text(low(b)) + " to " + text(high(b)) + " " + currency);
            if (origin != null && departure != null) {
                add(out, Template.HS6_ORIGIN_DEPARTURE_VALUE,
                        "HS6-ORIGIN-DEP-VALUE:" + hs6 + ":" + origin + ":" + departure + ":" + currency + ":" + b,
                        () -> Criterion.allOf(Criterion.originCountry(origin), Criterion.departureCountry(departure),
                                Criterion.range(Criterion.Range.Measure.VALUE, low(b), high(b), currency, hs6)),
                        () -> "HS " + hs6 + " of origin " + origin + " shipped from " + departure + " valued "
                                + text(low(b)) + " to " + text(high(b)) + " " + currency);
            }
            if (mass > 0) {
                int u = band(value / mass);
                add(out, Template.HS6_UNIT_VALUE, "HS6-UNIT-VALUE:" + hs6 + ":" + currency + ":" + u,
                        () -> Criterion.range(Criterion.Range.Measure.VALUE_PER_KG, low(u), high(u), currency, hs6),
                        () -> "HS " + hs6 + " at " + text(low(u)) + " to " + text(high(u)) + " " + currency
                                + " per kg");
            }
        }
    }

    private static void add(Map<String, Candidate> out, Template t, String id, Supplier<Criterion> criterion,
            Supplier<String> description) {
        if (!out.containsKey(id)) {
            out.put(id, new Candidate(id, t, criterion.get(), description.get()));
        }
    }

    /** The half-decade band of a positive quantity: [10^(b/2), 10^((b+1)/2)); band -1 is [0, 1). */
    static int band(double x) {
        return x < 1 ? -1 : (int) Math.floor(2 * Math.log10(x));
    }

    static double low(int band) {
        return band < 0 ? 0 : Math.pow(10, band / 2.0);
    }

    static double high(int band) {
        return Math.pow(10, (band + 1) / 2.0);
    }

    private static String text(double x) {
        return x >= 100 ? String.format(Locale.ROOT, "%,.0f", x) : String.format(Locale.ROOT, "%.3g", x);
    }
}
