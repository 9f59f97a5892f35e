package org.passerelle.risk.learn;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.passerelle.model.Declaration;
import org.passerelle.model.DeclarationAttribute;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.Itinerary;
import org.passerelle.model.Money;
import org.passerelle.model.Party;
import org.passerelle.model.PartyRole;
import org.passerelle.model.TraderId;
import org.passerelle.risk.InspectionResult;

/**
 * Small generated inspection histories with a known signal, for the learner's tests: trade-shaped
 * declarations (a commodity code, origin, departure, importer, declarant, office, value and mass)
 * drawn from a seeded generator, labelled irregular by a rule the test knows.
 */
final class Histories {
    static final String[] HS6 = {"392329", "851890", "610910", "940360", "847130", "220421", "030617", "640399",
        "870899", "950300", "330499", "420222"};
    static final String[] COUNTRIES = {"VN", "CN", "TR", "IN", "DE", "US", "TH", "ID", "MY", "BR"};

    private Histories() {
    }

    /** A declaration drawn at random, with the given reference number. */
    static Declaration declaration(SplittableRandom r, int number) {
        String hs6 = HS6[r.nextInt(HS6.length)];
        String origin = COUNTRIES[r.nextInt(COUNTRIES.length)];
        String departure = r.nextInt(4) == 0 ? COUNTRIES[r.nextInt(COUNTRIES.length)] : origin;
        double mass = Math.round(Math.exp(r.nextDouble(0, 9)) * 10) / 10.0 + 1;
        double value = Math.round(mass * Math.exp(r.nextDouble(1, 6)) * 100) / 100.0;
        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(180));
        return Declaration.builder("LRN-" + number)
                .lodgedAt(day.atStartOfDay().toInstant(ZoneOffset.UTC))
                .party(Party.company(PartyRole.CONSIGNEE, TraderId.tin("IMP-" + r.nextInt(60)), "importer", "KR"))
                .party(Party.company(PartyRole.DECLARANT, TraderId.tin("DEC-" + r.nextInt(15)), "declarant", "KR"))
                .item(GoodsItem.builder(1).commodityCode(hs6).description("goods of HS " + hs6).mass(mass, mass)
                        .value(String.valueOf(value), "KRW").origin(origin).build())
                .itinerary(new Itinerary(null, org.passerelle.model.CountryCode.of(departure), null, null, null, null,
                        null, null))
                .attribute(DeclarationAttribute.OFFICE, String.valueOf(10 + r.nextInt(5)))
                .build();
    }

    /** A history of {@code n} declarations, irregular with probability {@code pSignal} when the rule holds, else {@code pNoise}. */
    static List<Inspection> history(long seed, int n, Predicate<Declaration> rule, double pSignal, double pNoise) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Inspection> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Declaration d = declaration(r, (int) (seed % 1000) * 100_000 + i);
            boolean irregular = r.nextDouble() < (rule.test(d) ? pSignal : pNoise);
            out.add(inspected(d, irregular, r.nextInt(10) == 0));
        }
        return out;
    }

    static Inspection inspected(Declaration d, boolean irregular, boolean random) {
        LocalDate day = LocalDate.ofInstant(d.lodgedAt(), ZoneOffset.UTC);
        return new Inspection(d, irregular ? InspectionResult.revenue(d.reference(), day, Money.of("100", "KRW"))
                : InspectionResult.nothingFound(d.reference(), day), random);
    }

    static boolean plasticsFromVietnam(Declaration d) {
        GoodsItem item = d.items().get(0);
        return item.commodityCode().equals("392329") && item.origin().code().equals("VN");
    }

    static Instant at(Declaration d) {
        return d.lodgedAt();
    }
}
