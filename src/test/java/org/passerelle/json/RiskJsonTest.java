package org.passerelle.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.model.Declaration;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Money;
import org.passerelle.model.Problem;
import org.passerelle.model.Quantity;
import org.passerelle.risk.Assessment;
import org.passerelle.risk.InspectionResult;
import org.passerelle.risk.Lane;
import org.passerelle.risk.LaneChange;
import org.passerelle.risk.RiskEngine;
import org.passerelle.risk.RiskPolicy;
import org.passerelle.risk.RiskSettings;
import org.passerelle.risk.Seizure;
import org.passerelle.risk.ThreatArea;

/**
 * Risk policies, declarations and assessments in JSON: round trips, the combined directory, and
 * the strict reader's problems (file, JSON path, line, message) for each kind of error.
 */
class RiskJsonTest {
    private static final Path SC10 = Path.of("src/test/resources/policies/sc-10");
    private static final Path SCENARIOS = Path.of("src/test/resources/policies/scenarios");
    private static final Path SC10_DECLARATIONS = Path.of("src/test/resources/declarations/sc-10.json");
    private final PolicyReader reader = PolicyReader.create();

    // ---- round trips

    @Test
    void aRichRiskPolicySurvivesWriteAndRead() {
        RiskPolicy policy = RichRiskPolicy.policy();

        String text = PolicyWriter.writeRisk(policy);
        RiskPolicy back = reader.readRiskPolicy(text, "risk.json");

        assertThat(back).isEqualTo(policy);
        assertThat(back.indicators()).isEqualTo(policy.indicators());
        assertThat(back.settings()).isEqualTo(policy.settings());
        assertThat(back.context()).isEqualTo(policy.context());
        assertThat(PolicyWriter.writeRisk(back)).isEqualTo(text);
    }

    @Test
    void theScenarioPolicySurvivesADirectory(@TempDir Path dir) {
        RiskPolicy policy = reader.readRiskPolicy(SC10);

        PolicyWriter.writeRiskDirectory(policy, dir);
        RiskPolicy back = reader.readRiskPolicy(dir);

        assertThat(back).isEqualTo(policy);
        assertThat(dir.resolve("riskSettings.json")).content().contains("\"randomSeed\": 20240511");
    }

    @Test
    void declarationsSurviveWriteAndRead() {
        List<Declaration> declarations = Stream.concat(reader.readDeclarations(SC10_DECLARATIONS).stream(),
                Stream.of(RichRiskPolicy.declaration())).toList();

        String text = PolicyWriter.writeDeclarations(declarations);
        List<Declaration> back = reader.readDeclarations(text, "declarations.json");

        assertThat(back).isEqualTo(declarations);
        assertThat(PolicyWriter.writeDeclarations(back)).isEqualTo(text);
        assertThat(text).contains("\"id\": \"TIN:DRV-9\"", "\"commodityCode\": \"08039010\"",
                "\"amount\": \"15000.00\"");
    }

    @Test
    void aDirectoryOfDeclarationFilesIsReadInNameOrder(@TempDir Path dir) throws IOException {
        List<Declaration> sc10 = reader.readDeclarations(SC10_DECLARATIONS);
        Files.writeString(dir.resolve("b.json"), PolicyWriter.writeDeclarations(List.of(sc10.get(0))));
        Files.writeString(dir.resolve("a.json"), PolicyWriter.writeDeclarations(sc10.subList(1, 3)));

        assertThat(reader.readDeclarations(dir)).extracting(Declaration::lrn)
                .containsExactly("LRN-D2", "LRN-D3", "LRN-D1");
    }

    @Test
    void theCompleteExampleOfTheRiskDocumentIsTheScenarioPolicy() throws IOException {
        String md = Files.readString(Path.of("docs/risk.md"));
        try (Stream<Path> files = Files.list(SC10)) {
            for (Path f : files.toList()) {
                assertThat(md).as(f.getFileName() + " in docs/risk.md")
                        .contains("#### `" + f.getFileName() + "`\n\n```json\n" + Files.readString(f) + "```\n");
            }
        }
        int start = md.indexOf("```json", md.indexOf("#### A declarations document")) + "```json".length();
        assertThat(reader.readDeclarations(md.substring(start, md.indexOf("```", start)), "risk.md"))
                .containsExactly(reader.readDeclarations(SC10_DECLARATIONS).get(0));
    }

    // ---- one directory, both parts

    @Test
    void oneDirectoryHoldsBothTheSharingAndTheRiskPolicy(@TempDir Path dir) throws IOException {
        for (Path source : List.of(SCENARIOS, SC10)) {
            try (Stream<Path> files = Files.list(source)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
        }

        Policy both = reader.readPolicy(dir);

        assertThat(both.sharing()).isEqualTo(reader.readSharingPolicy(SCENARIOS));
        assertThat(both.risk()).isEqualTo(reader.readRiskPolicy(SC10));
        assertThat(reader.readSharingPolicy(dir)).isEqualTo(both.sharing());
        assertThat(reader.readRiskPolicy(dir)).isEqualTo(both.risk());
    }

    @Test
    void aSharingOnlyDirectoryHasNoRiskPolicy() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> reader.readRiskPolicy(SCENARIOS));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(SCENARIOS.toString());
            assertThat(p.message()).startsWith("holds no risk section: expected at least one of indicators, profiles");
        });
        assertThat(reader.readPolicy(SCENARIOS).risk().indicators()).isEmpty();
        assertThat(reader.readPolicy(SC10).sharing().agencies()).isEmpty();
    }

    @Test
    void settingsDefaultWhenAbsent() {
        RiskPolicy policy = reader.readRiskPolicy("""
                {"indicators": [{"id": "I", "threatArea": "CASH", "weight": 5, "reason": "r",
                  "criterion": {"kind": "paymentMethod", "methods": ["CASH"]}}]}
                """, "p.json");

        assertThat(policy.settings()).isEqualTo(RiskSettings.DEFAULTS);
        assertThat(policy.profiles()).isEmpty();
    }

    // ---- assessments

    @Test
    void anAssessmentIsOneCompactJsonLineWithItsLaneChanges() {
        RiskPolicy policy = reader.readRiskPolicy(SC10);
        RiskEngine engine = RiskEngine.compile(policy);
        Declaration d1 = reader.readDeclarations(SC10_DECLARATIONS).get(0);
        Assessment a = engine.assess(d1, policy.context(), Instant.parse("2024-05-10T09:00:00Z"));
        Assessment changed = engine.reroute(a, new LaneChange(Lane.YELLOW, "OFF-7", "chief-examiner",
                "documents verified \"on the spot\"", Instant.parse("2024-05-10T10:00:00Z")));

        String line = AssessmentJson.write(changed);

        assertThat(line).doesNotContain("\n").startsWith("{").endsWith("}");
        Node root = new JsonText(ReadLimits.DEFAULTS).parse(line, "line", new Problems());
        assertThat(root).isInstanceOf(Node.Obj.class);
        assertThat(((Node.Obj) root).members().keySet()).containsExactly("declaration", "asOf", "lane",
                "assessedLane", "riskLane", "score", "complete", "profiles", "ruleHits", "laneChanges", "explanation");
        assertThat(line).contains("\"lane\":\"YELLOW\"", "\"assessedLane\":\"RED\"",
                "\"laneChanges\":[{\"lane\":\"YELLOW\",\"officer\":\"OFF-7\",\"role\":\"chief-examiner\","
                        + "\"reason\":\"documents verified \\\"on the spot\\\"\",\"at\":\"2024-05-10T10:00:00Z\"}]");
    }

    // ---- strictness

    private static final String SETTINGS = """
            {
              "riskSettings": [{"bands": {"red": 70, "yellow": 40, "blue": 20}}],
            """;

    @Test
    void reportsAnUnknownFieldInANestedCriterionWithItsPath() {
        String doc = SETTINGS + """
                  "indicators": [
                    {"id": "I", "threatArea": "TOBACCO", "weight": 5, "reason": "r",
                     "criterion": {"kind": "allOf", "criteria": [
                       {"kind": "hsPrefix", "prefixes": ["24"]},
                       {"kind": "not", "criterion": {"kind": "originCountry", "countries": ["EG"], "colour": 1}}]}}
                  ]
                }
                """;
        Problem p = single(doc);
        assertThat(p.jsonPath()).isEqualTo("$.indicators[0].criterion.criteria[1].criterion.colour");
        assertThat(p.line()).isEqualTo(7);
        assertThat(p.message()).isEqualTo("unknown field \"colour\"; expected one of kind, countries");
    }

    @Test
    void reportsABadHsPrefixAtTheElement() {
        Problem p = single(SETTINGS + """
                  "indicators": [
                    {"id": "I", "threatArea": "TOBACCO", "weight": 5, "reason": "r",
                     "criterion": {"kind": "anyOf", "criteria": [{"kind": "hsPrefix", "prefixes": ["24", "24O3"]}]}}
                  ]
                }
                """);
        assertThat(p.jsonPath()).isEqualTo("$.indicators[0].criterion.criteria[0].prefixes[1]");
        assertThat(p.line()).isEqualTo(5);
        assertThat(p.message()).isEqualTo("must be 2 to 10 digits, such as 24 or 2403 (got \"24O3\")");
    }

    @Test
    void reportsAnUnknownCriterionKind() {
        Problem p = single(SETTINGS + """
                  "indicators": [{"id": "I", "threatArea": "TOBACCO", "weight": 5, "reason": "r",
                     "criterion": {"kind": "script", "source": "return true"}}]
                }
                """);
        assertThat(p.jsonPath()).isEqualTo("$.indicators[0].criterion.kind");
        assertThat(p.message()).startsWith("must be one of hsPrefix, originCountry,").endsWith("(got \"script\")");
    }

    @Test
    void reportsAWeightOutOfRangeAndANonIntegerWeight() {
        InvalidInputException e = failure(SETTINGS + """
                  "indicators": [
                    {"id": "I", "threatArea": "CASH", "weight": 5000, "reason": "r",
                     "criterion": {"kind": "paymentMethod", "methods": ["CASH"]}},
                    {"id": "J", "threatArea": "CASH", "weight": 2.5, "reason": "r",
                     "criterion": {"kind": "paymentMethod", "methods": ["CASH"]}}
                  ]
                }
                """);
        assertThat(e.problems()).extracting(Problem::jsonPath, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("$.indicators[0].weight", "must be 0 to 1000 (got \"5000\")"),
                org.assertj.core.groups.Tuple.tuple("$.indicators[1].weight",
                        "must be an integer from -2147483648 to 2147483647 (got 2.5)"));
    }

    @Test
    void reportsDanglingIndicatorAndWatchListReferences() {
        InvalidInputException e = failure(SETTINGS + """
                  "indicators": [{"id": "W", "threatArea": "CASH", "weight": 5, "reason": "r",
                    "criterion": {"kind": "partyOnWatchList", "watchList": "nowhere"}}],
                  "profiles": [{"id": "P", "title": "t", "owner": "RCA", "threatArea": "CASH",
                    "indicators": ["W", "MISSING"], "validFrom": "2024-01-01"}]
                }
                """);
        assertThat(e.problems()).extracting(Problem::jsonPath, Problem::line, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("$.indicators[0].criterion.watchList", 4,
                        "names no watch list of the policy (got \"nowhere\")"),
                org.assertj.core.groups.Tuple.tuple("$.profiles[0].indicators[1]", 6,
                        "names no indicator of the policy (got \"MISSING\")"));
    }

    @Test
    void aBrokenIndicatorIsNotReportedAgainAsDangling() {
        Problem p = single(SETTINGS + """
                  "indicators": [{"id": "W", "threatArea": "CASH", "weight": -1, "reason": "r",
                    "criterion": {"kind": "paymentMethod", "methods": ["CASH"]}}],
                  "profiles": [{"id": "P", "title": "t", "owner": "RCA", "threatArea": "CASH",
                    "indicators": ["W"], "validFrom": "2024-01-01"}]
                }
                """);
        assertThat(p.jsonPath()).isEqualTo("$.indicators[0].weight");
    }

    @Test
    void reportsDuplicatesWithBothPlaces() {
        InvalidInputException e = failure(SETTINGS + """
                  "indicators": [
                    {"id": "I", "threatArea": "CASH", "weight": 5, "reason": "r",
                     "criterion": {"kind": "paymentMethod", "methods": ["CASH"]}},
                    {"id": "I", "threatArea": "CASH", "weight": 6, "reason": "r",
                     "criterion": {"kind": "paymentMethod", "methods": ["CARD"]}}
                  ],
                  "referenceValues": [
                    {"hs6": "240311", "origin": "EG", "perKg": {"amount": "20.00", "currency": "EUR"}},
                    {"hs6": "240311", "origin": "EG", "perKg": {"amount": "21.00", "currency": "EUR"}}
                  ],
                  "traders": [{"id": "TIN:A-1", "firstSeen": "2020-01-01"}, {"id": "TIN:A-1", "firstSeen": "2021-01-01"}],
                  "riskSettings": [{}]
                }
                """.replace("  \"riskSettings\": [{}]\n", "  \"watchLists\": []\n"));
        assertThat(e.problems()).extracting(Problem::message).containsExactly(
                "indicator id \"I\" is declared more than once (first at p.json:4:12)",
                "the reference value for HS6 240311 and origin EG is declared more than once (first at p.json:10:13)",
                "trader id \"TIN:A-1\" is declared more than once (first at p.json:13:22)");
    }

    @Test
    void reportsASecondSettingsObjectInAnotherFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.json"), "{\"riskSettings\": [{\"aeoReduction\": 5}]}\n");
        Files.writeString(dir.resolve("b.json"), "{\"riskSettings\": [{\"aeoReduction\": 6}]}\n");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> reader.readRiskPolicy(dir));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("b.json");
            assertThat(p.message()).isEqualTo("riskSettings is declared more than once; a policy has one settings "
                    + "object (first at a.json:1:19)");
        });
    }

    @Test
    void reportsAScoredProfileWithoutBands() {
        Problem p = single("""
                {
                  "indicators": [{"id": "I", "threatArea": "CASH", "weight": 5, "reason": "r",
                    "criterion": {"kind": "paymentMethod", "methods": ["CASH"]}}],
                  "profiles": [{"id": "P", "title": "t", "owner": "RCA", "threatArea": "CASH",
                    "indicators": ["I"], "validFrom": "2024-01-01"}]
                }
                """);
        assertThat(p.jsonPath()).isEqualTo("$.profiles[0]");
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).startsWith("scored profile P has no bands");
    }

    @Test
    void reportsBadSettings() {
        InvalidInputException e = failure("""
                {
                  "riskSettings": [{"randomRates": {"RED": 1.5, "GREEN": 0.1}, "zone": "Mars/Olympus",
                    "aeoRoles": [], "yellowToBlueAfter": "three days", "randomSeed": 12345678901234567890}]
                }
                """);
        assertThat(e.problems()).extracting(Problem::jsonPath).containsExactlyInAnyOrder(
                "$.riskSettings[0].randomRates.GREEN", "$.riskSettings[0].randomRates.RED",
                "$.riskSettings[0].zone", "$.riskSettings[0].yellowToBlueAfter", "$.riskSettings[0].randomSeed");
    }

    @Test
    void reportsARestrictedIntelligenceProfileWithoutExaminerText() {
        Problem p = single(SETTINGS + """
                  "indicators": [{"id": "I", "threatArea": "CASH", "weight": 5, "reason": "r",
                    "criterion": {"kind": "paymentMethod", "methods": ["CASH"]}}],
                  "profiles": [{"id": "P", "title": "t", "owner": "RCA", "threatArea": "CASH", "indicators": ["I"],
                    "directLane": "RED", "validFrom": "2024-01-01",
                    "intelligence": {"item": "IR-1", "markings": {"tlp": "TLP:RED"}}}]
                }
                """);
        assertThat(p.jsonPath()).isEqualTo("$.profiles[0]");
        assertThat(p.message()).contains("RR-07");
    }

    @Test
    void reportsEveryProblemOfADeclarationsFileTogether() {
        String doc = """
                {"declarations": [
                  {"lrn": "D-1", "lodgedAt": "2024-05-10T08:00:00Z",
                   "parties": [{"role": "CONSIGNEE", "id": "NL123", "name": "A", "country": "NL"}],
                   "items": [{"sequence": 1, "commodityCode": "24O3", "description": "x"},
                             {"sequence": 2, "description": "y", "value": {"amount": "10", "currency": "EUROS"}}],
                   "containers": [{"number": "CSQU3054384", "seals": ["S1"]}],
                   "colour": "red"},
                  {"lrn": "D-2", "lodgedAt": "2024-05-10T08:00:00Z", "items": []},
                  {"lrn": "D-3", "lodgedAt": "2024-05-10T08:00:00Z", "items": [{"sequence": 1, "description": "x"}]},
                  {"lrn": "D-3", "lodgedAt": "2024-05-10T08:00:00Z", "items": [{"sequence": 1, "description": "y"}]}
                ]}
                """;
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> reader.readDeclarations(doc, "shipments.json"));

        assertThat(e.problems()).extracting(p -> p.line() + " " + p.jsonPath()).containsExactly(
                "3 $.declarations[0].parties[0].id",
                "4 $.declarations[0].items[0].commodityCode",
                "5 $.declarations[0].items[1].value.currency",
                "6 $.declarations[0].containers[0].number",
                "7 $.declarations[0].colour",
                "8 $.declarations[1].items",
                "10 $.declarations[3]");
        assertThat(e.getMessage()).contains(
                "shipments.json:3:44 $.declarations[0].parties[0].id: must be EORI: or TIN: followed by the number",
                "must be up to 10 digits, optionally with dots or spaces (got \"24O3\")",
                "must be an ISO 4217 currency code, such as EUR or USD (got \"EUROS\")",
                "has a wrong ISO 6346 check digit: expected 3 (got \"CSQU3054384\")",
                "must hold at least one goods item",
                "declaration \"D-3\" is declared more than once (first at shipments.json:9:3)");
    }

    @Test
    void aDeclarationsDocumentMustHoldTheDeclarationsArray() {
        assertThatThrownBy(() -> reader.readDeclarations("{\"shipments\": []}", "s.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("s.json:1:2 $.shipments: unknown field \"shipments\"; expected one of declarations")
                .hasMessageContaining("s.json:1:1 $.declarations: is required");
    }

    @Test
    void oneDeclarationSurvivesWriteAndReadOnOneLine() {
        Declaration declaration = RichRiskPolicy.declaration();

        String line = PolicyWriter.writeDeclaration(declaration);

        assertThat(line).doesNotContain("\n");
        assertThat(reader.readDeclaration(line, "declarations/0/17")).isEqualTo(declaration);
    }

    @Test
    void inspectionResultsSurviveWriteAndRead() {
        LocalDate day = LocalDate.parse("2024-05-12");
        List<InspectionResult> results = List.of(InspectionResult.nothingFound("MRN-1", day),
                InspectionResult.seized("MRN-2", day, new Seizure("cocaine in banana boxes", Quantity.of(180, "KGM"),
                        ThreatArea.NARCOTICS)),
                InspectionResult.revenue("MRN-3", day, Money.of("1250.50", "EUR")));

        for (InspectionResult r : results) {
            String line = PolicyWriter.writeInspectionResult(r);
            assertThat(line).doesNotContain("\n");
            assertThat(reader.readInspectionResult(line, "inspections")).isEqualTo(r);
        }
        assertThat(PolicyWriter.writeInspectionResult(results.get(1))).isEqualTo("{\"declarationReference\":\"MRN-2\","
                + "\"inspectedOn\":\"2024-05-12\",\"finding\":true,\"seizure\":{\"description\":"
                + "\"cocaine in banana boxes\",\"quantity\":{\"amount\":\"180\",\"unit\":\"KGM\"},"
                + "\"threatArea\":\"NARCOTICS\"}}");
    }

    @Test
    void reportsEveryProblemOfAnInspectionResultTogether() {
        String doc = """
                {"declarationReference": "MRN-2", "inspectedOn": "12/05/2024",
                 "seizure": {"description": "x", "quantity": {"amount": "1", "unit": "KGM"}, "threatArea": "SWEETS"},
                 "colour": "red"}
                """;
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> reader.readInspectionResult(doc, "inspections/2/41"));

        assertThat(e.problems()).extracting(Problem::jsonPath).containsExactly("$.inspectedOn",
                "$.seizure.threatArea", "$.colour");
        assertThat(e.getMessage()).contains("inspections/2/41:1:", "SWEETS", "colour");
    }

    @Test
    void aSeizureWithoutAFindingIsRefusedWithTheField() {
        String doc = """
                {"declarationReference": "MRN-2", "inspectedOn": "2024-05-12", "finding": false,
                 "seizure": {"description": "x", "quantity": {"amount": "1", "unit": "KGM"}, "threatArea": "NARCOTICS"}}
                """;

        assertThatThrownBy(() -> reader.readInspectionResult(doc, "inspections/0/3"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("inspections/0/3")
                .hasMessageContaining("must be true when something was seized");
    }

    private InvalidInputException failure(String doc) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> reader.readRiskPolicy(doc, "p.json"));
        assertThat(e).as("a validation exception").isNotNull();
        return e;
    }

    private Problem single(String doc) {
        InvalidInputException e = failure(doc);
        assertThat(e.problems()).as(e.getMessage()).hasSize(1);
        return e.problems().get(0);
    }
}
