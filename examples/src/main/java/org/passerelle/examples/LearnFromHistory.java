package org.passerelle.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.passerelle.model.CountryCode;
import org.passerelle.model.Declaration;
import org.passerelle.model.DeclarationAttribute;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.Itinerary;
import org.passerelle.model.Money;
import org.passerelle.model.Party;
import org.passerelle.model.PartyRole;
import org.passerelle.model.TraderId;
import org.passerelle.risk.Assessment;
import org.passerelle.risk.InspectionResult;
import org.passerelle.risk.Lane;
import org.passerelle.risk.RiskEngine;
import org.passerelle.risk.RiskPolicy;
import org.passerelle.risk.learn.Feedback;
import org.passerelle.risk.learn.Inspection;
import org.passerelle.risk.learn.LearnedPolicy;
import org.passerelle.risk.learn.Learner;
import org.passerelle.risk.learn.Metrics;

/**
 * Learning a risk profile from inspection history, and explaining one selection.
 *
 * <p>A targeting centre has six months of inspected import declarations (generated here: plastic
 * household articles, HS 3923.29, from Vietnam shipped through China are mostly irregular; the rest
 * rarely). The {@link Learner} turns the history into one additive scorecard of named indicators,
 * with bands chosen on the last month; a new declaration of that kind goes Red and its explanation
 * names the indicators and quotes their evidence; {@link Feedback} then measures the indicators on
 * the month held out.
 */
public final class LearnFromHistory {
    private static final String[] HS6 = {"392329", "851890", "610910", "940360", "847130", "640399"};
    private static final String[] COUNTRIES = {"VN", "CN", "TR", "IN", "DE", "TH"};

    private LearnFromHistory() {
    }

    /**
     * Runs the example, printing to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the example.
     *
     * @param out where to print what happens
     * @return the assessment of the new declaration
     */
    static Assessment run(PrintStream out) {
        List<Inspection> history = history(20240601L, 3000, 0, LocalDate.of(2024, 1, 1), 150);
        List<Inspection> lastMonth = history(20240701L, 600, 5000, LocalDate.of(2024, 7, 1), 28);

        LearnedPolicy learned = Learner.builder().exploration(Lane.YELLOW, 0.02, 7_391_045_118L).build()
                .learn(history, lastMonth);
        RiskPolicy policy = learned.policy();
        out.printf(Locale.ROOT, "== 1. Learned %d indicators from %d candidates on %d inspections%n",
                policy.indicators().size(), learned.candidates(), history.size());
        for (Metrics.Point p : learned.validation()) {
            out.printf(Locale.ROOT, "   last month at %2.0f%% inspected: precision %5.1f%%, recall %5.1f%%%n",
                    p.share() * 100, p.precision() * 100, p.recall() * 100);
        }

        Declaration incoming = declaration("LRN-NEW-1", "392329", "VN", "CN", 1800, "IMP-7", "12",
                LocalDate.of(2024, 8, 5));
        Assessment a = RiskEngine.compile(policy).assess(incoming, policy.context(), incoming.lodgedAt());
        out.println("== 2. A new declaration");
        out.println(a.explanation());

        Feedback f = Feedback.measure(RiskEngine.compile(policy), policy.context(), lastMonth);
        Feedback.Stats stats = f.profiles().get("LEARNED");
        out.printf(Locale.ROOT, "== 3. The learned profile on the month held out: %d selected, hit rate %.0f%% "
                + "(95%% Wilson interval %.0f%% to %.0f%%), lift %.1f over the base rate %.0f%%%n",
                stats.inspections(), stats.hitRate() * 100, stats.low() * 100, stats.high() * 100, stats.lift(),
                f.baseRate() * 100);
        return a;
    }

    private static List<Inspection> history(long seed, int n, int firstNumber, LocalDate from, int days) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Inspection> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String hs6 = HS6[r.nextInt(HS6.length)];
            String origin = COUNTRIES[r.nextInt(COUNTRIES.length)];
            String departure = r.nextInt(3) == 0 ? "CN" : origin;
            LocalDate day = from.plusDays(r.nextInt(days));
            Declaration d = declaration("LRN-" + (firstNumber + i), hs6, origin, departure,
                    Math.round(Math.exp(r.nextDouble(2, 9))), "IMP-" + r.nextInt(40), String.valueOf(10 + r.nextInt(4)),
                    day);
            boolean risky = hs6.equals("392329") && origin.equals("VN") && departure.equals("CN");
            boolean irregular = r.nextDouble() < (risky ? 0.85 : 0.06);
            InspectionResult result = irregular
                    ? InspectionResult.revenue(d.reference(), day.plusDays(1), Money.of("2500", "EUR"))
                    : InspectionResult.nothingFound(d.reference(), day.plusDays(1));
            out.add(new Inspection(d, result, r.nextInt(20) == 0));
        }
        return out;
    }

    private static Declaration declaration(String lrn, String hs6, String origin, String departure, double kg,
            String importer, String office, LocalDate day) {
        return Declaration.builder(lrn).lodgedAt(day.atStartOfDay().toInstant(ZoneOffset.UTC))
                .party(Party.company(PartyRole.CONSIGNEE, TraderId.tin(importer), "Importer " + importer, "NL"))
                .item(GoodsItem.builder(1).commodityCode(hs6).description("goods of HS " + hs6).mass(kg, kg)
                        .value(String.valueOf(kg * 4), "EUR").origin(origin).build())
                .itinerary(new Itinerary(null, CountryCode.of(departure), null, null, null, null, null, null))
                .attribute(DeclarationAttribute.OFFICE, office)
                .build();
    }
}
