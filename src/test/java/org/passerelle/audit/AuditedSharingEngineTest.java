package org.passerelle.audit;

import static org.passerelle.testing.SharingAssertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.testing.Ruritania;

class AuditedSharingEngineTest {
    private final SharingEngine engine = SharingEngine.compile(Ruritania.policy());

    @Test
    @DisplayName("SR-31: every decision is recorded, and names its audit record")
    void recordsEveryDecision() {
        InMemoryAuditSink sink = new InMemoryAuditSink();
        AuditedSharingEngine audited = AuditedSharingEngine.of(engine, sink);
        SharingRequest permit = Ruritania.sc01Request().build();
        SharingRequest refusal = permit.toBuilder().id("refused").purpose("immigration-enforcement-check").build();

        SharingDecision first = audited.decide(permit);
        SharingDecision second = audited.decide(refusal);

        assertThat(first).letsTheFlowGo().firedRule("SR-31");
        assertThat(second).isRefused().firedRule("SR-31");
        String instance = sink.records().get(0).recordId().replaceAll(":1$", "");
        org.assertj.core.api.Assertions.assertThat(instance).matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
        assertThat(sink.records()).extracting(AuditRecord::recordId)
                .containsExactly(instance + ":1", instance + ":2");
        assertThat(sink.records().get(0).outcome()).isEqualTo(first.outcome());
        assertThat(sink.records().get(0).ruleIds()).contains("SR-27", "SR-31");
        assertThat(sink.records().get(1).outcome()).isEqualTo(second.outcome());
    }

    @Test
    @DisplayName("SR-31: a permit whose record cannot be stored becomes a refusal that says why")
    void failingSinkTurnsPermitIntoRefusal() {
        AuditSink broken = record -> {
            throw new AuditException("disk full", record.recordId(), null);
        };
        SharingRequest request = Ruritania.sc01Request().build();
        assertThat(engine.decide(request)).letsTheFlowGo();

        SharingDecision d = AuditedSharingEngine.of(engine, broken).decide(request);

        assertThat(d).isRefused().byRule("SR-31");
        assertThat(d.conditions()).isEmpty();
        assertThat(d.explanation()).contains("disk full");
    }

    @Test
    @DisplayName("SR-31: a sink that throws anything still yields a refusal, never a permit")
    void anyFailureFailsClosed() {
        AuditSink broken = record -> {
            throw new IllegalStateException("sink bug");
        };
        SharingDecision d = AuditedSharingEngine.of(engine, broken).decide(Ruritania.sc01Request().build());

        assertThat(d).isRefused().byRule("SR-31");
    }
}
