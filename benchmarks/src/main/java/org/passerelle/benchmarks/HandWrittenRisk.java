package org.passerelle.benchmarks;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.model.AeoAuthorisation;
import org.passerelle.model.Container;
import org.passerelle.model.CountryCode;
import org.passerelle.model.Declaration;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.Locode;
import org.passerelle.model.Party;
import org.passerelle.model.PartyRole;
import org.passerelle.model.Payment;
import org.passerelle.model.SupportingDocument;
import org.passerelle.model.TraderId;
import org.passerelle.risk.Criterion;
import org.passerelle.risk.Indicator;
import org.passerelle.risk.ReferenceValue;
import org.passerelle.risk.TraderHistory;

/**
 * The lower bound of the risk comparison: the canonical indicator set read once into lookup
 * tables written for its shapes, then plain Java per declaration, followed by the shared
 * {@link RiskScoring}. Commodity code prefixes of 2, 4 and 6 digits index one array by their
 * numeric value (no substring), origins and named traders hash maps; each entry carries the
 * indicator's remaining condition (an origin, a hub, a routing country, a first-seen window or an
 * undervaluation fraction). The eight generic indicators are evaluated on every declaration;
 * reference values are a sorted array of (HS6, origin) keys searched by bisection. Shapes other
 * than those {@link RiskPolicyGenerator} writes are refused at construction. Immutable and
 * thread-safe.
 */
final class HandWrittenRisk implements RiskContender {
    private static final int NONE = 0;
    private static final int ORIGIN = 1;
    private static final int HUB = 2;
    private static final int ROUTING = 3;
    private static final int NEW_CONSIGNEE = 4;
    private static final int UNDERVALUED = 5;
    private static final int ROLE = 6;

    /** An indexed indicator and the rest of its condition. */
    private record Spec(int k, int condition, Object param, double fraction) {
    }

    private final Spec[][] byPrefix = new Spec[10_100 + 1_000_000][];
    private final Map<CountryCode, Spec[]> byOrigin = new HashMap<>();
    private final Map<TraderId, Spec[]> byParty = new HashMap<>();
    private final List<Criterion> genericCriteria = new ArrayList<>();
    private final int[] genericNumbers;
    private final Map<TraderId, Long> firstSeen = new HashMap<>();
    private final long[] refKeys;
    private final double[] refPerKg;
    private final String[] refCurrency;
    private final RiskScoring scoring;
    private final Map<TraderId, List<AeoAuthorisation>> register;
    /** Per indicator number: its spec, and the prefix, origin or trader it is indexed under (for the riskiest pass). */
    private final Spec[] specOf;
    private final String[] prefixOf;
    private final CountryCode[] originOf;
    private final TraderId[] partyOf;
    private final RiskScoring.Riskiest riskiest = this::firedAtRiskiest;
    private final LocalDate day;
    private final long epochDay;

    HandWrittenRisk(RiskPolicyGenerator g) {
        day = LocalDate.ofInstant(RiskPolicyGenerator.NOW, ZoneOffset.UTC);
        epochDay = day.toEpochDay();
        register = g.context.aeoRegister();
        scoring = new RiskScoring(g.indicators, g.profiles, g.engine().settings(), g.context);
        specOf = new Spec[g.indicators.size()];
        prefixOf = new String[g.indicators.size()];
        originOf = new CountryCode[g.indicators.size()];
        partyOf = new TraderId[g.indicators.size()];
        Map<Integer, List<Spec>> prefixes = new HashMap<>();
        Map<CountryCode, List<Spec>> origins = new HashMap<>();
        Map<TraderId, List<Spec>> parties = new HashMap<>();
        List<Integer> generic = new ArrayList<>();
        for (int k = 0; k < g.indicators.size(); k++) {
            Indicator ind = g.indicators.get(k);
            Criterion c = ind.criterion();
            if (c instanceof Criterion.HsPrefix) {
                prefixOf[k] = only(((Criterion.HsPrefix) c).prefixes());
                add(prefixes, slot(prefixOf[k]), specOf[k] = new Spec(k, NONE, null, 0));
            } else if (c instanceof Criterion.NamedParty) {
                Criterion.NamedParty n = (Criterion.NamedParty) c;
                partyOf[k] = only(n.parties());
                add(parties, partyOf[k], specOf[k] = new Spec(k, ROLE, n.roles(), 0));
            } else if (c instanceof Criterion.AllOf && ((Criterion.AllOf) c).criteria().size() == 2) {
                Criterion a = ((Criterion.AllOf) c).criteria().get(0);
                Criterion b = ((Criterion.AllOf) c).criteria().get(1);
                if (a instanceof Criterion.HsPrefix && b instanceof Criterion.OriginCountry) {
                    prefixOf[k] = only(((Criterion.HsPrefix) a).prefixes());
                    add(prefixes, slot(prefixOf[k]),
                            specOf[k] = new Spec(k, ORIGIN, only(((Criterion.OriginCountry) b).countries()), 0));
                } else if (a instanceof Criterion.TranshipmentHub && b instanceof Criterion.HsPrefix) {
                    prefixOf[k] = only(((Criterion.HsPrefix) b).prefixes());
                    add(prefixes, slot(prefixOf[k]),
                            specOf[k] = new Spec(k, HUB, only(((Criterion.TranshipmentHub) a).hubs()), 0));
                } else if (a instanceof Criterion.OriginCountry && b instanceof Criterion.RoutingCountry) {
                    originOf[k] = only(((Criterion.OriginCountry) a).countries());
                    add(origins, originOf[k],
                            specOf[k] = new Spec(k, ROUTING, only(((Criterion.RoutingCountry) b).countries()), 0));
                } else if (a instanceof Criterion.HsPrefix && b instanceof Criterion.NewTrader
                        && ((Criterion.NewTrader) b).roles().equals(Set.of(PartyRole.CONSIGNEE))) {
                    prefixOf[k] = only(((Criterion.HsPrefix) a).prefixes());
                    add(prefixes, slot(prefixOf[k]),
                            specOf[k] = new Spec(k, NEW_CONSIGNEE, null, ((Criterion.NewTrader) b).days()));
                } else if (a instanceof Criterion.HsPrefix && b instanceof Criterion.Undervaluation) {
                    prefixOf[k] = only(((Criterion.HsPrefix) a).prefixes());
                    add(prefixes, slot(prefixOf[k]),
                            specOf[k] = new Spec(k, UNDERVALUED, null, ((Criterion.Undervaluation) b).fraction()));
                } else {
                    throw new IllegalArgumentException("shape not written by hand: " + c);
                }
            } else {
                genericCriteria.add(checkGeneric(c));
                generic.add(k);
            }
        }
        prefixes.forEach((slot, list) -> byPrefix[slot] = list.toArray(new Spec[0]));
        origins.forEach((country, list) -> byOrigin.put(country, list.toArray(new Spec[0])));
        parties.forEach((trader, list) -> byParty.put(trader, list.toArray(new Spec[0])));
        genericNumbers = generic.stream().mapToInt(Integer::intValue).toArray();
        for (TraderHistory h : g.context.traders()) {
            firstSeen.put(h.trader(), h.firstSeen().toEpochDay());
        }
        List<ReferenceValue> refs = new ArrayList<>(g.context.referenceValues());
        refs.sort((x, y) -> Long.compare(refKey(x.hs6(), x.origin()), refKey(y.hs6(), y.origin())));
        refKeys = new long[refs.size()];
        refPerKg = new double[refs.size()];
        refCurrency = new String[refs.size()];
        for (int i = 0; i < refKeys.length; i++) {
            ReferenceValue r = refs.get(i);
            refKeys[i] = refKey(r.hs6(), r.origin());
            refPerKg[i] = r.perKg().amount().doubleValue();
            refCurrency[i] = r.perKg().currency().getCurrencyCode();
        }
    }

    private static Criterion checkGeneric(Criterion c) {
        if (c instanceof Criterion.NewTrader || c instanceof Criterion.Undervaluation
                || c instanceof Criterion.VagueDescription || c instanceof Criterion.PaymentMethodIs
                || c instanceof Criterion.ThirdPartyPayment && ((Criterion.ThirdPartyPayment) c).subjects().isEmpty()
                        && ((Criterion.ThirdPartyPayment) c).relatedRoles().isEmpty()
                || c instanceof Criterion.ContainerAnomaly && ((Criterion.ContainerAnomaly) c).kinds()
                        .equals(Set.of(Criterion.ContainerAnomaly.Kind.MISSING_SEAL))
                || c instanceof Criterion.MissingPermit
                || c instanceof Criterion.Not && ((Criterion.Not) c).criterion() instanceof Criterion.AeoHolder) {
            return c;
        }
        throw new IllegalArgumentException("shape not written by hand: " + c);
    }

    private static <T> T only(Set<T> set) {
        if (set.size() != 1) {
            throw new IllegalArgumentException("expected one value: " + set);
        }
        return set.iterator().next();
    }

    private static <K> void add(Map<K, List<Spec>> map, K key, Spec spec) {
        map.computeIfAbsent(key, x -> new ArrayList<>()).add(spec);
    }

    /** The array slot of a 2, 4 or 6-digit prefix. */
    private static int slot(String prefix) {
        int v = Integer.parseInt(prefix);
        switch (prefix.length()) {
            case 2:
                return v;
            case 4:
                return 100 + v;
            case 6:
                return 10_100 + v;
            default:
                throw new IllegalArgumentException("prefix length not written by hand: " + prefix);
        }
    }

    private static long refKey(String code, CountryCode origin) {
        long v = 0;
        for (int i = 0; i < 6; i++) {
            v = v * 10 + (code.charAt(i) - '0');
        }
        String o = origin.code();
        return v * 1024 + (o.charAt(0) - 'A') * 26 + (o.charAt(1) - 'A');
    }

    @Override
    public String name() {
        return "handWritten";
    }

    @Override
    public Object assess(Declaration d) {
        int[] fired = new int[16];
        int count = 0;
        for (int i = 0; i < genericNumbers.length; i++) {
            if (generic(genericCriteria.get(i), d, false)) {
                fired[count++] = genericNumbers[i];
            }
        }
        List<GoodsItem> items = d.items();
        for (int i = 0; i < items.size(); i++) {
            GoodsItem item = items.get(i);
            String code = item.commodityCode();
            int v = 0;
            for (int len = 1; len <= Math.min(6, code.length()); len++) {
                v = v * 10 + (code.charAt(len - 1) - '0');
                Spec[] specs = len == 2 ? byPrefix[v] : len == 4 ? byPrefix[100 + v] : len == 6 ? byPrefix[10_100 + v] : null;
                if (specs != null) {
                    for (Spec s : specs) {
                        if (!contains(fired, count, s.k) && holds(s, d)) {
                            fired = grow(fired, count);
                            fired[count++] = s.k;
                        }
                    }
                }
            }
            if (item.origin() != null) {
                Spec[] specs = byOrigin.get(item.origin());
                if (specs != null) {
                    for (Spec s : specs) {
                        if (!contains(fired, count, s.k) && holds(s, d)) {
                            fired = grow(fired, count);
                            fired[count++] = s.k;
                        }
                    }
                }
            }
        }
        for (Party p : d.parties()) {
            Spec[] specs = byParty.get(p.id());
            if (specs != null) {
                for (Spec s : specs) {
                    if (!contains(fired, count, s.k) && holds(s, d)) {
                        fired = grow(fired, count);
                        fired[count++] = s.k;
                    }
                }
            }
        }
        return scoring.score(d, day, fired, count, riskiest);
    }

    /**
     * The indicators that fire with the missing data at its riskiest (RR-10): a truncated code falls
     * under every prefix that extends it, an item without an origin has every origin, an item that
     * lacks what undervaluation needs is undervalued. Every indicator is evaluated, as the engine
     * does on this rare path.
     */
    private int[] firedAtRiskiest(Declaration d) {
        int[] fired = new int[specOf.length];
        int count = 0;
        for (int i = 0; i < genericNumbers.length; i++) {
            if (generic(genericCriteria.get(i), d, true)) {
                fired[count++] = genericNumbers[i];
            }
        }
        for (int k = 0; k < specOf.length; k++) {
            Spec s = specOf[k];
            if (s == null) {
                continue;
            }
            boolean key = prefixOf[k] != null ? underAtRiskiest(d, prefixOf[k])
                    : originOf[k] != null ? hasOriginAtRiskiest(d, originOf[k]) : hasParty(d, partyOf[k]);
            if (key && holdsAtRiskiest(s, d)) {
                fired[count++] = k;
            }
        }
        return Arrays.copyOf(fired, count);
    }

    private static boolean underAtRiskiest(Declaration d, String prefix) {
        for (GoodsItem i : d.items()) {
            String code = i.commodityCode();
            if (code.startsWith(prefix) || code.length() < 6 && prefix.startsWith(code)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOriginAtRiskiest(Declaration d, CountryCode origin) {
        for (GoodsItem i : d.items()) {
            if (i.origin() == null || i.origin().equals(origin)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasParty(Declaration d, TraderId trader) {
        for (Party p : d.parties()) {
            if (p.id().equals(trader)) {
                return true;
            }
        }
        return false;
    }

    private boolean holdsAtRiskiest(Spec s, Declaration d) {
        switch (s.condition) {
            case ORIGIN:
                return hasOriginAtRiskiest(d, (CountryCode) s.param);
            case UNDERVALUED:
                return undervalued(d, s.fraction) || lacksValuationData(d);
            default:
                return holds(s, d);
        }
    }

    private static boolean lacksValuationData(Declaration d) {
        for (GoodsItem i : d.items()) {
            if (i.commodityCode().length() < 6 || i.origin() == null || i.value() == null || i.valuationMassKg() <= 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Outcome outcome(Object result) {
        return RiskContender.outcome(scoring, (RiskScoring.Scored) result);
    }

    private static int[] grow(int[] a, int count) {
        return count < a.length ? a : Arrays.copyOf(a, a.length * 2);
    }

    private static boolean contains(int[] a, int count, int k) {
        for (int i = 0; i < count; i++) {
            if (a[i] == k) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private boolean holds(Spec s, Declaration d) {
        switch (s.condition) {
            case NONE:
                return true;
            case ORIGIN:
                for (GoodsItem i : d.items()) {
                    if (s.param.equals(i.origin())) {
                        return true;
                    }
                }
                return false;
            case HUB:
                return d.itinerary().routingPorts().contains((Locode) s.param);
            case ROUTING:
                return d.itinerary().isRoutedVia((CountryCode) s.param);
            case NEW_CONSIGNEE:
                return isNew(d, PartyRole.CONSIGNEE, (int) s.fraction);
            case UNDERVALUED:
                return undervalued(d, s.fraction);
            case ROLE:
                Set<PartyRole> roles = (Set<PartyRole>) s.param;
                for (Party p : d.parties()) {
                    if ((roles.isEmpty() || roles.contains(p.role())) && byParty.get(p.id()) != null) {
                        for (Spec other : byParty.get(p.id())) {
                            if (other == s) {
                                return true;
                            }
                        }
                    }
                }
                return false;
            default:
                throw new IllegalStateException();
        }
    }

    private boolean generic(Criterion c, Declaration d, boolean atRiskiest) {
        if (c instanceof Criterion.NewTrader) {
            Criterion.NewTrader n = (Criterion.NewTrader) c;
            return isNew(d, n.roles().isEmpty() ? null : only(n.roles()), n.days());
        } else if (c instanceof Criterion.Undervaluation) {
            return undervalued(d, ((Criterion.Undervaluation) c).fraction()) || atRiskiest && lacksValuationData(d);
        } else if (c instanceof Criterion.VagueDescription) {
            for (GoodsItem i : d.items()) {
                for (String term : ((Criterion.VagueDescription) c).terms()) {
                    if (containsWord(i.description(), term)) {
                        return true;
                    }
                }
            }
            return false;
        } else if (c instanceof Criterion.ThirdPartyPayment) {
            payments:
            for (Payment pay : d.payments()) {
                if (pay.payer() != null) {
                    for (Party p : d.parties()) {
                        if (p.id().equals(pay.payer())) {
                            continue payments;
                        }
                    }
                    return true;
                }
            }
            return false;
        } else if (c instanceof Criterion.PaymentMethodIs) {
            for (Payment pay : d.payments()) {
                if (((Criterion.PaymentMethodIs) c).methods().contains(pay.method())) {
                    return true;
                }
            }
            return false;
        } else if (c instanceof Criterion.ContainerAnomaly) {
            for (Container k : d.containers()) {
                if (k.seals().isEmpty()) {
                    return true;
                }
            }
            return false;
        } else if (c instanceof Criterion.MissingPermit) {
            Criterion.MissingPermit m = (Criterion.MissingPermit) c;
            items:
            for (GoodsItem i : d.items()) {
                for (String prefix : m.prefixes()) {
                    String code = i.commodityCode();
                    if (code.startsWith(prefix) || atRiskiest && code.length() < 6 && prefix.startsWith(code)) {
                        for (SupportingDocument doc : d.documents()) {
                            if (doc.type() == m.permit() && doc.covers(i.sequence())) {
                                continue items;
                            }
                        }
                        return true;
                    }
                }
            }
            return false;
        } else {
            // AEO status from the context's register, valid on the day (RR-05); a claim is not a fact
            Criterion.AeoHolder a = (Criterion.AeoHolder) ((Criterion.Not) c).criterion();
            for (Party p : d.parties()) {
                if (a.roles().isEmpty() || a.roles().contains(p.role())) {
                    for (AeoAuthorisation aeo : register.getOrDefault(p.id(), List.of())) {
                        if (aeo.isValidOn(day) && (a.types().isEmpty() || a.types().contains(aeo.type()))) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }
    }

    private boolean isNew(Declaration d, PartyRole role, int days) {
        for (Party p : d.parties()) {
            if (role == null || p.role() == role) {
                Long seen = firstSeen.get(p.id());
                if (seen == null || epochDay - seen < days) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean undervalued(Declaration d, double fraction) {
        for (GoodsItem i : d.items()) {
            String code = i.commodityCode();
            double mass = i.valuationMassKg();
            if (code.length() < 6 || i.origin() == null || i.value() == null || mass <= 0) {
                continue;
            }
            int r = Arrays.binarySearch(refKeys, refKey(code, i.origin()));
            if (r >= 0 && refCurrency[r].equals(i.value().currency().getCurrencyCode())
                    && i.value().amount().doubleValue() / mass < fraction * refPerKg[r]) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text contains the (lower-case) term as whole words, ignoring case, without copying it. */
    private static boolean containsWord(String text, String term) {
        int n = term.length();
        for (int i = 0; i + n <= text.length(); i++) {
            if (text.regionMatches(true, i, term, 0, n)
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && (i + n == text.length() || !Character.isLetterOrDigit(text.charAt(i + n)))) {
                return true;
            }
        }
        return false;
    }
}
