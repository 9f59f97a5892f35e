package org.passerelle.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.passerelle.model.AgencyId;
import org.passerelle.model.InvalidInputException;
import org.passerelle.testing.Ruritania;

/**
 * The small values the rules rest on: a disclosure stands for a permit only (SR-31), an emergency
 * clause keeps data for a positive period (SR-34), a legal area has countries, a hit names its rule.
 */
class SmallValuesTest {

    @Test
    void sr31OnlyAPermitIsDisclosed() {
        SharingEngine engine = SharingEngine.compile(Ruritania.policy());
        SharingDecision permit = engine.decide(Ruritania.sc01Request().build());
        Disclosure d = Disclosure.of(permit, AgencyId.of(Ruritania.RCA), "rec-1");
        assertThat(d).isEqualTo(new Disclosure("rec-1", permit.request().item(), AgencyId.of(Ruritania.RCA),
                AgencyId.of(Ruritania.RNP), PurposeId.of(Ruritania.DRUGS), AgreementId.of(Ruritania.MOU),
                permit.decidedAt()));
        SharingDecision refusal = engine.decide(Ruritania.sc01Request().purpose(Ruritania.IMMIGRATION).build());
        assertThatThrownBy(() -> Disclosure.of(refusal, AgencyId.of(Ruritania.RCA), "rec-2"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("DENY")
                .hasMessageContaining("only a permit is disclosed");
    }

    @Test
    void sr34AnEmergencyRetentionIsAPositivePeriod() {
        LegalBasis source = new LegalBasis("Directive (EU) 2016/680", "Art. 35(2)");
        assertThat(new EmergencyClause(Period.ofDays(1), source).maxRetention()).isEqualTo(Period.ofDays(1));
        assertThatThrownBy(() -> new EmergencyClause(Period.ZERO, source)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("maxRetention");
        assertThatThrownBy(() -> new EmergencyClause(Period.ofDays(-1), source))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("maxRetention");
    }

    @Test
    void aLegalAreaHasCountriesAndAHitNamesItsRule() {
        assertThat(Ruritania.eu().countries()).hasSize(2);
        assertThatThrownBy(() -> new LegalArea(LegalAreaId.of("EMPTY"), "Empty", new TreeSet<>()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("countries");
        assertThat(new RuleHit(SharingRule.SR_27, Outcome.PERMIT_WITH_CONDITIONS, "why").ruleId()).isEqualTo("SR-27");
    }
}
