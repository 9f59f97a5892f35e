package org.passerelle.risk;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.model.CountryCode;
import org.passerelle.model.Declaration;
import org.passerelle.model.DeclarationAttribute;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.Locode;
import org.passerelle.model.Party;

/**
 * The criterion index of a compiled engine: each indicator's compiled {@link Check}, and the index
 * that finds the indicators which can fire on a declaration, so that an assessment evaluates only
 * those.
 *
 * <p>The index maps keys (commodity code prefixes, country codes, UN/LOCODEs, trader ids,
 * attribute codes, and commodity code prefixes paired with an origin or a departure country) to
 * indicator numbers; commodity code prefixes sit in a {@link PrefixIndex} probed digit by digit,
 * without cutting substrings, one for prefixes alone and one per country for the pairs. A key is
 * necessary for its criterion to fire: a conjunction of a prefix and an origin (or departure) is
 * indexed under their pairs, the prefixes of the declaration's items by its items' origins (or its
 * departure); another conjunction under its most selective indexable part (the fewest keys, a
 * commodity code prefix on a tie); a disjunction only when all its parts are indexable; the rest are
 * evaluated on every declaration. Fired indicators are marked in the assessment's {@link Scratch}. Immutable and
 * thread-safe.
 */
final class CriterionIndex {
    /** The dimensions of the index: one attribute value, or a commodity code prefix paired with a country. */
    private enum Dim { HS, ORIGIN, DEPARTURE, ROUTING, HUB, PARTY, ATTRIBUTE, HS_ORIGIN, HS_DEPARTURE }

    /** A key of a paired dimension: a commodity code prefix and a country code. */
    private record Pair(String prefix, String country) {
    }

    /** A key of the attribute dimension: a declaration attribute and one of its codes. */
    private record Coded(DeclarationAttribute attribute, String code) {
    }

    private final Check[] checks;
    private final int[] unindexed;
    private final Map<Dim, Map<Object, int[]>> index;
    private final PrefixIndex hsIndex;
    private final Map<String, PrefixIndex> hsByOrigin;
    private final Map<String, PrefixIndex> hsByDeparture;

    /**
     * Compiles the criteria of the numbered indicators (indicator {@code k} is {@code indicators[k]}),
     * with the checks of {@code overrides} in place of the compiled ones.
     */
    CriterionIndex(List<Indicator> indicators, Map<IndicatorId, Check> overrides) {
        int n = indicators.size();
        this.checks = new Check[n];
        List<Integer> unindexedList = new ArrayList<>();
        Map<Dim, Map<Object, List<Integer>>> idx = new EnumMap<>(Dim.class);
        for (int k = 0; k < n; k++) {
            Indicator ind = indicators.get(k);
            Check override = overrides.get(ind.id());
            checks[k] = override != null ? override : Compiler.compile(ind.criterion());
            Map<Dim, Set<Object>> keys = keysOf(ind.criterion());
            if (keys == null) {
                unindexedList.add(k);
            } else {
                int number = k;
                keys.forEach((dim, values) -> {
                    for (Object v : values) {
                        idx.computeIfAbsent(dim, d -> new HashMap<>()).computeIfAbsent(v, x -> new ArrayList<>())
                                .add(number);
                    }
                });
            }
        }
        this.unindexed = toArray(unindexedList);
        Map<Dim, Map<Object, int[]>> frozen = new EnumMap<>(Dim.class);
        Map<String, List<Integer>> prefixes = new HashMap<>();
        Map<String, Map<String, List<Integer>>> byOrigin = new HashMap<>();
        Map<String, Map<String, List<Integer>>> byDeparture = new HashMap<>();
        idx.forEach((dim, m) -> {
            switch (dim) {
                case HS -> m.forEach((key, list) -> prefixes.put((String) key, list));
                case HS_ORIGIN -> m.forEach((key, list) -> byOrigin.computeIfAbsent(((Pair) key).country(),
                        c -> new HashMap<>()).put(((Pair) key).prefix(), list));
                case HS_DEPARTURE -> m.forEach((key, list) -> byDeparture.computeIfAbsent(((Pair) key).country(),
                        c -> new HashMap<>()).put(((Pair) key).prefix(), list));
                case ORIGIN, DEPARTURE, ROUTING, HUB, PARTY, ATTRIBUTE -> {
                    Map<Object, int[]> f = new HashMap<>();
                    m.forEach((key, list) -> f.put(key, toArray(list)));
                    frozen.put(dim, f);
                }
            }
        });
        this.index = frozen;
        this.hsIndex = prefixes.isEmpty() ? null : new PrefixIndex(prefixes);
        this.hsByOrigin = prefixIndexes(byOrigin);
        this.hsByDeparture = prefixIndexes(byDeparture);
    }

    private static Map<String, PrefixIndex> prefixIndexes(Map<String, Map<String, List<Integer>>> byCountry) {
        Map<String, PrefixIndex> out = new HashMap<>();
        byCountry.forEach((country, prefixes) -> out.put(country, new PrefixIndex(prefixes)));
        return out;
    }

    /** Evaluates the indicators that can fire on the subject's declaration, marking those that fire. */
    void fire(Subject s, Scratch w) {
        for (int k : unindexed) {
            evaluate(k, s, w);
        }
        Declaration d = s.declaration;
        Map<Object, int[]> origin = index.get(Dim.ORIGIN);
        List<GoodsItem> items = d.items();
        for (GoodsItem item : items) {
            if (hsIndex != null) {
                probePrefixes(hsIndex, item.commodityCode(), s, w);
            }
            if (origin != null && item.origin() != null) {
                probe(origin.get(item.origin().code()), s, w);
            }
        }
        if (!hsByOrigin.isEmpty()) {
            // a pair is necessary, not sufficient: the prefix and the origin may be those of different items
            for (int i = 0; i < items.size(); i++) {
                CountryCode o = items.get(i).origin();
                if (o != null && firstWithOrigin(items, o, i)) {
                    PrefixIndex under = hsByOrigin.get(o.code());
                    if (under != null) {
                        for (GoodsItem item : items) {
                            probePrefixes(under, item.commodityCode(), s, w);
                        }
                    }
                }
            }
        }
        CountryCode departed = d.itinerary().departureCountry();
        Map<Object, int[]> departure = index.get(Dim.DEPARTURE);
        if (departure != null && departed != null) {
            probe(departure.get(departed.code()), s, w);
        }
        PrefixIndex departedUnder = departed == null ? null : hsByDeparture.get(departed.code());
        if (departedUnder != null) {
            for (GoodsItem item : items) {
                probePrefixes(departedUnder, item.commodityCode(), s, w);
            }
        }
        Map<Object, int[]> attribute = index.get(Dim.ATTRIBUTE);
        if (attribute != null) {
            for (Map.Entry<DeclarationAttribute, String> e : d.attributes().entrySet()) {
                probe(attribute.get(new Coded(e.getKey(), e.getValue())), s, w);
            }
        }
        Map<Object, int[]> routing = index.get(Dim.ROUTING);
        Map<Object, int[]> hub = index.get(Dim.HUB);
        if (routing != null) {
            for (CountryCode c : d.itinerary().routingCountries()) {
                probe(routing.get(c.code()), s, w);
            }
        }
        for (Locode port : d.itinerary().routingPorts()) {
            if (routing != null) {
                probe(routing.get(port.code().substring(0, 2)), s, w);
            }
            if (hub != null) {
                probe(hub.get(port.code()), s, w);
            }
        }
        Map<Object, int[]> party = index.get(Dim.PARTY);
        if (party != null) {
            for (Party p : d.parties()) {
                probe(party.get(p.id()), s, w);
            }
        }
    }

    /** Evaluates every indicator, marking those that fire: the riskiest pass over missing data (RR-10). */
    void fireAll(Subject s, Scratch w) {
        for (int k = 0; k < checks.length; k++) {
            evaluate(k, s, w);
        }
    }

    /** Probes a prefix index with every prefix of a commodity code, digit by digit. */
    private void probePrefixes(PrefixIndex prefixes, String code, Subject s, Scratch w) {
        long digits = 0;
        for (int len = 1; len <= code.length(); len++) {
            digits = digits * 10 + (code.charAt(len - 1) - '0');
            if (len >= 2 && prefixes.hasLength(len)) {
                probe(prefixes.get(digits, len), s, w);
            }
        }
    }

    private static boolean firstWithOrigin(List<GoodsItem> items, CountryCode origin, int i) {
        for (int j = 0; j < i; j++) {
            if (origin.equals(items.get(j).origin())) {
                return false;
            }
        }
        return true;
    }

    private void probe(int[] candidates, Subject s, Scratch w) {
        if (candidates != null) {
            for (int k : candidates) {
                evaluate(k, s, w);
            }
        }
    }

    private void evaluate(int k, Subject s, Scratch w) {
        if (w.markEvaluated(k) && checks[k].test(s)) {
            w.markFired(k);
        }
    }

    /**
     * Returns the index keys under which a criterion can be found, or null when it must always be
     * evaluated. A key is necessary for the criterion to fire.
     */
    private static Map<Dim, Set<Object>> keysOf(Criterion c) {
        return switch (c.kind()) {
            case HS_PREFIX -> keys(Dim.HS, ((Criterion.HsPrefix) c).prefixes());
            case MISSING_PERMIT -> keys(Dim.HS, ((Criterion.MissingPermit) c).prefixes());
            case RANGE -> {
                Criterion.Range r = (Criterion.Range) c;
                yield r.prefixes().isEmpty() ? null : keys(Dim.HS, r.prefixes());
            }
            case ORIGIN_COUNTRY -> keys(Dim.ORIGIN, codes(((Criterion.OriginCountry) c).countries()));
            case DEPARTURE_COUNTRY -> keys(Dim.DEPARTURE, codes(((Criterion.DepartureCountry) c).countries()));
            case ROUTING_COUNTRY -> keys(Dim.ROUTING, codes(((Criterion.RoutingCountry) c).countries()));
            case TRANSHIPMENT_HUB -> {
                Set<Object> hubs = new LinkedHashSet<>();
                for (Locode l : ((Criterion.TranshipmentHub) c).hubs()) {
                    hubs.add(l.code());
                }
                yield keys(Dim.HUB, hubs);
            }
            case NAMED_PARTY -> keys(Dim.PARTY, ((Criterion.NamedParty) c).parties());
            case ALL_OF -> {
                List<Map<Dim, Set<Object>>> parts = new ArrayList<>();
                for (Criterion part : ((Criterion.AllOf) c).criteria()) {
                    Map<Dim, Set<Object>> k = keysOf(part);
                    if (k != null) {
                        parts.add(k);
                    }
                }
                Map<Dim, Set<Object>> best = null;
                for (Map<Dim, Set<Object>> k : parts) {
                    if (best == null || size(k) < size(best)
                            || size(k) == size(best) && k.containsKey(Dim.HS) && !best.containsKey(Dim.HS)) {
                        best = k;
                    }
                }
                Map<Dim, Set<Object>> pair = pairs(parts, Dim.ORIGIN, Dim.HS_ORIGIN);
                Map<Dim, Set<Object>> departurePair = pairs(parts, Dim.DEPARTURE, Dim.HS_DEPARTURE);
                if (pair == null || departurePair != null && size(departurePair) < size(pair)) {
                    pair = departurePair;
                }
                yield pair != null ? pair : best;
            }
            case ANY_OF -> {
                Map<Dim, Set<Object>> keys = new EnumMap<>(Dim.class);
                for (Criterion part : ((Criterion.AnyOf) c).criteria()) {
                    Map<Dim, Set<Object>> k = keysOf(part);
                    if (k == null) {
                        yield null;
                    }
                    k.forEach((dim, values) -> keys.computeIfAbsent(dim, d -> new LinkedHashSet<>()).addAll(values));
                }
                yield keys;
            }
            case ATTRIBUTE -> {
                Criterion.AttributeIs a = (Criterion.AttributeIs) c;
                Set<Object> coded = new LinkedHashSet<>();
                for (String code : a.codes()) {
                    coded.add(new Coded(a.attribute(), code));
                }
                yield keys(Dim.ATTRIBUTE, coded);
            }
            case PARTY_ON_WATCH_LIST, NEW_TRADER, PRIOR_OFFENCES, UNDERVALUATION, VAGUE_DESCRIPTION, THIRD_PARTY_PAYMENT,
                    PAYMENT_METHOD, CONTAINER_ANOMALY, AEO_HOLDER, TRANSPORT_MODE, NOT -> null;
        };
    }

    /**
     * Returns the paired keys of a conjunction's parts, commodity code prefixes by the countries of
     * one dimension (origin or departure), or null when no part is keyed by prefixes only or none
     * by those countries only; the part with the fewest keys of each kind is taken.
     */
    private static Map<Dim, Set<Object>> pairs(List<Map<Dim, Set<Object>>> parts, Dim countries, Dim paired) {
        Set<Object> prefixes = null;
        Set<Object> codes = null;
        for (Map<Dim, Set<Object>> k : parts) {
            if (k.size() == 1 && k.containsKey(Dim.HS) && (prefixes == null || k.get(Dim.HS).size() < prefixes.size())) {
                prefixes = k.get(Dim.HS);
            }
            if (k.size() == 1 && k.containsKey(countries) && (codes == null || k.get(countries).size() < codes.size())) {
                codes = k.get(countries);
            }
        }
        if (prefixes == null || codes == null) {
            return null;
        }
        Set<Object> keys = new LinkedHashSet<>();
        for (Object p : prefixes) {
            for (Object country : codes) {
                keys.add(new Pair((String) p, (String) country));
            }
        }
        return keys(paired, keys);
    }

    private static Map<Dim, Set<Object>> keys(Dim dim, Set<?> values) {
        Map<Dim, Set<Object>> keys = new EnumMap<>(Dim.class);
        keys.put(dim, new LinkedHashSet<>(values));
        return keys;
    }

    private static Set<Object> codes(Set<CountryCode> countries) {
        Set<Object> codes = new LinkedHashSet<>();
        for (CountryCode c : countries) {
            codes.add(c.code());
        }
        return codes;
    }

    private static int size(Map<Dim, Set<Object>> keys) {
        int s = 0;
        for (Set<Object> v : keys.values()) {
            s += v.size();
        }
        return s;
    }

    static int[] toArray(List<Integer> list) {
        int[] a = new int[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }
}
