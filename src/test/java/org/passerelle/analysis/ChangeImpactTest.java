package org.passerelle.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.analysis.Scenario.IMMIGRATION;
import static org.passerelle.analysis.Scenario.MOU_2022;
import static org.passerelle.analysis.Scenario.RCA;
import static org.passerelle.analysis.Scenario.RNP;
import static org.passerelle.analysis.Scenario.SC01_DAY;

import org.junit.jupiter.api.Test;
import org.passerelle.sharing.InformationCategory;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingPolicy;

class ChangeImpactTest {
    private static final SharingPolicy OLD = Scenario.policy();
    private static final SharingPolicy NEW = Scenario.withImmigrationPurpose();

    @Test
    void addingOnePurposeToTheMouIsNewAccessShownByARequestTheNewLawPermits() {
        ChangeImpact impact = PolicyAnalysis.of(OLD, SC01_DAY, SC01_DAY).changeTo(NEW);

        assertThat(impact.opensNewAccess()).isTrue();
        assertThat(impact.changes()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(FlowChange.Kind.NEW_ACCESS);
            assertThat(c.key().purpose()).isEqualTo(IMMIGRATION);
        });
        FlowChange seizure = impact.changes().stream().filter(c -> c.key().equals(Scenario.key(RCA, RNP,
                InformationCategory.SEIZURE_REPORT, IMMIGRATION))).findFirst().orElseThrow();
        assertThat(seizure.before()).isNull();
        assertThat(seizure.after().agreement()).isEqualTo(MOU_2022);
        // The witness shows it: refused under the old law, permitted under the new one.
        assertThat(SharingEngine.compile(OLD).decide(seizure.witness()).outcome()).isEqualTo(Outcome.DENY);
        assertThat(SharingEngine.compile(NEW).decide(seizure.witness()).outcome().isPermit()).isTrue();
    }

    @Test
    void removingThatPurposeIsLostAccessAndOpensNothing() {
        ChangeImpact impact = PolicyAnalysis.of(NEW, SC01_DAY, SC01_DAY).changeTo(OLD);

        assertThat(impact.opensNewAccess()).isFalse();
        assertThat(impact.changes(FlowChange.Kind.LOST_ACCESS)).isNotEmpty();
        assertThat(impact.changes()).allSatisfy(c -> assertThat(c.kind()).isEqualTo(FlowChange.Kind.LOST_ACCESS));
    }

    @Test
    void theSameLawChangesNothing() {
        assertThat(PolicyAnalysis.of(OLD, SC01_DAY, SC01_DAY).changeTo(Scenario.policy()).changes()).isEmpty();
    }

    @Test
    void stricterTermsUnderTheNewLawAreStrongerConditionsNotNewAccess() {
        SharingPolicy stricter = OLD.toBuilder().putAgreement(OLD.agreements().get(MOU_2022).toBuilder()
                .onwardTransfer(org.passerelle.sharing.OnwardTransferPolicy.NONE).build()).build();
        ChangeImpact impact = PolicyAnalysis.of(OLD, SC01_DAY, SC01_DAY).changeTo(stricter);

        assertThat(impact.opensNewAccess()).isFalse();
        assertThat(impact.changes()).isNotEmpty().noneMatch(c -> c.kind() == FlowChange.Kind.NEW_ACCESS
                || c.kind() == FlowChange.Kind.WEAKER_CONDITIONS);
        assertThat(PolicyAnalysis.of(stricter, SC01_DAY, SC01_DAY).changeTo(OLD).changes())
                .noneMatch(c -> c.kind() == FlowChange.Kind.NEW_ACCESS || c.kind() == FlowChange.Kind.LOST_ACCESS);
    }
}
