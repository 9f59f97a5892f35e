package org.passerelle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one shape of a problem, its field paths, and the one collect-all exception. */
class ProblemTest {

    @Test
    void aFieldPathIsReadIntoStepsAndWrittenBack() {
        FieldPath p = FieldPath.of("parties[1].agency");

        assertThat(p.steps()).containsExactly(FieldPath.Step.member("parties"), FieldPath.Step.index(1),
                FieldPath.Step.member("agency"));
        assertThat(p).hasToString("parties[1].agency");
        assertThat(p).isEqualTo(FieldPath.ROOT.member("parties").index(1).member("agency"));
        assertThat(p.shape()).isEqualTo(FieldPath.of("parties[].agency"));
        assertThat(FieldPath.of("restrictions.allowedRecipients[]").steps()).last().isEqualTo(
                FieldPath.Step.ANY_ELEMENT);
        assertThat(FieldPath.of("")).isSameAs(FieldPath.ROOT);
        assertThat(FieldPath.ROOT.isRoot()).isTrue();
        assertThat(FieldPath.of("a[2][3]").steps()).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {".a", "a.", "a..b", "a[", "a[x]", "a[-1]", "[1]", "a]b", "a[1]b"})
    void aFieldPathRefusesWhatIsNotOne(String text) {
        assertThatThrownBy(() -> FieldPath.of(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text);
    }

    @Test
    void aProblemReadsAsOneLineWhereverItWasFound() {
        Problem value = Problem.ofValue(Problem.Code.INVALID_VALUE, "validTo", "2026-13-01", "must be an ISO date");
        Problem element = Problem.ofElement(Problem.Code.UNKNOWN_REFERENCE, "agreement", "MOU", "parties[1].agency",
                "RNQ", "names no agency of the policy");
        Problem placed = element.locatedAt(new Problem.Location("agreements.json", "$.agreements[0].parties[1].agency",
                14, 7));

        assertThat(value).hasToString("validTo: must be an ISO date (got \"2026-13-01\")");
        assertThat(element).hasToString("agreement MOU: parties[1].agency: names no agency of the policy (got \"RNQ\")");
        assertThat(placed).hasToString("agreements.json:14:7 $.agreements[0].parties[1].agency: names no agency of "
                + "the policy (got \"RNQ\")");
        assertThat(placed.code()).isEqualTo(Problem.Code.UNKNOWN_REFERENCE);
        assertThat(placed.element()).isEqualTo("agreement");
        assertThat(placed.field()).isEqualTo(FieldPath.of("parties[1].agency"));
        assertThat(placed.value()).isEqualTo("RNQ");
        assertThat(placed.file()).isEqualTo("agreements.json");
        assertThat(placed.line()).isEqualTo(14);
        assertThat(element.file()).isNull();
        assertThat(element.line()).isZero();
    }

    @Test
    void aProblemAlwaysPrintsAsOneLineAndQuotesALongValueCut() {
        String forged = "RNP\nagencies.json:1:1 $: everything is fine\u202e";
        Problem p = Problem.ofValue(Problem.Code.INVALID_VALUE, "agency", forged, "names no agency");
        Problem placed = p.locatedAt(new Problem.Location("evil\r\n.json", "$.agency", 1, 2));
        String longValue = "x".repeat(250);

        assertThat(placed.toString()).doesNotContain("\n", "\r", "\u202e").contains("\\u000a", "\\u202e");
        assertThat(placed.file()).isEqualTo("evil\\u000d\\u000a.json");
        assertThat(p.value()).as("the value itself is kept as given, for programs").isEqualTo(forged);
        assertThat(Problem.ofValue(Problem.Code.INVALID_VALUE, "name", longValue, "is too long").message())
                .isEqualTo("is too long (got \"" + "x".repeat(100) + "...\" (250 characters))");
        assertThat(Problem.quote("short")).isEqualTo("\"short\"");
    }

    @Test
    void aWarningIsNotAnError() {
        Problem w = Problem.warning("agreement", "MOU", "community", null, "defines no community");

        assertThat(w.isError()).isFalse();
        assertThat(w.code()).isEqualTo(Problem.Code.DOUBTFUL);
        assertThat(w.toString()).startsWith("warning: agreement MOU: community: ");
        assertThat(Problem.ofValue(Problem.Code.MISSING, "title", null, "is required").isError()).isTrue();
    }

    @Test
    void aFieldNameThatIsNotAPathIsKeptWhole() {
        Problem p = Problem.ofValue(Problem.Code.CONFLICT, "consent C.1[x].grantedBy", "RNP", "must be the originator");

        assertThat(p.field().steps()).containsExactly(FieldPath.Step.member("consent C.1[x].grantedBy"));
    }

    @Test
    void theExceptionCarriesEveryProblemAndReadsOnePerLine() {
        List<Problem> problems = List.of(
                Problem.ofValue(Problem.Code.INVALID_VALUE, "a", "1", "must be even"),
                Problem.ofValue(Problem.Code.MISSING, "b", null, "is required"));

        InvalidInputException e = new InvalidInputException(problems);

        assertThat(e.problems()).isEqualTo(problems);
        assertThat(e).isInstanceOf(PasserelleException.class)
                .hasMessage("invalid input, 2 problem(s):\na: must be even (got \"1\")\nb: is required");
        assertThatThrownBy(() -> new InvalidInputException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFactoryReportsOneTypedProblem() {
        InvalidInputException bad = catchThrowableOfType(InvalidInputException.class, () -> CountryCode.of("XX1"));
        InvalidInputException missing = catchThrowableOfType(InvalidInputException.class,
                () -> Checks.notNull("quantity", null));

        assertThat(bad.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Problem.Code.INVALID_VALUE);
            assertThat(p.value()).isEqualTo("XX1");
            assertThat(p.location()).isNull();
        });
        assertThat(bad.getMessage()).isEqualTo(bad.problems().get(0).toString());
        assertThat(missing.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Problem.Code.MISSING);
            assertThat(p.field()).isEqualTo(FieldPath.of("quantity"));
            assertThat(p.value()).isNull();
        });
    }

    @Test
    void anIoFailureIsAPasserelleException() {
        IOException cause = new IOException("disk full");

        PasserelleIOException e = new PasserelleIOException("cannot write policy to /tmp/p", cause);

        assertThat(e).isInstanceOf(PasserelleException.class).hasMessage("cannot write policy to /tmp/p: disk full");
        assertThat(e.getCause()).isSameAs(cause);
    }
}
