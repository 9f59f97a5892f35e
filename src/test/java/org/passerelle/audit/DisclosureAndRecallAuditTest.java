package org.passerelle.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.testing.Ruritania.*;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.passerelle.json.JsonLinesAuditReader;
import org.passerelle.json.JsonLinesAuditSink;
import org.passerelle.json.RecallJson;
import org.passerelle.model.AgencyId;
import org.passerelle.sharing.Consent;
import org.passerelle.sharing.Disclosure;
import org.passerelle.sharing.FactStore;
import org.passerelle.sharing.InMemoryFactStore;
import org.passerelle.sharing.InformationItem;
import org.passerelle.sharing.ItemFacts;
import org.passerelle.model.ItemId;
import org.passerelle.model.ItemStatus;
import org.passerelle.sharing.Objection;
import org.passerelle.sharing.Recall;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.testing.Ruritania;
import org.passerelle.testing.SharingAssertions;

/**
 * SR-31 for disclosures and recalls: the audited engine records a disclosure for each permit it
 * returns (no permit without it), and records every recall.
 */
class DisclosureAndRecallAuditTest {
    private static final Instant LATER = Instant.parse("2024-06-01T08:00:00Z");

    private static InMemoryFactStore store() {
        return InMemoryFactStore.of(Ruritania.policy());
    }

    @Test
    @DisplayName("SR-31: each permit is recorded as a disclosure naming its audit record; a refusal is not")
    void permitsBecomeDisclosures() {
        InMemoryFactStore facts = store();
        InMemoryAuditSink sink = new InMemoryAuditSink();
        AuditedSharingEngine audited = AuditedSharingEngine.of(SharingEngine.compile(Ruritania.policy().law(), facts),
                sink);
        SharingRequest permit = sc01Request().build();
        SharingDecision d = audited.decide(permit);
        SharingAssertions.assertThat(d).letsTheFlowGo();
        audited.decide(permit.toBuilder().id("refused").purpose("immigration-enforcement-check").build());

        ItemFacts item = facts.facts(ItemId.of(SEIZURE)).orElseThrow();
        assertThat(item.disclosures()).containsExactly(new Disclosure(sink.records().get(0).recordId(), ItemId.of(SEIZURE),
                AgencyId.of(RCA), AgencyId.of(RNP), permit.purpose(), d.agreement(), d.decidedAt()));
        assertThat(sink.records().get(0).factsRevision()).isEqualTo(d.factsRevision());
        assertThat(sink.records().get(0).lawVersion()).isEqualTo(Ruritania.policy().law().version());
    }

    @Test
    @DisplayName("SR-31: a permit whose disclosure cannot be recorded becomes a refusal, recorded as such")
    void noPermitWithoutItsDisclosure() {
        InMemoryFactStore facts = store();
        FactStore refusing = new FactStore() {
            @Override
            public Optional<ItemFacts> facts(ItemId item) {
                return facts.facts(item);
            }

            @Override
            public long recordItem(InformationItem item) {
                return facts.recordItem(item);
            }

            @Override
            public long recordStatus(ItemId item, ItemStatus status) {
                return facts.recordStatus(item, status);
            }

            @Override
            public long recordConsent(Consent consent) {
                return facts.recordConsent(consent);
            }

            @Override
            public long recordObjection(Objection objection) {
                return facts.recordObjection(objection);
            }

            @Override
            public long recordDisclosure(Disclosure disclosure) {
                throw new IllegalStateException("store offline");
            }

            @Override
            public long revision() {
                return facts.revision();
            }
        };
        InMemoryAuditSink sink = new InMemoryAuditSink();
        SharingDecision d = AuditedSharingEngine.of(SharingEngine.compile(Ruritania.policy().law(), refusing), sink)
                .decide(sc01Request().build());
        SharingAssertions.assertThat(d).isRefused().byRule("SR-31");
        assertThat(d.explanation()).contains("store offline");
        assertThat(sink.records()).hasSize(1);
        assertThat(sink.records().get(0).outcome().isPermit()).isFalse();
    }

    @Test
    @DisplayName("SR-30, SR-31: a recall is recorded in the audit sink and sharing that version is refused")
    void recallsAreAudited() {
        InMemoryFactStore facts = store();
        InMemoryAuditSink sink = new InMemoryAuditSink();
        AuditedSharingEngine audited = AuditedSharingEngine.of(SharingEngine.compile(Ruritania.policy().law(), facts),
                sink);
        audited.decide(sc01Request().build());
        Recall recall = audited.recall(ItemId.of(SEIZURE), ItemStatus.INACCURATE, LATER);
        assertThat(sink.recalls()).containsExactly(recall);
        assertThat(recall.notifications()).extracting(Recall.Notification::recipient).containsExactly(AgencyId.of(RNP));
        assertThat(recall.notifications().get(0).disclosure()).isEqualTo(sink.records().get(0).recordId());
        SharingAssertions.assertThat(audited.decide(sc01Request().id("again").build())).isRefused().byRule("SR-30");
    }

    @Test
    @DisplayName("SR-31: a sink that stores no recall fails the recall loudly, and the item stays marked")
    void aSinkWithoutRecallsFailsClosed() {
        InMemoryFactStore facts = store();
        AuditSink decisionsOnly = record -> { };
        AuditedSharingEngine audited = AuditedSharingEngine.of(SharingEngine.compile(Ruritania.policy().law(), facts),
                decisionsOnly);
        assertThatThrownBy(() -> audited.recall(ItemId.of(SEIZURE), ItemStatus.ERASED, LATER))
                .isInstanceOf(AuditException.class).hasMessageContaining("does not store recalls");
        assertThat(facts.facts(ItemId.of(SEIZURE)).orElseThrow().item().status()).isEqualTo(ItemStatus.ERASED);
    }

    @Test
    @DisplayName("A recall is one JSON line that reads back equal; an audit log with recalls still reads its decisions")
    void recallJson() {
        InMemoryFactStore facts = store();
        StringWriter out = new StringWriter();
        JsonLinesAuditSink sink = JsonLinesAuditSink.writingTo(out);
        AuditedSharingEngine audited = AuditedSharingEngine.of(SharingEngine.compile(Ruritania.policy().law(), facts),
                sink);
        audited.decide(sc01Request().build());
        Recall recall = audited.recall(ItemId.of(SEIZURE), ItemStatus.WRONGLY_TRANSMITTED, LATER);
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith("{\"recall\":{\"item\":\"" + SEIZURE + "\",\"status\":\"WRONGLY_TRANSMITTED\"");
        assertThat(RecallJson.read(lines[1], "line 2")).isEqualTo(recall);
        assertThat(JsonLinesAuditReader.read(new StringReader(out.toString()), "log")).hasSize(1);
        assertThatThrownBy(() -> RecallJson.read("{\"recall\":{\"item\":\"X\",\"status\":\"ACTIVE\"}}", "bad"))
                .hasMessageContaining("bad");
        assertThatThrownBy(() -> JsonLinesAuditReader.read(new StringReader(lines[0] + "\n{\"recall\":{}}\n"), "log"))
                .hasMessageContaining("log");
    }
}
