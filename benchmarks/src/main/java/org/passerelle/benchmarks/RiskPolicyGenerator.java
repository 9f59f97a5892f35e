package org.passerelle.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.passerelle.model.AeoAuthorisation;
import org.passerelle.model.AeoType;
import org.passerelle.model.Container;
import org.passerelle.model.ContainerNumber;
import org.passerelle.model.CountryCode;
import org.passerelle.model.Declaration;
import org.passerelle.model.DocumentType;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.Itinerary;
import org.passerelle.model.Locode;
import org.passerelle.model.Party;
import org.passerelle.model.PartyRole;
import org.passerelle.model.Payment;
import org.passerelle.model.SupportingDocument;
import org.passerelle.model.PaymentMethod;
import org.passerelle.model.TraderId;
import org.passerelle.model.TransportMeans;
import org.passerelle.model.TransportMode;
import org.passerelle.risk.Criterion;
import org.passerelle.risk.Indicator;
import org.passerelle.risk.Lane;
import org.passerelle.risk.Profile;
import org.passerelle.risk.RiskContext;
import org.passerelle.risk.RiskEngine;
import org.passerelle.risk.ScoreBands;
import org.passerelle.risk.ThreatArea;

/**
 * Generates a seeded risk policy of a given number of indicators, and a stream of generated
 * declarations, over a vocabulary of HS6 codes, origin countries and traders (generated, or taken
 * from the KCS declarations so that the indicators target real trade shapes).
 *
 * <p>The shape follows how targeting is written: a fixed handful of eight generic indicators that
 * cannot be indexed (new trader, undervaluation, vague description, third-party payment, cash,
 * missing seal, missing CITES permit, non-AEO consignee), one in twenty naming a trader for a
 * direct Red intelligence-style profile, and otherwise specific ones: an HS
 * heading or subheading alone or with an origin, an origin, a named trader, a transhipment hub, a
 * country of routing. The generic and specific indicators are grouped five by five into scored
 * profiles.
 */
final class RiskPolicyGenerator {
    static final String[] COUNTRIES = {"CN", "JP", "US", "DE", "VN", "IT", "FR", "TH", "ID", "MY", "IN", "TW",
        "GB", "AU", "CA", "NL", "ES", "MX", "BR", "TR", "PK", "BD", "EG", "AE", "CO", "EC", "PE", "ZA", "NG", "RU"};
    static final String[] HUBS = {"AEJEA", "PAONX", "SGSIN", "MYPKG", "LKCMB", "OMSLL", "MAPTM", "GRPIR"};
    static final Instant NOW = Instant.parse("2024-05-10T09:00:00Z");

    final List<Indicator> indicators = new ArrayList<>();
    final List<Profile> profiles = new ArrayList<>();
    final RiskContext context;
    /** The AEO authorisation of each trader in the context's register. */
    private final Map<TraderId, AeoAuthorisation> registered = new HashMap<>();
    /** The reference values of the comparison policy (HS6, origin, amount per kg, currency); empty otherwise. */
    final List<String[]> references;
    /** Ages in days of the boundary traders of the comparison policy, around the 30, 90 and 365-day windows. */
    static final int[] BOUNDARY_AGES = {0, 1, 29, 30, 31, 89, 90, 91, 364, 365, 366};
    private final boolean ranges;
    private final List<String> hs6;
    private final List<TraderId> traders;
    private final SplittableRandom random;

    /**
     * Generates the policy.
     *
     * @param size the number of indicators, 10 or more: eight generic ones, one intelligence
     *        indicator in twenty, and specific ones
     * @param hs6 the HS6 codes to target
     * @param traders the traders to name
     * @param seed the seed
     */
    RiskPolicyGenerator(int size, List<String> hs6, List<TraderId> traders, long seed) {
        this(size, hs6, traders, seed, null);
    }

    /**
     * Generates the policy of the risk comparison ({@link RiskComparisonBenchmark}): as the plain
     * policy, but one specific indicator in ten is a heading with a range condition on the value
     * per kg (undervaluation below 0.3, 0.5 or 0.8 of the reference) and one in ten a heading with
     * a consignee first seen within 30, 90 or 365 days; the context holds the given reference
     * values and {@link #BOUNDARY_AGES} boundary traders, first seen exactly that many days before
     * {@link #NOW}.
     *
     * @param size the number of indicators
     * @param hs6 the HS6 codes to target
     * @param traders the traders to name
     * @param seed the seed
     * @param references the reference values (HS6, origin, amount per kg, currency), or null for
     *        the plain policy
     */
    RiskPolicyGenerator(int size, List<String> hs6, List<TraderId> traders, long seed, List<String[]> references) {
        this.ranges = references != null;
        this.hs6 = hs6;
        this.traders = traders;
        this.random = new SplittableRandom(seed);
        indicators.add(Indicator.of("G-NEW", ThreatArea.REVENUE, 20, "New consignee",
                Criterion.newTrader(90, PartyRole.CONSIGNEE)));
        indicators.add(Indicator.of("G-UNDER", ThreatArea.REVENUE, 35, "Undervalued", Criterion.undervaluation(0.5)));
        indicators.add(Indicator.of("G-VAGUE", ThreatArea.COUNTERFEITS, 10, "Vague description",
                Criterion.vagueDescription("parts", "samples", "accessories")));
        indicators.add(Indicator.of("G-THIRD", ThreatArea.CASH, 15, "Third-party freight payment",
                Criterion.thirdPartyPayment()));
        indicators.add(Indicator.of("G-CASH", ThreatArea.CASH, 25, "Paid in cash",
                Criterion.paymentMethod(PaymentMethod.CASH)));
        indicators.add(Indicator.of("G-SEAL", ThreatArea.SECURITY, 30, "Container without seal",
                Criterion.containerAnomaly(Criterion.ContainerAnomaly.Kind.MISSING_SEAL)));
        indicators.add(Indicator.of("G-CITES", ThreatArea.WILDLIFE, 60, "Wildlife without CITES permit",
                Criterion.missingPermit(DocumentType.CITES_PERMIT, "0106", "9705")));
        indicators.add(Indicator.of("G-NOAEO", ThreatArea.SECURITY, 5, "Consignee not AEO",
                Criterion.not(Criterion.aeoHolder(null, PartyRole.CONSIGNEE))));
        int intelligence = (size + 19) / 20;
        for (int i = indicators.size(); i < size - intelligence; i++) {
            indicators.add(specific(i));
        }
        List<String> group = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            group.add(indicators.get(i).id().value());
            if (group.size() == 5 || i == indicators.size() - 1) {
                int p = profiles.size();
                Profile.Builder b = Profile.builder("P-" + p).title("Profile " + p).owner("RCA")
                        .threatArea(ThreatArea.values()[p % ThreatArea.values().length])
                        .indicators(group.toArray(new String[0])).valid(LocalDate.of(2024, 1, 1), null);
                profiles.add(b.build());
                group.clear();
            }
        }
        for (int i = 0; i < intelligence; i++) {
            TraderId t = traders.get(random.nextInt(traders.size()));
            String id = "INT-" + i;
            indicators.add(Indicator.of(id, ThreatArea.NARCOTICS, 0, "Named by intelligence", new Criterion.NamedParty(
                    new TreeSet<>(List.of(t)), new TreeSet<>(List.of(PartyRole.CONSIGNEE)))));
            profiles.add(Profile.builder("PI-" + i).title("Intelligence " + i).owner("RCA")
                    .threatArea(ThreatArea.NARCOTICS).indicators(id).directLane(Lane.RED)
                    .valid(LocalDate.of(2024, 1, 1), null).build());
        }
        RiskContext.Builder c = RiskContext.builder();
        Set<TraderId> known = new LinkedHashSet<>(traders.subList(0, traders.size() / 2));
        for (TraderId t : known) {
            c.trader(t, LocalDate.of(2015 + random.nextInt(10), 1 + random.nextInt(12), 1), 0, 0);
        }
        if (references == null) {
            for (int i = 0; i < Math.min(hs6.size(), 500); i++) {
                c.referenceValue(hs6.get(i), COUNTRIES[i % COUNTRIES.length], String.valueOf(5 + random.nextInt(500)),
                        "EUR");
            }
            this.references = List.of();
        } else {
            for (String[] r : references) {
                c.referenceValue(r[0], r[1], r[2], r[3]);
            }
            LocalDate today = LocalDate.ofInstant(NOW, java.time.ZoneOffset.UTC);
            for (int i = 0; i < BOUNDARY_AGES.length; i++) {
                c.trader(boundaryTrader(i), today.minusDays(BOUNDARY_AGES[i]), 0, 0);
            }
            this.references = List.copyOf(references);
        }
        // The AEO register (RR-05): one trader in seven and one exporter in twenty hold an authorisation,
        // valid from or to the day of assessment, expired the day before or valid from the next day.
        LocalDate day = LocalDate.ofInstant(NOW, java.time.ZoneOffset.UTC);
        SplittableRandom aeoDraw = new SplittableRandom(seed ^ 0xAE0L);
        for (int i = 0; i < traders.size(); i += 7) {
            register(c, traders.get(i), aeo(aeoDraw, day));
        }
        for (int i = 0; i < 5000; i += 20) {
            register(c, TraderId.tin("EXP-" + i), aeo(aeoDraw, day));
        }
        context = c.build();
    }

    private void register(RiskContext.Builder c, TraderId trader, AeoAuthorisation authorisation) {
        c.aeo(trader, authorisation);
        registered.put(trader, authorisation);
    }

    private Indicator specific(int i) {
        String id = "S-" + i;
        int weight = 5 + random.nextInt(40);
        String code = hs6.get(random.nextInt(hs6.size()));
        String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
        if (ranges && i % 10 == 8) {
            int days = new int[] {30, 90, 365}[random.nextInt(3)];
            return Indicator.of(id, ThreatArea.REVENUE, weight, "Heading for a new consignee",
                    Criterion.allOf(Criterion.hsPrefix(code.substring(0, 4)), Criterion.newTrader(days, PartyRole.CONSIGNEE)));
        } else if (ranges && i % 10 == 9) {
            double fraction = new double[] {0.3, 0.5, 0.8}[random.nextInt(3)];
            return Indicator.of(id, ThreatArea.REVENUE, weight, "Heading undervalued",
                    Criterion.allOf(Criterion.hsPrefix(code.substring(0, 4)), Criterion.undervaluation(fraction)));
        }
        switch (i % 8) {
            case 0:
            case 1:
                return Indicator.of(id, ThreatArea.REVENUE, weight, "Heading", Criterion.hsPrefix(code.substring(0, 4)));
            case 2:
                return Indicator.of(id, ThreatArea.REVENUE, weight, "Subheading", Criterion.hsPrefix(code));
            case 3:
            case 4:
                return Indicator.of(id, ThreatArea.NARCOTICS, weight, "Heading from origin",
                        Criterion.allOf(Criterion.hsPrefix(code.substring(0, 4)), Criterion.originCountry(country)));
            case 5:
                return Indicator.of(id, ThreatArea.TOBACCO, weight, "Named trader",
                        Criterion.namedParty(traders.get(random.nextInt(traders.size()))));
            case 6:
                return Indicator.of(id, ThreatArea.TOBACCO, weight, "Hub",
                        Criterion.allOf(Criterion.transhipmentHub(HUBS[random.nextInt(HUBS.length)]),
                                Criterion.hsPrefix(code.substring(0, 2))));
            default:
                return Indicator.of(id, ThreatArea.SECURITY, weight, "Origin and routing",
                        Criterion.allOf(Criterion.originCountry(country), Criterion.routingCountry(
                                COUNTRIES[random.nextInt(COUNTRIES.length)])));
        }
    }

    /** Returns the engine of the policy. */
    RiskEngine engine() {
        return RiskEngine.builder().indicators(indicators).profiles(profiles).bands(ScoreBands.of(70, 40, 20))
                .aeoReduction(10).randomRate(Lane.RED, 0.01).randomSeed(42).build();
    }

    /** Generates a vocabulary of HS6 codes. */
    static List<String> generatedHs6(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < count) {
            codes.add(String.format("%02d%02d%02d", 1 + r.nextInt(97), 1 + r.nextInt(90), 10 * r.nextInt(10)));
        }
        return new ArrayList<>(codes);
    }

    /** Generates traders. */
    static List<TraderId> generatedTraders(int count) {
        List<TraderId> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(TraderId.eori("NL" + (100_000_000 + i)));
        }
        return out;
    }

    /** Generates declarations over the vocabulary. */
    List<Declaration> declarations(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Declaration> out = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            Declaration.Builder b = Declaration.builder("GEN-" + n).lodgedAt(NOW.minusSeconds(3600));
            TraderId consignee = traders.get(r.nextInt(traders.size()));
            b.party(Party.company(PartyRole.CONSIGNEE, consignee, "Consignee " + n, "NL"));
            b.party(Party.company(PartyRole.CONSIGNOR, TraderId.tin("EXP-" + r.nextInt(5000)), "Exporter",
                    COUNTRIES[r.nextInt(COUNTRIES.length)]));
            int items = 1 + r.nextInt(3);
            for (int i = 1; i <= items; i++) {
                String code = hs6.get(r.nextInt(hs6.size())) + String.format("%04d", r.nextInt(10_000));
                b.item(GoodsItem.builder(i).commodityCode(code).description(r.nextInt(50) == 0 ? "parts" : "goods item "
                        + code).mass(1000 + r.nextInt(20_000), 900).value(String.valueOf(1000 + r.nextInt(100_000)), "EUR")
                        .origin(COUNTRIES[r.nextInt(COUNTRIES.length)]).build());
            }
            List<Locode> ports = r.nextInt(4) == 0 ? List.of(Locode.of(HUBS[r.nextInt(HUBS.length)])) : List.of();
            b.itinerary(new Itinerary(null, CountryCode.of(COUNTRIES[r.nextInt(COUNTRIES.length)]), ports,
                    List.of(CountryCode.of(COUNTRIES[r.nextInt(COUNTRIES.length)])), Locode.of("NLRTM"), null, null,
                    null));
            b.transport(TransportMeans.of(TransportMode.SEA));
            b.container(Container.of(container(r.nextInt(1_000_000)), "SEAL-" + n));
            b.payment(Payment.of(Payment.Subject.TRANSPORT_CHARGES,
                    r.nextInt(30) == 0 ? PaymentMethod.CASH : PaymentMethod.BANK_TRANSFER));
            out.add(b.build());
        }
        return out;
    }

    /** Returns the boundary trader of {@link #BOUNDARY_AGES} index {@code i}. */
    static TraderId boundaryTrader(int i) {
        return TraderId.eori("NL" + (900_000_000 + i));
    }

    /** Reference values over a generated vocabulary: the first 500 HS6 codes, one origin each, 5 to 504 EUR per kg. */
    static List<String[]> generatedReferences(List<String> hs6, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < Math.min(hs6.size(), 500); i++) {
            out.add(new String[] {hs6.get(i), COUNTRIES[i % COUNTRIES.length], String.valueOf(5 + r.nextInt(500)), "EUR"});
        }
        return out;
    }

    /**
     * Reference values observed in real declarations: for the first 500 distinct HS6 codes, the
     * origin, value per kg (rounded to the cent, at least 0.01) and currency of the first goods item
     * declaring it with an origin, a value and a mass.
     */
    static List<String[]> observedReferences(List<Declaration> declarations) {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (Declaration d : declarations) {
            for (GoodsItem i : d.items()) {
                String code = i.commodityCode();
                if (out.size() < 500 && code.length() >= 6 && i.origin() != null && i.value() != null
                        && i.valuationMassKg() > 0 && !out.containsKey(code.substring(0, 6))) {
                    BigDecimal perKg = i.value().amount().divide(BigDecimal.valueOf(i.valuationMassKg()), 2,
                            RoundingMode.HALF_UP).max(new BigDecimal("0.01"));
                    out.put(code.substring(0, 6), new String[] {code.substring(0, 6), i.origin().code(),
                        perKg.toPlainString(), i.value().currency().getCurrencyCode()});
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * Generates the declarations of the risk comparison: the plain mix, with edge cases at every
     * range condition and scoring rule, drawn at random. Consignees: one in ten a boundary trader
     * (first seen 0 to 366 days ago, at the edges of the 30, 90 and 365-day windows). AEO status
     * comes from the context's register (one trader in seven and one exporter in twenty: AEOC, AEOS
     * or AEOF, valid from or to the day of assessment, expired the day before or valid from the
     * next day); a registered holder claims it on three declarations in four, and one other party in
     * twenty-five claims an authorisation the register does not hold (incomplete, RR-10). Items: one in five at a reference HS6 and origin, valued at
     * 0.29 to 1.5 times the reference per kg (0.3, 0.5 and 0.8 exactly included), some without net
     * mass; live animals and antiques (CITES) with or without a permit covering them; vague and
     * generic descriptions; codes of 4 digits. Containers without seals, freight paid by a third
     * party or by the consignee.
     */
    List<Declaration> comparisonDeclarations(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        LocalDate today = LocalDate.ofInstant(NOW, java.time.ZoneOffset.UTC);
        double[] ratios = {0.29, 0.3, 0.31, 0.49, 0.5, 0.51, 0.79, 0.8, 0.81, 1.5};
        String[] descriptions = {"parts", "Spare parts", "samples of cloth", "car accessories", "goods"};
        List<Declaration> out = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            Declaration.Builder b = Declaration.builder("CMP-" + n).lodgedAt(NOW.minusSeconds(3600));
            TraderId consignee = r.nextInt(10) == 0 ? boundaryTrader(r.nextInt(BOUNDARY_AGES.length))
                    : traders.get(r.nextInt(traders.size()));
            b.party(claiming(Party.company(PartyRole.CONSIGNEE, consignee, "Consignee " + n, "NL"), r, today));
            b.party(claiming(Party.company(PartyRole.CONSIGNOR, TraderId.tin("EXP-" + r.nextInt(5000)), "Exporter",
                    COUNTRIES[r.nextInt(COUNTRIES.length)]), r, today));
            int items = 1 + r.nextInt(3);
            for (int i = 1; i <= items; i++) {
                GoodsItem.Builder item = GoodsItem.builder(i);
                int kind = r.nextInt(100);
                String origin = COUNTRIES[r.nextInt(COUNTRIES.length)];
                double net = r.nextInt(100) == 0 ? 0 : 100 + r.nextInt(5000);
                String value = String.valueOf(1000 + r.nextInt(100_000));
                String currency = "EUR";
                String code;
                if (kind < 20 && !references.isEmpty()) {
                    String[] ref = references.get(r.nextInt(references.size()));
                    code = ref[0] + String.format("%04d", r.nextInt(10_000));
                    origin = ref[1];
                    currency = ref[3];
                    double mass = net > 0 ? net : 1000;
                    value = new BigDecimal(ref[2]).multiply(BigDecimal.valueOf(ratios[r.nextInt(ratios.length)]))
                            .multiply(BigDecimal.valueOf(mass)).setScale(2, RoundingMode.HALF_UP).toPlainString();
                } else if (kind < 23) {
                    code = (r.nextBoolean() ? "0106" : "9705") + String.format("%06d", r.nextInt(1_000_000));
                    if (r.nextBoolean()) {
                        b.document(new SupportingDocument(DocumentType.CITES_PERMIT, "CITES-" + n,
                                new TreeSet<>(List.of(r.nextBoolean() ? i : i + 1))));
                    }
                } else if (kind < 24) {
                    code = hs6.get(r.nextInt(hs6.size())).substring(0, 4);
                } else {
                    code = hs6.get(r.nextInt(hs6.size())) + String.format("%04d", r.nextInt(10_000));
                }
                String description = r.nextInt(25) == 0 ? descriptions[r.nextInt(descriptions.length)]
                        : "goods item " + code;
                b.item(item.commodityCode(code).description(description).mass(net > 0 ? net + 100 : 1000, net)
                        .value(value, currency).origin(origin).build());
            }
            List<Locode> ports = r.nextInt(4) == 0 ? List.of(Locode.of(HUBS[r.nextInt(HUBS.length)])) : List.of();
            b.itinerary(new Itinerary(null, CountryCode.of(COUNTRIES[r.nextInt(COUNTRIES.length)]), ports,
                    List.of(CountryCode.of(COUNTRIES[r.nextInt(COUNTRIES.length)])), Locode.of("NLRTM"), null, null,
                    null));
            b.transport(TransportMeans.of(TransportMode.SEA));
            b.container(r.nextInt(20) == 0 ? Container.of(container(r.nextInt(1_000_000)))
                    : Container.of(container(r.nextInt(1_000_000)), "SEAL-" + n));
            Payment payment = Payment.of(Payment.Subject.TRANSPORT_CHARGES,
                    r.nextInt(30) == 0 ? PaymentMethod.CASH : PaymentMethod.BANK_TRANSFER);
            int payer = r.nextInt(10);
            if (payer == 0) {
                payment = payment.paidBy(TraderId.tin("PAYER-" + r.nextInt(100)), "Payer", "AE");
            } else if (payer == 1) {
                payment = payment.paidBy(consignee, "Consignee " + n, "NL");
            }
            b.payment(payment);
            out.add(b.build());
        }
        return out;
    }

    /**
     * A party as it declares its AEO status: a registered holder claims its authorisation three times
     * in four and claims nothing otherwise (its status still counts: it comes from the register); one
     * other party in twenty-five claims an authorisation the register does not hold (RR-10).
     */
    private Party claiming(Party p, SplittableRandom r, LocalDate today) {
        AeoAuthorisation held = registered.get(p.id());
        if (held != null) {
            return r.nextInt(4) == 0 ? p : p.withAeo(held);
        }
        return r.nextInt(25) == 0 ? p.withAeo(aeo(r, today)) : p;
    }

    private static AeoAuthorisation aeo(SplittableRandom r, LocalDate today) {
        AeoType type = AeoType.values()[r.nextInt(3)];
        switch (r.nextInt(4)) {
            case 0:
                return new AeoAuthorisation(type, today, null);
            case 1:
                return new AeoAuthorisation(type, LocalDate.of(2020, 1, 1), today);
            case 2:
                return new AeoAuthorisation(type, LocalDate.of(2020, 1, 1), today.minusDays(1));
            default:
                return new AeoAuthorisation(type, today.plusDays(1), null);
        }
    }

    /** Returns a valid ISO 6346 number with a serial. */
    private static String container(int serial) {
        String base = String.format("MSKU%06d", serial);
        for (int d = 0; d <= 9; d++) {
            if (ContainerNumber.isValid(base + d)) {
                return base + d;
            }
        }
        throw new IllegalStateException("no check digit for " + base);
    }
}
