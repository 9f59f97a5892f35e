package org.passerelle.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.json.JsonLinesAuditReader;
import org.passerelle.json.JsonLinesAuditSink;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.testing.Ruritania;

/**
 * The audit trail fails closed (issue 10, SR-31): a sink sees every write error, including those a
 * {@link PrintWriter} swallows; a record refused never reaches the log later; record ids are unique
 * across engines and restarts and independent of the request id; each record carries when it was
 * recorded besides the instant its decision was made as of.
 */
class AuditHardeningTest {
    private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");
    private final SharingEngine engine = SharingEngine.builder(Ruritania.policy())
            .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

    /** A writer whose writes and flushes fail while {@code broken} is set. */
    private static final class FlakyWriter extends Writer {
        final StringWriter target = new StringWriter();
        boolean broken;

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            if (broken) {
                throw new IOException("disk full");
            }
            target.write(buf, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (broken) {
                throw new IOException("disk full");
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    @Test
    @DisplayName("SR-31: a PrintWriter's swallowed write error turns the permit into a refusal")
    void aPrintWriterErrorIsSeen() {
        FlakyWriter flaky = new FlakyWriter();
        flaky.broken = true;
        JsonLinesAuditSink sink = JsonLinesAuditSink.writingTo(new PrintWriter(flaky));
        SharingRequest request = Ruritania.sc01Request().build();
        assertThat(engine.decide(request).outcome().isPermit()).isTrue();

        SharingDecision d = AuditedSharingEngine.of(engine, sink).decide(request);

        assertThat(d.outcome()).isEqualTo(Outcome.DENY);
        assertThat(d.explanation()).contains("PrintWriter.checkError");
        assertThat(flaky.target.toString()).isEmpty();
    }

    @Test
    @DisplayName("SR-31: a record refused after a failed flush never reaches the log, even when the sink is closed")
    void aRefusedRecordNeverReachesTheLogLater() {
        FlakyWriter flaky = new FlakyWriter();
        BufferedWriter buffered = new BufferedWriter(flaky);
        JsonLinesAuditSink sink = JsonLinesAuditSink.writingTo(buffered);
        AuditedSharingEngine audited = AuditedSharingEngine.of(engine, sink);
        SharingRequest request = Ruritania.sc01Request().build();

        flaky.broken = true;
        SharingDecision refused = audited.decide(request);
        flaky.broken = false;
        sink.close();
        SharingDecision afterwards = audited.decide(request);

        assertThat(refused.outcome()).isEqualTo(Outcome.DENY);
        assertThat(afterwards.outcome()).isEqualTo(Outcome.DENY);
        assertThat(flaky.target.toString()).doesNotContain("PERMIT").isEmpty();
    }

    @Test
    @DisplayName("SR-31: a file sink that fails keeps no part of the refused record")
    void aFileSinkStoresWholeRecordsOnly(@TempDir Path dir) {
        Path log = dir.resolve("audit.jsonl");
        JsonLinesAuditSink sink = JsonLinesAuditSink.appendingTo(log);
        AuditedSharingEngine audited = AuditedSharingEngine.of(engine, sink);
        SharingDecision first = audited.decide(Ruritania.sc01Request().build());
        sink.close();
        SharingDecision closed = audited.decide(Ruritania.sc01Request().id("AFTER").build());

        assertThat(first.outcome().isPermit()).isTrue();
        assertThat(closed.outcome()).isEqualTo(Outcome.DENY);
        List<AuditRecord> records = JsonLinesAuditReader.read(log);
        assertThat(records).singleElement().satisfies(r -> assertThat(r.requestId()).isEqualTo("SC-01"));
    }

    @Test
    @DisplayName("SR-31: record ids are unique across engines sharing a sink and across restarts")
    void recordIdsAreUniqueAcrossEnginesAndRestarts(@TempDir Path dir) {
        Path log = dir.resolve("audit.jsonl");
        SharingRequest request = Ruritania.sc01Request().build();
        for (int restart = 0; restart < 3; restart++) {
            try (JsonLinesAuditSink sink = JsonLinesAuditSink.appendingTo(log)) {
                AuditedSharingEngine a = AuditedSharingEngine.of(engine, sink);
                AuditedSharingEngine b = AuditedSharingEngine.of(engine, sink);
                for (int i = 0; i < 5; i++) {
                    a.decide(request);
                    b.decide(request);
                }
            }
        }
        List<AuditRecord> records = JsonLinesAuditReader.read(log);
        Set<String> ids = new HashSet<>();
        records.forEach(r -> ids.add(r.recordId()));
        assertThat(records).hasSize(30);
        assertThat(ids).hasSize(30);
    }

    @Test
    @DisplayName("SR-31: a request id of the longest valid length still has a record and keeps its permit")
    void aLongestRequestIdIsRecorded() {
        String longest = "R" + "x".repeat(127);
        InMemoryAuditSink sink = new InMemoryAuditSink();
        SharingDecision d = AuditedSharingEngine.of(engine, sink).decide(Ruritania.sc01Request().id(longest).build());

        assertThat(d.outcome().isPermit()).isTrue();
        assertThat(sink.records()).singleElement().satisfies(r -> {
            assertThat(r.requestId()).isEqualTo(longest);
            assertThat(r.recordId()).hasSizeLessThanOrEqualTo(128);
        });
        assertThat(catchThrowableOfType(org.passerelle.model.InvalidInputException.class,
                () -> Ruritania.sc01Request().id(longest + "x").build())).isNotNull();
    }

    @Test
    @DisplayName("SR-31: a record carries the instant it was recorded besides the instant decided as of")
    void aRecordCarriesWhenItWasRecorded(@TempDir Path dir) {
        Instant asOf = Instant.parse("2024-05-10T09:00:00Z");
        Path log = dir.resolve("audit.jsonl");
        try (JsonLinesAuditSink sink = JsonLinesAuditSink.appendingTo(log)) {
            AuditedSharingEngine.of(engine, sink).decide(Ruritania.sc01Request().at(asOf).build());
        }
        assertThat(JsonLinesAuditReader.read(log)).singleElement().satisfies(r -> {
            assertThat(r.instant()).isEqualTo(asOf);
            assertThat(r.recordedAt()).isEqualTo(NOW);
        });
    }

    @Test
    @DisplayName("SR-31: a log line without recordedAt is refused when read back")
    void recordedAtIsRequired() throws Exception {
        String line;
        try (StringWriter out = new StringWriter(); JsonLinesAuditSink sink = JsonLinesAuditSink.writingTo(out)) {
            AuditedSharingEngine.of(engine, sink).decide(Ruritania.sc01Request().build());
            line = out.toString();
        }
        String without = line.replaceAll(",\"recordedAt\":\"[^\"]+\"", "");
        AuditException e = catchThrowableOfType(AuditException.class,
                () -> JsonLinesAuditReader.read(new java.io.StringReader(without), "old.jsonl"));
        assertThat(e).hasMessageContaining("$.recordedAt: is required");
    }
}
