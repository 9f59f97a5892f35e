package org.passerelle.risk;

import java.time.Instant;
import java.time.LocalDate;
import org.passerelle.bridge.IntelligenceLinks;
import org.passerelle.model.AeoAuthorisation;
import org.passerelle.model.AeoType;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyKind;
import org.passerelle.model.Container;
import org.passerelle.model.Declaration;
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
import org.passerelle.model.HandlingCode;
import org.passerelle.sharing.InformationCategory;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.ItemField;
import org.passerelle.model.ItemId;
import org.passerelle.model.Markings;
import org.passerelle.sharing.SourceRestrictions;
import org.passerelle.model.TlpLabel;

import java.util.List;
import java.util.Set;

/**
 * The fictional world of scenario SC-10 of the domain brief: Ruritania Customs (RCA) targeting
 * water-pipe tobacco routed through a free-zone hub.
 */
final class Fixtures {
    static final Instant NOW = Instant.parse("2024-05-10T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2024-05-10");

    static final TraderId NEW_CONSIGNEE = TraderId.eori("RU100000001");
    static final TraderId AEO_CONSIGNEE = TraderId.eori("RU200000002");
    static final TraderId CONSIGNOR = TraderId.tin("EG-4455667");
    static final TraderId UNRELATED_PAYER = TraderId.tin("PAYER-77");
    static final String HUB = "AEJEA";
    static final String INTEL_ITEM = "IR-2024-0917";
    static final String INTEL_TITLE = "RNP tip-off on Orchid Trading";
    static final String INTEL_REASON = "Consignee named in RNP drugs unit report";

    private Fixtures() {
    }

    static Indicator newTrader() {
        return Indicator.of("NEW_TRADER", ThreatArea.REVENUE, 20, "Consignee first seen less than 90 days ago",
                Criterion.newTrader(90, PartyRole.CONSIGNEE));
    }

    static Indicator undervaluation() {
        return Indicator.of("UNDERVALUATION", ThreatArea.REVENUE, 35,
                "Declared value per kg below half the reference for the HS6 subheading and origin",
                Criterion.undervaluation(0.5));
    }

    static Indicator transhipmentHub() {
        return Indicator.of("TRANSHIPMENT_HUB", ThreatArea.TOBACCO, 15, "Routed via a free-zone transhipment hub",
                Criterion.transhipmentHub(HUB));
    }

    static Indicator thirdPartyPayment() {
        return Indicator.of("THIRD_PARTY_PAYMENT", ThreatArea.REVENUE, 15,
                "Freight paid by a party unrelated to the consignment", Criterion.thirdPartyPayment());
    }

    static Indicator consigneeNamed() {
        return Indicator.of("CONSIGNEE_NAMED", ThreatArea.TOBACCO, 0, INTEL_REASON,
                new Criterion.NamedParty(new java.util.TreeSet<>(Set.of(AEO_CONSIGNEE)),
                        new java.util.TreeSet<>(Set.of(PartyRole.CONSIGNEE))));
    }

    static Profile tobaccoProfile() {
        return Profile.builder("TOB-VALUE-01")
                .title("Water-pipe tobacco: new traders, low values, hub routing")
                .owner("RCA-RTC")
                .threatArea(ThreatArea.TOBACCO)
                .indicators("NEW_TRADER", "UNDERVALUATION", "TRANSHIPMENT_HUB", "THIRD_PARTY_PAYMENT")
                .valid(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"))
                .build();
    }

    static InformationItem intelligence(Markings markings) {
        return new InformationItem(ItemId.of(INTEL_ITEM), INTEL_TITLE, org.passerelle.model.AgencyId.of("RNP-DRUGS"),
                null, InformationCategory.INTELLIGENCE_REPORT, new java.util.TreeSet<>(Set.of(ItemField.personal("subject"))),
                markings, new SourceRestrictions(null, null, null, LocalDate.parse("2025-12-31"), false), null, null, false);
    }

    static Markings restricted() {
        return Markings.of(TlpLabel.AMBER_STRICT).withHandling(HandlingCode.H2, null);
    }

    static Profile intelProfile(Markings markings) {
        return Profile.builder("INT-0042")
                .title(INTEL_TITLE)
                .owner("RCA-RTC")
                .threatArea(ThreatArea.TOBACCO)
                .indicators("CONSIGNEE_NAMED")
                .directLane(Lane.RED)
                .valid(LocalDate.parse("2024-04-01"), null)
                .intelligence(IntelligenceLinks.to(intelligence(markings)))
                .examinerText("Selected by the risk targeting centre: full physical examination, contact the duty analyst")
                .build();
    }

    static RiskEngine.Builder sc10Engine() {
        return RiskEngine.builder()
                .indicators(newTrader(), undervaluation(), transhipmentHub(), thirdPartyPayment(), consigneeNamed())
                .profiles(tobaccoProfile())
                .bands(ScoreBands.of(70, 40, 20))
                .aeoReduction(10);
    }

    static RiskContext context() {
        return RiskContext.builder()
                .trader(NEW_CONSIGNEE, TODAY.minusDays(20), 0, 0)
                .trader(AEO_CONSIGNEE, TODAY.minusYears(6), 0, 0)
                .referenceValue("240311", "EG", "20.00", "EUR")
                .aeo(AEO_CONSIGNEE, new AeoAuthorisation(AeoType.AEOF, LocalDate.parse("2018-03-01"), null))
                .build();
    }

    /** Scenario SC-10, D1: a new consignee, 25% of the reference value, via a hub, freight paid by a third party. */
    static Declaration d1() {
        return tobacco("LRN-D1", newConsignee(), "50000.00")
                .payment(Payment.of(Payment.Subject.TRANSPORT_CHARGES, PaymentMethod.BANK_TRANSFER)
                        .paidBy(UNRELATED_PAYER, "Sunrise General Trading FZE", "AE"))
                .build();
    }

    /** Scenario SC-10, D2: same goods and route, an AEOF consignee with six years' history, 95% of the reference. */
    static Declaration d2() {
        return tobacco("LRN-D2", aeoConsignee(), "190000.00")
                .payment(Payment.of(Payment.Subject.TRANSPORT_CHARGES, PaymentMethod.BANK_TRANSFER)
                        .paidBy(AEO_CONSIGNEE, "Orchid Trading", "RU"))
                .build();
    }

    static Party newConsignee() {
        return Party.company(PartyRole.CONSIGNEE, NEW_CONSIGNEE, "Blue Lantern Imports", "RU");
    }

    static Party aeoConsignee() {
        return Party.company(PartyRole.CONSIGNEE, AEO_CONSIGNEE, "Orchid Trading", "RU")
                .withAeo(new AeoAuthorisation(AeoType.AEOF, LocalDate.parse("2018-03-01"), null));
    }

    static Declaration.Builder tobacco(String lrn, Party consignee, String value) {
        return Declaration.builder(lrn)
                .lodgedAt(NOW.minusSeconds(3600))
                .party(consignee)
                .party(Party.company(PartyRole.CONSIGNOR, CONSIGNOR, "Nile Leaf Exports", "EG"))
                .item(GoodsItem.builder(1).commodityCode("2403.11.00").description("tobacco product")
                        .quantity(1000, "CT").mass(10500, 10000).value(value, "EUR").origin("EG").build())
                .itinerary(new Itinerary(Locode.of("EGALY"), null, List.of(Locode.of(HUB)), List.of(),
                        Locode.of("RULED"), "RU000100", NOW.minusSeconds(20 * 86400), NOW.minusSeconds(86400)))
                .transport(new TransportMeans(TransportMode.SEA, "IMO9321483", null, "V123"))
                .container(Container.of("CSQU3054383", "SEAL-0001"));
    }

    static Agency rca() {
        return Agency.builder("RCA").name("Ruritania Customs Administration").kind(AgencyKind.CUSTOMS).country("RU")
                .build();
    }
}
