package org.passerelle.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.passerelle.model.PasserelleException;

class PurposeBuilderTest {

    @Test
    void buildsEveryFlag() {
        Purpose p = Purpose.builder("customs-prosecution").title("Prosecution of customs infringements")
                .lawEnforcement().customsProsecution().interpolPurpose(InterpolPurpose.SUPPORT_INVESTIGATION)
                .cisAction(CisAction.DISCREET_SURVEILLANCE).build();

        assertThat(p).isEqualTo(new Purpose(PurposeId.of("customs-prosecution"), "Prosecution of customs infringements",
                true, true, InterpolPurpose.SUPPORT_INVESTIGATION, CisAction.DISCREET_SURVEILLANCE));
    }

    @Test
    void aPurposeIsNotLawEnforcementUntilSaid() {
        Purpose p = Purpose.builder("statistics").title("Statistics").build();

        assertThat(p).isEqualTo(Purpose.other("statistics", "Statistics"));
        assertThat(p.lawEnforcement()).isFalse();
        assertThat(p.customsProsecution()).isFalse();
        assertThat(Purpose.builder("x").title("X").customsProsecution().build().lawEnforcement())
                .as("the flags are independent").isFalse();
    }

    @Test
    void toBuilderDerivesAVariant() {
        Purpose drugs = Purpose.lawEnforcement("drug-investigation", "Drug investigation");

        Purpose alert = drugs.toBuilder().interpolPurpose(InterpolPurpose.ALERT).build();

        assertThat(alert.id()).isEqualTo(drugs.id());
        assertThat(alert.lawEnforcement()).isTrue();
        assertThat(alert.interpolPurpose()).isEqualTo(InterpolPurpose.ALERT);
        assertThat(drugs.interpolPurpose()).isNull();
    }

    @Test
    void refusesAMissingTitleAndABadId() {
        assertThatThrownBy(() -> Purpose.builder("statistics").build()).isInstanceOf(PasserelleException.class)
                .hasMessageContaining("title");
        assertThatThrownBy(() -> Purpose.builder("statistics").title("  ").build())
                .isInstanceOf(PasserelleException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> Purpose.builder("not an id!")).isInstanceOf(PasserelleException.class)
                .hasMessageContaining("not an id!");
    }
}
