package org.passerelle.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Problem;

/**
 * Every numeric setting of the risk engine at its boundary, both ways and through both entry points
 * (the builder and {@link RiskSettings} as read from a policy): the smallest allowed value is kept,
 * one less is refused with the setting and the value named.
 */
class RiskSettingsBoundariesTest {
    private static final RiskSettings D = RiskSettings.DEFAULTS;

    private static RiskSettings settings(int lowWeight, int minLowWeightHits, int aeoReduction, Map<Lane, Double> rates,
            Long seed, Duration yellowToBlueAfter) {
        return new RiskSettings(D.bands(), lowWeight, minLowWeightHits, aeoReduction, D.aeoRoles(), rates, seed,
                D.genericDescriptions(), D.incompleteLane(), D.zone(), D.rerouteRoles(), yellowToBlueAfter,
                D.failClosedLane());
    }

    private static String refusal(Runnable build) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, build::run);
        assertThat(e).as("refused").isNotNull();
        Problem p = e.problems().get(0);
        return p.field() + " " + p.value() + ": " + p.message().replaceAll(" \\(got .*\\)$", "");
    }

    @Test
    void rr04LowWeightAndHitCountsAcceptTheirSmallestValueAndRefuseOneLess() {
        assertThat(RiskEngine.builder().lowWeight(0).minLowWeightHits(1).build().settings())
                .satisfies(s -> {
                    assertThat(s.lowWeight()).isZero();
                    assertThat(s.minLowWeightHits()).isEqualTo(1);
                });
        assertThat(settings(0, 1, 0, Map.of(), null, null).lowWeight()).isZero();

        assertThat(refusal(() -> RiskEngine.builder().lowWeight(-1))).isEqualTo("lowWeight -1: must be zero or more");
        assertThat(refusal(() -> settings(-1, 1, 0, Map.of(), null, null))).isEqualTo("lowWeight -1: must be zero or more");
        assertThat(refusal(() -> RiskEngine.builder().minLowWeightHits(0))).isEqualTo("minLowWeightHits 0: must be 1 or more");
        assertThat(refusal(() -> settings(0, 0, 0, Map.of(), null, null))).isEqualTo("minLowWeightHits 0: must be 1 or more");
    }

    @Test
    void rr05TheAeoReductionMayBeZeroButNotNegative() {
        assertThat(RiskEngine.builder().aeoReduction(0).build().settings().aeoReduction()).isZero();
        assertThat(refusal(() -> RiskEngine.builder().aeoReduction(-1))).isEqualTo("aeoReduction -1: must be zero or more");
        assertThat(refusal(() -> settings(20, 2, -1, Map.of(), null, null))).isEqualTo("aeoReduction -1: must be zero or more");
    }

    @Test
    void rr02RatesOfExactlyZeroAndOneAndSumsOfExactlyOneAreAllowed() {
        RiskSettings full = RiskEngine.builder().randomRate(Lane.RED, 1.0).randomSeed(1).build().settings();
        assertThat(full.randomRate(Lane.RED)).isEqualTo(1.0);

        RiskSettings sumOfOne = settings(20, 2, 0, Map.of(Lane.RED, 0.25, Lane.YELLOW, 0.75), 1L, null);
        assertThat(sumOfOne.randomRate(Lane.YELLOW)).isEqualTo(0.75);

        RiskSettings zero = settings(20, 2, 0, Map.of(Lane.BLUE, 0.0), null, null);
        assertThat(zero.randomRates()).as("a lane with rate 0 is left out, so no seed is needed").isEmpty();
        assertThat(zero.randomRate(Lane.BLUE)).isZero();

        assertThat(refusal(() -> settings(20, 2, 0, Map.of(Lane.RED, 0.5, Lane.YELLOW, 0.625), 1L, null)))
                .isEqualTo("randomRates 1.125: rates must add up to at most 1");
        assertThat(refusal(() -> settings(20, 2, 0, Map.of(Lane.RED, 1.0000001), 1L, null)))
                .isEqualTo("randomRates.RED 1.0000001: must be 0 to 1");
        assertThat(refusal(() -> settings(20, 2, 0, Map.of(Lane.RED, -0.0001), 1L, null)))
                .isEqualTo("randomRates.RED -1.0E-4: must be 0 to 1");
        assertThat(refusal(() -> RiskEngine.builder().randomRate(Lane.RED, 1.0000001)))
                .isEqualTo("randomRates.RED 1.0000001: must be 0 to 1");
    }

    @Test
    void rr01YellowIsReleasedBlueOnlyAfterAPositiveDuration() {
        assertThat(settings(20, 2, 0, Map.of(), null, Duration.ofSeconds(1)).yellowToBlueAfter())
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(refusal(() -> settings(20, 2, 0, Map.of(), null, Duration.ZERO)))
                .isEqualTo("yellowToBlueAfter PT0S: must be positive");
        assertThat(refusal(() -> settings(20, 2, 0, Map.of(), null, Duration.ofSeconds(-1))))
                .isEqualTo("yellowToBlueAfter PT-1S: must be positive");
    }
}
