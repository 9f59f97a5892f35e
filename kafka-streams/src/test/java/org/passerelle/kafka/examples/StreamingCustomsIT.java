package org.passerelle.kafka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.passerelle.kafka.DeadLetter;
import org.passerelle.model.Money;
import org.passerelle.risk.Effectiveness;

/** Runs the streaming example against its in-process broker and checks what it saw and printed. */
class StreamingCustomsIT {
    @Test
    void theExampleAssessesSelectsReportsTheBrokenRecordAndCountsTheSeizure() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        StreamingCustoms.Outcome o = StreamingCustoms.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(o.assessments()).hasSize(3);
        assertThat(o.selected()).containsExactly("LRN-2024-0311", "LRN-2024-0313");
        assertThat(o.deadLetters()).extracting(DeadLetter::key).containsExactly("LRN-BROKEN");
        assertThat(o.deadLetters().get(0).problem()).contains("customs.declarations/");
        assertThat(o.effectiveness()).isEqualTo(new Effectiveness.Tally(1, 1, 1, Money.of("0", "EUR")));
        assertThat(o.decision().request().id()).isEqualTo("SC-01");
        assertThat(o.decision().isPermitted()).isTrue();
        assertThat(o.disclosures()).extracting(d -> d.recipient().value()).containsExactly("RNP");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("SC-01: PERMIT", "RCA -> RNP for drug-trafficking",
                "exactly_once_v2", "dead letter from customs.declarations/",
                "inspections 1, hits 1, seizures 1, hit rate 1.0");
    }
}
