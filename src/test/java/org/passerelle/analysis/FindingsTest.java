package org.passerelle.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.analysis.Scenario.SC01_DAY;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.sharing.InformationItem;
import org.passerelle.model.ItemStatus;
import org.passerelle.sharing.PartySpec;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SourceRestrictions;

class FindingsTest {

    private static List<Finding> findings(SharingPolicy policy) {
        return PolicyAnalysis.of(policy, SC01_DAY, SC01_DAY).findings();
    }

    private static List<Finding> withCode(List<Finding> all, String code) {
        return all.stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void twoAgreementsOnOneFlowWithDifferentTermsAreAnOverlapNamingTheWinnerAndTheStricterTerms() {
        List<Finding> overlaps = withCode(findings(Scenario.withOverlap()), "OVERLAP");

        assertThat(overlaps).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.NOTICE);
            assertThat(f.section()).isEqualTo("agreements");
            assertThat(f.element()).isEqualTo("MOU-RCA-RNP-2023-DRUGS");
            assertThat(f.message()).contains("the engine relies on MOU-RCA-RNP-2022")
                    .contains("RCA -> RNP SEIZURE_REPORT for drug-trafficking-investigation")
                    .contains("stricter redaction would also have removed consigneeDirectorName")
                    .contains("retention would have ended on 2025-05-10 instead of 2029-05-10");
        });
    }

    @Test
    void theScenarioPolicyHasNoOverlap() {
        assertThat(withCode(findings(Scenario.policy()), "OVERLAP")).isEmpty();
    }

    @Test
    void anExpiredAgreementNeverAppliesInThePeriodButDoesBeforeItsEnd() {
        assertThat(withCode(findings(Scenario.policy()), "AGREEMENT_NEVER_IN_FORCE"))
                .extracting(Finding::element).containsExactly("MOU-RCA-RNP-2017");
        List<Finding> in2020 = PolicyAnalysis.of(Scenario.policy(), LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 1, 1)).findings();
        assertThat(withCode(in2020, "AGREEMENT_NEVER_IN_FORCE")).extracting(Finding::element)
                .containsExactly("MOU-RCA-RNP-2022");
    }

    @Test
    void anAgreementWithOnePartyCanCarryNothing() {
        SharingPolicy p = Scenario.policy();
        assertThat(withCode(findings(p), "AGREEMENT_WITHOUT_TWO_PARTIES")).isEmpty();
        SharingPolicy single = p.toBuilder().putAgreement(org.passerelle.sharing.SharingAgreement
                .builder("SOLO").title("Solo").instrumentType(org.passerelle.sharing.InstrumentType.MOU)
                .legalBasis("none", null).parties(PartySpec.agency("RCA")).purposes(Scenario.DRUGS.value())
                .categories(org.passerelle.sharing.InformationCategory.CASE_FILE).build()).build();
        assertThat(withCode(findings(single), "AGREEMENT_WITHOUT_TWO_PARTIES")).extracting(Finding::element)
                .containsExactly("SOLO");
    }

    @Test
    void aPurposeInNoAgreementIsNamedAndAGrantedOneIsNot() {
        List<Finding> all = findings(Scenario.policy());
        assertThat(withCode(all, "PURPOSE_IN_NO_AGREEMENT")).extracting(Finding::element)
                .contains("immigration-enforcement-check").doesNotContain("drug-trafficking-investigation");
        assertThat(withCode(findings(Scenario.withImmigrationPurpose()), "PURPOSE_IN_NO_AGREEMENT"))
                .extracting(Finding::element).doesNotContain("immigration-enforcement-check");
    }

    @Test
    void anErasedItemNoOneMayReceiveIsNamedAndAReachableOneIsNot() {
        SharingPolicy p = Scenario.policy();
        SharingPolicy withErased = p.toBuilder().items(InformationItem.builder("ERASED-1").title("Erased report")
                .originator("RCA").category(org.passerelle.sharing.InformationCategory.SEIZURE_REPORT)
                .status(ItemStatus.ERASED).build()).build();
        assertThat(withCode(findings(withErased), "ITEM_UNREACHABLE")).extracting(Finding::element)
                .contains("ERASED-1").doesNotContain("SEIZ-2024-0042");
    }

    @Test
    void excludingAnAgencyThatCouldNotReceiveAnywayChangesNothingButExcludingThePoliceDoes() {
        SharingPolicy p = Scenario.policy();
        InformationItem seizure = p.items().get(org.passerelle.model.ItemId.of("SEIZ-2024-0042"));
        SharingPolicy excludesTax = p.toBuilder().putItem(seizure.toBuilder().restrictions(new SourceRestrictions(
                null, new java.util.TreeSet<>(List.of(Scenario.RTA)), null, null, false)).build()).build();
        SharingPolicy excludesPolice = p.toBuilder().putItem(seizure.toBuilder().restrictions(new SourceRestrictions(
                null, new java.util.TreeSet<>(List.of(Scenario.RNP)), null, null, false)).build()).build();

        assertThat(withCode(findings(excludesTax), "RESTRICTION_WITHOUT_EFFECT")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("the exclusion of RTA"));
        assertThat(withCode(findings(excludesPolice), "RESTRICTION_WITHOUT_EFFECT")).isEmpty();
    }

    @Test
    void aDesignationNoRuleReadsForTheseRequestsIsNamed() {
        assertThat(withCode(findings(Scenario.policy()), "DESIGNATION_WITHOUT_EFFECT")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.section()).isEqualTo("agencies"));
    }
}
