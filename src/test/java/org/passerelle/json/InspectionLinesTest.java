package org.passerelle.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Problem;
import org.passerelle.risk.learn.Inspection;

/**
 * Reading inspection history as JSON Lines, both ways: a good history reads whole, every bad line is
 * reported with its line, and nothing is returned then.
 */
class InspectionLinesTest {
    private static String line(String lrn, String result, String extra) {
        return "{\"declaration\": {\"lrn\": \"" + lrn + "\", \"lodgedAt\": \"2024-05-01T08:00:00Z\", \"items\": "
                + "[{\"sequence\": 1, \"commodityCode\": \"392329\", \"description\": \"plastic bags\", "
                + "\"netMassKg\": 10, \"grossMassKg\": 11, \"origin\": \"VN\"}], \"attributes\": {\"OFFICE\": \"30\"}}, "
                + "\"result\": " + result + extra + "}";
    }

    @Test
    void readsAHistory() {
        String text = line("L-1", "{\"inspectedOn\": \"2024-05-02\", \"finding\": true, \"revenueRecovered\": "
                + "{\"amount\": \"1520.00\", \"currency\": \"EUR\"}}", ", \"random\": true") + "\n\n"
                + line("L-2", "{\"inspectedOn\": \"2024-05-03\"}", "") + "\n";

        List<Inspection> history = InspectionLines.create(ReadLimits.DEFAULTS).read(text, "history.jsonl");

        assertThat(history).hasSize(2);
        assertThat(history.get(0).irregular()).isTrue();
        assertThat(history.get(0).random()).isTrue();
        assertThat(history.get(0).revenue()).isEqualTo(1520.0);
        assertThat(history.get(0).declaration().attribute(org.passerelle.model.DeclarationAttribute.OFFICE))
                .isEqualTo("30");
        assertThat(history.get(1).irregular()).isFalse();
        assertThat(history.get(1).random()).isFalse();
        assertThat(history.get(1).result().declarationReference()).isEqualTo("L-2");
    }

    @Test
    void reportsEveryBadLineWithItsLineAndReturnsNothing() {
        String text = line("L-1", "{\"finding\": true}", "") + "\n"
                + line("L-2", "{\"inspectedOn\": \"2024-05-03\", \"seized\": 1}", "") + "\n"
                + line("L-3", "{\"inspectedOn\": \"2024-05-03\"}", ", \"random\": \"yes\"") + "\n"
                + line("L-3", "{\"inspectedOn\": \"2024-05-03\"}", "") + "\n"
                + "{not json\n";

        assertThatThrownBy(() -> InspectionLines.create(ReadLimits.DEFAULTS).read(text, "history.jsonl"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    List<Problem> problems = ((InvalidInputException) e).problems();
                    assertThat(problems).extracting(Problem::line)
                            .contains(1, 2, 3, 5);
                    assertThat(e.getMessage()).contains("inspectedOn", "seized", "random");
                });
    }
}
