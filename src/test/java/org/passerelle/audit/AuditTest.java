package org.passerelle.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.json.JsonLinesAuditReader;
import org.passerelle.json.JsonLinesAuditSink;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.AgencyId;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.Condition;
import org.passerelle.sharing.IntendedUse;
import org.passerelle.model.ItemId;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.PurposeId;
import org.passerelle.sharing.RuleHit;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingRequest;
import org.passerelle.sharing.SharingRule;

class AuditTest {
    static final Instant RECORDED = Instant.parse("2024-05-10T11:00:00Z");

    static SharingDecision permit() {
        SharingRequest request = SharingRequest.builder().id("SC-01").requester("RNP").recipient("RNP")
                .item("SEIZ-2024-0042").purpose("drug-trafficking-investigation")
                .at(Instant.parse("2024-05-10T09:00:00Z")).build();
        return new SharingDecision(request, Instant.parse("2024-05-10T09:00:00Z"), Outcome.PERMIT_WITH_CONDITIONS,
                AgreementId.of("MOU-RCA-RNP-2022"),
                List.of(new Condition.Redact(new TreeSet<>(Set.of("bankAccount", "homePhone"))),
                        new Condition.RetainUntil(java.time.LocalDate.of(2029, 5, 10))),
                List.of(new RuleHit(SharingRule.SR_27, Outcome.PERMIT_WITH_CONDITIONS, "redact"),
                        new RuleHit(SharingRule.SR_29, Outcome.PERMIT_WITH_CONDITIONS, "retain"),
                        new RuleHit(SharingRule.SR_27, Outcome.PERMIT_WITH_CONDITIONS, "again")),
                "v1", 7);
    }

    static SharingDecision refusal() {
        SharingRequest request = SharingRequest.builder().id("SC-02").requester("RNP").recipient("RNP")
                .item("DECL-X").purpose("immigration-enforcement-check").fields("declarant").build();
        return new SharingDecision(request, Instant.parse("2024-05-10T10:00:00Z"), Outcome.DENY, null, List.of(),
                List.of(new RuleHit(SharingRule.SR_06, Outcome.DENY, "purpose not listed")), "v1", 3);
    }

    @Test
    void aRecordCarriesTheDecision() {
        AuditRecord r = AuditRecord.of(permit(), "rec-1", RECORDED);

        assertThat(r.requestId()).isEqualTo("SC-01");
        assertThat(r.requester()).isEqualTo(AgencyId.of("RNP"));
        assertThat(r.item()).isEqualTo(ItemId.of("SEIZ-2024-0042"));
        assertThat(r.purpose()).isEqualTo(PurposeId.of("drug-trafficking-investigation"));
        assertThat(r.intendedUse()).isEqualTo(IntendedUse.INTELLIGENCE);
        assertThat(r.outcome()).isEqualTo(Outcome.PERMIT_WITH_CONDITIONS);
        assertThat(r.agreement()).isEqualTo(AgreementId.of("MOU-RCA-RNP-2022"));
        assertThat(r.ruleIds()).containsExactly("SR-27", "SR-29");
        assertThat(r.conditions()).hasSize(2);
        assertThat(r.lawVersion()).isEqualTo("v1");
        assertThat(r.instant()).isEqualTo(Instant.parse("2024-05-10T09:00:00Z"));
    }

    @Test
    void aJsonLinesFileIsWrittenAndReadBack(@TempDir Path dir) {
        Path log = dir.resolve("audit.jsonl");
        AuditRecord first = AuditRecord.of(permit(), "rec-1", RECORDED);
        AuditRecord second = AuditRecord.of(refusal(), "rec-2", RECORDED);

        try (JsonLinesAuditSink sink = JsonLinesAuditSink.appendingTo(log)) {
            sink.accept(first);
        }
        try (JsonLinesAuditSink sink = JsonLinesAuditSink.appendingTo(log)) {
            sink.accept(second);
        }

        assertThat(JsonLinesAuditReader.read(log)).containsExactly(first, second);
    }

    @Test
    void eachRecordIsOneFlushedLine() {
        StringWriter out = new StringWriter();
        JsonLinesAuditSink sink = JsonLinesAuditSink.writingTo(out);

        sink.accept(AuditRecord.of(refusal(), "rec-2", RECORDED));

        assertThat(out.toString()).isEqualTo("{\"recordId\":\"rec-2\",\"instant\":\"2024-05-10T10:00:00Z\","
                + "\"requestId\":\"SC-02\",\"requester\":\"RNP\",\"recipient\":\"RNP\",\"item\":\"DECL-X\","
                + "\"fields\":[\"declarant\"],\"purpose\":\"immigration-enforcement-check\","
                + "\"intendedUse\":\"INTELLIGENCE\",\"outcome\":\"DENY\",\"ruleIds\":[\"SR-06\"],\"conditions\":[],"
                + "\"lawVersion\":\"v1\",\"factsRevision\":3,\"recordedAt\":\"2024-05-10T11:00:00Z\"}\n");
    }

    @Test
    void concurrentRecordsAreWrittenWhole() throws Exception {
        StringWriter out = new StringWriter();
        JsonLinesAuditSink sink = JsonLinesAuditSink.writingTo(out);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<AuditRecord> sent = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            AuditRecord r = AuditRecord.of(i % 2 == 0 ? permit() : refusal(), "rec-" + i, RECORDED);
            sent.add(r);
            pool.execute(() -> sink.accept(r));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        List<AuditRecord> read = JsonLinesAuditReader.read(new StringReader(out.toString()), "memory");
        assertThat(read).containsExactlyInAnyOrderElementsOf(sent);
    }

    @Test
    void aSinkThatCannotWriteRaisesAuditException() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        JsonLinesAuditSink sink = JsonLinesAuditSink.writingTo(broken);

        AuditException e = catchThrowableOfType(AuditException.class,
                () -> sink.accept(AuditRecord.of(permit(), "rec-1", RECORDED)));

        assertThat(e.recordId()).isEqualTo("rec-1");
        assertThat(e).hasMessageContaining("disk full").hasCauseInstanceOf(IOException.class);
        assertThatThrownBy(() -> sink.accept(AuditRecord.of(permit(), "rec-2", RECORDED)))
                .isInstanceOf(AuditException.class).hasMessageContaining("broken by an earlier write error");
    }

    @Test
    void aClosedSinkRefusesRecords() {
        JsonLinesAuditSink sink = JsonLinesAuditSink.writingTo(new StringWriter());
        sink.close();
        assertThatThrownBy(() -> sink.accept(AuditRecord.of(permit(), "rec-1", RECORDED)))
                .isInstanceOf(AuditException.class);
    }

    @Test
    void aFileThatCannotBeOpenedRaisesAuditException(@TempDir Path dir) throws IOException {
        Path notAFile = Files.createDirectory(dir.resolve("log"));
        assertThatThrownBy(() -> JsonLinesAuditSink.appendingTo(notAFile)).isInstanceOf(AuditException.class);
    }

    @Test
    void aCorruptLogIsReportedLineByLine() {
        String line = org.passerelle.json.AuditJson.write(AuditRecord.of(permit(), "rec-1", RECORDED));
        String text = line + "\n" + line.replace("\"outcome\":\"PERMIT_WITH_CONDITIONS\"", "\"outcome\":\"OK\"") + "\n";

        AuditException e = catchThrowableOfType(AuditException.class,
                () -> JsonLinesAuditReader.read(new StringReader(text), "audit.jsonl"));

        assertThat(e.getCause()).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) e.getCause()).problems()).singleElement()
                .satisfies(p -> assertThat(p.toString()).startsWith("audit.jsonl:2:").contains("$.outcome"));
    }

    @Test
    void anInMemorySinkKeepsRecordsInOrder() {
        InMemoryAuditSink sink = new InMemoryAuditSink();
        AuditRecord a = AuditRecord.of(permit(), "a", RECORDED);
        AuditRecord b = AuditRecord.of(refusal(), "b", RECORDED);

        sink.accept(a);
        sink.accept(b);

        assertThat(sink.records()).containsExactly(a, b);
        sink.clear();
        assertThat(sink.records()).isEmpty();
    }
}
