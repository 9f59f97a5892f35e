package org.passerelle.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.passerelle.testing.RiskAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.passerelle.model.InvalidInputException;

/**
 * RR-01, second half: a lane changes after assessment only by an officer in an authorised role, and
 * the change is recorded; a declaration left Yellow for the configured time is released Blue.
 */
class LaneChangeTest {
    private static final Instant LATER = Fixtures.NOW.plusSeconds(3600);

    private static RiskEngine engine() {
        return Fixtures.sc10Engine().rerouteRoles("chief-examiner", "risk-analyst")
                .yellowToBlueAfter(Duration.ofDays(3)).build();
    }

    @Test
    void anAuthorisedRoleChangesTheLaneAndTheChangeIsRecorded() {
        RiskEngine engine = engine();
        Assessment red = engine.assess(Fixtures.d1(), Fixtures.context(), Fixtures.NOW);
        LaneChange change = new LaneChange(Lane.YELLOW, "OFF-17", "chief-examiner",
                "scanner image clear; documentary check suffices", LATER);

        Assessment changed = engine.reroute(red, change);

        assertThat(changed).hasLane(Lane.YELLOW).byRule("RR-01").hasScore(85);
        assertThat(changed.assessedLane()).isEqualTo(Lane.RED);
        assertThat(changed.laneChanges()).containsExactly(change);
        assertThat(changed.ruleHits()).last().satisfies(h -> assertThat(h.detail()).isEqualTo(
                "lane changed from RED to YELLOW by officer OFF-17 (chief-examiner) at 2024-05-10T10:00:00Z: "
                        + "scanner image clear; documentary check suffices"));
        assertThat(changed.explanation()).startsWith("Declaration LRN-D1: lane YELLOW, score 85.")
                .contains("RR-01: lane changed from RED to YELLOW by officer OFF-17");
        assertThat(red).hasLane(Lane.RED);
        assertThat(red.laneChanges()).isEmpty();
    }

    @Test
    void changesChainAndEachIsRecordedInOrder() {
        RiskEngine engine = engine();
        Assessment a = engine.assess(Fixtures.d1(), Fixtures.context(), Fixtures.NOW);
        LaneChange first = new LaneChange(Lane.YELLOW, "OFF-17", "chief-examiner", "scan clear", LATER);
        LaneChange second = new LaneChange(Lane.RED, "AN-3", "risk-analyst", "new intelligence", LATER.plusSeconds(60));

        Assessment twice = engine.reroute(engine.reroute(a, first), second);

        assertThat(twice).hasLane(Lane.RED);
        assertThat(twice.laneChanges()).containsExactly(first, second);
    }

    @Test
    void anUnauthorisedRoleIsRefusedNamingTheRole() {
        RiskEngine engine = engine();
        Assessment red = engine.assess(Fixtures.d1(), Fixtures.context(), Fixtures.NOW);

        UnauthorisedLaneChangeException e = catchThrowableOfType(UnauthorisedLaneChangeException.class,
                () -> engine.reroute(red, new LaneChange(Lane.GREEN, "OFF-99", "border-guard", "looks fine", LATER)));

        assertThat(e.role()).isEqualTo("border-guard");
        assertThat(e.officer()).isEqualTo("OFF-99");
        assertThat(e.declaration()).isEqualTo("LRN-D1");
        assertThat(e).hasMessage("role \"border-guard\" of officer OFF-99 may not change the lane of declaration "
                + "LRN-D1 (RR-01); authorised roles: chief-examiner, risk-analyst");
    }

    @Test
    void byDefaultNoRoleMayChangeALane() {
        RiskEngine engine = Fixtures.sc10Engine().build();
        Assessment red = engine.assess(Fixtures.d1(), Fixtures.context(), Fixtures.NOW);

        assertThatThrownBy(() -> engine.reroute(red,
                new LaneChange(Lane.GREEN, "OFF-1", "chief-examiner", "why not", LATER)))
                .isInstanceOf(UnauthorisedLaneChangeException.class).hasMessageEndingWith("authorised roles: none");
    }

    @Test
    void aChangeBeforeTheAssessmentOrToTheSameLaneIsRejected() {
        RiskEngine engine = engine();
        Assessment red = engine.assess(Fixtures.d1(), Fixtures.context(), Fixtures.NOW);

        assertThatThrownBy(() -> engine.reroute(red, new LaneChange(Lane.YELLOW, "OFF-17", "chief-examiner", "early",
                Fixtures.NOW.minusSeconds(1))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("laneChange.at")
                .hasMessageContaining("2024-05-10T08:59:59Z");
        assertThatThrownBy(() -> engine.reroute(red, new LaneChange(Lane.RED, "OFF-17", "chief-examiner", "same",
                LATER)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is already the lane");
        assertThatThrownBy(() -> new LaneChange(Lane.RED, "OFF-17", "chief-examiner", " ", LATER))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("laneChange.reason");
    }

    @Test
    void aYellowDeclarationIsReleasedBlueAfterTheConfiguredTime() {
        RiskEngine engine = engine();
        Assessment red = engine.assess(Fixtures.d1(), Fixtures.context(), Fixtures.NOW);
        Assessment yellow = engine.reroute(red, new LaneChange(Lane.YELLOW, "OFF-17", "chief-examiner", "scan clear",
                LATER));

        assertThat(engine.laneAsOf(yellow, LATER)).isEqualTo(Lane.YELLOW);
        assertThat(engine.laneAsOf(yellow, LATER.plus(Duration.ofDays(3)).minusSeconds(1))).isEqualTo(Lane.YELLOW);
        assertThat(engine.laneAsOf(yellow, LATER.plus(Duration.ofDays(3)))).isEqualTo(Lane.BLUE);
        assertThat(engine.laneAsOf(red, LATER.plus(Duration.ofDays(30)))).isEqualTo(Lane.RED);
        assertThat(yellow).hasLane(Lane.YELLOW);
    }

    @Test
    void withoutTheSettingYellowStaysYellow() {
        RiskEngine engine = Fixtures.sc10Engine().rerouteRoles("chief-examiner").build();
        Assessment yellow = engine.reroute(engine.assess(Fixtures.d1(), Fixtures.context(), Fixtures.NOW),
                new LaneChange(Lane.YELLOW, "OFF-17", "chief-examiner", "scan clear", LATER));

        assertThat(engine.laneAsOf(yellow, LATER.plus(Duration.ofDays(365)))).isEqualTo(Lane.YELLOW);
        assertThatThrownBy(() -> engine.laneAsOf(yellow, Fixtures.NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("asOf");
        assertThatThrownBy(() -> Fixtures.sc10Engine().yellowToBlueAfter(Duration.ZERO))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("yellowToBlueAfter");
    }

    @Test
    void theEngineReportsTheSettingsItWasBuiltWith() {
        RiskEngine engine = engine();

        RiskSettings s = engine.settings();

        assertThat(s.rerouteRoles()).containsExactly("chief-examiner", "risk-analyst");
        assertThat(s.yellowToBlueAfter()).isEqualTo(Duration.ofDays(3));
        assertThat(s.aeoReduction()).isEqualTo(10);
        assertThat(RiskEngine.builder().settings(s).build().settings()).isEqualTo(s);
        assertThat(RiskEngine.builder().build().settings()).isEqualTo(RiskSettings.DEFAULTS);
    }
}
