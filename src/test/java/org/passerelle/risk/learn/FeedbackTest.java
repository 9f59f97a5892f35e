package org.passerelle.risk.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.model.Declaration;
import org.passerelle.model.InvalidInputException;
import org.passerelle.risk.Criterion;
import org.passerelle.risk.Indicator;
import org.passerelle.risk.Lane;
import org.passerelle.risk.Profile;
import org.passerelle.risk.RiskContext;
import org.passerelle.risk.RiskEngine;
import org.passerelle.risk.ThreatArea;

/**
 * The effectiveness statistics of the feedback loop on hand-computed cases.
 */
class FeedbackTest {
    @Test
    void wilsonIntervalsMatchHandComputedValues() {
        double[] all = Feedback.wilson(14, 14, Feedback.Z95);
        assertThat(all[0]).isCloseTo(0.7847, within(1e-4));
        assertThat(all[1]).isEqualTo(1.0);
        double[] half = Feedback.wilson(10, 20, Feedback.Z95);
        assertThat(half[0]).isCloseTo(0.2993, within(1e-4));
        assertThat(half[1]).isCloseTo(0.7007, within(1e-4));
        assertThat(Feedback.wilson(0, 0, Feedback.Z95)).containsExactly(0, 1);
        assertThatThrownBy(() -> Feedback.wilson(3, 2, Feedback.Z95)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("3 of 2");
    }

    /** 100 declarations: those from VN are flagged; of the 40 flagged, 30 irregular; of the 60 others, 6. */
    private static List<Inspection> history() {
        List<Inspection> out = new ArrayList<>();
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        int flagged = 0;
        int other = 0;
        for (int i = 0; out.size() < 100; i++) {
            Declaration d = Histories.declaration(r, i);
            boolean vn = d.items().get(0).origin().code().equals("VN");
            if (vn && flagged < 40) {
                out.add(Histories.inspected(d, flagged < 30, flagged % 4 == 0));
                flagged++;
            } else if (!vn && other < 60) {
                out.add(Histories.inspected(d, other < 6, other % 3 == 0));
                other++;
            }
        }
        return out;
    }

    private static RiskEngine engine() {
        return RiskEngine.builder()
                .indicators(Indicator.of("VN", ThreatArea.REVENUE, 50, "origin VN", Criterion.originCountry("VN")))
                .profiles(Profile.builder("P").title("Vietnam").owner("RCA").threatArea(ThreatArea.REVENUE)
                        .indicators("VN").directLane(Lane.YELLOW).valid(LocalDate.of(2020, 1, 1), null).build())
                .build();
    }

    @Test
    void hitRateLiftAndRecallFromRandomInspections() {
        Feedback f = Feedback.measure(engine(), RiskContext.EMPTY, history());

        // random inspections: VN i % 4 == 0 for i < 40 -> 10, of which irregular i < 30 -> 8; others i % 3 == 0
        // for i < 60 -> 20, of which irregular i < 6 -> 2. Base rate 10 / 30.
        assertThat(f.baseRate()).isCloseTo(10 / 30.0, within(1e-12));
        Feedback.Stats vn = f.indicators().get("VN");
        assertThat(vn.inspections()).isEqualTo(40);
        assertThat(vn.hits()).isEqualTo(30);
        assertThat(vn.hitRate()).isEqualTo(0.75);
        assertThat(vn.lift()).isCloseTo(0.75 / (10 / 30.0), within(1e-12));
        assertThat(vn.recall()).isCloseTo(8 / 10.0, within(1e-12));
        assertThat(vn.low()).isLessThan(0.75);
        assertThat(vn.high()).isGreaterThan(0.75);
        assertThat(f.profiles().get("P").inspections()).isEqualTo(40);
    }

    @Test
    void driftIsReportedPerPeriod() {
        Feedback f = Feedback.measure(engine(), RiskContext.EMPTY, history());
        int total = 0;
        for (Feedback.Stats s : f.drift("VN").values()) {
            total += s.inspections();
        }
        assertThat(total).isEqualTo(40);
        assertThat(f.drift("VN").keySet()).allMatch(k -> k.matches("2024-0[1-6]"));
        assertThat(f.drift("NONE")).isEmpty();
    }

    @Test
    void shadowScoringMeasuresCandidatesBeforeDeployment() {
        List<Indicator> candidates = List.of(
                Indicator.of("VN", ThreatArea.REVENUE, 0, "origin VN", Criterion.originCountry("VN")),
                Indicator.of("CN", ThreatArea.REVENUE, 0, "origin CN", Criterion.originCountry("CN")));
        Feedback f = Feedback.shadow(candidates, RiskContext.EMPTY, history());
        assertThat(f.indicators().get("VN").hitRate()).isEqualTo(0.75);
        assertThat(f.indicators().get("CN").hitRate()).isLessThan(0.2);
        assertThat(f.profiles()).isEmpty();
        assertThatThrownBy(() -> Feedback.shadow(List.of(), RiskContext.EMPTY, history()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Feedback.measure(engine(), RiskContext.EMPTY, List.of()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void withoutRandomInspectionsRecallIsUnknownAndTheBaseRateIsOverall() {
        List<Inspection> none = new ArrayList<>();
        for (Inspection i : history()) {
            none.add(new Inspection(i.declaration(), i.result(), false));
        }
        Feedback f = Feedback.measure(engine(), RiskContext.EMPTY, none);
        assertThat(f.baseRate()).isCloseTo(0.36, within(1e-12));
        assertThat(f.indicators().get("VN").recall()).isNaN();
    }
}
