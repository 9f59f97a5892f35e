package org.passerelle.risk;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import org.passerelle.model.AeoType;
import org.passerelle.model.Container;
import org.passerelle.model.CountryCode;
import org.passerelle.model.Declaration;
import org.passerelle.model.DeclarationAttribute;
import org.passerelle.model.DocumentType;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.Locode;
import org.passerelle.model.Party;
import org.passerelle.model.PartyRole;
import org.passerelle.model.Payment;
import org.passerelle.model.PaymentMethod;
import org.passerelle.model.SupportingDocument;
import org.passerelle.model.TraderId;
import org.passerelle.model.TransportMode;

/**
 * Compiles criteria into checks and works out their index keys.
 */
final class Compiler {
    private Compiler() {
    }

    static Check compile(Criterion c) {
        return switch (c.kind()) {
            case HS_PREFIX -> {
                String[] prefixes = ((Criterion.HsPrefix) c).prefixes().toArray(new String[0]);
                yield s -> {
                    for (GoodsItem item : s.declaration.items()) {
                        if (startsWithAny(item.commodityCode(), prefixes)
                                || s.missing() && truncatedBelowAny(item.commodityCode(), prefixes)) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            case ORIGIN_COUNTRY -> {
                Set<CountryCode> countries = Set.copyOf(((Criterion.OriginCountry) c).countries());
                yield s -> {
                    for (GoodsItem item : s.declaration.items()) {
                        if (item.origin() == null ? s.missing() : countries.contains(item.origin())) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            case DEPARTURE_COUNTRY -> {
                Set<CountryCode> countries = Set.copyOf(((Criterion.DepartureCountry) c).countries());
                yield s -> {
                    CountryCode dep = s.declaration.itinerary().departureCountry();
                    return dep == null ? s.missing() : countries.contains(dep);
                };
            }
            case ROUTING_COUNTRY -> {
                List<CountryCode> countries = List.copyOf(((Criterion.RoutingCountry) c).countries());
                yield s -> {
                    for (CountryCode country : countries) {
                        if (s.declaration.itinerary().isRoutedVia(country)) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            case TRANSHIPMENT_HUB -> {
                Set<Locode> hubs = Set.copyOf(((Criterion.TranshipmentHub) c).hubs());
                yield s -> {
                    for (Locode port : s.declaration.itinerary().routingPorts()) {
                        if (hubs.contains(port)) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            case NAMED_PARTY -> {
                Criterion.NamedParty n = (Criterion.NamedParty) c;
                Set<TraderId> parties = Set.copyOf(n.parties());
                SortedSet<PartyRole> roles = n.roles();
                yield s -> {
                    for (Party p : s.declaration.parties()) {
                        if (inRoles(p, roles) && parties.contains(p.id())) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            case PARTY_ON_WATCH_LIST -> {
                Criterion.PartyOnWatchList w = (Criterion.PartyOnWatchList) c;
                String list = w.watchList();
                SortedSet<PartyRole> roles = w.roles();
                yield s -> {
                    for (Party p : s.declaration.parties()) {
                        if (inRoles(p, roles) && s.context.isOnWatchList(list, p.id())) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            case NEW_TRADER -> {
                Criterion.NewTrader n = (Criterion.NewTrader) c;
                int days = n.days();
                SortedSet<PartyRole> roles = n.roles();
                yield s -> {
                    for (Party p : s.declaration.parties()) {
                        if (inRoles(p, roles)) {
                            TraderHistory h = s.context.historyOrNull(p.id());
                            if (h == null || h.firstSeen().plusDays(days).isAfter(s.day)) {
                                return true;
                            }
                        }
                    }
                    return false;
                };
            }
            case PRIOR_OFFENCES -> {
                Criterion.PriorOffences o = (Criterion.PriorOffences) c;
                int minimum = o.minimum();
                SortedSet<PartyRole> roles = o.roles();
                yield s -> {
                    for (Party p : s.declaration.parties()) {
                        if (inRoles(p, roles)) {
                            TraderHistory h = s.context.historyOrNull(p.id());
                            if (h != null && h.offences() + h.seizures() >= minimum) {
                                return true;
                            }
                        }
                    }
                    return false;
                };
            }
            case UNDERVALUATION -> {
                double fraction = ((Criterion.Undervaluation) c).fraction();
                yield s -> {
                    for (GoodsItem item : s.declaration.items()) {
                        if (isUndervalued(item, s.context, fraction) || s.missing() && lacksValuationData(item)) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            case VAGUE_DESCRIPTION -> {
                SortedSet<String> given = ((Criterion.VagueDescription) c).terms();
                String[] terms = new String[given.size()];
                int t = 0;
                for (String term : given) {
                    terms[t++] = Text.fold(term);
                }
                yield s -> {
                    int n = s.declaration.items().size();
                    for (int i = 0; i < n; i++) {
                        String d = s.lowerDescription(i);
                        for (String term : terms) {
                            if (containsWord(d, term)) {
                                return true;
                            }
                        }
                    }
                    return false;
                };
            }
            case THIRD_PARTY_PAYMENT -> {
                Criterion.ThirdPartyPayment t = (Criterion.ThirdPartyPayment) c;
                SortedSet<Payment.Subject> subjects = t.subjects();
                SortedSet<PartyRole> roles = t.relatedRoles();
                yield s -> {
                    for (Payment pay : s.declaration.payments()) {
                        if (pay.payer() != null && (subjects.isEmpty() || subjects.contains(pay.subject()))
                                && !isRelated(s.declaration, pay.payer(), roles)) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            case PAYMENT_METHOD -> {
                SortedSet<PaymentMethod> methods = ((Criterion.PaymentMethodIs) c).methods();
                yield s -> {
                    for (Payment pay : s.declaration.payments()) {
                        if (methods.contains(pay.method())) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            case CONTAINER_ANOMALY -> {
                SortedSet<Criterion.ContainerAnomaly.Kind> kinds = ((Criterion.ContainerAnomaly) c).kinds();
                yield s -> hasAnomaly(s.declaration, kinds);
            }
            case MISSING_PERMIT -> {
                Criterion.MissingPermit m = (Criterion.MissingPermit) c;
                String[] prefixes = m.prefixes().toArray(new String[0]);
                DocumentType permit = m.permit();
                yield s -> {
                    for (GoodsItem item : s.declaration.items()) {
                        boolean regulated = startsWithAny(item.commodityCode(), prefixes)
                                || s.missing() && truncatedBelowAny(item.commodityCode(), prefixes);
                        if (regulated && !hasDocument(s.declaration, permit, item.sequence())) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            case AEO_HOLDER -> {
                Criterion.AeoHolder a = (Criterion.AeoHolder) c;
                SortedSet<PartyRole> roles = a.roles();
                SortedSet<AeoType> types = a.types();
                yield s -> {
                    for (Party p : s.declaration.parties()) {
                        if (inRoles(p, roles) && registered(s, p.id(), types)) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            case TRANSPORT_MODE -> {
                SortedSet<TransportMode> modes = ((Criterion.TransportModeIs) c).modes();
                yield s -> s.declaration.transport() != null && modes.contains(s.declaration.transport().mode());
            }
            case ATTRIBUTE -> {
                Criterion.AttributeIs a = (Criterion.AttributeIs) c;
                DeclarationAttribute attribute = a.attribute();
                Set<String> codes = Set.copyOf(a.codes());
                yield s -> {
                    String code = s.declaration.attribute(attribute);
                    return code == null ? s.missing() : codes.contains(code);
                };
            }
            case RANGE -> {
                Criterion.Range r = (Criterion.Range) c;
                String[] prefixes = r.prefixes().toArray(new String[0]);
                yield s -> {
                    for (GoodsItem item : s.declaration.items()) {
                        String code = item.commodityCode();
                        boolean under = prefixes.length == 0 || startsWithAny(code, prefixes)
                                || s.missing() && truncatedBelowAny(code, prefixes);
                        if (under && inRange(item, r, s.missing())) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            case ALL_OF -> {
                Check[] checks = compileAll(((Criterion.AllOf) c).criteria());
                yield s -> {
                    for (Check k : checks) {
                        if (!k.test(s)) {
                            return false;
                        }
                    }
                    return true;
                };
            }
            case ANY_OF -> {
                Check[] checks = compileAll(((Criterion.AnyOf) c).criteria());
                yield s -> {
                    for (Check k : checks) {
                        if (k.test(s)) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            case NOT -> {
                Check inner = compile(((Criterion.Not) c).criterion());
                yield s -> {
                    s.positive = !s.positive;
                    try {
                        return !inner.test(s);
                    } finally {
                        s.positive = !s.positive;
                    }
                };
            }
        };
    }

    private static Check[] compileAll(List<Criterion> criteria) {
        Check[] checks = new Check[criteria.size()];
        for (int i = 0; i < checks.length; i++) {
            checks[i] = compile(criteria.get(i));
        }
        return checks;
    }

    /**
     * Returns whether a criterion is or contains an undervaluation test (RR-11).
     */
    static boolean mentionsUndervaluation(Criterion c) {
        return switch (c.kind()) {
            case UNDERVALUATION -> true;
            case ALL_OF -> ((Criterion.AllOf) c).criteria().stream().anyMatch(Compiler::mentionsUndervaluation);
            case ANY_OF -> ((Criterion.AnyOf) c).criteria().stream().anyMatch(Compiler::mentionsUndervaluation);
            case HS_PREFIX, ORIGIN_COUNTRY, DEPARTURE_COUNTRY, ROUTING_COUNTRY, TRANSHIPMENT_HUB, NAMED_PARTY,
                    PARTY_ON_WATCH_LIST, NEW_TRADER, PRIOR_OFFENCES, VAGUE_DESCRIPTION, THIRD_PARTY_PAYMENT,
                    PAYMENT_METHOD, CONTAINER_ANOMALY, MISSING_PERMIT, AEO_HOLDER, TRANSPORT_MODE, ATTRIBUTE, RANGE,
                    NOT -> false;
        };
    }

    /**
     * Returns whether an item lacks what undervaluation needs: a 6-digit code, an origin, a value
     * or a mass above zero.
     */
    static boolean lacksValuationData(GoodsItem item) {
        return item.commodityCode().length() < 6 || item.origin() == null || item.value() == null
                || item.valuationMassKg() <= 0;
    }

    /**
     * Returns whether a commodity code is truncated (fewer than 6 digits) and one of the prefixes
     * extends it: with the missing digits, the item could fall under the prefix.
     */
    static boolean truncatedBelowAny(String code, String[] prefixes) {
        if (code.length() >= 6) {
            return false;
        }
        for (String p : prefixes) {
            if (p.startsWith(code)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns whether an item's measure lies in a range; a measure the item lacks (no mass, no
     * value) is in range only when missing data is taken at its riskiest.
     */
    static boolean inRange(GoodsItem item, Criterion.Range r, boolean missingFires) {
        double mass = item.valuationMassKg();
        double x;
        switch (r.measure()) {
            case MASS:
                if (mass <= 0) {
                    return missingFires;
                }
                x = mass;
                break;
            case VALUE:
                if (item.value() == null) {
                    return missingFires;
                }
                if (!item.value().currency().getCurrencyCode().equals(r.currency())) {
                    return false;
                }
                x = item.value().amount().doubleValue();
                break;
            case VALUE_PER_KG:
                if (item.value() == null || mass <= 0) {
                    return missingFires;
                }
                if (!item.value().currency().getCurrencyCode().equals(r.currency())) {
                    return false;
                }
                x = item.value().amount().doubleValue() / mass;
                break;
            default:
                throw new IllegalStateException("unknown measure " + r.measure());
        }
        return x >= r.min() && x < r.max();
    }

    static boolean registered(Subject s, TraderId trader, SortedSet<AeoType> types) {
        if (types.isEmpty()) {
            return s.context.registeredAeoOrNull(trader, s.day) != null;
        }
        for (AeoType t : types) {
            if (s.context.isRegistered(trader, t, s.day)) {
                return true;
            }
        }
        return false;
    }

    static boolean isUndervalued(GoodsItem item, RiskContext context, double fraction) {
        String code = item.commodityCode();
        double mass = item.valuationMassKg();
        if (code.length() < 6 || item.origin() == null || item.value() == null || mass <= 0) {
            return false;
        }
        ReferenceValue ref = context.referenceOrNull(code.substring(0, 6), item.origin());
        if (ref == null || !ref.perKg().currency().equals(item.value().currency())) {
            return false;
        }
        double perKg = item.value().amount().doubleValue() / mass;
        return perKg < fraction * ref.perKg().amount().doubleValue();
    }

    static boolean startsWithAny(String code, String[] prefixes) {
        for (String p : prefixes) {
            if (code.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    static boolean inRoles(Party p, SortedSet<PartyRole> roles) {
        return roles.isEmpty() || roles.contains(p.role());
    }

    static boolean isRelated(Declaration d, TraderId payer, SortedSet<PartyRole> roles) {
        for (Party p : d.parties()) {
            if (inRoles(p, roles) && p.id().equals(payer)) {
                return true;
            }
        }
        return false;
    }

    static boolean containsWord(String text, String term) {
        int from = 0;
        while (true) {
            int i = text.indexOf(term, from);
            if (i < 0) {
                return false;
            }
            int end = i + term.length();
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = i + 1;
        }
    }

    static boolean hasDocument(Declaration d, DocumentType type, int sequence) {
        for (SupportingDocument doc : d.documents()) {
            if (doc.type() == type && doc.covers(sequence)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasAnomaly(Declaration d, SortedSet<Criterion.ContainerAnomaly.Kind> kinds) {
        List<Container> containers = d.containers();
        if (kinds.contains(Criterion.ContainerAnomaly.Kind.MISSING_SEAL)
                || kinds.contains(Criterion.ContainerAnomaly.Kind.SEAL_MISMATCH)) {
            for (Container c : containers) {
                if (kinds.contains(Criterion.ContainerAnomaly.Kind.MISSING_SEAL) && c.seals().isEmpty()) {
                    return true;
                }
                if (kinds.contains(Criterion.ContainerAnomaly.Kind.SEAL_MISMATCH) && !c.documentedSeals().isEmpty()
                        && !c.documentedSeals().equals(c.seals())) {
                    return true;
                }
            }
        }
        if (kinds.contains(Criterion.ContainerAnomaly.Kind.DUPLICATE_SEAL) && containers.size() > 1) {
            Set<String> seen = new HashSet<>();
            for (Container c : containers) {
                for (String seal : c.seals()) {
                    if (!seen.add(seal)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
