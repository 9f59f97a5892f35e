package org.passerelle.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.model.AgencyId;
import org.passerelle.model.AgencyKind;
import org.passerelle.model.CountryCode;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.OrganisationId;
import org.passerelle.model.Problem;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.EvidenceUsePolicy;
import org.passerelle.model.Grading;
import org.passerelle.model.ItemId;
import org.passerelle.sharing.OnwardTransferPolicy;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.SharingAgreement;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.model.TlpLabel;

class PolicyReaderTest {
    static final Path POLICIES = Path.of("src/test/resources/policies");
    private final PolicyReader reader = PolicyReader.create();

    /** A valid base: two agencies and one purpose, to which each test adds one faulty element. */
    private static final String BASE = """
            {
              "agencies": [
                {"id": "RCA", "name": "Customs", "kind": "CUSTOMS", "country": "LU"},
                {"id": "RNP", "name": "Police", "kind": "POLICE", "country": "LU"}
              ],
              "purposes": [{"id": "drugs", "title": "Drugs", "lawEnforcement": true}],
            """;

    // ---- happy path

    @Test
    void readsTheScenarioPolicy() {
        SharingPolicy policy = reader.readSharingPolicy(POLICIES.resolve("scenarios"));

        assertThat(policy.agencies()).hasSize(7);
        assertThat(policy.agency(AgencyId.of("RNCB")).orElseThrow().organisation()).isEqualTo(OrganisationId.of("RNP"));
        assertThat(policy.agency(AgencyId.of("SYL")).orElseThrow().country()).isEqualTo(CountryCode.of("CH"));
        SharingAgreement mou = policy.agreements().get(AgreementId.of("MOU-RCA-RNP-2022"));
        assertThat(mou.validFrom()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(mou.validTo()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(mou.maxRetention()).isEqualTo(Period.ofYears(5));
        assertThat(mou.onwardTransfer()).isEqualTo(OnwardTransferPolicy.CONSENT_REQUIRED);
        assertThat(mou.evidenceUse()).isEqualTo(EvidenceUsePolicy.OWN_DATA_ONLY);
        assertThat(mou.emergency().maxRetention()).isEqualTo(Period.ofDays(30));
        assertThat(mou.personalFieldsFor(PurposeId.of("drug-trafficking-investigation")))
                .containsExactly("consigneeDirectorName", "dateOfBirth", "driverName", "idDocumentNumber",
                        "nationality", "roleInConsignment");
        assertThat(policy.agreements().get(AgreementId.of("NAPLES-II")).onwardTransfer())
                .isEqualTo(OnwardTransferPolicy.NAPLES_II);
        assertThat(policy.purposes().get(PurposeId.of("customs-prosecution")).customsProsecution()).isTrue();
        var seizure = policy.item(ItemId.of("SEIZ-2024-0042")).orElseThrow();
        assertThat(seizure.markings().tlp()).isEqualTo(TlpLabel.AMBER);
        assertThat(seizure.markings().grading()).isEqualTo(new Grading.Admiralty('B', 2));
        assertThat(seizure.field("bankAccount").orElseThrow().personalData()).isTrue();
        var naples = policy.item(ItemId.of("NAPLES-FCS-2024-0007")).orElseThrow();
        assertThat(naples.holder()).isEqualTo(AgencyId.of("RCA"));
        assertThat(naples.lastHop().orElseThrow().receivedUnder()).isEqualTo(AgreementId.of("NAPLES-II"));
        assertThat(policy.legalAreaOf(CountryCode.of("BE"))).isPresent();
        assertThat(policy.legalAreaOf(CountryCode.of("CH"))).isEmpty();
    }

    @Test
    void readsTheScenarioRequests() {
        SharingRequest sc01 = reader.readRequest(Path.of("src/test/resources/requests/sc-01-rnp-drugs.json"));
        assertThat(sc01.item()).isEqualTo(ItemId.of("SEIZ-2024-0042"));
        assertThat(sc01.citedAgreement()).isEqualTo(AgreementId.of("MOU-RCA-RNP-2022"));
        assertThat(sc01.instant()).hasToString("2024-05-10T09:00:00Z");
    }

    @Test
    void defaultsOptionalFields() {
        SharingPolicy policy = reader.readSharingPolicy(BASE + """
                  "agreements": [{"id": "A", "title": "T", "instrumentType": "MOU",
                    "legalBasis": {"instrument": "I"}, "parties": [{"agency": "RCA"}],
                    "purposes": ["drugs"], "categories": ["CASE_FILE"]}]
                }
                """, "p.json");
        SharingAgreement a = policy.agreements().get(AgreementId.of("A"));
        assertThat(a.status().name()).isEqualTo("IN_FORCE");
        assertThat(a.onwardTransfer()).isEqualTo(OnwardTransferPolicy.CONSENT_REQUIRED);
        assertThat(a.evidenceUse()).isEqualTo(EvidenceUsePolicy.PRIOR_WRITTEN_CONSENT);
        assertThat(policy.agency(AgencyId.of("RCA")).orElseThrow().organisation()).isEqualTo(OrganisationId.of("RCA"));
        assertThat(policy.agency(AgencyId.of("RNP")).orElseThrow().kind()).isEqualTo(AgencyKind.POLICE);
    }

    @Test
    void theExampleOfTheFormatDocumentIsValid() throws IOException {
        String md = Files.readString(Path.of("docs/policy-format.md"));
        int start = md.indexOf("```json", md.indexOf("## 8.")) + "```json".length();
        String example = md.substring(start, md.indexOf("```", start));

        SharingPolicy policy = reader.readSharingPolicy(example, "example.json");

        assertThat(policy.consents()).hasSize(1);
        assertThat(policy.agreements()).containsKey(AgreementId.of("MOU-RCA-RNP-2022"));
    }

    // ---- one test per kind of error

    @Test
    void rejectsAnUnknownField() {
        String doc = BASE + """
                  "items": [{"id": "I1", "title": "T", "originator": "RCA", "category": "ALERT", "colour": "red"}]
                }
                """;
        Problem p = single(doc);
        assertProblem(p, doc, 7, "\"colour\"", "$.items[0].colour");
        assertThat(p.message()).startsWith("unknown field \"colour\"; expected one of id, title, originator");
    }

    @Test
    void rejectsAWrongType() {
        String doc = BASE + """
                  "items": [{"id": "I1", "title": 42, "originator": "RCA", "category": "ALERT"}]
                }
                """;
        Problem p = single(doc);
        assertProblem(p, doc, 7, "42", "$.items[0].title");
        assertThat(p.message()).isEqualTo("must be a string (got number 42)");
    }

    @Test
    void rejectsAnArrayWhereAnObjectIsExpected() {
        String doc = BASE + """
                  "items": [{"id": "I1", "title": "T", "originator": "RCA", "category": "ALERT", "markings": []}]
                }
                """;
        Problem p = single(doc);
        assertProblem(p, doc, 7, "[]", "$.items[0].markings");
        assertThat(p.message()).isEqualTo("must be an object (got array)");
    }

    @Test
    void rejectsAWrongEnumLabel() {
        String doc = BASE + """
                  "items": [{"id": "I1", "title": "T", "originator": "RCA", "category": "Alert"}]
                }
                """;
        Problem p = single(doc);
        assertProblem(p, doc, 7, "\"Alert\"", "$.items[0].category");
        assertThat(p.message()).startsWith("must be one of DECLARATION_DATA, SEIZURE_REPORT").endsWith("(got \"Alert\")");
    }

    @Test
    void rejectsATlpLabelThatIsNotExact() {
        String doc = BASE + """
                  "items": [{"id": "I1", "title": "T", "originator": "RCA", "category": "ALERT",
                    "markings": {"tlp": "TLP:amber"}}]
                }
                """;
        Problem p = single(doc);
        assertProblem(p, doc, 8, "\"TLP:amber\"", "$.items[0].markings.tlp");
        assertThat(p.message()).isEqualTo(
                "must be one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED (got \"TLP:amber\")");
    }

    @Test
    void rejectsABadGrading() {
        String doc = BASE + """
                  "items": [{"id": "I1", "title": "T", "originator": "RCA", "category": "ALERT",
                    "markings": {"grading": {"scheme": "europol", "code": "D4"}}}]
                }
                """;
        Problem p = single(doc);
        assertProblem(p, doc, 8, "\"D4\"", "$.items[0].markings.grading.code");
        assertThat(p.message()).isEqualTo("must be A, B, C or X (got \"D\")");
    }

    @Test
    void rejectsABadDate() {
        String doc = BASE + """
                  "agreements": [{"id": "A", "title": "T", "instrumentType": "MOU",
                    "legalBasis": {"instrument": "I"}, "parties": [{"agency": "RCA"}],
                    "validTo": "2026-13-01", "purposes": ["drugs"], "categories": ["CASE_FILE"]}]
                }
                """;
        Problem p = single(doc);
        assertProblem(p, doc, 9, "\"2026-13-01\"", "$.agreements[0].validTo");
        assertThat(p.message()).isEqualTo("must be an ISO date yyyy-mm-dd (got \"2026-13-01\")");
        assertThat(p.toString()).isEqualTo("p.json:9:" + p.column()
                + " $.agreements[0].validTo: must be an ISO date yyyy-mm-dd (got \"2026-13-01\")");
    }

    @Test
    void rejectsABadPeriod() {
        String doc = BASE + """
                  "agreements": [{"id": "A", "title": "T", "instrumentType": "MOU",
                    "legalBasis": {"instrument": "I"}, "parties": [{"agency": "RCA"}],
                    "maxRetention": "5 years", "purposes": ["drugs"], "categories": ["CASE_FILE"]}]
                }
                """;
        Problem p = single(doc);
        assertProblem(p, doc, 9, "\"5 years\"", "$.agreements[0].maxRetention");
        assertThat(p.message()).isEqualTo("must be an ISO period such as P5Y or P6M (got \"5 years\")");
    }

    @Test
    void rejectsACountryCodeThatIsNotIso() {
        String doc = """
                {
                  "agencies": [{"id": "BTF", "name": "Task force", "kind": "POLICE", "country": "UK"}]
                }
                """;
        Problem p = single(doc);
        assertProblem(p, doc, 2, "\"UK\"", "$.agencies[0].country");
        assertThat(p.message()).isEqualTo(
                "must be an ISO 3166-1 alpha-2 code in upper case, such as FR or NL (got \"UK\")");
    }

    @Test
    void rejectsABadId() {
        String doc = """
                {
                  "agencies": [{"id": "R C A", "name": "Customs", "kind": "CUSTOMS", "country": "LU"}]
                }
                """;
        Problem p = single(doc);
        assertProblem(p, doc, 2, "\"R C A\"", "$.agencies[0].id");
        assertThat(p.message()).startsWith("must be 1 to 128 letters, digits").endsWith("(got \"R C A\")");
    }

    @Test
    void rejectsAMissingRequiredField() {
        String doc = """
                {
                  "agencies": [{"id": "RCA", "name": "Customs", "country": "LU"}]
                }
                """;
        Problem p = single(doc);
        assertProblem(p, doc, 2, "{", "$.agencies[0].kind");
        assertThat(p.message()).isEqualTo("is required");
    }

    @Test
    void rejectsADuplicateIdAcrossFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.json"), """
                {"agencies": [{"id": "RCA", "name": "Customs", "kind": "CUSTOMS", "country": "LU"}]}
                """);
        Files.writeString(dir.resolve("b.json"), """
                {
                  "agencies": [
                    {"id": "RCA", "name": "Customs again", "kind": "CUSTOMS", "country": "LU"}
                  ]
                }
                """);
        Problem p = singleIn(dir);
        assertThat(p.file()).isEqualTo("b.json");
        assertThat(p.jsonPath()).isEqualTo("$.agencies[0].id");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(12);
        assertThat(p.message()).isEqualTo("agency id \"RCA\" is declared more than once (first at a.json:1:22)");
    }

    @Test
    void rejectsADanglingReference() {
        String doc = BASE + """
                  "agreements": [{"id": "A", "title": "T", "instrumentType": "MOU",
                    "legalBasis": {"instrument": "I"},
                    "parties": [{"agency": "RCA"}, {"agency": "RXX"}],
                    "purposes": ["drugs"], "categories": ["CASE_FILE"]}]
                }
                """;
        Problem p = single(doc);
        assertProblem(p, doc, 9, "\"RXX\"", "$.agreements[0].parties[1].agency");
        assertThat(p.message()).isEqualTo("names no agency of the policy (got \"RXX\")");
    }

    @Test
    void rejectsADanglingReferenceInsideASet() {
        String doc = BASE + """
                  "agreements": [{"id": "A", "title": "T", "instrumentType": "MOU",
                    "legalBasis": {"instrument": "I"}, "parties": [{"agency": "RCA"}],
                    "purposes": ["drugs",
                      "immigration"], "categories": ["CASE_FILE"]}]
                }
                """;
        Problem p = single(doc);
        assertProblem(p, doc, 10, "\"immigration\"", "$.agreements[0].purposes[1]");
        assertThat(p.message()).isEqualTo("names no purpose of the policy (got \"immigration\")");
    }

    @Test
    void rejectsAConsentNotGrantedByTheOriginator() {
        String doc = BASE + """
                  "items": [{"id": "I1", "title": "T", "originator": "RCA", "category": "ALERT"}],
                  "consents": [{"id": "C1", "item": "I1", "grantedBy": "RNP", "recipient": "RNP",
                    "grantedOn": "2024-01-01"}]
                }
                """;
        Problem p = single(doc);
        assertProblem(p, doc, 8, "\"RNP\"", "$.consents[0].grantedBy");
        assertThat(p.message()).isEqualTo("only the item's originator RCA can consent (got \"RNP\")");
    }

    @Test
    void mapsADomainRuleToTheFieldItNames() {
        String doc = BASE + """
                  "agreements": [{"id": "A", "title": "T", "instrumentType": "MOU",
                    "legalBasis": {"instrument": "I"}, "parties": [{"agency": "RCA"}],
                    "validFrom": "2022-01-01", "validTo": "2021-12-31",
                    "purposes": ["drugs"], "categories": ["CASE_FILE"]}]
                }
                """;
        Problem p = single(doc);
        assertProblem(p, doc, 9, "\"2021-12-31\"", "$.agreements[0].validTo");
        assertThat(p.message()).isEqualTo("must not be before validFrom 2022-01-01 (got \"2021-12-31\")");
    }

    @Test
    void rejectsPersonalFieldsForAPurposeTheAgreementDoesNotPermit() {
        String doc = BASE + """
                  "agreements": [{"id": "A", "title": "T", "instrumentType": "MOU",
                    "legalBasis": {"instrument": "I"}, "parties": [{"agency": "RCA"}],
                    "purposes": ["drugs"], "categories": ["CASE_FILE"],
                    "personalFields": {"firearms": ["name"]}}]
                }
                """;
        Problem p = single(doc);
        assertProblem(p, doc, 10, "\"firearms\"", "$.agreements[0].personalFields.firearms");
        assertThat(p.message()).isEqualTo(
                "lists fields for purpose \"firearms\", which is not among the agreement's purposes");
    }

    @Test
    void rejectsAFieldNamedTwice() {
        String doc = """
                {
                  "agencies": [{"id": "RCA", "name": "Customs", "kind": "CUSTOMS",
                    "country": "LU", "name": "Customs again"}]
                }
                """;
        Problem p = single(doc);
        assertProblem(p, doc, 3, "\"name\"", "$.agencies[0].name");
        assertThat(p.message()).isEqualTo("duplicate field \"name\" (first at line 2, column 30)");
    }

    @Test
    void rejectsAValueListedTwice() {
        String doc = """
                {
                  "agencies": [{"id": "RCA", "name": "Customs", "kind": "CUSTOMS", "country": "LU",
                    "communities": ["EU", "EU"]}]
                }
                """;
        Problem p = single(doc);
        assertThat(p.jsonPath()).isEqualTo("$.agencies[0].communities[1]");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("\"EU\" is listed more than once");
    }

    @Test
    void readsRiskSectionsNextToSharingOnes() {
        String doc = BASE + """
                  "profiles": []
                }
                """;
        assertThat(reader.readSharingPolicy(doc, "p.json").agencies()).hasSize(2);
    }

    @Test
    void rejectsAnUnknownSection() {
        Problem p = single("{\"agency\": []}");
        assertThat(p.jsonPath()).isEqualTo("$.agency");
        assertThat(p.message()).isEqualTo("unknown section \"agency\"; expected one of agencies, purposes, "
                + "agreements, items, consents, objections, legalAreas, indicators, profiles, referenceValues, "
                + "watchLists, traders, aeoRegister, riskSettings");
    }

    @Test
    void rejectsASectionThatIsNotAnArray() {
        Problem p = single("{\"agencies\": {}}");
        assertThat(p.jsonPath()).isEqualTo("$.agencies");
        assertThat(p.column()).isEqualTo(14);
        assertThat(p.message()).isEqualTo("a section must be an array (got object)");
    }

    @Test
    void rejectsADocumentThatIsNotAnObject() {
        Problem p = single("[]");
        assertThat(p.jsonPath()).isEqualTo("$");
        assertThat(p.message()).startsWith("a policy document must be a JSON object");
    }

    @Test
    void rejectsAnEmptyDocumentAndTrailingContent() {
        assertThat(single("  ").message()).isEqualTo("empty document: expected a JSON object");
        Problem p = single("{}\n{}");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).isEqualTo("unexpected content after the end of the JSON document");
    }

    @Test
    void rejectsMalformedJsonWithLineAndColumn() {
        String doc = """
                {
                  "agencies": [
                    {"id": "RCA" "name": "Customs"}
                  ]
                }
                """;
        Problem p = single(doc);
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(18);
        assertThat(p.message()).startsWith("malformed JSON: Unexpected character");
    }

    @Test
    void rejectsADirectoryWithoutPolicyFiles(@TempDir Path dir) {
        assertThat(singleIn(dir).message()).isEqualTo("holds no *.json policy file");
        assertThat(singleIn(dir.resolve("missing")).message()).isEqualTo("does not exist");
    }

    // ---- all errors together

    @Test
    void reportsEveryErrorOfEveryFileTogether() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> reader.readSharingPolicy(POLICIES.resolve("broken/mixed")));

        assertThat(e.problems()).extracting(p -> p.file() + ":" + p.line() + " " + p.jsonPath()).containsExactly(
                "agencies.json:5 $.agencies[2].name",
                "agencies.json:5 $.agencies[2].nmae",
                "agencies.json:5 $.agencies[2].country",
                "agreements.json:8 $.agreements[0].parties[1].agency",
                "agreements.json:10 $.agreements[0].validTo",
                "agreements.json:13 $.agreements[0].onwardTransfer",
                "agreements.json:20 $.agreements[1].parties[1].agency",
                "agreements.json:21 $.agreements[1].purposes[1]",
                "items.json:8 $.items[0].fields[0].personalData",
                "items.json:9 $.items[0].markings.tlp",
                "items.json:12 $.items[1].id",
                "items.json:18 $.indicator");
        assertThat(e.getMessage()).startsWith("invalid input, 12 problem(s):\n")
                .contains("\nagreements.json:10:18 $.agreements[0].validTo: must be an ISO date yyyy-mm-dd "
                        + "(got \"2026-13-01\")\n")
                .contains("\nagencies.json:5:82 $.agencies[2].country: must be an ISO 3166-1 alpha-2 code");
    }

    @Test
    void reportsMalformedJsonOfSeveralFilesTogether() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> reader.readSharingPolicy(POLICIES.resolve("broken/malformed")));

        assertThat(e.problems()).extracting(Problem::file, Problem::line, Problem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("agencies.json", 4, 73),
                        org.assertj.core.groups.Tuple.tuple("purposes.json", 4, 3));
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).startsWith("malformed JSON: "));
    }

    // ---- limits

    @Test
    void reportsANestingDepthBeyondTheLimit() {
        PolicyReader shallow = PolicyReader.create(ReadLimits.DEFAULTS.withMaxNestingDepth(3));
        String doc = "{\"items\": [{\"markings\": {\"grading\": {}}}]}";
        Problem p = singleWith(shallow, doc);
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).startsWith("document exceeds a read limit: ").contains("nesting depth");
    }

    @Test
    void reportsAStringBeyondTheLimit() {
        PolicyReader small = PolicyReader.create(ReadLimits.DEFAULTS.withMaxStringLength(10));
        Problem p = singleWith(small, "{\"agencies\": [{\"id\": \"RCA\", \"name\": \"" + "x".repeat(50) + "\"}]}");
        assertThat(p.message()).startsWith("document exceeds a read limit: ").contains("String value length");
    }

    @Test
    void reportsADocumentBeyondTheLimit(@TempDir Path dir) throws IOException {
        PolicyReader small = PolicyReader.create(ReadLimits.DEFAULTS.withMaxDocumentLength(20));
        assertThat(singleWith(small, "{\"agencies\": [], \"purposes\": []}").message())
                .isEqualTo("document is 32 characters long, more than the limit of 20");
        Files.writeString(dir.resolve("big.json"), "{\"agencies\": [], \"purposes\": []}");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> small.readSharingPolicy(dir));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("big.json");
            assertThat(p.line()).isZero();
            assertThat(p.message())
                    .isEqualTo("document is more than 20 bytes long, the limit (ReadLimits.maxDocumentLength)");
        });
    }

    @Test
    void reportsTooManyFiles(@TempDir Path dir) throws IOException {
        for (String name : List.of("a.json", "b.json", "c.json")) {
            Files.writeString(dir.resolve(name), "{}");
        }
        PolicyReader few = PolicyReader.create(ReadLimits.DEFAULTS.withMaxFiles(2));
        assertThatThrownBy(() -> few.readSharingPolicy(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("holds more than 2 *.json files, the limit (ReadLimits.maxFiles)");
    }

    @Test
    void validatesTheLimitsThemselves() {
        assertThatThrownBy(() -> ReadLimits.DEFAULTS.withMaxNestingDepth(5000))
                .hasMessage("maxNestingDepth: must be from 1 to 1000 (got \"5000\")");
        assertThat(ReadLimits.DEFAULTS.maxNestingDepth()).isEqualTo(32);
    }

    // ---- requests

    @Test
    void readsRequestsStrictly() {
        String doc = """
                {
                  "id": "R1", "requester": "RNP", "recipient": "RNP", "item": "I1", "purpose": "drugs",
                  "instant": "2024-05-10 09:00", "urgent": true
                }
                """;
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> reader.readRequest(doc, "request.json"));
        assertThat(e.problems()).extracting(Problem::jsonPath, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("$.instant",
                        "must be an ISO instant such as 2024-05-10T09:00:00Z (got \"2024-05-10 09:00\")"),
                org.assertj.core.groups.Tuple.tuple("$.urgent", "unknown field \"urgent\"; expected one of id, "
                        + "requester, recipient, item, fields, purpose, intendedUse, instant, urgency, "
                        + "directlyAccessible, emergencyJustification, citedAgreement, officer, caseId, channel, "
                        + "confidentialityAssured, realIndications, assistanceForm, proposedMarking, proposedGrading, "
                        + "coerciveAction, politicalCharacter"));
    }

    // ---- helpers

    private Problem single(String doc) {
        return singleWith(reader, doc);
    }

    private static Problem singleWith(PolicyReader r, String doc) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> r.readSharingPolicy(doc, "p.json"));
        assertThat(e).as("a validation exception").isNotNull();
        assertThat(e.problems()).as(e.getMessage()).hasSize(1);
        assertThat(e.problems().get(0).file()).isEqualTo("p.json");
        return e.problems().get(0);
    }

    private Problem singleIn(Path dir) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> reader.readSharingPolicy(dir));
        assertThat(e).as("a validation exception").isNotNull();
        assertThat(e.problems()).as(e.getMessage()).hasSize(1);
        return e.problems().get(0);
    }

    /** Asserts the path, the line, and that the column points at the token on that line. */
    private static void assertProblem(Problem p, String doc, int line, String token, String path) {
        assertThat(p.jsonPath()).isEqualTo(path);
        assertThat(p.line()).as("line of " + p).isEqualTo(line);
        String text = doc.lines().toList().get(line - 1);
        assertThat(p.column()).as("column of " + p + " in: " + text).isEqualTo(text.indexOf(token) + 1);
    }
}
