package org.passerelle.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.testing.Ruritania.DRUGS;
import static org.passerelle.testing.Ruritania.RCA;
import static org.passerelle.testing.Ruritania.RNP;
import static org.passerelle.testing.Ruritania.SMUGGLER;
import static org.passerelle.testing.Ruritania.seizure;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.passerelle.model.AgencyId;
import org.passerelle.model.AgencyKind;
import org.passerelle.model.CountryCode;
import org.passerelle.model.HandlingCode;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Markings;
import org.passerelle.model.TlpLabel;
import org.passerelle.testing.Ruritania;

/**
 * A marking proposed for the copy (SR-19: the originator may loosen it, anyone may tighten it, and the
 * recipient keeps what results, in words), the minimum data of an emergency over the fields requested
 * (SR-34), the day a decision is made on, and the checks of the values these rest on.
 */
class MarkingAndEmergencyExamplesTest extends RuleTestSupport {

    @Test
    void sr19TheOriginatorLoosensItsMarkingAndTheRecipientKeepsTheLooserOne() {
        SharingDecision d = decide(Ruritania.sc01Request().proposedMarking(TlpLabel.GREEN));
        assertThat(d.isPermitted()).isTrue();
        assertThat(d.hits()).contains(new RuleHit(SharingRule.SR_19, Outcome.PERMIT,
                "the originator loosens its marking TLP:AMBER to TLP:GREEN on this copy"));
        assertThat(d.hits()).contains(new RuleHit(SharingRule.SR_19, Outcome.PERMIT_WITH_CONDITIONS,
                "the recipient keeps the marking TLP:GREEN or a stricter one"));
        assertThat(d.conditions(Condition.KeepMarking.class)).containsExactly(new Condition.KeepMarking(TlpLabel.GREEN, null));
    }

    @Test
    void sr19LoosenedToClearOnlyTheHandlingCodeIsKept() {
        SharingPolicy.Builder h1 = Ruritania.world().putItem(seizure().toBuilder()
                .markings(Markings.of(TlpLabel.AMBER).withHandling(HandlingCode.H1, null)).build());
        SharingDecision d = decide(h1, Ruritania.sc01Request().proposedMarking(TlpLabel.CLEAR));
        assertThat(d.hits()).contains(new RuleHit(SharingRule.SR_19, Outcome.PERMIT_WITH_CONDITIONS,
                "the recipient keeps the marking handling code H1 or a stricter one"));
        assertThat(d.conditions(Condition.KeepMarking.class)).containsExactly(new Condition.KeepMarking(null, HandlingCode.H1));
        SharingDecision clear = decide(Ruritania.sc01Request().proposedMarking(TlpLabel.CLEAR));
        assertThat(clear.conditions(Condition.KeepMarking.class)).isEmpty();
        assertThat(clear.hits()).noneMatch(h -> h.reason().startsWith("the recipient keeps the marking"));
    }

    @Test
    void sr19AStricterMarkingIsKeptWithTheHandlingCode() {
        SharingPolicy.Builder h1 = Ruritania.world().putItem(seizure().toBuilder()
                .markings(Markings.of(TlpLabel.AMBER).withHandling(HandlingCode.H1, null)).build());
        SharingDecision d = decide(h1, Ruritania.sc01Request().proposedMarking(TlpLabel.RED));
        assertThat(d.hits()).contains(new RuleHit(SharingRule.SR_19, Outcome.PERMIT_WITH_CONDITIONS,
                "the recipient keeps the marking TLP:RED and handling code H1 or a stricter one"));
        assertThat(d.conditions(Condition.KeepMarking.class))
                .containsExactly(new Condition.KeepMarking(TlpLabel.RED, HandlingCode.H1));
    }

    @Test
    void sr19OnlyTheOriginatorLoosens() {
        SharingDecision d = decide(send(RCA, RNP, Ruritania.SYL_REPORT, Ruritania.CUSTOMS_LAW)
                .proposedMarking(TlpLabel.CLEAR));
        SharingDecision amber = decide(Ruritania.world().putItem(Ruritania.sylReport().toBuilder().tlp(TlpLabel.AMBER)
                .build()), send(RCA, RNP, Ruritania.SYL_REPORT, Ruritania.CUSTOMS_LAW).proposedMarking(TlpLabel.CLEAR));
        assertThat(amber.outcome()).isEqualTo(Outcome.DENY);
        assertThat(amber.hits()).contains(new RuleHit(SharingRule.SR_19, Outcome.DENY,
                "only the originator SYL may loosen the marking TLP:AMBER to TLP:CLEAR"));
        assertThat(d.outcome()).isNotEqualTo(Outcome.DENY);
    }

    @Test
    void sr34TheMinimumDataOfAnEmergencyAreTakenFromTheFieldsRequested() {
        SharingDecision d = decide(send(RCA, RNP, SMUGGLER, DRUGS).emergency("imminent delivery of firearms")
                .fields("name", "offence"));
        assertThat(d.fired(SharingRule.SR_34)).isTrue();
        assertThat(d.isPermitted()).isTrue();
        assertThat(d.redactedFields()).containsExactly("name");
    }

    @Test
    void sr29EachDayIsDecidedOnItsOwnDateEvenElevenYearsApart() {
        SharingPolicy.Builder open = Ruritania.world().putAgreement(Ruritania.mou().toBuilder()
                .valid(LocalDate.of(2000, 1, 1), null).build());
        SharingEngine engine = SharingEngine.compile(open.build());
        LocalDate first = LocalDate.of(2024, 5, 10);
        for (LocalDate day : List.of(first, first.plusDays(4096), first.minusDays(4096), first.plusDays(1))) {
            SharingDecision d = engine.decide(Ruritania.sc01Request().at(day.atTime(9, 0).toInstant(ZoneOffset.UTC))
                    .build());
            assertThat(d.retainUntil()).as("%s", day).contains(day.plusYears(5));
        }
    }

    @Test
    void aPartyIsAnAgencyOrKindsAndCountriesNeverBoth() {
        TreeSet<AgencyKind> kinds = new TreeSet<>(Set.of(AgencyKind.CUSTOMS));
        TreeSet<CountryCode> countries = new TreeSet<>(Set.of(CountryCode.of("LU")));
        assertThatThrownBy(() -> new PartySpec(AgencyId.of(RCA), kinds, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> new PartySpec(AgencyId.of(RCA), null, countries))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not both");
        assertThatThrownBy(() -> new PartySpec(null, null, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("must name an agency");
        assertThat(new PartySpec(AgencyId.of(RCA), null, null).agency()).isEqualTo(AgencyId.of(RCA));
        assertThat(new PartySpec(null, kinds, null).kinds()).containsExactly(AgencyKind.CUSTOMS);
        assertThat(new PartySpec(null, null, countries).countries()).containsExactly(CountryCode.of("LU"));
    }

    @Test
    void aSnapshotsRevisionIsNeverBelowItsItemsAndNeverNegative() {
        InformationItem item = Ruritania.smuggler();
        assertThat(new ItemFacts(item, 0, List.of(), List.of(), List.of(), 0).revision()).isZero();
        assertThat(new ItemFacts(item, 5, List.of(), List.of(), List.of(), 5).revision()).isEqualTo(5);
        assertThatThrownBy(() -> new ItemFacts(item, 5, List.of(), List.of(), List.of(), 4))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("4/5");
        assertThatThrownBy(() -> new ItemFacts(item, -1, List.of(), List.of(), List.of(), 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("0/-1");
    }

    @Test
    void aTlpLabelSetOnTheBuilderKeepsTheOtherMarkings() {
        InformationItem item = seizure().toBuilder().markings(Markings.of(TlpLabel.AMBER)
                .withHandling(HandlingCode.H3, "by hand")).tlp(TlpLabel.RED).build();
        assertThat(item.markings()).isEqualTo(new Markings(TlpLabel.RED, HandlingCode.H3, "by hand", null));
        assertThat(InformationItem.builder("X").title("t").originator(RCA).category(InformationCategory.SEIZURE_REPORT)
                .tlp(TlpLabel.GREEN).build().markings()).isEqualTo(Markings.of(TlpLabel.GREEN));
    }
}
