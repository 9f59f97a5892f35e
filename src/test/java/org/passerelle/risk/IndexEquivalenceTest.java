package org.passerelle.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.passerelle.model.Declaration;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.Itinerary;
import org.passerelle.model.Locode;
import org.passerelle.model.Party;
import org.passerelle.model.PartyRole;
import org.passerelle.model.TraderId;

/**
 * The indexes only skip indicators that cannot fire: an engine whose criteria are all wrapped in
 * {@code not(not(...))} (which no index can see through, so every indicator is evaluated) fires
 * exactly the same profiles on a seeded stream of generated declarations.
 */
class IndexEquivalenceTest {
    private static final String[] HS = {"240311", "240220", "080390", "090111", "930190", "850440", "610910", "300490"};
    private static final String[] COUNTRIES = {"EG", "CN", "CO", "EC", "AE", "TR", "IN", "BR", "PA", "NL"};
    private static final String[] HUBS = {"AEJEA", "PAONX", "SGSIN", "MTMAR", "NLRTM"};

    private static Criterion randomCriterion(SplittableRandom r, int depth) {
        int kind = r.nextInt(depth > 1 ? 8 : 10);
        switch (kind) {
            case 0:
                String hs = HS[r.nextInt(HS.length)];
                return Criterion.hsPrefix(hs.substring(0, 2 + 2 * r.nextInt(3)));
            case 1:
                return Criterion.originCountry(COUNTRIES[r.nextInt(COUNTRIES.length)]);
            case 2:
                return Criterion.departureCountry(COUNTRIES[r.nextInt(COUNTRIES.length)]);
            case 3:
                return Criterion.routingCountry(COUNTRIES[r.nextInt(COUNTRIES.length)]);
            case 4:
                return Criterion.transhipmentHub(HUBS[r.nextInt(HUBS.length)]);
            case 5:
                return Criterion.namedParty(TraderId.tin("T-" + r.nextInt(50)));
            case 6:
                return Criterion.newTrader(30 + r.nextInt(300));
            case 7:
                return new Criterion.AttributeIs(org.passerelle.model.DeclarationAttribute.OFFICE,
                        new java.util.TreeSet<>(List.of("1" + r.nextInt(3))));
            case 8:
                return Criterion.allOf(randomCriterion(r, depth + 1), randomCriterion(r, depth + 1));
            default:
                return Criterion.anyOf(randomCriterion(r, depth + 1), randomCriterion(r, depth + 1));
        }
    }

    private static RiskEngine engine(List<Criterion> criteria, boolean opaque) {
        RiskEngine.Builder b = RiskEngine.builder();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = opaque ? Criterion.not(Criterion.not(criteria.get(i))) : criteria.get(i);
            b.indicators(Indicator.of("I" + i, ThreatArea.REVENUE, 10, "reason " + i, c));
            b.profiles(Profile.builder("P" + i).title("p").owner("RCA").threatArea(ThreatArea.REVENUE)
                    .indicators("I" + i).directLane(Lane.BLUE).valid(LocalDate.parse("2020-01-01"), null).build());
        }
        return b.build();
    }

    private static Declaration declaration(SplittableRandom r, int i) {
        Declaration.Builder b = Declaration.builder("LRN-X" + i).lodgedAt(Fixtures.NOW)
                .party(Party.company(PartyRole.CONSIGNEE, TraderId.tin("T-" + r.nextInt(50)), "c", "NL"));
        int items = 1 + r.nextInt(3);
        for (int k = 1; k <= items; k++) {
            b.item(GoodsItem.builder(k).commodityCode(HS[r.nextInt(HS.length)] + "00").description("goods item " + k)
                    .origin(COUNTRIES[r.nextInt(COUNTRIES.length)]).build());
        }
        List<Locode> ports = new ArrayList<>();
        if (r.nextBoolean()) {
            ports.add(Locode.of(HUBS[r.nextInt(HUBS.length)]));
        }
        b.itinerary(new Itinerary(null, org.passerelle.model.CountryCode.of(COUNTRIES[r.nextInt(COUNTRIES.length)]),
                ports, List.of(), null, null, null, null));
        if (r.nextInt(4) > 0) {
            b.attribute(org.passerelle.model.DeclarationAttribute.OFFICE, "1" + r.nextInt(4));
        }
        return b.build();
    }

    @Test
    void indexedAndUnindexedEnginesFireTheSameProfiles() {
        SplittableRandom r = new SplittableRandom(6346);
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            criteria.add(randomCriterion(r, 0));
        }
        RiskEngine indexed = engine(criteria, false);
        RiskEngine opaque = engine(criteria, true);
        RiskContext ctx = RiskContext.builder().trader(TraderId.tin("T-1"), Fixtures.TODAY.minusDays(100), 0, 0).build();
        int fired = 0;
        for (int i = 0; i < 2_000; i++) {
            Declaration d = declaration(r, i);
            List<String> a = ids(indexed.assess(d, ctx, Fixtures.NOW));
            List<String> b = ids(opaque.assess(d, ctx, Fixtures.NOW));
            assertThat(a).as("declaration %s", i).isEqualTo(b);
            fired += a.size();
        }
        assertThat(fired).as("the stream exercises the indicators").isGreaterThan(10_000);
    }

    @Test
    void threadsSharingAnEngineGetTheSameAssessmentsAsOneThread() throws Exception {
        SplittableRandom r = new SplittableRandom(1);
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            criteria.add(randomCriterion(r, 0));
        }
        RiskEngine engine = engine(criteria, false);
        List<Declaration> declarations = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            declarations.add(declaration(r, i));
        }
        List<List<String>> expected = new ArrayList<>();
        for (Declaration d : declarations) {
            expected.add(ids(engine.assess(d, RiskContext.EMPTY, Fixtures.NOW)));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<List<String>>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t * 125;
                runs.add(pool.submit(() -> {
                    List<List<String>> got = new ArrayList<>();
                    for (int i = 0; i < declarations.size(); i++) {
                        got.add(ids(engine.assess(declarations.get((i + offset) % declarations.size()),
                                RiskContext.EMPTY, Fixtures.NOW)));
                    }
                    java.util.Collections.rotate(got, offset);
                    return got;
                }));
            }
            for (java.util.concurrent.Future<List<List<String>>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> ids(Assessment a) {
        List<String> ids = new ArrayList<>();
        a.firedProfiles().forEach(p -> ids.add(p.id().value()));
        return ids;
    }
}
