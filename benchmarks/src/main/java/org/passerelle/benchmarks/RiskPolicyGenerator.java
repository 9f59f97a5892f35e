package org.passerelle.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
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
        for (int i = 0; i < Math.min(hs6.size(), 500); i++) {
            c.referenceValue(hs6.get(i), COUNTRIES[i % COUNTRIES.length], String.valueOf(5 + random.nextInt(500)),
                    "EUR");
        }
        context = c.build();
    }

    private Indicator specific(int i) {
        String id = "S-" + i;
        int weight = 5 + random.nextInt(40);
        String code = hs6.get(random.nextInt(hs6.size()));
        String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
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
