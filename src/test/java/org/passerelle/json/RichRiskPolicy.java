package org.passerelle.json;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.passerelle.model.AeoAuthorisation;
import org.passerelle.model.AeoType;
import org.passerelle.model.Container;
import org.passerelle.model.CountryCode;
import org.passerelle.model.Declaration;
import org.passerelle.model.DeclarationAttribute;
import org.passerelle.model.DeclarationType;
import org.passerelle.model.DocumentType;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.Itinerary;
import org.passerelle.model.Locode;
import org.passerelle.model.Party;
import org.passerelle.model.PartyRole;
import org.passerelle.model.PartyType;
import org.passerelle.model.Payment;
import org.passerelle.model.PaymentMethod;
import org.passerelle.model.SupportingDocument;
import org.passerelle.model.TraderId;
import org.passerelle.model.TransportMeans;
import org.passerelle.model.TransportMode;
import org.passerelle.risk.Criterion;
import org.passerelle.risk.Indicator;
import org.passerelle.risk.IntelligenceLink;
import org.passerelle.risk.Lane;
import org.passerelle.risk.Profile;
import org.passerelle.risk.RiskContext;
import org.passerelle.risk.RiskPolicy;
import org.passerelle.risk.RiskSettings;
import org.passerelle.risk.ScoreBands;
import org.passerelle.risk.ThreatArea;
import org.passerelle.model.Grading;
import org.passerelle.model.HandlingCode;
import org.passerelle.model.ItemId;
import org.passerelle.model.Markings;
import org.passerelle.model.TlpLabel;

/**
 * A risk policy that uses every criterion kind, every profile option and every setting, and a
 * declaration that uses every part: for round trips.
 */
final class RichRiskPolicy {
    private RichRiskPolicy() {
    }

    static RiskPolicy policy() {
        List<Indicator> indicators = List.of(
                Indicator.of("HS", ThreatArea.TOBACCO, 10, "Tobacco", Criterion.hsPrefix("24", "240311")),
                Indicator.of("ORIGIN", ThreatArea.NARCOTICS, 11, "Origin", Criterion.originCountry("CO", "EC")),
                Indicator.of("DEPARTURE", ThreatArea.NARCOTICS, 12, "Departure", Criterion.departureCountry("PE")),
                Indicator.of("ROUTING", ThreatArea.SECURITY, 13, "Routing", Criterion.routingCountry("SY")),
                Indicator.of("HUB", ThreatArea.TOBACCO, 14, "Hub", Criterion.transhipmentHub("AEJEA", "PAONX")),
                Indicator.of("NAMED", ThreatArea.WEAPONS, 0, "Named", new Criterion.NamedParty(
                        new TreeSet<>(List.of(TraderId.eori("NL123456789"), TraderId.tin("X-1"))),
                        new TreeSet<>(List.of(PartyRole.CONSIGNEE)))),
                Indicator.of("WATCH", ThreatArea.CASH, 15, "Watch", Criterion.onWatchList("list-a", PartyRole.DECLARANT)),
                Indicator.of("NEW", ThreatArea.REVENUE, 16, "New", Criterion.newTrader(90)),
                Indicator.of("OFFENCES", ThreatArea.REVENUE, 17, "Offences",
                        Criterion.priorOffences(2, PartyRole.CONSIGNEE, PartyRole.CONSIGNOR)),
                Indicator.of("UNDER", ThreatArea.REVENUE, 18, "Under", Criterion.undervaluation(0.25)),
                Indicator.of("VAGUE", ThreatArea.COUNTERFEITS, 19, "Vague", Criterion.vagueDescription("samples", "parts")),
                Indicator.of("THIRD", ThreatArea.CASH, 20, "Third", new Criterion.ThirdPartyPayment(
                        new TreeSet<>(List.of(Payment.Subject.GOODS)), new TreeSet<>(List.of(PartyRole.BUYER)))),
                Indicator.of("CASH", ThreatArea.CASH, 21, "Cash", Criterion.paymentMethod(PaymentMethod.CASH)),
                Indicator.of("SEALS", ThreatArea.SECURITY, 22, "Seals", Criterion.containerAnomaly(
                        Criterion.ContainerAnomaly.Kind.MISSING_SEAL, Criterion.ContainerAnomaly.Kind.DUPLICATE_SEAL)),
                Indicator.of("PERMIT", ThreatArea.WILDLIFE, 23, "Permit",
                        Criterion.missingPermit(DocumentType.CITES_PERMIT, "0106", "9705")),
                Indicator.of("AEO", ThreatArea.REVENUE, 24, "AEO",
                        Criterion.aeoHolder(new TreeSet<>(List.of(AeoType.AEOS)), PartyRole.CONSIGNOR)),
                Indicator.of("AIR", ThreatArea.CASH, 25, "Air", Criterion.transportMode(TransportMode.AIR)),
                Indicator.of("NESTED", ThreatArea.NARCOTICS, 26, "Nested", Criterion.allOf(Criterion.hsPrefix("0803"),
                        Criterion.anyOf(Criterion.originCountry("EC"), Criterion.routingCountry("NL")),
                        Criterion.not(Criterion.aeoHolder(null)))),
                Indicator.of("OFFICE", ThreatArea.REVENUE, 27, "Office 30",
                        Criterion.attribute(DeclarationAttribute.OFFICE, "30", "40")),
                Indicator.of("VALUE-BAND", ThreatArea.REVENUE, 28, "Value band", Criterion.range(
                        Criterion.Range.Measure.VALUE, 1000, 3162.28, "EUR", "240311")),
                Indicator.of("MASS-BAND", ThreatArea.REVENUE, 29, "Mass band", Criterion.range(
                        Criterion.Range.Measure.MASS, 0, 10, null)),
                Indicator.of("UNIT-BAND", ThreatArea.REVENUE, 30, "Unit value band", Criterion.range(
                        Criterion.Range.Measure.VALUE_PER_KG, 0.5, 2.5, "USD", "24", "8517")));
        Profile scorecard = Profile.builder("P-SCORECARD").title("Learned").owner("RCA").threatArea(ThreatArea.REVENUE)
                .indicators("OFFICE", "VALUE-BAND", "MASS-BAND", "UNIT-BAND").bands(ScoreBands.of(50, 20, 20))
                .valid(LocalDate.of(2024, 1, 1), null).scorecard().build();
        Profile scored = Profile.builder("P-SCORED").title("Scored").owner("RCA").threatArea(ThreatArea.REVENUE)
                .indicators("HS", "ORIGIN", "NEW").bands(ScoreBands.of(60, 30, 10))
                .valid(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30)).build();
        Profile engineBands = Profile.builder("P-DEFAULT").title("Default bands").owner("RCA")
                .threatArea(ThreatArea.CASH).indicators("WATCH", "THIRD", "CASH", "AIR")
                .valid(LocalDate.of(2024, 1, 1), null).build();
        Profile direct = Profile.builder("P-INTEL").title("Intel").owner("RCA-RTC").threatArea(ThreatArea.WEAPONS)
                .indicators("NAMED").directLane(Lane.YELLOW).valid(LocalDate.of(2024, 3, 1), null)
                .intelligence(new IntelligenceLink(ItemId.of("IR-1"), Markings.of(TlpLabel.RED)
                        .withHandling(HandlingCode.H2, null).withGrading(new Grading.Admiralty('B', 2)),
                        LocalDate.of(2026, 1, 1)))
                .examinerText("Examine as instructed by the duty analyst").build();
        Profile all = Profile.builder("P-ALL").title("All the rest").owner("RCA").threatArea(ThreatArea.SECURITY)
                .indicators("DEPARTURE", "ROUTING", "HUB", "OFFENCES", "UNDER", "VAGUE", "SEALS", "PERMIT", "AEO",
                        "NESTED")
                .directLane(Lane.BLUE).valid(LocalDate.of(2024, 1, 1), null)
                .intelligence(new IntelligenceLink(ItemId.of("IR-2"), null, null)).build();
        RiskSettings settings = new RiskSettings(ScoreBands.of(70, 40, 20), 15, 3, 10,
                new TreeSet<>(List.of(PartyRole.CONSIGNEE, PartyRole.DECLARANT)),
                Map.of(Lane.RED, 0.01, Lane.YELLOW, 0.025, Lane.BLUE, 0.05), -7_000_000_000L,
                new TreeSet<>(List.of("general cargo", "stc")), Lane.RED, ZoneId.of("Europe/Luxembourg"),
                new TreeSet<>(List.of("chief-examiner")), Duration.ofDays(3), Lane.YELLOW);
        RiskContext context = RiskContext.builder()
                .trader(TraderId.eori("NL123456789"), LocalDate.of(2020, 1, 1), 2, 1)
                .trader(TraderId.tin("X-1"), LocalDate.of(2024, 5, 1), 0, 0)
                .watchList("list-a", TraderId.tin("X-1"), TraderId.eori("BE0123456789"))
                .watchList("empty")
                .referenceValue("240311", "EG", "20.00", "EUR")
                .referenceValue("240311", "AE", "25.5", "USD")
                .aeo(TraderId.eori("NL123456789"), new AeoAuthorisation(AeoType.AEOF, LocalDate.of(2020, 1, 1), null))
                .build();
        return RiskPolicy.of(indicators, profiles(scored, engineBands, direct, all, scorecard), settings, context);
    }

    private static List<Profile> profiles(Profile... profiles) {
        return List.of(profiles);
    }

    static Declaration declaration() {
        return Declaration.builder("LRN-RICH-1").mrn("24LU00000000000001").type(DeclarationType.ENTRY_SUMMARY)
                .lodgedAt(Instant.parse("2024-05-10T08:00:00Z")).acceptedAt(Instant.parse("2024-05-10T08:30:00Z"))
                .party(Party.company(PartyRole.CONSIGNEE, TraderId.eori("NL123456789"), "Acme BV", "NL")
                        .withAeo(new AeoAuthorisation(AeoType.AEOC, LocalDate.of(2019, 1, 1), LocalDate.of(2027, 1, 1))))
                .party(new Party(PartyRole.CARRIER, TraderId.tin("DRV-9"), "Jan Jansen", PartyType.NATURAL_PERSON,
                        CountryCode.of("BE"), null))
                .item(GoodsItem.builder(1).commodityCode("0803 90 10").description("bananas").quantity(1200, "PCE")
                        .mass(18000.5, 17000.25).value("15000.00", "USD").origin("EC").preferenceClaimed(true).build())
                .item(GoodsItem.builder(2).commodityCode("2403").description("samples").build())
                .itinerary(new Itinerary(Locode.of("ECGYE"), CountryCode.of("EC"),
                        List.of(Locode.of("PAONX"), Locode.of("NLRTM")), List.of(CountryCode.of("PA")),
                        Locode.of("BEANR"), "BE101000", Instant.parse("2024-04-01T00:00:00Z"),
                        Instant.parse("2024-05-09T00:00:00Z")))
                .transport(new TransportMeans(TransportMode.SEA, "IMO9321483", CountryCode.of("PA"), "V42"))
                .container(Container.of("CSQU3054383", "S1", "S2").withDocumentedSeals("S1"))
                .container(Container.of("MSKU9070323"))
                .document(new SupportingDocument(DocumentType.CITES_PERMIT, "CITES-1", new TreeSet<>(List.of(2))))
                .document(SupportingDocument.of(DocumentType.INVOICE, "INV-1"))
                .payment(Payment.of(Payment.Subject.GOODS, PaymentMethod.LETTER_OF_CREDIT))
                .payment(Payment.of(Payment.Subject.TRANSPORT_CHARGES, PaymentMethod.CASH)
                        .paidBy(TraderId.tin("PAYER-1"), "Payer Ltd", "PA"))
                .attribute(DeclarationAttribute.OFFICE, "30").attribute(DeclarationAttribute.TAX_RATE, "8.0")
                .build();
    }
}
