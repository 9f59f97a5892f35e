package org.passerelle.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.analysis.Scenario.DRUGS;
import static org.passerelle.analysis.Scenario.IMMIGRATION;
import static org.passerelle.analysis.Scenario.MOU_2017;
import static org.passerelle.analysis.Scenario.MOU_2022;
import static org.passerelle.analysis.Scenario.RCA;
import static org.passerelle.analysis.Scenario.RNP;
import static org.passerelle.analysis.Scenario.RTA;
import static org.passerelle.analysis.Scenario.SC01_DAY;
import static org.passerelle.analysis.Scenario.key;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passerelle.model.Agency;
import org.passerelle.model.InvalidInputException;
import org.passerelle.sharing.Condition;
import org.passerelle.sharing.InformationCategory;
import org.passerelle.sharing.InformationItem;
import org.passerelle.model.ItemId;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;

class FlowMatrixTest {
    private static final FlowMatrix SC01 = PolicyAnalysis.of(Scenario.policy(), SC01_DAY, SC01_DAY).flowMatrix();

    @Test
    void aFlowThePolicyAllowsIsInTheMatrixWithItsAgreementAndConditions() {
        Flow f = SC01.flow(key(RCA, RNP, InformationCategory.SEIZURE_REPORT, DRUGS)).orElseThrow();

        assertThat(f.outcome()).isEqualTo(Outcome.PERMIT_WITH_CONDITIONS);
        assertThat(f.agreement()).isEqualTo(MOU_2022);
        assertThat(f.conditionKinds()).contains(Condition.Kind.RETAIN_UNTIL,
                Condition.Kind.NO_ONWARD_TRANSFER_WITHOUT_CONSENT);
        assertThat(f.items()).as("SEIZ-2024-0042 is held by RCA").isEqualTo(1);
        assertThat(f.byLawOnly()).isFalse();
    }

    @Test
    void aFlowThePolicyRefusesIsNotInTheMatrix() {
        // SC-02: the immigration check is no purpose of the MoU; the tax agency is party to nothing with RCA.
        assertThat(SC01.flow(key(RCA, RNP, InformationCategory.DECLARATION_DATA, IMMIGRATION))).isEmpty();
        assertThat(SC01.flow(key(RCA, RTA, InformationCategory.DECLARATION_DATA, DRUGS))).isEmpty();
        assertThat(SC01.between(RCA, RTA)).allSatisfy(f -> assertThat(f.category())
                .isEqualTo(InformationCategory.PERSONAL_DATA));
        assertThat(SC01.flows()).noneMatch(f -> f.outcome() == Outcome.DENY);
    }

    @Test
    void everyWitnessIsDecidedByTheEngineWithTheFlowsOutcome() {
        SharingEngine engine = SharingEngine.compile(withHypotheticalItems(Scenario.policy()));
        assertThat(SC01.flows()).isNotEmpty().allSatisfy(f -> {
            SharingDecision d = engine.decide(f.witness());
            assertThat(d.outcome()).as(f.key().toString()).isEqualTo(f.outcome());
            assertThat(d.agreement()).isEqualTo(f.agreement());
            assertThat(d.conditions()).isEqualTo(f.conditions());
        });
    }

    @Test
    void aFlowTheLawOpensButNoItemReachesIsMarkedByLawOnly() {
        Flow f = SC01.flow(key(RNP, RCA, InformationCategory.INTELLIGENCE_REPORT, DRUGS)).orElseThrow();

        assertThat(f.byLawOnly()).as("RNP holds no item").isTrue();
        assertThat(f.witness().item().value()).startsWith("hypothetical:RNP:");
    }

    @Test
    void theMatrixFollowsTheValidityOfAgreements() {
        // SC-03: before 2022 only the 2017 MoU holds; across the new year both do, one after the other.
        FlowMatrix y2021 = PolicyAnalysis.of(Scenario.policy(), LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 1))
                .flowMatrix();
        assertThat(y2021.flow(key(RCA, RNP, InformationCategory.SEIZURE_REPORT, DRUGS)).orElseThrow().agreement())
                .isEqualTo(MOU_2017);
        FlowMatrix span = PolicyAnalysis.of(Scenario.policy(), LocalDate.of(2021, 12, 20), LocalDate.of(2022, 1, 10))
                .flowMatrix();
        assertThat(span.flow(key(RCA, RNP, InformationCategory.SEIZURE_REPORT, DRUGS))).isPresent();
        FlowMatrix y2030 = PolicyAnalysis.of(Scenario.policy(), LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 1))
                .flowMatrix();
        assertThat(y2030.flow(key(RCA, RNP, InformationCategory.SEIZURE_REPORT, DRUGS))).isEmpty();
    }

    /**
     * The matrix against brute force: every item of the policy, to every agency, for every purpose,
     * on every day of a period that crosses the start of the 2022 MoU, decided one by one.
     */
    @Test
    void theMatrixAgreesWithDecidingEveryItemOnEveryDay() {
        SharingPolicy policy = Scenario.policy();
        LocalDate from = LocalDate.of(2021, 12, 28);
        LocalDate to = LocalDate.of(2022, 1, 4);
        FlowMatrix matrix = PolicyAnalysis.of(policy, from, to).flowMatrix();
        SharingEngine engine = SharingEngine.compile(policy);
        Map<Flow.Key, Outcome> best = new HashMap<>();
        Map<Flow.Key, Set<ItemId>> reaching = new HashMap<>();
        for (InformationItem item : policy.items().values()) {
            for (Agency recipient : policy.agencies().values()) {
                if (recipient.id().equals(item.holder())) {
                    continue;
                }
                for (PurposeId purpose : policy.purposes().keySet()) {
                    Flow.Key k = key(item.holder(), recipient.id(), item.category(), purpose);
                    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                        SharingRequest r = SharingRequest.builder().recipient(recipient.id().value())
                                .item(item.id().value()).purpose(purpose.value()).at(day.atTime(12, 0)
                                .toInstant(java.time.ZoneOffset.UTC)).confidentialityAssured(true)
                                .realIndications("recorded").build();
                        Outcome o = engine.decide(r).outcome();
                        if (o != Outcome.DENY) {
                            best.merge(k, o, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                            reaching.computeIfAbsent(k, x -> new HashSet<>()).add(item.id());
                        }
                    }
                }
            }
        }
        assertThat(best).isNotEmpty();
        for (Map.Entry<Flow.Key, Outcome> e : best.entrySet()) {
            Flow f = matrix.flow(e.getKey()).orElseThrow(() -> new AssertionError("missing " + e.getKey()));
            assertThat(f.outcome().compareTo(e.getValue())).as(e.getKey().toString()).isLessThanOrEqualTo(0);
            assertThat(f.items()).as(e.getKey().toString()).isEqualTo(reaching.get(e.getKey()).size());
        }
        for (Flow f : matrix.flows()) {
            if (!f.byLawOnly()) {
                assertThat(best).as("a flow that no item reaches has no items: " + f.key()).containsKey(f.key());
            }
        }
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> PolicyAnalysis.of(Scenario.policy(), SC01_DAY, SC01_DAY.minusDays(1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("to")
                .hasMessageContaining(SC01_DAY.minusDays(1).toString());
    }

    /** The policy with the hypothetical items the analysis adds, built the way the analysis builds them. */
    static SharingPolicy withHypotheticalItems(SharingPolicy policy) {
        SharingPolicy.Builder b = policy.toBuilder();
        for (DecisionSpace.ItemClass c : new DecisionSpace(policy, SC01_DAY, SC01_DAY,
                org.passerelle.sharing.IntendedUse.INTELLIGENCE).classes) {
            if (c.hypothetical()) {
                b.items(c.representative());
            }
        }
        return b.build();
    }
}
