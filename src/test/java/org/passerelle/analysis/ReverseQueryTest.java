package org.passerelle.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.analysis.Scenario.DRUGS;
import static org.passerelle.analysis.Scenario.MOU_2022;
import static org.passerelle.analysis.Scenario.RCA;
import static org.passerelle.analysis.Scenario.RNP;
import static org.passerelle.analysis.Scenario.RPP;
import static org.passerelle.analysis.Scenario.RTA;
import static org.passerelle.analysis.Scenario.SC01_DAY;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.model.AgencyId;
import org.passerelle.model.PasserelleException;
import org.passerelle.sharing.InformationCategory;
import org.passerelle.model.ItemId;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.SharingDecision;

class ReverseQueryTest {
    private static final PolicyAnalysis ANALYSIS = PolicyAnalysis.of(Scenario.policy(), SC01_DAY, SC01_DAY);
    private static final ItemId SEIZURE = ItemId.of("SEIZ-2024-0042");
    private static final ItemId NAPLES = ItemId.of("NAPLES-FCS-2024-0007");

    @Test
    void whoMayReceiveTheSeizureReportForDrugsNamesThePoliceAndNotTheTaxAgency() {
        List<SharingDecision> who = ANALYSIS.whoMayReceive(SEIZURE, DRUGS, SC01_DAY);

        SharingDecision police = who.stream().filter(d -> d.request().recipient().equals(RNP)).findFirst()
                .orElseThrow();
        assertThat(police.outcome()).isEqualTo(Outcome.PERMIT_WITH_CONDITIONS);
        assertThat(police.agreement()).isEqualTo(MOU_2022);
        assertThat(police.redactedFields()).containsExactly("bankAccount", "homePhone");
        assertThat(who).extracting(d -> d.request().recipient()).doesNotContain(RTA, RCA);
        assertThat(who).noneMatch(d -> d.outcome() == Outcome.DENY);
    }

    @Test
    void whoMayReceiveTheNaplesItemForCustomsProsecutionNamesTheProsecutorButNotForATaxAudit() {
        // SC-05: forwarding to the prosecutor is permitted; to the tax agency it waits for consent.
        List<SharingDecision> prosecution = ANALYSIS.whoMayReceive(NAPLES, PurposeId.of("customs-prosecution"),
                SC01_DAY);
        assertThat(prosecution).anySatisfy(d -> {
            assertThat(d.request().recipient()).isEqualTo(RPP);
            assertThat(d.outcome().isPermit()).isTrue();
        });
        List<SharingDecision> tax = ANALYSIS.whoMayReceive(NAPLES, PurposeId.of("income-tax-audit"), SC01_DAY);
        assertThat(tax).filteredOn(d -> d.request().recipient().equals(RTA))
                .singleElement().satisfies(d -> assertThat(d.outcome()).isEqualTo(Outcome.PENDING_CONSENT));
        assertThat(tax).noneMatch(d -> d.outcome().isPermit());
    }

    @Test
    void whatMayThePoliceReceiveFromCustomsIsTheirFlowsAndTheTaxAgencyFromThePoliceNothing() {
        List<Flow> police = ANALYSIS.whatMayReceive(RNP, RCA);
        assertThat(police).anySatisfy(f -> {
            assertThat(f.category()).isEqualTo(InformationCategory.SEIZURE_REPORT);
            assertThat(f.purpose()).isEqualTo(DRUGS);
        });
        assertThat(police).allSatisfy(f -> {
            assertThat(f.holder()).isEqualTo(RCA);
            assertThat(f.recipient()).isEqualTo(RNP);
        });
        assertThat(ANALYSIS.whatMayReceive(RTA, RNP)).isEmpty();
    }

    @Test
    void unknownItemsPurposesAndAgenciesAreNamed() {
        assertThatThrownBy(() -> ANALYSIS.whoMayReceive(ItemId.of("NO-SUCH"), DRUGS, SC01_DAY))
                .isInstanceOf(PasserelleException.class).hasMessageContaining("NO-SUCH");
        assertThatThrownBy(() -> ANALYSIS.whoMayReceive(SEIZURE, PurposeId.of("fishing"), SC01_DAY))
                .isInstanceOf(PasserelleException.class).hasMessageContaining("fishing");
        assertThatThrownBy(() -> ANALYSIS.whatMayReceive(AgencyId.of("XYZ"), RCA))
                .isInstanceOf(PasserelleException.class).hasMessageContaining("XYZ");
    }
}
