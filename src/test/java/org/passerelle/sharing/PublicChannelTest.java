package org.passerelle.sharing;

import static org.passerelle.testing.SharingAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.passerelle.model.TlpLabel;
import org.passerelle.testing.Ruritania;

/**
 * Regression for a leak found by the TLP monotonicity property: TLP:GREEN was refused on a public
 * channel (SR-14) while the stricter TLP:AMBER, AMBER+STRICT and RED were not checked against the
 * channel, so a stricter label could reach a publicly accessible channel.
 */
class PublicChannelTest {
    private static SharingDecision decide(TlpLabel label, Channel channel) {
        InformationItem item = InformationItem.builder("X").title("x").originator(Ruritania.RNP)
                .hop(Ruritania.RCA, Ruritania.MOU, LocalDate.of(2024, 1, 1))
                .category(InformationCategory.SEIZURE_REPORT).plainFields("hsCode").tlp(label).build();
        SharingPolicy policy = Ruritania.world().putItem(item)
                .consents(Ruritania.consent("C-X", "X", Ruritania.RNP, Ruritania.RCA_RTC, Ruritania.DRUGS,
                        LocalDate.of(2024, 2, 1)))
                .build();
        return SharingEngine.compile(policy).decide(SharingRequest.builder().id("R").recipient(Ruritania.RCA_RTC)
                .item("X").purpose(Ruritania.DRUGS).at(Ruritania.SC_DAY).channel(channel).build());
    }

    @ParameterizedTest
    @EnumSource(value = TlpLabel.class, names = {"GREEN", "AMBER", "AMBER_STRICT", "RED"})
    void noLabelButClearGoesToAPublicChannel(TlpLabel label) {
        assertThat(decide(label, Channel.PUBLIC)).isRefused().byRule(tlpRule(label));
    }

    @ParameterizedTest
    @EnumSource(value = TlpLabel.class, names = {"AMBER", "AMBER_STRICT"})
    void theSameFlowOnAClosedChannelIsPermitted(TlpLabel label) {
        assertThat(decide(label, Channel.CLOSED)).isPermittedWithConditions();
    }

    private static String tlpRule(TlpLabel label) {
        switch (label) {
            case RED:
                return "SR-11";
            case AMBER_STRICT:
                return "SR-12";
            case AMBER:
                return "SR-13";
            default:
                return "SR-14";
        }
    }
}
