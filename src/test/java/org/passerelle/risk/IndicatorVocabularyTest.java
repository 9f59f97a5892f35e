package org.passerelle.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.passerelle.model.AeoAuthorisation;
import org.passerelle.model.AeoType;
import org.passerelle.model.Container;
import org.passerelle.model.Declaration;
import org.passerelle.model.DocumentType;
import org.passerelle.model.GoodsItem;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Itinerary;
import org.passerelle.model.Locode;
import org.passerelle.model.CountryCode;
import org.passerelle.model.PartyRole;
import org.passerelle.model.PaymentMethod;
import org.passerelle.model.SupportingDocument;
import org.passerelle.model.TransportMeans;
import org.passerelle.model.TransportMode;

/**
 * Each criterion of the vocabulary on both sides.
 */
class IndicatorVocabularyTest {
    private static final Criterion.ContainerAnomaly.Kind MISSING = Criterion.ContainerAnomaly.Kind.MISSING_SEAL;
    private static final Criterion.ContainerAnomaly.Kind MISMATCH = Criterion.ContainerAnomaly.Kind.SEAL_MISMATCH;
    private static final Criterion.ContainerAnomaly.Kind DUPLICATE = Criterion.ContainerAnomaly.Kind.DUPLICATE_SEAL;

    private static boolean fires(Criterion c, Declaration d) {
        RiskEngine engine = RiskEngine.builder()
                .indicators(Indicator.of("X", ThreatArea.SECURITY, 50, "test", c))
                .profiles(Profile.builder("P").title("t").owner("RCA").threatArea(ThreatArea.SECURITY).indicators("X")
                        .directLane(Lane.YELLOW).valid(LocalDate.parse("2020-01-01"), null).build())
                .build();
        RiskContext ctx = RiskContext.builder()
                .trader(Fixtures.NEW_CONSIGNEE, Fixtures.TODAY.minusDays(20), 2, 1)
                .trader(Fixtures.AEO_CONSIGNEE, Fixtures.TODAY.minusYears(6), 0, 0)
                .watchList("CEN-HITS", Fixtures.NEW_CONSIGNEE)
                .aeo(Fixtures.AEO_CONSIGNEE, new AeoAuthorisation(AeoType.AEOF, LocalDate.parse("2018-03-01"), null))
                .build();
        return engine.assess(d, ctx, Fixtures.NOW).firedProfile("P").isPresent();
    }

    private static Declaration d1(UnaryOperator<Declaration.Builder> change) {
        return change.apply(Fixtures.tobacco("LRN-V", Fixtures.newConsignee(), "50000.00")).build();
    }

    @Test
    void hsPrefix() {
        assertThat(fires(Criterion.hsPrefix("2403"), Fixtures.d1())).isTrue();
        assertThat(fires(Criterion.hsPrefix("24031100"), Fixtures.d1())).isTrue();
        assertThat(fires(Criterion.hsPrefix("2402", "93"), Fixtures.d1())).isFalse();
        assertThatThrownBy(() -> Criterion.hsPrefix("2")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"2\"");
    }

    @Test
    void countries() {
        assertThat(fires(Criterion.originCountry("EG"), Fixtures.d1())).isTrue();
        assertThat(fires(Criterion.originCountry("CN"), Fixtures.d1())).isFalse();
        assertThat(fires(Criterion.departureCountry("EG"), Fixtures.d1())).isTrue();
        assertThat(fires(Criterion.departureCountry("AE"), Fixtures.d1())).isFalse();
        assertThat(fires(Criterion.routingCountry("AE"), Fixtures.d1())).isTrue();
        assertThat(fires(Criterion.routingCountry("PA"), Fixtures.d1())).isFalse();
        Declaration viaPanama = d1(b -> b.itinerary(new Itinerary(null, CountryCode.of("CO"), List.of(),
                List.of(CountryCode.of("PA")), null, null, null, null)));
        assertThat(fires(Criterion.routingCountry("PA"), viaPanama)).isTrue();
        assertThat(fires(Criterion.departureCountry("CO"), viaPanama)).isTrue();
    }

    @Test
    void transhipmentHub() {
        assertThat(fires(Criterion.transhipmentHub("AEJEA", "PAONX"), Fixtures.d1())).isTrue();
        assertThat(fires(Criterion.transhipmentHub("PAONX"), Fixtures.d1())).isFalse();
    }

    @Test
    void partiesAndHistory() {
        assertThat(fires(Criterion.namedParty(Fixtures.NEW_CONSIGNEE), Fixtures.d1())).isTrue();
        assertThat(fires(Criterion.namedParty(Fixtures.AEO_CONSIGNEE), Fixtures.d1())).isFalse();
        assertThat(fires(new Criterion.NamedParty(new TreeSet<>(List.of(Fixtures.NEW_CONSIGNEE)),
                new TreeSet<>(List.of(PartyRole.CARRIER))), Fixtures.d1())).isFalse();
        assertThat(fires(Criterion.onWatchList("CEN-HITS", PartyRole.CONSIGNEE), Fixtures.d1())).isTrue();
        assertThat(fires(Criterion.onWatchList("CEN-HITS"), Fixtures.d2())).isFalse();
        assertThat(fires(Criterion.onWatchList("NO-SUCH-LIST"), Fixtures.d1())).isFalse();
        assertThat(fires(Criterion.newTrader(30, PartyRole.CONSIGNEE), Fixtures.d1())).isTrue();
        assertThat(fires(Criterion.newTrader(20, PartyRole.CONSIGNEE), Fixtures.d1())).isFalse();
        assertThat(fires(Criterion.newTrader(30, PartyRole.CONSIGNEE), Fixtures.d2())).isFalse();
        assertThat(fires(Criterion.newTrader(30, PartyRole.CONSIGNOR), Fixtures.d2())).as("unknown trader is new").isTrue();
        assertThat(fires(Criterion.priorOffences(3, PartyRole.CONSIGNEE), Fixtures.d1())).isTrue();
        assertThat(fires(Criterion.priorOffences(4, PartyRole.CONSIGNEE), Fixtures.d1())).isFalse();
    }

    @Test
    void vagueDescription() {
        Declaration vague = d1(b -> b.item(GoodsItem.builder(2).commodityCode("848790").description("Machine PARTS, assorted")
                .build()));
        assertThat(fires(Criterion.vagueDescription("parts", "samples"), vague)).isTrue();
        assertThat(fires(Criterion.vagueDescription("part"), vague)).as("whole words only").isFalse();
        assertThat(fires(Criterion.vagueDescription("samples"), Fixtures.d1())).isFalse();
    }

    @Test
    void payments() {
        assertThat(fires(Criterion.thirdPartyPayment(), Fixtures.d1())).isTrue();
        assertThat(fires(Criterion.thirdPartyPayment(), Fixtures.d2())).isFalse();
        assertThat(fires(Criterion.paymentMethod(PaymentMethod.BANK_TRANSFER), Fixtures.d1())).isTrue();
        assertThat(fires(Criterion.paymentMethod(PaymentMethod.CASH), Fixtures.d1())).isFalse();
    }

    @Test
    void containerAnomalies() {
        assertThat(fires(Criterion.containerAnomaly(MISSING, MISMATCH, DUPLICATE), Fixtures.d1())).isFalse();
        Declaration unsealed = Fixtures.tobacco("LRN-U", Fixtures.newConsignee(), "1").build();
        unsealed = new Declaration(unsealed.lrn(), null, unsealed.type(), unsealed.lodgedAt(), null, unsealed.parties(),
                unsealed.items(), unsealed.itinerary(), unsealed.transport(), List.of(Container.of("CSQU3054383")),
                List.of(), List.of());
        assertThat(fires(Criterion.containerAnomaly(MISSING), unsealed)).isTrue();
        Declaration mismatch = d1(b -> b.container(Container.of("MSCU1234566", "SEAL-9").withDocumentedSeals("SEAL-8")));
        assertThat(fires(Criterion.containerAnomaly(MISMATCH), mismatch)).isTrue();
        assertThat(fires(Criterion.containerAnomaly(MISSING, DUPLICATE), mismatch)).isFalse();
        Declaration duplicate = d1(b -> b.container(Container.of("MSCU1234566", "SEAL-0001")));
        assertThat(fires(Criterion.containerAnomaly(DUPLICATE), duplicate)).isTrue();
    }

    @Test
    void missingPermit() {
        Criterion cites = Criterion.missingPermit(DocumentType.CITES_PERMIT, "0106", "0301");
        Declaration reptiles = Declaration.builder("LRN-R").lodgedAt(Fixtures.NOW)
                .item(GoodsItem.builder(1).commodityCode("030119").description("ornamental fish").build()).build();
        assertThat(fires(cites, reptiles)).isTrue();
        Declaration withPermit = new Declaration("LRN-R", null, reptiles.type(), reptiles.lodgedAt(), null, List.of(),
                reptiles.items(), null, null, List.of(),
                List.of(new SupportingDocument(DocumentType.CITES_PERMIT, "CITES-2024-77", new TreeSet<>(List.of(1)))),
                List.of());
        assertThat(fires(cites, withPermit)).isFalse();
        assertThat(fires(cites, Fixtures.d1())).as("not a regulated chapter").isFalse();
    }

    @Test
    void aeoAndTransport() {
        assertThat(fires(Criterion.aeoHolder(new TreeSet<>(EnumSet.of(AeoType.AEOF)), PartyRole.CONSIGNEE), Fixtures.d2()))
                .isTrue();
        assertThat(fires(Criterion.aeoHolder(new TreeSet<>(EnumSet.of(AeoType.AEOS))), Fixtures.d2())).isFalse();
        assertThat(fires(Criterion.not(Criterion.aeoHolder(null)), Fixtures.d1())).isTrue();
        assertThat(fires(Criterion.transportMode(TransportMode.SEA), Fixtures.d1())).isTrue();
        assertThat(fires(Criterion.transportMode(TransportMode.AIR), Fixtures.d1())).isFalse();
        assertThat(fires(Criterion.transportMode(TransportMode.AIR),
                d1(b -> b.transport(TransportMeans.of(TransportMode.AIR))))).isTrue();
    }

    @Test
    void composition() {
        Criterion hub = Criterion.transhipmentHub("AEJEA");
        Criterion china = Criterion.originCountry("CN");
        assertThat(fires(Criterion.allOf(hub, Criterion.hsPrefix("24")), Fixtures.d1())).isTrue();
        assertThat(fires(Criterion.allOf(hub, china), Fixtures.d1())).isFalse();
        assertThat(fires(Criterion.anyOf(china, hub), Fixtures.d1())).isTrue();
        assertThat(fires(Criterion.anyOf(china, Criterion.hsPrefix("93")), Fixtures.d1())).isFalse();
        assertThat(fires(Criterion.not(china), Fixtures.d1())).isTrue();
        assertThat(fires(Criterion.not(hub), Fixtures.d1())).isFalse();
        assertThatThrownBy(() -> Criterion.allOf()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("allOf");
    }

    @Test
    void undervaluationFractionIsValidated() {
        assertThatThrownBy(() -> Criterion.undervaluation(1.5)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"1.5\"");
        assertThat(Locode.of("AEJEA").country().code()).isEqualTo("AE");
    }
}
