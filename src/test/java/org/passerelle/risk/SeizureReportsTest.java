package org.passerelle.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.passerelle.bridge.SeizureReports;
import org.passerelle.model.Agency;
import org.passerelle.model.AgencyKind;
import org.passerelle.model.Declaration;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Party;
import org.passerelle.model.PartyRole;
import org.passerelle.model.PartyType;
import org.passerelle.model.CountryCode;
import org.passerelle.model.Quantity;
import org.passerelle.model.TraderId;
import org.passerelle.sharing.InformationCategory;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.ItemField;
import org.passerelle.model.ItemId;
import org.passerelle.model.Markings;
import org.passerelle.model.TlpLabel;

/**
 * The bridge from risk to sharing: a seizure becomes a seizure report that the sharing rules can
 * decide on.
 */
class SeizureReportsTest {
    private static final Seizure COCAINE = new Seizure("cocaine in a reefer of bananas", Quantity.of(180, "KGM"),
            ThreatArea.NARCOTICS);

    private static Declaration withDriver() {
        return Fixtures.tobacco("LRN-S1", Fixtures.newConsignee(), "50000.00")
                .party(new Party(PartyRole.CARRIER, TraderId.tin("DRV-123"), "Ivan Petrov", PartyType.NATURAL_PERSON,
                        CountryCode.of("RU"), null))
                .build();
    }

    @Test
    void aSeizureBecomesASeizureReportOriginatedByCustoms() {
        Declaration d = withDriver();
        Assessment a = Fixtures.sc10Engine().build().assess(d, Fixtures.context(), Fixtures.NOW);
        InspectionResult r = InspectionResult.seized(a.declarationReference(), Fixtures.TODAY, COCAINE);

        InformationItem item = SeizureReports.toInformationItem(ItemId.of("SR-RCA-2024-001"), Fixtures.rca(), d, r,
                Markings.of(TlpLabel.AMBER));

        assertThat(item.category()).isEqualTo(InformationCategory.SEIZURE_REPORT);
        assertThat(item.originator().value()).isEqualTo("RCA");
        assertThat(item.holder().value()).isEqualTo("RCA");
        assertThat(item.markings().tlp()).isEqualTo(TlpLabel.AMBER);
        assertThat(item.title()).contains("cocaine", "180 kg", "LRN-S1");
        assertThat(item.field("carrier.name")).contains(ItemField.personal("carrier.name"));
        assertThat(item.field("carrier.identifier")).contains(ItemField.personal("carrier.identifier"));
        assertThat(item.field("consignee.name")).contains(ItemField.plain("consignee.name"));
        assertThat(item.field("seizedGoods")).contains(ItemField.plain("seizedGoods"));
        assertThat(item.fields()).noneMatch(ItemField::specialCategory);
    }

    @Test
    void onlyACustomsAgencyWithASeizureOfThisDeclarationMakesAReport() {
        Declaration d = withDriver();
        InspectionResult seized = InspectionResult.seized("LRN-S1", Fixtures.TODAY, COCAINE);
        Agency police = Agency.builder("RNP").name("Ruritania National Police").kind(AgencyKind.POLICE).country("RU")
                .build();

        assertThatThrownBy(() -> SeizureReports.toInformationItem(ItemId.of("SR-1"), police, d, seized, Markings.NONE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("RNP");
        assertThatThrownBy(() -> SeizureReports.toInformationItem(ItemId.of("SR-1"), Fixtures.rca(), d,
                InspectionResult.nothingFound("LRN-S1", Fixtures.TODAY), Markings.NONE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("seizure");
        assertThatThrownBy(() -> SeizureReports.toInformationItem(ItemId.of("SR-1"), Fixtures.rca(), d,
                InspectionResult.seized("LRN-OTHER", Fixtures.TODAY, COCAINE), Markings.NONE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LRN-OTHER");
    }
}
