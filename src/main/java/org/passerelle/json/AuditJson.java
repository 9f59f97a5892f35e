package org.passerelle.json;

import java.io.InputStreamReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.passerelle.audit.AuditRecord;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.PasserelleIOException;
import org.passerelle.model.AgencyId;
import org.passerelle.model.Checks;
import org.passerelle.model.Problem.Code;
import org.passerelle.sharing.AgreementId;
import org.passerelle.sharing.Condition;
import org.passerelle.sharing.IntendedUse;
import org.passerelle.model.ItemId;
import org.passerelle.sharing.Outcome;
import org.passerelle.sharing.PurposeId;

/**
 * Maps audit records to JSON Lines and back: one compact JSON object per line.
 *
 * <p>Each line holds {@code recordId}, {@code instant}, {@code requestId}, {@code requester},
 * {@code recipient}, {@code item}, {@code fields}, {@code purpose}, {@code intendedUse},
 * {@code outcome}, {@code agreement} (absent when none), {@code ruleIds}, {@code conditions},
 * {@code lawVersion}, {@code factsRevision} and {@code recordedAt} (the wall-clock instant of the
 * record, besides the decision's {@code instant}). Reading is as strict as for policies. This class
 * is stateless and thread-safe.
 */
public final class AuditJson {
    private static final JsonText JSON = new JsonText(ReadLimits.DEFAULTS);
    private static final String[] FIELDS = {"recordId", "instant", "requestId", "requester", "recipient", "item",
        "fields", "purpose", "intendedUse", "outcome", "agreement", "ruleIds", "conditions", "lawVersion",
        "factsRevision", "recordedAt"};

    private AuditJson() {
    }

    /**
     * Writes an audit entry as one line of compact JSON, without the line end.
     *
     * @param entry the entry, not null
     * @return the JSON text, on one line, not null
     */
    public static String write(AuditRecord entry) {
        return JsonText.compact(o -> o.object(() -> {
            o.string("recordId", entry.recordId()).string("instant", entry.instant())
                    .string("requestId", entry.requestId()).string("requester", entry.requester())
                    .string("recipient", entry.recipient()).string("item", entry.item())
                    .array("fields", entry.fields(), o::value).string("purpose", entry.purpose())
                    .string("intendedUse", entry.intendedUse().name()).string("outcome", entry.outcome().name())
                    .stringIfPresent("agreement", entry.agreement()).array("ruleIds", entry.ruleIds(), o::value);
            SharingWriters.conditions(o, entry.conditions(), true);
            o.string("lawVersion", entry.lawVersion()).number("factsRevision", entry.factsRevision())
                    .string("recordedAt", entry.recordedAt());
        }));
    }

    /**
     * Reads one audit entry from one JSON object.
     *
     * @param line the JSON text, not null
     * @param sourceName the name to quote in problems, not null
     * @return the entry, not null
     * @throws InvalidInputException listing every problem
     */
    public static AuditRecord read(String line, String sourceName) {
        return PolicyReader.readOne(JSON, line, sourceName, AuditJson::entry);
    }

    /**
     * Reads every decision entry of a JSON Lines text, skipping blank lines and checking, then
     * skipping, recall lines ({@link RecallJson}); problems name the line they are on. A line longer
     * than {@link ReadLimits#maxDocumentLength()} (16 Mi characters by default) is one problem and is
     * never held in memory whole.
     *
     * @param reader the text, not null; not closed
     * @param sourceName the name to quote in problems, not null
     * @return the entries, in order, not null
     * @throws InvalidInputException listing every problem of every line
     * @throws PasserelleIOException if the text cannot be read
     */
    public static List<AuditRecord> readLines(Reader reader, String sourceName) {
        Problems problems = new Problems(JSON.limits());
        List<AuditRecord> entries = new ArrayList<>();
        BoundedLines lines = new BoundedLines(reader, JSON.limits().maxDocumentLength());
        int number = 0;
        try {
            BoundedLines.Line line;
            while ((line = lines.next()) != null) {
                number++;
                if (line.tooLong()) {
                    problems.add(Code.LIMIT_EXCEEDED, new Node.Loc(sourceName, "$", number, 1), "line is " + line.length()
                            + " characters long, more than the limit of " + JSON.limits().maxDocumentLength()
                            + " (ReadLimits.maxDocumentLength)");
                    continue;
                }
                if (line.text().isBlank()) {
                    continue;
                }
                Node root = JSON.parse(line.text(), sourceName, number, problems);
                if (root != null && RecallJson.isRecall(root)) {
                    RecallJson.outer(root, problems);
                    continue;
                }
                AuditRecord entry = root == null ? null : entry(root, problems);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new PasserelleIOException("cannot read " + sourceName, e);
        }
        problems.throwIfAny();
        return entries;
    }

    /**
     * Reads every entry of a JSON Lines file, as {@link #readLines(Reader, String)} does; the file must
     * be a regular file (checked before it is opened, so a FIFO never blocks the reader).
     *
     * @param file the file, not null
     * @return the entries, in order, not null
     * @throws InvalidInputException listing every problem of every line, or saying that the file
     *         is not a regular file
     * @throws PasserelleIOException if the file cannot be read
     */
    public static List<AuditRecord> readLines(Path file) {
        String name = String.valueOf(file.getFileName());
        Problems problems = new Problems(JSON.limits());
        if (!JsonFiles.regular(file, name, problems)) {
            problems.throwIfAny();
        }
        try (Reader r = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            return readLines(r, name);
        } catch (IOException e) {
            throw new PasserelleIOException("cannot read " + file, e);
        }
    }

    private static AuditRecord entry(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, FIELDS);
        String recordId = f.requiredString("recordId");
        Instant instant = f.requiredInstant("instant");
        String requestId = f.requiredString("requestId");
        AgencyId requester = f.requiredId("requester", AgencyId::of);
        AgencyId recipient = f.requiredId("recipient", AgencyId::of);
        ItemId item = f.requiredId("item", ItemId::of);
        SortedSet<String> fields = f.strings("fields");
        PurposeId purpose = f.requiredId("purpose", PurposeId::of);
        IntendedUse use = f.requiredEnum("intendedUse", IntendedUse.class);
        Outcome outcome = f.requiredEnum("outcome", Outcome.class);
        AgreementId agreement = f.id("agreement", AgreementId::of);
        List<String> ruleIds = f.list("ruleIds", n -> Fields.text(n, problems));
        List<Condition> conditions = f.list("conditions", n -> SharingReaders.condition(n, problems));
        String version = f.requiredString("lawVersion");
        Long revision = f.longInteger("factsRevision", 0L);
        Instant recordedAt = f.requiredInstant("recordedAt");
        return f.build(() -> new AuditRecord(recordId, instant, requestId, requester, recipient, item, fields, purpose,
                use, outcome, agreement, ruleIds, conditions, version, revision == null ? 0 : revision, recordedAt));
    }

}
