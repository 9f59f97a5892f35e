package org.passerelle.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.testing.RiskAssertions.assertThat;
import static org.passerelle.testing.SharingAssertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.passerelle.json.PolicyReader;
import org.passerelle.model.AgencyId;
import org.passerelle.model.Declaration;
import org.passerelle.model.Quantity;
import org.passerelle.risk.Assessment;
import org.passerelle.risk.InspectionResult;
import org.passerelle.risk.Lane;
import org.passerelle.risk.RiskEngine;
import org.passerelle.risk.RiskPolicy;
import org.passerelle.risk.Seizure;
import org.passerelle.bridge.SeizureReports;
import org.passerelle.risk.ThreatArea;
import org.passerelle.sharing.InformationCategory;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.IntendedUse;
import org.passerelle.model.ItemId;
import org.passerelle.model.Markings;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.model.TlpLabel;

/**
 * The bridge from risk to sharing, end to end and from JSON: declaration D1 of SC-10 is assessed
 * Red, the examination finds cocaine in the tobacco, the seizure becomes a seizure report
 * originated by Ruritania Customs, the report joins the scenario sharing policy, and the sharing
 * engine decides whether the police drugs unit may have it.
 */
class RiskToSharingBridgeTest {
    private static final PolicyReader READER = PolicyReader.create();
    private static final Instant ASSESSED = Instant.parse("2024-05-10T09:00:00Z");
    private static final ItemId REPORT = ItemId.of("SEIZ-2024-0100");

    @Test
    @DisplayName("a seizure on a Red declaration becomes a seizure report the police drugs unit may receive")
    void seizureReportFromAnAssessedDeclarationIsSharedWithThePoliceDrugsUnit() {
        RiskPolicy risk = READER.readRiskPolicy(RiskScenarioSc10Test.resource("/policies/sc-10"));
        Declaration d1 = READER.readDeclarations(RiskScenarioSc10Test.resource("/declarations/sc-10.json")).get(0);
        Assessment assessment = RiskEngine.compile(risk).assess(d1, risk.context(), ASSESSED);
        assertThat(assessment).hasLane(Lane.RED);

        InspectionResult result = InspectionResult.seized(assessment.declarationReference(), LocalDate.of(2024, 5, 10),
                new Seizure("cocaine concealed in water-pipe tobacco cartons", Quantity.of(120, "KGM"),
                        ThreatArea.NARCOTICS));
        SharingPolicy scenario = READER.readSharingPolicy(RiskScenarioSc10Test.resource("/policies/scenarios"));
        InformationItem report = SeizureReports.toInformationItem(REPORT,
                scenario.agency(AgencyId.of("RCA")).orElseThrow(), d1, result, Markings.of(TlpLabel.AMBER));
        assertThat(report.category()).isEqualTo(InformationCategory.SEIZURE_REPORT);

        SharingEngine engine = SharingEngine.compile(scenario.toBuilder().putItem(report).build());
        SharingDecision toDrugsUnit = engine.decide(request("drug-trafficking-investigation"));

        assertThat(toDrugsUnit).letsTheFlowGo().relyingOn("MOU-RCA-RNP-2022")
                .withCondition(org.passerelle.sharing.Condition.Kind.KEEP_MARKING)
                .withCondition(org.passerelle.sharing.Condition.Kind.NO_ONWARD_TRANSFER_WITHOUT_CONSENT)
                .retainedUntil(LocalDate.of(2029, 5, 11));
        assertThat(toDrugsUnit.explanation()).contains(REPORT.value());
    }

    @Test
    @DisplayName("the same seizure report is refused for a purpose outside the MoU (SR-06)")
    void theSeizureReportIsNotSharedForImmigrationEnforcement() {
        RiskPolicy risk = READER.readRiskPolicy(RiskScenarioSc10Test.resource("/policies/sc-10"));
        Declaration d1 = READER.readDeclarations(RiskScenarioSc10Test.resource("/declarations/sc-10.json")).get(0);
        SharingPolicy scenario = READER.readSharingPolicy(RiskScenarioSc10Test.resource("/policies/scenarios"));
        InformationItem report = SeizureReports.toInformationItem(REPORT,
                scenario.agency(AgencyId.of("RCA")).orElseThrow(), d1,
                InspectionResult.seized(d1.reference(), LocalDate.of(2024, 5, 10),
                        new Seizure("cocaine", Quantity.of(120, "KGM"), ThreatArea.NARCOTICS)),
                Markings.of(TlpLabel.AMBER));
        assertThat(RiskEngine.compile(risk).assess(d1, risk.context(), ASSESSED)).hasLane(Lane.RED);

        SharingEngine engine = SharingEngine.compile(scenario.toBuilder().putItem(report).build());

        assertThat(engine.decide(request("immigration-enforcement-check"))).isRefused().byRule("SR-06");
    }

    private static SharingRequest request(String purpose) {
        return SharingRequest.builder().id("BRIDGE-" + purpose).recipient("RNP").item(REPORT.value()).purpose(purpose)
                .intendedUse(IntendedUse.INTELLIGENCE).at("2024-05-11T10:00:00Z").under("MOU-RCA-RNP-2022").build();
    }
}
