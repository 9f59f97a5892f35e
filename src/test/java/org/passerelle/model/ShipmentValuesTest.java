package org.passerelle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Validation of the shipment values: container numbers, HS codes, money, identifiers.
 */
class ShipmentValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"CSQU3054383", "MSCU1234566", "TGHU0000008"})
    void validContainerNumbers(String number) {
        assertThat(ContainerNumber.of(number).value()).isEqualTo(number);
        assertThat(ContainerNumber.isValid(number)).isTrue();
    }

    @Test
    void theCheckDigitFollowsIso6346() {
        // CSQU305438: C=13 S=30 Q=28 U=32 weighted 1,2,4,8 then digits 3,0,5,4,3,8 weighted 16..512
        // 13 + 60 + 112 + 256 + 48 + 0 + 320 + 512 + 768 + 4096 = 6185; 6185 mod 11 = 3
        assertThat(ContainerNumber.checkDigit("CSQU305438")).isEqualTo(3);
        assertThat(ContainerNumber.of("csqu 305438 3").value()).isEqualTo("CSQU3054383");
        assertThat(ContainerNumber.of("CSQU3054383").ownerCode()).isEqualTo("CSQ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CSQU3054384", "CSQU3054380", "CSQX3054383", "CSQU305438", "C5QU3054383", "CSQU30543831"})
    void invalidContainerNumbers(String number) {
        assertThat(ContainerNumber.isValid(number)).isFalse();
        assertThatThrownBy(() -> ContainerNumber.of(number)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("containerNumber").hasMessageContaining(number);
    }

    @Test
    void aWrongCheckDigitNamesTheExpectedOne() {
        assertThatThrownBy(() -> ContainerNumber.of("CSQU3054384")).hasMessageContaining("expected 3");
    }

    @Test
    void hsCodes() {
        HsCode code = HsCode.parse("2403.11.00.00");
        assertThat(code.code()).isEqualTo("2403110000");
        assertThat(code.chapter()).isEqualTo("24");
        assertThat(code.heading()).isEqualTo("2403");
        assertThat(code.hs6()).isEqualTo("240311");
        assertThat(HsCode.of("080390").startsWith("0803")).isTrue();
        for (String bad : new String[] {"24031", "24031100001", "2403AB", ""}) {
            assertThatThrownBy(() -> HsCode.of(bad)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("hsCode").hasMessageContaining("\"" + bad + "\"");
        }
        assertThatThrownBy(() -> HsCode.parse("2403-11")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aGoodsItemKeepsAShortCodeForTheCompletenessCheck() {
        GoodsItem short4 = GoodsItem.builder(1).commodityCode("24 03").description("tobacco").build();
        assertThat(short4.commodityCode()).isEqualTo("2403");
        assertThat(short4.hsCode()).isEmpty();
        GoodsItem full = GoodsItem.builder(1).commodityCode("0803.90.10").description("bananas").mass(20000, 18000)
                .build();
        assertThat(full.hsCode()).contains(HsCode.of("08039010"));
        assertThat(full.valuationMassKg()).isEqualTo(18000);
        assertThatThrownBy(() -> GoodsItem.builder(1).commodityCode("ABC").description("x").build())
                .hasMessageContaining("item.commodityCode");
        assertThatThrownBy(() -> GoodsItem.builder(1).commodityCode("240311").description("x").mass(10, 20).build())
                .hasMessageContaining("item.netMassKg");
    }

    @Test
    void money() {
        Money m = Money.of("1250.00", "EUR");
        assertThat(m.amount()).isEqualByComparingTo(new BigDecimal("1250"));
        assertThat(m.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(m.plus(Money.of("0.50", "EUR")).toString()).isEqualTo("1250.50 EUR");
        for (String bad : new String[] {"EURO", "eur", "XYZ", "E"}) {
            assertThatThrownBy(() -> Money.of("1", bad)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("ISO 4217").hasMessageContaining("\"" + bad + "\"");
        }
        assertThatThrownBy(() -> Money.of("-1", "EUR")).hasMessageContaining("\"-1\"");
        assertThatThrownBy(() -> Money.of("ten", "EUR")).hasMessageContaining("\"ten\"");
        assertThatThrownBy(() -> m.plus(Money.of("1", "USD"))).hasMessageContaining("USD");
    }

    @Test
    void traderIdsAndLocodes() {
        assertThat(TraderId.eori("NL123456789").scheme()).isEqualTo(TraderId.Scheme.EORI);
        assertThat(TraderId.eori("nl123")).as("identifiers compare case-insensitively").isEqualTo(TraderId.eori("NL123"));
        assertThat(TraderId.tin("x-1").value()).isEqualTo("X-1");
        assertThatThrownBy(() -> TraderId.eori("nl-123")).hasMessageContaining("eori");
        assertThatThrownBy(() -> TraderId.eori("QQ123")).hasMessageContaining("country");
        assertThat(Locode.of("NLRTM").country()).isEqualTo(CountryCode.of("NL"));
        assertThatThrownBy(() -> Locode.of("NLRT1")).hasMessageContaining("locode");
    }

    @Test
    void declarations() {
        GoodsItem item = GoodsItem.builder(1).commodityCode("850440").description("converters").build();
        Declaration d = Declaration.builder("LRN-1").mrn("24RU12345678901234").lodgedAt(Instant.EPOCH).item(item)
                .party(Party.company(PartyRole.CONSIGNEE, TraderId.eori("RU1"), "Acme", "RU")).build();
        assertThat(d.reference()).isEqualTo("24RU12345678901234");
        assertThat(d.party(PartyRole.CONSIGNEE)).isPresent();
        assertThat(d.isParty(TraderId.eori("RU1"))).isTrue();
        assertThatThrownBy(() -> Declaration.builder("LRN-1").lodgedAt(Instant.EPOCH).item(item).item(item).build())
                .hasMessageContaining("unique");
        assertThatThrownBy(() -> Declaration.builder("LRN-1").lodgedAt(Instant.EPOCH).build())
                .hasMessageContaining("at least one goods item");
        assertThatThrownBy(() -> Declaration.builder("LRN-1").mrn("24RU1").lodgedAt(Instant.EPOCH).item(item).build())
                .hasMessageContaining("mrn");
        AeoAuthorisation aeo = new AeoAuthorisation(AeoType.AEOF, LocalDate.parse("2020-01-01"),
                LocalDate.parse("2024-12-31"));
        assertThat(aeo.isValidOn(LocalDate.parse("2024-12-31"))).isTrue();
        assertThat(aeo.isValidOn(LocalDate.parse("2025-01-01"))).isFalse();
    }
}
