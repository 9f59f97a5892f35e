package org.passerelle.risk;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import org.passerelle.model.AeoAuthorisation;
import org.passerelle.model.Container;
import org.passerelle.model.CountryCode;
import org.passerelle.model.Declaration;
import org.passerelle.model.DocumentType;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.Locode;
import org.passerelle.model.Party;
import org.passerelle.model.PartyRole;
import org.passerelle.model.Payment;
import org.passerelle.model.SupportingDocument;
import org.passerelle.model.TraderId;

/**
 * Compiles criteria into checks and works out their index keys.
 */
final class Compiler {
    private Compiler() {
    }

    static Check compile(Criterion c) {
        if (c instanceof Criterion.HsPrefix) {
            String[] prefixes = ((Criterion.HsPrefix) c).prefixes().toArray(new String[0]);
            return s -> {
                for (GoodsItem item : s.declaration.items()) {
                    if (startsWithAny(item.commodityCode(), prefixes)) {
                        return true;
                    }
                }
                return false;
            };
        } else if (c instanceof Criterion.OriginCountry) {
            Set<CountryCode> countries = Set.copyOf(((Criterion.OriginCountry) c).countries());
            return s -> {
                for (GoodsItem item : s.declaration.items()) {
                    if (item.origin() != null && countries.contains(item.origin())) {
                        return true;
                    }
                }
                return false;
            };
        } else if (c instanceof Criterion.DepartureCountry) {
            Set<CountryCode> countries = Set.copyOf(((Criterion.DepartureCountry) c).countries());
            return s -> {
                CountryCode dep = s.declaration.itinerary().departureCountry();
                return dep != null && countries.contains(dep);
            };
        } else if (c instanceof Criterion.RoutingCountry) {
            List<CountryCode> countries = List.copyOf(((Criterion.RoutingCountry) c).countries());
            return s -> {
                for (CountryCode country : countries) {
                    if (s.declaration.itinerary().isRoutedVia(country)) {
                        return true;
                    }
                }
                return false;
            };
        } else if (c instanceof Criterion.TranshipmentHub) {
            Set<Locode> hubs = Set.copyOf(((Criterion.TranshipmentHub) c).hubs());
            return s -> {
                for (Locode port : s.declaration.itinerary().routingPorts()) {
                    if (hubs.contains(port)) {
                        return true;
                    }
                }
                return false;
            };
        } else if (c instanceof Criterion.NamedParty) {
            Criterion.NamedParty n = (Criterion.NamedParty) c;
            Set<TraderId> parties = Set.copyOf(n.parties());
            SortedSet<PartyRole> roles = n.roles();
            return s -> {
                for (Party p : s.declaration.parties()) {
                    if (inRoles(p, roles) && parties.contains(p.id())) {
                        return true;
                    }
                }
                return false;
            };
        } else if (c instanceof Criterion.PartyOnWatchList) {
            Criterion.PartyOnWatchList w = (Criterion.PartyOnWatchList) c;
            String list = w.watchList();
            SortedSet<PartyRole> roles = w.roles();
            return s -> {
                for (Party p : s.declaration.parties()) {
                    if (inRoles(p, roles) && s.context.isOnWatchList(list, p.id())) {
                        return true;
                    }
                }
                return false;
            };
        } else if (c instanceof Criterion.NewTrader) {
            Criterion.NewTrader n = (Criterion.NewTrader) c;
            int days = n.days();
            SortedSet<PartyRole> roles = n.roles();
            return s -> {
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
        } else if (c instanceof Criterion.PriorOffences) {
            Criterion.PriorOffences o = (Criterion.PriorOffences) c;
            int minimum = o.minimum();
            SortedSet<PartyRole> roles = o.roles();
            return s -> {
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
        } else if (c instanceof Criterion.Undervaluation) {
            double fraction = ((Criterion.Undervaluation) c).fraction();
            return s -> {
                for (GoodsItem item : s.declaration.items()) {
                    if (isUndervalued(item, s.context, fraction)) {
                        return true;
                    }
                }
                return false;
            };
        } else if (c instanceof Criterion.VagueDescription) {
            String[] terms = ((Criterion.VagueDescription) c).terms().toArray(new String[0]);
            return s -> {
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
        } else if (c instanceof Criterion.ThirdPartyPayment) {
            Criterion.ThirdPartyPayment t = (Criterion.ThirdPartyPayment) c;
            SortedSet<Payment.Subject> subjects = t.subjects();
            SortedSet<PartyRole> roles = t.relatedRoles();
            return s -> {
                for (Payment pay : s.declaration.payments()) {
                    if (pay.payer() != null && (subjects.isEmpty() || subjects.contains(pay.subject()))
                            && !isRelated(s.declaration, pay.payer(), roles)) {
                        return true;
                    }
                }
                return false;
            };
        } else if (c instanceof Criterion.PaymentMethodIs) {
            SortedSet<org.passerelle.model.PaymentMethod> methods = ((Criterion.PaymentMethodIs) c).methods();
            return s -> {
                for (Payment pay : s.declaration.payments()) {
                    if (methods.contains(pay.method())) {
                        return true;
                    }
                }
                return false;
            };
        } else if (c instanceof Criterion.ContainerAnomaly) {
            SortedSet<Criterion.ContainerAnomaly.Kind> kinds = ((Criterion.ContainerAnomaly) c).kinds();
            return s -> hasAnomaly(s.declaration, kinds);
        } else if (c instanceof Criterion.MissingPermit) {
            Criterion.MissingPermit m = (Criterion.MissingPermit) c;
            String[] prefixes = m.prefixes().toArray(new String[0]);
            DocumentType permit = m.permit();
            return s -> {
                for (GoodsItem item : s.declaration.items()) {
                    if (startsWithAny(item.commodityCode(), prefixes)
                            && !hasDocument(s.declaration, permit, item.sequence())) {
                        return true;
                    }
                }
                return false;
            };
        } else if (c instanceof Criterion.AeoHolder) {
            Criterion.AeoHolder a = (Criterion.AeoHolder) c;
            SortedSet<PartyRole> roles = a.roles();
            SortedSet<org.passerelle.model.AeoType> types = a.types();
            return s -> {
                for (Party p : s.declaration.parties()) {
                    AeoAuthorisation aeo = p.aeo();
                    if (inRoles(p, roles) && aeo != null && aeo.isValidOn(s.day)
                            && (types.isEmpty() || types.contains(aeo.type()))) {
                        return true;
                    }
                }
                return false;
            };
        } else if (c instanceof Criterion.TransportModeIs) {
            SortedSet<org.passerelle.model.TransportMode> modes = ((Criterion.TransportModeIs) c).modes();
            return s -> s.declaration.transport() != null && modes.contains(s.declaration.transport().mode());
        } else if (c instanceof Criterion.AllOf) {
            Check[] checks = compileAll(((Criterion.AllOf) c).criteria());
            return s -> {
                for (Check k : checks) {
                    if (!k.test(s)) {
                        return false;
                    }
                }
                return true;
            };
        } else if (c instanceof Criterion.AnyOf) {
            Check[] checks = compileAll(((Criterion.AnyOf) c).criteria());
            return s -> {
                for (Check k : checks) {
                    if (k.test(s)) {
                        return true;
                    }
                }
                return false;
            };
        } else if (c instanceof Criterion.Not) {
            Check inner = compile(((Criterion.Not) c).criterion());
            return s -> !inner.test(s);
        }
        throw new IllegalStateException("unknown criterion " + c.getClass().getName());
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
        if (c instanceof Criterion.Undervaluation) {
            return true;
        } else if (c instanceof Criterion.AllOf) {
            return ((Criterion.AllOf) c).criteria().stream().anyMatch(Compiler::mentionsUndervaluation);
        } else if (c instanceof Criterion.AnyOf) {
            return ((Criterion.AnyOf) c).criteria().stream().anyMatch(Compiler::mentionsUndervaluation);
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
