package org.passerelle.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.testing.RiskAssertions.assertThat;

import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.passerelle.json.AssessmentLines;
import org.passerelle.json.PolicyReader;
import org.passerelle.model.Declaration;
import org.passerelle.risk.Assessment;
import org.passerelle.risk.Lane;
import org.passerelle.risk.RiskEngine;
import org.passerelle.risk.RiskPolicy;

/**
 * Scenario SC-10 of the brief, built entirely from JSON: the risk policy in
 * {@code src/test/resources/policies/sc-10} and the declarations D1, D2, D3 in
 * {@code src/test/resources/declarations/sc-10.json}.
 *
 * <p>The policy selects 1% of declarations Red and 2% Yellow at random with seed 20240511; that seed
 * does not draw D2 (nor D1 or D3), which {@link #d2IsGreen()} checks through {@code isNotRandom()}.
 * D3 is D2's shipment for another AEOF consignee, Orchid Trading, named by the intelligence-led
 * profile INT-0042.
 */
class RiskScenarioSc10Test {
    private static final Instant NOW = Instant.parse("2024-05-10T09:00:00Z");
    private static final PolicyReader READER = PolicyReader.create();
    private static final RiskPolicy POLICY = READER.readRiskPolicy(resource("/policies/sc-10"));
    private static final List<Declaration> DECLARATIONS = READER.readDeclarations(resource("/declarations/sc-10.json"));
    private static final RiskEngine ENGINE = RiskEngine.compile(POLICY);

    @Test
    @DisplayName("SC-10 D1: new trader, undervaluation, hub and third-party freight score 85: Red")
    void d1IsRed() {
        Assessment a = assess("LRN-D1");

        assertThat(a).hasLane(Lane.RED).hasScore(85).isNotRandom().isComplete()
                .firedExactlyIndicators("NEW_TRADER", "UNDERVALUATION", "TRANSHIPMENT_HUB", "THIRD_PARTY_PAYMENT")
                .firedProfile("TOB-VALUE-01", Lane.RED).byRule("RR-01").byRule("RR-11").notByRule("RR-05");
        assertThat(a.explanation()).contains("lane RED", "score 85",
                "Consignee first seen less than 90 days ago (+20)",
                "Declared value per kg below half the reference for the HS6 subheading and origin (+35)",
                "Routed via a free-zone transhipment hub (+15)",
                "Freight paid by a party unrelated to the consignment (+15)");
    }

    @Test
    @DisplayName("SC-10 D2: an AEOF consignee with only the hub indicator is Green (seed 20240511 does not draw it)")
    void d2IsGreen() {
        Assessment a = assess("LRN-D2");

        assertThat(a).hasLane(Lane.GREEN).hasScore(5).isNotRandom()
                .firedExactlyIndicators("TRANSHIPMENT_HUB").byRule("RR-05");
        assertThat(a.firedProfile("TOB-VALUE-01").orElseThrow().aeoReduction()).isEqualTo(10);
        assertThat(ENGINE.randomRate(Lane.RED)).isEqualTo(0.01);
        assertThat(ENGINE.randomRate(Lane.YELLOW)).isEqualTo(0.02);
    }

    @Test
    @DisplayName("SC-10 D2: random selection still applies to an AEO holder (RR-02, RR-05)")
    void d2IsSelectedWhenTheDrawHitsIt() {
        RiskEngine always = RiskEngine.builder().policy(POLICY).randomRate(Lane.YELLOW, 0).randomRate(Lane.RED, 1.0).build();

        Assessment a = always.assess(declaration("LRN-D2"), POLICY.context(), NOW);

        assertThat(a).hasLane(Lane.RED).isRandom().byRule("RR-02").isPriority();
        assertThat(a.riskLane()).isEqualTo(Lane.GREEN);
    }

    @Test
    @DisplayName("SC-10 D3: the intelligence-led profile naming the consignee sends it Red despite AEO")
    void d3IsRedDespiteAeo() {
        Assessment a = assess("LRN-D3");

        assertThat(a).hasLane(Lane.RED).isNotRandom().firedProfile("INT-0042", Lane.RED)
                .firedProfile("TOB-VALUE-01", Lane.GREEN).byRule("RR-07").byRule("RR-05").isPriority()
                .explanationDoesNotContain("IR-2024-0917", "RNP tip-off", "Consignee named in RNP drugs unit report",
                        "CONSIGNEE_NAMED");
        assertThat(a.explanation()).contains("Selected by the risk targeting centre");
        assertThat(a.withheld()).singleElement()
                .satisfies(w -> assertThat(w.intelligence().value()).isEqualTo("IR-2024-0917"));
    }

    @Test
    @DisplayName("SC-10 as a batch: one JSON line per assessment, never the withheld intelligence")
    void batchAsJsonLines() {
        StringWriter out = new StringWriter();
        try (AssessmentLines lines = AssessmentLines.to(out)) {
            for (Declaration d : DECLARATIONS) {
                lines.write(ENGINE.assess(d, POLICY.context(), NOW));
            }
        }

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("{\"declaration\":\"LRN-D1\",").contains("\"lane\":\"RED\"",
                "\"score\":85", "\"id\":\"UNDERVALUATION\"");
        assertThat(lines.get(1)).contains("\"declaration\":\"LRN-D2\"", "\"lane\":\"GREEN\"", "\"aeoReduction\":10")
                .doesNotContain("\"random\"");
        assertThat(lines.get(2)).contains("\"lane\":\"RED\"", "\"restricted\":true")
                .doesNotContain("IR-2024-0917", "CONSIGNEE_NAMED", "RNP");
    }

    private static Assessment assess(String lrn) {
        return ENGINE.assess(declaration(lrn), POLICY.context(), NOW);
    }

    private static Declaration declaration(String lrn) {
        return DECLARATIONS.stream().filter(d -> d.lrn().equals(lrn)).findFirst().orElseThrow();
    }

    static Path resource(String name) {
        try {
            return Path.of(RiskScenarioSc10Test.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
