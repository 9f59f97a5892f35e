package org.passerelle.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Money;
import org.passerelle.model.Problem;
import org.passerelle.model.Quantity;

/**
 * Hostile numbers and text (issue 10): a decimal is bounded by {@link ReadLimits#maxDecimalDigits()}
 * and never expanded into a message or a canonical text; the model refuses amounts it could not
 * write; problems quote values cut to 100 characters and escape control characters, so one problem
 * is one line whatever a file name or value holds.
 */
class HostileNumbersAndTextTest {
    private static final PolicyReader READER = PolicyReader.create();

    private static String referenceValue(String amountJson) {
        return "{\"referenceValues\": [{\"hs6\": \"240311\", \"origin\": \"EG\", \"perKg\": {\"amount\": " + amountJson
                + ", \"currency\": \"EUR\"}}]}";
    }

    private static String declaration(String quantityJson, String valueJson) {
        return "{\"declarations\": [{\"lrn\": \"LRN-1\", \"type\": \"IMPORT\", \"lodgedAt\": \"2024-05-10T08:00:00Z\","
                + " \"items\": [{\"sequence\": 1, \"description\": \"tobacco\", \"quantity\": {\"amount\": "
                + quantityJson + ", \"unit\": \"CT\"}, \"value\": {\"amount\": " + valueJson
                + ", \"currency\": \"EUR\"}}]}]}";
    }

    private static List<Problem> problems(Runnable read) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, read::run);
        assertThat(e).as("a InvalidInputException").isNotNull();
        return e.problems();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1E999999999", "-1E2147483647", "1E999999999", "1E+40", "0E-999999999",
        "\"-1E2147483647\"", "\"1e-2147483647\"", "12345678901234567890123456789012345678901",
        "0.00000000000000000000000000000000000000001"})
    void aDecimalBeyondTheDigitLimitIsOneProblemQuotingItAsWritten(String amount) {
        List<Problem> ps = problems(() -> READER.readRiskPolicy(referenceValue(amount), "risk.json"));

        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.jsonPath()).isEqualTo("$.referenceValues[0].perKg.amount");
            assertThat(p.message()).startsWith("must have at most 40 digits written out in full (got \"")
                    .contains(amount.replace("\"", "")).endsWith("(ReadLimits.maxDecimalDigits)");
            assertThat(p.message().length()).isLessThan(200);
        });
    }

    @Test
    void everyDecimalOfADeclarationIsBounded() {
        List<Problem> ps = problems(() -> READER.readDeclarations(declaration("-1E999999999", "\"1E2147483647\""),
                "d.json"));

        assertThat(ps).extracting(Problem::jsonPath).containsExactly("$.declarations[0].items[0].quantity.amount",
                "$.declarations[0].items[0].value.amount");
        assertThat(ps).allSatisfy(p -> assertThat(p.message()).endsWith("(ReadLimits.maxDecimalDigits)"));
    }

    @Test
    void aDecimalAtTheLimitIsReadAndWrittenBack() {
        PolicyReader five = PolicyReader.create(ReadLimits.DEFAULTS.withMaxDecimalDigits(5));
        assertThat(five.readRiskPolicy(referenceValue("\"123.45\""), "r.json").context().referenceValues())
                .singleElement().satisfies(r -> assertThat(r.perKg().amount()).isEqualByComparingTo("123.45"));
        assertThat(five.readRiskPolicy(referenceValue("1.2E+4"), "r.json").context().referenceValues())
                .singleElement().satisfies(r -> assertThat(r.perKg().amount()).isEqualByComparingTo("12000"));
        assertThat(problems(() -> five.readRiskPolicy(referenceValue("\"123.456\""), "r.json")))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("at most 5 digits"));
        assertThat(problems(() -> five.readRiskPolicy(referenceValue("1E+5"), "r.json")))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("at most 5 digits"));

        List<org.passerelle.model.Declaration> ds = READER.readDeclarations(
                declaration("\"1E+3\"", "\"99999999999999999999999999999999999999.5\""), "d.json");
        String written = PolicyWriter.writeDeclarations(ds);
        assertThat(written).contains("\"1000\"", "\"99999999999999999999999999999999999999.5\"");
        assertThat(PolicyWriter.writeDeclarations(READER.readDeclarations(written, "again.json"))).isEqualTo(written);
    }

    @Test
    void aDecimalStringLongerThanANumberMayBeIsRefusedBeforeParsing() {
        String digits = "1".repeat(60_000);
        List<Problem> ps = problems(() -> READER.readRiskPolicy(referenceValue("\"" + digits + "\""), "r.json"));

        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("must be a decimal number of at most 100 characters (got \"")
                    .endsWith("...\" (60000 characters))");
            assertThat(p.message().length()).isLessThan(250);
        });
    }

    @Test
    void theModelRefusesAmountsItCouldNotWriteAndNeverExpandsThemInMessages() {
        for (String hostile : List.of("1E999999999", "-1E2147483647", "0E-999999999", "-1E-2147483647")) {
            BigDecimal d = new BigDecimal(hostile);
            InvalidInputException money = catchThrowableOfType(InvalidInputException.class, () -> Money.of(d, "EUR"));
            InvalidInputException quantity = catchThrowableOfType(InvalidInputException.class,
                    () -> new Quantity(d, "KGM"));
            assertThat(money).as(hostile).isNotNull();
            assertThat(quantity).as(hostile).isNotNull();
            assertThat(money.getMessage().length()).as(hostile).isLessThan(150);
            assertThat(quantity.getMessage().length()).as(hostile).isLessThan(150);
        }
        assertThat(Money.of(new BigDecimal("1E+999"), "EUR").toString()).hasSize(1000 + " EUR".length());
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> Money.of(new BigDecimal("1E+1000"), "EUR"))).hasMessageContaining("at most 1000 digits");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> Money.of("9".repeat(5000), "EUR"))
                .getMessage().length()).isLessThan(200);
    }

    @Test
    void theDecimalLimitIsValidated() {
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> ReadLimits.DEFAULTS.withMaxDecimalDigits(0))).hasMessageContaining("maxDecimalDigits");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> ReadLimits.DEFAULTS.withMaxDecimalDigits(1001))).hasMessageContaining("maxDecimalDigits");
        assertThat(ReadLimits.DEFAULTS.maxDecimalDigits()).isEqualTo(40);
    }

    @Test
    void quotedValuesAreCutTo100Characters() {
        String label = "X".repeat(10_000);
        List<Problem> ps = problems(() -> READER.readRequest("{\"id\": \"R\", \"requester\": \"RNP\", \"recipient\": "
                + "\"RNP\", \"item\": \"I\", \"purpose\": \"p\", \"intendedUse\": \"" + label + "\"}", "r.json"));

        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("\"" + "X".repeat(100) + "...\" (10000 characters)");
            assertThat(p.message().length()).isLessThan(400);
        });
    }

    @Test
    void controlCharactersInValuesAreEscapedSoAProblemIsOneLine() {
        List<Problem> ps = problems(() -> READER.readRequest("{\"id\": \"R\", \"requester\": \"RNP\", \"recipient\": "
                + "\"RNP\", \"item\": \"I\", \"purpose\": \"p\", \"intendedUse\": \"X\\nr.json:1:1 $: fake\\u2028\\u001b[31m\"}",
                "r.json"));

        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.message()).doesNotContain("\n", "\u2028", "\u001b")
                    .contains("X\\u000ar.json:1:1 $: fake\\u2028\\u001b[31m");
            assertThat(p.toString().lines()).hasSize(1);
        });
    }

    @Test
    void controlCharactersInFileNamesAreEscaped(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("agencies\nagreements.json:1:1 $: all good.json"), "{\"agencies\": [}");
        Files.writeString(dir.resolve("purposes\u202e.json"), "{\"purposes\": 1}");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> READER.readSharingPolicy(dir));

        assertThat(e.problems()).hasSize(2).allSatisfy(p -> assertThat(p.file()).doesNotContain("\n", "\u202e"));
        assertThat(e.getMessage().lines()).hasSize(3);
        assertThat(e.getMessage()).contains("agencies\\u000aagreements.json:1:1 $: all good.json", "purposes\\u202e.json");
    }
}
