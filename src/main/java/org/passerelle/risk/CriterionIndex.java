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
import org.passerelle.model.GoodsItem;
import org.passerelle.model.Locode;
import org.passerelle.model.Party;

/**
 * The criterion index of a compiled engine: each indicator's compiled {@link Check}, and the index
 * that finds the indicators which can fire on a declaration, so that an assessment evaluates only
 * those.
 *
 * <p>The index maps keys (commodity code prefixes, country codes, UN/LOCODEs, trader ids) to
 * indicator numbers; commodity code prefixes sit in a {@link PrefixIndex} probed digit by digit,
 * without cutting substrings. A key is necessary for its criterion to fire: a conjunction is
 * indexed under its most selective indexable part (the fewest keys, a commodity code prefix on a
 * tie), a disjunction only when all its parts are indexable; the rest are evaluated on every
 * declaration. Fired indicators are marked in the assessment's {@link Scratch}. Immutable and
 * thread-safe.
 */
final class CriterionIndex {
    private enum Dim { HS, ORIGIN, DEPARTURE, ROUTING, HUB, PARTY }

    private final Check[] checks;
    private final int[] unindexed;
    private final Map<Dim, Map<Object, int[]>> index;
    private final PrefixIndex hsIndex;

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
        idx.forEach((dim, m) -> {
            if (dim == Dim.HS) {
                m.forEach((key, list) -> prefixes.put((String) key, list));
            } else {
                Map<Object, int[]> f = new HashMap<>();
                m.forEach((key, list) -> f.put(key, toArray(list)));
                frozen.put(dim, f);
            }
        });
        this.index = frozen;
        this.hsIndex = prefixes.isEmpty() ? null : new PrefixIndex(prefixes);
    }

    /** Returns how many indicators are compiled. */
    int size() {
        return checks.length;
    }

    /** Evaluates the indicators that can fire on the subject's declaration, marking those that fire. */
    void fire(Subject s, Scratch w) {
        for (int k : unindexed) {
            evaluate(k, s, w);
        }
        Declaration d = s.declaration;
        Map<Object, int[]> origin = index.get(Dim.ORIGIN);
        for (GoodsItem item : d.items()) {
            if (hsIndex != null) {
                String code = item.commodityCode();
                long digits = 0;
                for (int len = 1; len <= code.length(); len++) {
                    digits = digits * 10 + (code.charAt(len - 1) - '0');
                    if (len >= 2 && hsIndex.hasLength(len)) {
                        probe(hsIndex.get(digits, len), s, w);
                    }
                }
            }
            if (origin != null && item.origin() != null) {
                probe(origin.get(item.origin().code()), s, w);
            }
        }
        Map<Object, int[]> departure = index.get(Dim.DEPARTURE);
        if (departure != null && d.itinerary().departureCountry() != null) {
            probe(departure.get(d.itinerary().departureCountry().code()), s, w);
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
                Map<Dim, Set<Object>> best = null;
                for (Criterion part : ((Criterion.AllOf) c).criteria()) {
                    Map<Dim, Set<Object>> k = keysOf(part);
                    if (k != null && (best == null || size(k) < size(best)
                            || size(k) == size(best) && k.containsKey(Dim.HS) && !best.containsKey(Dim.HS))) {
                        best = k;
                    }
                }
                yield best;
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
            case PARTY_ON_WATCH_LIST, NEW_TRADER, PRIOR_OFFENCES, UNDERVALUATION, VAGUE_DESCRIPTION, THIRD_PARTY_PAYMENT,
                    PAYMENT_METHOD, CONTAINER_ANOMALY, AEO_HOLDER, TRANSPORT_MODE, ATTRIBUTE, NOT -> null;
        };
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
