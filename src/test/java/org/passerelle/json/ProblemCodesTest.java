package org.passerelle.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.model.FieldPath;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Problem;
import org.passerelle.model.Problem.Code;

/**
 * The readers report typed problems: a program branches on the code, and a problem the policy's
 * builder found keeps its element, field path and value once placed in the document.
 */
class ProblemCodesTest {
    private final PolicyReader reader = PolicyReader.create();

    private static final String AGENCIES = """
            {
              "agencies": [
                {"id": "RCA", "name": "Customs", "kind": "CUSTOMS", "country": "LU"},
                {"id": "RNP", "name": "Police", "kind": "POLICE", "country": "LU"}
              ],
              "purposes": [{"id": "drugs", "title": "Drugs", "lawEnforcement": true}],
            """;

    private List<Problem> problems(String document) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> reader.readSharingPolicy(document, "p.json"));
        assertThat(e).as("an invalid input").isNotNull();
        return e.problems();
    }

    @Test
    void aDanglingReferenceKeepsItsElementFieldAndValue() {
        List<Problem> problems = problems(AGENCIES + """
              "agreements": [{"id": "MOU", "title": "MoU", "instrumentType": "MOU",
                "legalBasis": {"instrument": "I"}, "parties": [{"agency": "RCA"}, {"agency": "GHOST"}],
                "purposes": ["drugs"], "categories": ["CASE_FILE"]}]
            }
            """);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Code.UNKNOWN_REFERENCE);
            assertThat(p.element()).isEqualTo("agreement");
            assertThat(p.elementId()).isEqualTo("MOU");
            assertThat(p.field()).isEqualTo(FieldPath.of("parties[1].agency"));
            assertThat(p.value()).isEqualTo("GHOST");
            assertThat(p.jsonPath()).isEqualTo("$.agreements[0].parties[1].agency");
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.message()).isEqualTo("names no agency of the policy (got \"GHOST\")");
        });
    }

    @Test
    void eachKindOfDocumentProblemHasItsCode() {
        assertThat(problems("{\"agencies\": [")).extracting(Problem::code).containsExactly(Code.MALFORMED);
        assertThat(problems("{\"agencies\": [{\"id\": \"RCA\", \"name\": \"C\", \"kind\": \"CUSTOMS\", "
                + "\"country\": \"LU\", \"colour\": \"red\"}]}")).extracting(Problem::code)
                .containsExactly(Code.UNKNOWN_FIELD);
        assertThat(problems("{\"agencies\": [{\"id\": \"RCA\", \"name\": 3, \"kind\": \"CUSTOMS\", "
                + "\"country\": \"LU\"}]}")).extracting(Problem::code).containsExactly(Code.WRONG_TYPE);
        assertThat(problems("{\"agencies\": [{\"id\": \"RCA\", \"kind\": \"CUSTOMS\", \"country\": \"LU\"}]}"))
                .extracting(Problem::code).containsExactly(Code.MISSING);
        assertThat(problems("{\"agencies\": [{\"id\": \"RCA\", \"name\": \"C\", \"kind\": \"CUSTOMS\", "
                + "\"country\": \"L1\"}]}")).extracting(Problem::code).containsExactly(Code.INVALID_VALUE);
        assertThat(problems("{\"agencies\": [{\"id\": \"RCA\", \"name\": \"C\", \"kind\": \"CUSTOMS\", "
                + "\"country\": \"LU\"}, {\"id\": \"RCA\", \"name\": \"D\", \"kind\": \"POLICE\", "
                + "\"country\": \"LU\"}]}")).extracting(Problem::code).containsExactly(Code.DUPLICATE);
    }

    @Test
    void aReferenceToAnElementThatFailedToBindIsNotReportedTwice() {
        List<Problem> problems = problems("""
            {
              "agencies": [
                {"id": "RCA", "name": "Customs", "kind": "CUSTOMS", "country": "LU"},
                {"id": "RNP", "name": "Police", "kind": "NOT-A-KIND", "country": "LU"},
                {"id": "RTA", "name": "Tax", "kind": "TAX", "country": "LU", "clients": ["GHOST"]}
              ],
              "purposes": [{"id": "drugs", "title": "Drugs", "lawEnforcement": true}],
              "agreements": [{"id": "MOU", "title": "MoU", "instrumentType": "MOU",
                "legalBasis": {"instrument": "I"}, "parties": [{"agency": "RCA"}, {"agency": "RNP"}],
                "purposes": ["drugs"], "categories": ["CASE_FILE"]}]
            }
            """);

        assertThat(problems).extracting(Problem::code).containsExactly(Code.INVALID_VALUE, Code.UNKNOWN_REFERENCE);
        assertThat(problems.get(1).value()).as("the dangling client is reported, the broken RNP is not")
                .isEqualTo("GHOST");
        assertThat(problems.get(1).field()).isEqualTo(FieldPath.of("clients[]"));
        assertThat(problems.get(1).jsonPath()).isEqualTo("$.agencies[2].clients[0]");
    }
}
