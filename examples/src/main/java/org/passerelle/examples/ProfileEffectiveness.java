package org.passerelle.examples;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.passerelle.model.CountryCode;
import org.passerelle.model.Declaration;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.InWords;
import org.passerelle.model.Itinerary;
import org.passerelle.model.Locode;
import org.passerelle.model.Money;
import org.passerelle.model.Party;
import org.passerelle.model.PartyRole;
import org.passerelle.model.Quantity;
import org.passerelle.model.TraderId;
import org.passerelle.risk.Assessment;
import org.passerelle.risk.Criterion;
import org.passerelle.risk.Effectiveness;
import org.passerelle.risk.Indicator;
import org.passerelle.risk.InspectionResult;
import org.passerelle.risk.Lane;
import org.passerelle.risk.Profile;
import org.passerelle.risk.ProfileId;
import org.passerelle.risk.RiskContext;
import org.passerelle.risk.RiskEngine;
import org.passerelle.risk.ScoreBands;
import org.passerelle.risk.Seizure;
import org.passerelle.risk.ThreatArea;

/**
 * Profile effectiveness (RR-09): the results of the inspections are fed back, and a profile whose
 * hit rate stays low after enough inspections is flagged for review.
 *
 * <p>Two profiles select declarations for examination over a month: {@code NARC-FRUIT-01} (bananas
 * from South America via a transhipment hub, new consignee) and {@code APPAREL-VAGUE-02} (clothing
 * declared as plain "garments", from importers known for years). The fruit profile finds cocaine in four of six containers; the
 * apparel profile finds one revenue irregularity in ten. With at least five inspections needed and a
 * minimum hit rate of 20%, the apparel profile is flagged.
 */
public final class ProfileEffectiveness {
    private static final Instant LODGED = Instant.parse("2024-06-03T06:00:00Z");
    private static final LocalDate INSPECTED = LocalDate.of(2024, 6, 4);

    private ProfileEffectiveness() {
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
     * @return the effectiveness figures
     */
    static Effectiveness run(PrintStream out) {
        RiskEngine engine = engine();
        Effectiveness.Builder feedback = Effectiveness.builder("EUR").minInspections(5).minHitRate(0.20);

        out.println("== 1. Selected declarations and what their examination found");
        for (int i = 1; i <= 6; i++) {
            Declaration d = declaration("LRN-F-" + i, "0803.90.10", "fresh bananas", "EC", "PAMIT");
            InspectionResult result = i <= 4
                    ? InspectionResult.seized(d.reference(), INSPECTED,
                            new Seizure("cocaine in banana boxes", Quantity.of(40L * i, "KGM"), ThreatArea.NARCOTICS))
                    : InspectionResult.nothingFound(d.reference(), INSPECTED);
            record(out, feedback, engine.assess(d, RiskContext.EMPTY, LODGED), result);
        }
        RiskContext knownClothingImporters = clothingImporters(10);
        for (int i = 1; i <= 10; i++) {
            Declaration d = declaration("LRN-A-" + i, "6109.10.00", "garments", "BD", null);
            InspectionResult result = i == 3
                    ? InspectionResult.revenue(d.reference(), INSPECTED, Money.of("1200.00", "EUR"))
                    : InspectionResult.nothingFound(d.reference(), INSPECTED);
            record(out, feedback, engine.assess(d, knownClothingImporters, LODGED), result);
        }
        Effectiveness figures = feedback.build();

        out.println();
        out.println("== 2. Effectiveness per profile (at least 5 inspections, hit rate at least 20%)");
        for (Map.Entry<ProfileId, Effectiveness.Tally> e : figures.profiles().entrySet()) {
            print(out, "Profile " + e.getKey(), e.getValue());
        }
        out.println("Per indicator:");
        figures.indicators().forEach((id, t) -> print(out, "  " + id, t));

        out.println();
        out.println("== 3. Flagged for review (RR-09): " + figures.profilesForReview());
        for (ProfileId id : figures.profilesForReview()) {
            Effectiveness.Tally t = figures.profiles().get(id);
            out.println("Profile " + id + " found something in " + t.hits() + " of " + t.inspections()
                    + " examinations: its indicators and weights should be reviewed, or the profile retired.");
        }
        return figures;
    }

    private static void record(PrintStream out, Effectiveness.Builder feedback, Assessment a, InspectionResult r) {
        feedback.record(a, r);
        String found = r.seizure() != null ? "seized " + InWords.quantity(r.seizure().quantity()) + " of " + r.seizure().description()
                : r.revenueRecovered() != null ? "revenue recovered " + r.revenueRecovered() : "nothing found";
        out.println(a.declarationReference() + ": lane " + a.lane() + ", score " + a.score() + ", profiles "
                + a.firedProfiles().stream().filter(p -> p.lane() != Lane.GREEN).map(p -> p.id().value()).toList()
                + " -> " + found);
    }

    private static void print(PrintStream out, String label, Effectiveness.Tally t) {
        out.println(label + ": inspections " + t.inspections() + ", hits " + t.hits() + ", seizures " + t.seizures()
                + ", hit rate " + Math.round(t.hitRate() * 100) + "%, revenue " + t.revenueRecovered());
    }

    private static RiskEngine engine() {
        return RiskEngine.builder()
                .indicators(
                        Indicator.of("BANANAS", ThreatArea.NARCOTICS, 10,
                                "Bananas (HS 0803), a frequent cover load for cocaine", Criterion.hsPrefix("0803")),
                        Indicator.of("SOURCE_COUNTRY", ThreatArea.NARCOTICS, 25,
                                "Goods from a cocaine source or transit country", Criterion.originCountry("EC", "CO")),
                        Indicator.of("TRANSHIPMENT_HUB", ThreatArea.NARCOTICS, 25,
                                "Routed via a transhipment hub", Criterion.transhipmentHub("PAMIT")),
                        Indicator.of("NEW_TRADER", ThreatArea.NARCOTICS, 20,
                                "Consignee first seen less than 90 days ago",
                                Criterion.newTrader(90, PartyRole.CONSIGNEE)),
                        Indicator.of("APPAREL", ThreatArea.REVENUE, 40, "Knitted apparel (HS 61)",
                                Criterion.hsPrefix("61")),
                        Indicator.of("VAGUE_DESCRIPTION", ThreatArea.REVENUE, 35,
                                "Goods described only as \"garments\"", Criterion.vagueDescription("garments")))
                .profiles(
                        Profile.builder("NARC-FRUIT-01").title("Cocaine in fresh fruit from South America")
                                .owner("RCA").threatArea(ThreatArea.NARCOTICS)
                                .indicators("BANANAS", "SOURCE_COUNTRY", "TRANSHIPMENT_HUB", "NEW_TRADER")
                                .valid(LocalDate.of(2024, 1, 1), null).build(),
                        Profile.builder("APPAREL-VAGUE-02").title("Undervalued clothing with vague descriptions")
                                .owner("RCA").threatArea(ThreatArea.REVENUE)
                                .indicators("APPAREL", "VAGUE_DESCRIPTION").valid(LocalDate.of(2024, 1, 1), null).build())
                .bands(ScoreBands.of(70, 40, 20))
                .build();
    }

    private static RiskContext clothingImporters(int count) {
        RiskContext.Builder context = RiskContext.builder();
        for (int i = 1; i <= count; i++) {
            context.trader(consignee("LRN-A-" + i), LocalDate.of(2016, 2, 1), 0, 0);
        }
        return context.build();
    }

    private static TraderId consignee(String lrn) {
        return TraderId.tin("C-" + lrn);
    }

    private static Declaration declaration(String lrn, String hs, String description, String origin, String hub) {
        return Declaration.builder(lrn).lodgedAt(LODGED)
                .party(Party.company(PartyRole.CONSIGNEE, consignee(lrn), "Consignee of " + lrn, "LU"))
                .item(GoodsItem.builder(1).commodityCode(hs).description(description).quantity(1000, "CT")
                        .mass(20_000, 18_000).value("20000.00", "EUR").origin(origin).build())
                .itinerary(new Itinerary(null, CountryCode.of(origin), hub == null ? List.of() : List.of(Locode.of(hub)),
                        List.of(), Locode.of("BEANR"), null, null, null))
                .build();
    }
}
