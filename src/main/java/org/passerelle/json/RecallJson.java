package org.passerelle.json;

import java.time.Instant;
import java.util.List;
import org.passerelle.model.AgencyId;
import org.passerelle.model.InvalidInputException;
import org.passerelle.sharing.AgreementId;
import org.passerelle.model.ItemId;
import org.passerelle.model.ItemStatus;
import org.passerelle.sharing.Recall;

/**
 * Maps a {@link Recall} (SR-30) to one line of compact JSON and back.
 *
 * <p>The line is an object with one member, {@code recall}, holding {@code item}, {@code status},
 * {@code originator}, {@code instant}, {@code factsRevision}, {@code notifications} (each with
 * {@code notifier}, {@code recipient} and, when known, {@code disclosure} and {@code agreement}) and
 * {@code tasks} (each with {@code agency} and {@code kind}, {@code CORRECT} or {@code ERASE}). The
 * outer member tells a recall apart from a decision record in an audit log. Reading is as strict as
 * for policies. This class is stateless and thread-safe.
 */
public final class RecallJson {
    private static final JsonText JSON = new JsonText(ReadLimits.DEFAULTS);
    private static final String[] FIELDS = {"item", "status", "originator", "instant", "factsRevision",
        "notifications", "tasks"};

    private RecallJson() {
    }

    /**
     * Writes a recall as one line of compact JSON, without the line end.
     *
     * @param recall the recall, not null
     * @return the JSON text, on one line, not null
     */
    public static String write(Recall recall) {
        return JsonText.compact(o -> o.object(() -> o.object("recall", () -> {
            o.string("item", recall.item()).string("status", recall.status().name())
                    .string("originator", recall.originator()).string("instant", recall.instant())
                    .number("factsRevision", recall.factsRevision());
            o.array("notifications", recall.notifications(), n -> o.element(() -> o.string("notifier", n.notifier())
                    .string("recipient", n.recipient()).stringIfPresent("disclosure", n.disclosure())
                    .stringIfPresent("agreement", n.agreement())));
            o.array("tasks", recall.tasks(), t -> o.element(() -> o.string("agency", t.agency())
                    .string("kind", t.kind().name())));
        })));
    }

    /**
     * Reads a recall from one JSON object as {@link #write} writes it.
     *
     * @param line the JSON text, not null
     * @param sourceName the name to quote in problems, not null
     * @return the recall, not null
     * @throws InvalidInputException listing every problem
     */
    public static Recall read(String line, String sourceName) {
        return PolicyReader.readOne(JSON, line, sourceName, RecallJson::outer);
    }

    /** Returns whether a parsed line is a recall rather than a decision record. */
    static boolean isRecall(Node node) {
        return node instanceof Node.Obj obj && obj.members().containsKey("recall");
    }

    static Recall outer(Node node, Problems problems) {
        Fields outer = Fields.of(node, problems, "recall");
        Fields f = outer.requiredObject("recall", FIELDS);
        return f == null ? null : recall(f, problems);
    }

    private static Recall recall(Fields f, Problems problems) {
        ItemId item = f.requiredId("item", ItemId::of);
        ItemStatus status = f.requiredEnum("status", ItemStatus.class);
        AgencyId originator = f.requiredId("originator", AgencyId::of);
        Instant instant = f.requiredInstant("instant");
        Long revision = f.longInteger("factsRevision", 0L);
        List<Recall.Notification> notifications = f.list("notifications", n -> notification(n, problems));
        List<Recall.Task> tasks = f.list("tasks", n -> task(n, problems));
        return f.build(() -> new Recall(item, status, originator, instant, revision == null ? 0 : revision,
                notifications, tasks));
    }

    private static Recall.Notification notification(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, "notifier", "recipient", "disclosure", "agreement");
        AgencyId notifier = f.requiredId("notifier", AgencyId::of);
        AgencyId recipient = f.requiredId("recipient", AgencyId::of);
        String disclosure = f.string("disclosure");
        AgreementId agreement = f.id("agreement", AgreementId::of);
        return f.build(() -> new Recall.Notification(notifier, recipient, disclosure, agreement));
    }

    private static Recall.Task task(Node node, Problems problems) {
        Fields f = Fields.of(node, problems, "agency", "kind");
        AgencyId agency = f.requiredId("agency", AgencyId::of);
        Recall.TaskKind kind = f.requiredEnum("kind", Recall.TaskKind.class);
        return f.build(() -> new Recall.Task(agency, kind));
    }
}
