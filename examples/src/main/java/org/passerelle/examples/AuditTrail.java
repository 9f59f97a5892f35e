package org.passerelle.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.passerelle.audit.AuditRecord;
import org.passerelle.audit.AuditedSharingEngine;
import org.passerelle.json.JsonLinesAuditReader;
import org.passerelle.json.JsonLinesAuditSink;
import org.passerelle.json.PolicyReader;
import org.passerelle.sharing.SharingDecision;
import org.passerelle.sharing.SharingEngine;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;

/**
 * The audit trail (SR-31): every decision, refusals included, written as one JSON line before it
 * is returned, then read back.
 *
 * <p>Three requests on the seizure report of {@code examples/customs-police} go through an
 * {@link AuditedSharingEngine} writing to a {@link JsonLinesAuditSink} on a temporary file: the
 * police drugs unit's (permitted with conditions), the tax agency's (refused) and a police request
 * made after the MoU expired (refused). The file is printed as written, then read back with
 * {@link JsonLinesAuditReader} and printed as a table a data-protection officer can read.
 */
public final class AuditTrail {
    private AuditTrail() {
    }

    /**
     * Runs the example, printing to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the example; the temporary audit file is deleted at the end.
     *
     * @param out where to print what happens
     * @return the records read back from the file
     */
    static List<AuditRecord> run(PrintStream out) {
        SharingPolicy policy = PolicyReader.create().readSharingPolicy(ExampleFiles.path("customs-police"));
        SharingRequest sc01 = SharingRequest.builder().id("REQ-1").recipient("RNP").item("SEIZ-2024-0042")
                .purpose("drug-trafficking-investigation").at("2024-05-10T09:00:00Z").build();
        List<SharingRequest> requests = List.of(
                sc01,
                SharingRequest.builder().id("REQ-2").recipient("RTA").item("SEIZ-2024-0042").purpose("income-tax-audit")
                        .at("2024-05-10T11:30:00Z").build(),
                sc01.toBuilder().id("REQ-3").at("2027-02-01T08:00:00Z").build());

        Path file = temporaryFile();
        try {
            out.println("== 1. Deciding " + requests.size() + " requests; the audit trail is " + file.getFileName());
            try (JsonLinesAuditSink sink = JsonLinesAuditSink.appendingTo(file)) {
                AuditedSharingEngine engine = AuditedSharingEngine.of(SharingEngine.compile(policy), sink);
                for (SharingRequest r : requests) {
                    SharingDecision d = engine.decide(r);
                    out.println(r.id() + ": " + r.requester() + " asks for " + r.item() + " for " + r.purpose() + " on "
                            + r.instant() + " -> " + d.outcome());
                }
            }

            out.println();
            out.println("== 2. The file, one JSON object per line");
            for (String line : readLines(file)) {
                out.println(line);
            }

            out.println();
            out.println("== 3. Read back with JsonLinesAuditReader");
            List<AuditRecord> records = JsonLinesAuditReader.read(file);
            for (AuditRecord r : records) {
                out.println(r.requestId() + " | " + r.instant() + " | " + r.requester() + " -> " + r.recipient() + " | "
                        + r.item() + " | " + r.purpose() + " | " + r.outcome() + " | agreement "
                        + (r.agreement() == null ? "none" : r.agreement()) + " | rules " + r.ruleIds() + " | "
                        + r.conditions().size() + " condition(s)");
            }
            out.println("Every record carries the law version it was decided under: "
                    + records.stream().allMatch(r -> r.lawVersion().equals(policy.version())));
            return records;
        } finally {
            delete(file);
        }
    }

    private static Path temporaryFile() {
        try {
            return Files.createTempFile("passerelle-audit-", ".jsonl");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
