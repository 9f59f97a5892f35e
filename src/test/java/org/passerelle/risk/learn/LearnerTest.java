package org.passerelle.risk.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.model.InvalidInputException;
import org.passerelle.risk.Assessment;
import org.passerelle.risk.Criterion;
import org.passerelle.risk.Indicator;
import org.passerelle.risk.Lane;
import org.passerelle.risk.RiskEngine;
import org.passerelle.risk.RiskPolicy;

/**
 * The learner on small generated histories: it finds a known signal, it finds nothing in noise, it
 * never turns exact values into criteria, and its policy is the engine's.
 */
class LearnerTest {
    private static double[] scores(RiskPolicy policy, List<Inspection> history) {
        double[] s = new double[history.size()];
        RiskEngine engine = RiskEngine.compile(policy);
        for (int i = 0; i < s.length; i++) {
            s[i] = engine.assess(history.get(i).declaration(), policy.context(),
                    history.get(i).declaration().lodgedAt()).score();
        }
        return s;
    }

    private static List<Metrics.Point> measure(RiskPolicy policy, List<Inspection> history, double... shares) {
        boolean[] y = new boolean[history.size()];
        double[] rev = new double[history.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = history.get(i).irregular();
            rev[i] = history.get(i).revenue();
        }
        return Metrics.at(scores(policy, history), y, rev, shares);
    }

    @Test
    void findsAKnownSignalAndExplainsItWithItsEvidence() {
        List<Inspection> train = Histories.history(1, 4000, Histories::plasticsFromVietnam, 0.9, 0.05);
        List<Inspection> valid = Histories.history(2, 1000, Histories::plasticsFromVietnam, 0.9, 0.05);
        List<Inspection> test = Histories.history(3, 1000, Histories::plasticsFromVietnam, 0.9, 0.05);

        LearnedPolicy learned = Learner.builder().build().learn(train, valid);
        RiskPolicy policy = learned.policy();

        Indicator heaviest = policy.indicators().stream().max(Comparator.comparingInt(Indicator::weight)).orElseThrow();
        assertThat(heaviest.id().value()).contains("392329").contains("VN");
        assertThat(heaviest.reason()).matches("HS 392329 (of origin VN|from VN).*: \\d+ of \\d+ inspected were irregular");
        // the signal covers about 1 declaration in 120: ranked by score, the declarations it covers come first
        double[] s = scores(policy, test);
        boolean[] covered = new boolean[s.length];
        int k = 0;
        for (int i = 0; i < s.length; i++) {
            covered[i] = Histories.plasticsFromVietnam(test.get(i).declaration());
            k += covered[i] ? 1 : 0;
        }
        assertThat(k).isGreaterThan(3);
        double share = (double) k / s.length;
        assertThat(Metrics.at(s, covered, new double[s.length], share).get(0).precision())
                .isGreaterThanOrEqualTo(0.8);

        Inspection signal = test.stream().filter(i -> Histories.plasticsFromVietnam(i.declaration())).findFirst()
                .orElseThrow();
        Assessment a = RiskEngine.compile(policy).assess(signal.declaration(), policy.context(), signal.declaration().lodgedAt());
        assertThat(a.lane()).isEqualTo(Lane.RED);
        assertThat(a.explanation()).contains("additive scorecard, weights fitted jointly", "392329",
                "inspected were irregular");
        Inspection other = test.stream().filter(i -> !Histories.plasticsFromVietnam(i.declaration())
                && i.declaration().items().get(0).commodityCode().equals("851890")).findFirst().orElseThrow();
        assertThat(RiskEngine.compile(policy).assess(other.declaration(), policy.context(), other.declaration().lodgedAt())
                .lane()).isNotEqualTo(Lane.RED);
    }

    @Test
    void findsNothingInNoise() {
        List<Inspection> train = Histories.history(4, 4000, d -> false, 0, 0.2);
        List<Inspection> valid = Histories.history(5, 1000, d -> false, 0, 0.2);
        List<Inspection> test = Histories.history(6, 2000, d -> false, 0, 0.2);
        double base = test.stream().filter(Inspection::irregular).count() / (double) test.size();

        LearnedPolicy learned;
        try {
            learned = Learner.builder().build().learn(train, valid);
        } catch (InvalidInputException e) {
            assertThat(e).hasMessageContaining("nothing to learn");
            return;
        }
        // whatever it kept, it selects no better than chance: within 2.6 binomial standard deviations
        for (Metrics.Point p : measure(learned.policy(), test, 0.05, 0.10, 0.25)) {
            double sd = Math.sqrt(base * (1 - base) / p.inspected());
            assertThat(p.precision()).as("precision at %s", p.share()).isBetween(base - 2.6 * sd, base + 2.6 * sd);
        }
        for (double coefficient : learned.familyWeights().values()) {
            assertThat(coefficient).isLessThan(0.5);
        }
    }

    @Test
    void exactValuesAreNeverCriteria() {
        // a price that always means fraud: the learner may use its band, never the value itself
        List<Inspection> train = new ArrayList<>(Histories.history(7, 3000, Histories::plasticsFromVietnam, 0.9, 0.05));
        List<Inspection> valid = Histories.history(8, 800, Histories::plasticsFromVietnam, 0.9, 0.05);
        LearnedPolicy learned = Learner.builder().build().learn(train, valid);
        for (Indicator i : learned.policy().indicators()) {
            assertRanges(i.criterion());
        }
    }

    private static void assertRanges(Criterion c) {
        switch (c.kind()) {
            case RANGE: {
                Criterion.Range r = (Criterion.Range) c;
                assertThat(r.min() == 0 || r.max() / r.min() > 3).as("a range, not a value: %s", r).isTrue();
                break;
            }
            case ALL_OF:
                ((Criterion.AllOf) c).criteria().forEach(LearnerTest::assertRanges);
                break;
            default:
                break;
        }
    }

    @Test
    void learnedBandsFollowTheValidationShares() {
        List<Inspection> train = Histories.history(9, 3000, Histories::plasticsFromVietnam, 0.9, 0.05);
        List<Inspection> valid = Histories.history(10, 1000, Histories::plasticsFromVietnam, 0.9, 0.05);
        RiskPolicy policy = Learner.builder().shares(0.02, 0.2).build().learn(train, valid).policy();

        RiskEngine engine = RiskEngine.compile(policy);
        long red = valid.stream().filter(i -> engine.assess(i.declaration(), policy.context(),
                i.declaration().lodgedAt()).lane() == Lane.RED).count();
        long controlled = valid.stream().filter(i -> engine.assess(i.declaration(), policy.context(),
                i.declaration().lodgedAt()).lane() != Lane.GREEN).count();
        // ties at the threshold can only add declarations
        assertThat(red).isGreaterThanOrEqualTo(20);
        assertThat(controlled).isGreaterThanOrEqualTo(200).isGreaterThanOrEqualTo(red);
        assertThat(policy.profiles()).singleElement().satisfies(p -> assertThat(p.scorecard()).isTrue());
    }

    @Test
    void refusesAHistoryWithoutBothOutcomes() {
        List<Inspection> allRegular = Histories.history(11, 100, d -> false, 0, 0);
        assertThatThrownBy(() -> Learner.builder().build().learn(allRegular, allRegular))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("irregular");
        List<Inspection> train = Histories.history(12, 200, Histories::plasticsFromVietnam, 0.9, 0.05);
        assertThatThrownBy(() -> Learner.builder().build().learn(train, List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("validation");
        assertThatThrownBy(() -> Learner.builder().shares(0.3, 0.2)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("shares");
        assertThatThrownBy(() -> Learner.builder().smoothing(0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Learner.builder().minSupport(0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Learner.builder().folds(1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Learner.builder().exploration(Lane.GREEN, 0.1, 1))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void explorationKeepsRandomSelectionInTheLearnedPolicy() {
        List<Inspection> train = Histories.history(13, 2000, Histories::plasticsFromVietnam, 0.9, 0.05);
        List<Inspection> valid = Histories.history(14, 500, Histories::plasticsFromVietnam, 0.9, 0.05);
        RiskPolicy policy = Learner.builder().exploration(Lane.YELLOW, 0.02, 99L).build().learn(train, valid).policy();
        assertThat(policy.settings().randomRate(Lane.YELLOW)).isEqualTo(0.02);
        assertThat(policy.settings().randomSeed()).isEqualTo(99L);
    }
}
