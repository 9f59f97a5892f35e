package org.passerelle.benchmarks;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.conf.KieBaseOption;
import org.kie.api.conf.SequentialOption;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.internal.utils.KieHelper;
import org.passerelle.model.AeoAuthorisation;
import org.passerelle.model.Container;
import org.passerelle.model.CountryCode;
import org.passerelle.model.Declaration;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.Locode;
import org.passerelle.model.Party;
import org.passerelle.model.Payment;
import org.passerelle.model.SupportingDocument;
import org.passerelle.model.TraderId;
import org.passerelle.risk.Criterion;
import org.passerelle.risk.Indicator;
import org.passerelle.risk.ReferenceValue;
import org.passerelle.risk.RiskContext;
import org.passerelle.risk.TraderHistory;

/**
 * Drools (10.2.0, drools-engine-classic) on the canonical indicator set: one generated DRL rule per
 * indicator, built once with {@code KieHelper} into a KieBase, run with one reused
 * {@link StatelessKieSession} on the declaration flattened into facts ({@link RiskFacts}); each
 * rule's consequence records its indicator in the global {@code hits}, and the shared
 * {@link RiskScoring} turns the fired set into a score and a lane, as for the hand-written
 * baseline.
 *
 * <p>Translation: every leaf criterion becomes an {@code exists} over the facts it is about (so that
 * a rule fires once, like an indicator), a conjunction their sequence, a disjunction an {@code or}, a
 * negation a {@code not}. Commodity code prefixes of 2, 4 and 6 digits are equality constraints on
 * {@code hs2}/{@code hs4}/{@code hs6}, which the Rete network hashes; the range conditions stay in
 * the rules: {@code valuePerKg < referencePerKg * fraction} (undervaluation), {@code ageDays < days}
 * (first seen within the window), {@code aeoFrom <= day, aeoTo >= day} (AEO valid on the day). The
 * flattening looks up what a fact needs from the context (first-seen day, reference value, the AEO
 * authorisation of the register valid on the day: a claim on the declaration is not a fact), as an
 * application feeding Drools would; it is part of the timed path. A second KieBase holds the same
 * rules with the missing data at its riskiest (RR-10: a truncated code falls under every prefix that
 * extends it, an item without an origin has every origin, an item without what undervaluation needs
 * is undervalued; not under a negation), run only when {@link RiskScoring} asks for it.
 */
final class DroolsRisk implements RiskContender {
    private final StatelessKieSession session;
    private final StatelessKieSession riskiestSession;
    private final RiskScoring.Riskiest riskiest = this::firedAtRiskiest;
    private final KieBase base;
    private final ThreadLocal<KieSession> stateful;
    private final Mode mode;

    /** How the rules are run. */
    enum Mode {
        /** One reused {@link StatelessKieSession}: a new working memory per declaration (the documented use). */
        STATELESS,
        /** The same, with the KieBase in sequential mode ({@code SequentialOption.YES}). */
        SEQUENTIAL,
        /** One stateful {@link KieSession} per thread, reused: insert the facts, fire, delete them. */
        STATEFUL
    }
    private final RiskFacts.Hits hits = new RiskFacts.Hits();
    private final RiskScoring scoring;
    private final RiskContext context;
    private final LocalDate day;
    /** Milliseconds to generate the DRL and build the KieBase (the first, cold, build in the JVM includes class loading). */
    final long buildMillis;
    /** The size of the DRL, in characters. */
    final int drlChars;

    DroolsRisk(RiskPolicyGenerator g) {
        this(g, Mode.STATELESS);
    }

    DroolsRisk(RiskPolicyGenerator g, Mode mode) {
        this.mode = mode;
        long t0 = System.nanoTime();
        day = LocalDate.ofInstant(RiskPolicyGenerator.NOW, ZoneOffset.UTC);
        scoring = new RiskScoring(g.indicators, g.profiles, g.engine().settings(), g.context);
        context = g.context;
        String drl = drl(g.indicators, mode == Mode.STATEFUL, false);
        drlChars = drl.length();
        KieHelper helper = new KieHelper();
        helper.addContent(drl, ResourceType.DRL);
        base = mode == Mode.SEQUENTIAL ? helper.build(SequentialOption.YES) : helper.build(new KieBaseOption[0]);
        session = base.newStatelessKieSession();
        session.setGlobal("hits", hits);
        KieHelper riskiestHelper = new KieHelper();
        riskiestHelper.addContent(drl(g.indicators, false, true), ResourceType.DRL);
        riskiestSession = riskiestHelper.build(new KieBaseOption[0]).newStatelessKieSession();
        riskiestSession.setGlobal("hits", hits);
        stateful = ThreadLocal.withInitial(() -> {
            KieSession k = base.newKieSession();
            k.setGlobal("hits", hits);
            return k;
        });
        buildMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    /**
     * The translation: one DRL document, one rule per indicator (named by its number and id). For a
     * reused stateful session ({@code anchored}), every rule first matches the declaration's
     * {@code Shipment} fact: otherwise a negation that stays true from one declaration to the next
     * fires only once, and an {@code exists} whose facts are deleted and inserted again between two
     * firings does not fire again (Phreak propagates lazily, the two changes cancel out).
     */
    static String drl(List<Indicator> indicators, boolean anchored, boolean atRiskiest) {
        StringBuilder d = new StringBuilder(1 << 16);
        d.append("package org.passerelle.benchmarks.riskrules;\n");
        for (Class<?> c : new Class<?>[] {RiskFacts.Hits.class, RiskFacts.Item.class, RiskFacts.PartyFact.class,
            RiskFacts.PaymentFact.class, RiskFacts.ContainerFact.class, RiskFacts.Port.class, RiskFacts.Route.class,
            RiskFacts.DocumentFact.class, RiskFacts.Shipment.class}) {
            d.append("import ").append(c.getCanonicalName()).append(";\n");
        }
        d.append("global Hits hits;\n\n");
        for (int k = 0; k < indicators.size(); k++) {
            Indicator ind = indicators.get(k);
            int[] vars = {0};
            String ce = ce(ind.criterion(), vars, atRiskiest);
            d.append("rule \"").append(k).append(' ').append(ind.id().value()).append("\"\nwhen\n  ")
                    .append(anchored ? "Shipment()\n  " : "").append(ce).append("\nthen\n  hits.fire(").append(k).append(");\nend\n");
        }
        return d.toString();
    }

    /** A conditional element that holds when the criterion does. */
    private static String ce(Criterion c, int[] vars, boolean atRiskiest) {
        if (c instanceof Criterion.AllOf) {
            return ((Criterion.AllOf) c).criteria().stream().map(x -> ce(x, vars, atRiskiest))
                    .collect(Collectors.joining("\n  "));
        } else if (c instanceof Criterion.AnyOf) {
            return "(" + ((Criterion.AnyOf) c).criteria().stream().map(x -> "(" + ce(x, vars, atRiskiest) + ")")
                    .collect(Collectors.joining(" or ")) + ")";
        } else if (c instanceof Criterion.Not) {
            Criterion inner = ((Criterion.Not) c).criterion();
            if (inner instanceof Criterion.AllOf || inner instanceof Criterion.AnyOf || inner instanceof Criterion.Not) {
                throw new IllegalArgumentException("negated composition not translated: " + c);
            }
            return "not( " + pattern(inner, vars, false) + " )";
        }
        return "exists( " + pattern(c, vars, atRiskiest) + " )";
    }

    /** The pattern (or conjunction of patterns) of a leaf criterion, matched once per fact combination. */
    private static String pattern(Criterion c, int[] vars, boolean atRiskiest) {
        if (c instanceof Criterion.HsPrefix) {
            return "Item(" + prefixes(((Criterion.HsPrefix) c).prefixes(), atRiskiest) + ")";
        } else if (c instanceof Criterion.OriginCountry) {
            return "Item(" + oneOf("origin", codes(((Criterion.OriginCountry) c).countries()))
                    + (atRiskiest ? " || origin == null" : "") + ")";
        } else if (c instanceof Criterion.RoutingCountry) {
            return "Route(" + oneOf("country", codes(((Criterion.RoutingCountry) c).countries())) + ")";
        } else if (c instanceof Criterion.TranshipmentHub) {
            return "Port(" + oneOf("code", ((Criterion.TranshipmentHub) c).hubs().stream().map(Locode::code).toList()) + ")";
        } else if (c instanceof Criterion.NamedParty) {
            Criterion.NamedParty n = (Criterion.NamedParty) c;
            return "PartyFact(" + roles(n.roles()) + oneOf("id", n.parties().stream().map(DroolsRisk::key).toList()) + ")";
        } else if (c instanceof Criterion.NewTrader) {
            Criterion.NewTrader n = (Criterion.NewTrader) c;
            return "PartyFact(" + roles(n.roles()) + "ageDays < " + n.days() + ")";
        } else if (c instanceof Criterion.Undervaluation) {
            return "Item(valuePerKg < referencePerKg * " + ((Criterion.Undervaluation) c).fraction()
                    + (atRiskiest ? " || lacksValuationData" : "") + ")";
        } else if (c instanceof Criterion.VagueDescription) {
            return "Item(" + ((Criterion.VagueDescription) c).terms().stream().map(t -> "hasWord(" + quote(t) + ")")
                    .collect(Collectors.joining(" || ")) + ")";
        } else if (c instanceof Criterion.ThirdPartyPayment) {
            Criterion.ThirdPartyPayment t = (Criterion.ThirdPartyPayment) c;
            String v = "$pay" + vars[0]++;
            String subjects = t.subjects().isEmpty() ? "" : "subject in (" + t.subjects().stream()
                    .map(s -> quote(s.name())).collect(Collectors.joining(", ")) + "), ";
            return "( " + v + " : PaymentFact(" + subjects + "payer != null) and not PartyFact(" + roles(t.relatedRoles())
                    + "id == " + v + ".payer) )";
        } else if (c instanceof Criterion.PaymentMethodIs) {
            return "PaymentFact(" + oneOf("method", ((Criterion.PaymentMethodIs) c).methods().stream().map(Enum::name)
                    .toList()) + ")";
        } else if (c instanceof Criterion.ContainerAnomaly
                && ((Criterion.ContainerAnomaly) c).kinds().equals(Set.of(Criterion.ContainerAnomaly.Kind.MISSING_SEAL))) {
            return "ContainerFact(seals == 0)";
        } else if (c instanceof Criterion.MissingPermit) {
            Criterion.MissingPermit m = (Criterion.MissingPermit) c;
            String v = "$item" + vars[0]++;
            return "( " + v + " : Item(" + prefixes(m.prefixes(), atRiskiest) + ") and not DocumentFact(type == "
                    + quote(m.permit().name()) + ", item == 0 || item == " + v + ".sequence) )";
        } else if (c instanceof Criterion.AeoHolder) {
            Criterion.AeoHolder a = (Criterion.AeoHolder) c;
            String types = a.types().isEmpty() ? "aeoType != null" : "aeoType in (" + a.types().stream()
                    .map(t -> quote(t.name())).collect(Collectors.joining(", ")) + ")";
            return "PartyFact(" + roles(a.roles()) + types + ", aeoFrom <= day, aeoTo >= day)";
        }
        throw new IllegalArgumentException("criterion not translated to DRL: " + c);
    }

    private static String prefixes(Set<String> prefixes, boolean atRiskiest) {
        return prefixes.stream().map(p -> (p.length() == 2 || p.length() == 4 || p.length() == 6
                ? "hs" + p.length() + " == " + quote(p) : "code str[startsWith] " + quote(p))
                + (atRiskiest ? " || truncatedUnder(" + quote(p) + ")" : ""))
                .collect(Collectors.joining(" || "));
    }

    private static List<String> codes(Set<CountryCode> countries) {
        return countries.stream().map(CountryCode::code).toList();
    }

    private static String roles(Set<?> roles) {
        return roles.isEmpty() ? "" : oneOf("role", roles.stream().map(Object::toString).toList()) + ", ";
    }

    /** An equality for one value (which the Rete network hashes), else {@code in}. */
    private static String oneOf(String field, List<String> values) {
        return values.size() == 1 ? field + " == " + quote(values.get(0))
                : field + " in (" + values.stream().map(DroolsRisk::quote).collect(Collectors.joining(", ")) + ")";
    }

    private static String quote(String s) {
        return '"' + s + '"';
    }

    private static String key(TraderId t) {
        return t.scheme().name() + ':' + t.value();
    }

    /** Flattens a declaration into the facts of the rules. */
    List<Object> facts(Declaration d) {
        List<Object> facts = new ArrayList<>(8);
        long epochDay = day.toEpochDay();
        for (GoodsItem i : d.items()) {
            double mass = i.valuationMassKg();
            // Not NaN: Drools orders NaN above every number (Double.compare), so "x < NaN" would hold.
            double perKg = i.value() == null || mass <= 0 ? Double.POSITIVE_INFINITY : i.value().amount().doubleValue() / mass;
            double reference = 0;
            String code = i.commodityCode();
            if (code.length() >= 6 && i.origin() != null && i.value() != null) {
                ReferenceValue r = context.referenceValue(code.substring(0, 6), i.origin()).orElse(null);
                if (r != null && r.perKg().currency().equals(i.value().currency())) {
                    reference = r.perKg().amount().doubleValue();
                }
            }
            facts.add(new RiskFacts.Item(i.sequence(), code, i.origin() == null ? null : i.origin().code(),
                    i.description(), perKg, reference, code.length() < 6 || i.origin() == null || i.value() == null
                            || mass <= 0));
        }
        for (Party p : d.parties()) {
            TraderHistory h = context.history(p.id()).orElse(null);
            AeoAuthorisation aeo = context.registeredAeo(p.id(), day).orElse(null);
            facts.add(new RiskFacts.PartyFact(p.role().name(), key(p.id()),
                    h == null ? Long.MIN_VALUE : epochDay - h.firstSeen().toEpochDay(),
                    aeo == null ? null : aeo.type().name(), aeo == null ? 0 : aeo.validFrom().toEpochDay(),
                    aeo == null || aeo.validTo() == null ? Long.MAX_VALUE : aeo.validTo().toEpochDay(), epochDay));
        }
        for (Payment pay : d.payments()) {
            facts.add(new RiskFacts.PaymentFact(pay.subject().name(), pay.method().name(),
                    pay.payer() == null ? null : key(pay.payer())));
        }
        for (Container c : d.containers()) {
            facts.add(new RiskFacts.ContainerFact(c.seals().size()));
        }
        for (CountryCode c : d.itinerary().routingCountries()) {
            facts.add(new RiskFacts.Route(c.code()));
        }
        for (Locode port : d.itinerary().routingPorts()) {
            facts.add(new RiskFacts.Port(port.code()));
            facts.add(new RiskFacts.Route(port.code().substring(0, 2)));
        }
        for (SupportingDocument doc : d.documents()) {
            if (doc.items().isEmpty()) {
                facts.add(new RiskFacts.DocumentFact(doc.type().name(), 0));
            } else {
                for (int item : doc.items()) {
                    facts.add(new RiskFacts.DocumentFact(doc.type().name(), item));
                }
            }
        }
        return facts;
    }

    @Override
    public String name() {
        return mode == Mode.SEQUENTIAL ? "droolsSequential" : mode == Mode.STATEFUL ? "droolsStateful" : "drools";
    }

    @Override
    public Object assess(Declaration d) {
        hits.reset();
        if (mode == Mode.STATEFUL) {
            KieSession k = stateful.get();
            List<Object> facts = facts(d);
            FactHandle[] handles = new FactHandle[facts.size() + 1];
            for (int i = 0; i < facts.size(); i++) {
                handles[i] = k.insert(facts.get(i));
            }
            handles[facts.size()] = k.insert(new RiskFacts.Shipment());
            k.fireAllRules();
            for (FactHandle h : handles) {
                k.delete(h);
            }
        } else {
            session.execute(facts(d));
        }
        int[] b = hits.current();
        int count = b[0];
        int[] fired = new int[Math.max(count, 1)];
        System.arraycopy(b, 1, fired, 0, count);
        return scoring.score(d, day, fired, count, riskiest);
    }

    private int[] firedAtRiskiest(Declaration d) {
        hits.reset();
        riskiestSession.execute(facts(d));
        int[] b = hits.current();
        return Arrays.copyOfRange(b, 1, 1 + b[0]);
    }

    @Override
    public Outcome outcome(Object result) {
        return RiskContender.outcome(scoring, (RiskScoring.Scored) result);
    }
}
