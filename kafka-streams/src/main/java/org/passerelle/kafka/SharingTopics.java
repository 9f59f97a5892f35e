package org.passerelle.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The names of the topics of the sharing path of a {@link PasserelleTopology}.
 *
 * <p>Requests and facts are keyed by item id (consents and objections by {@code itemId/factId}, see
 * {@link ItemPartitioner}), so that everything about one item is on one partition, in order. This
 * type is immutable and thread-safe.
 *
 * @param requests input: one sharing request per record ({@code PolicyWriter.writeRequest}), keyed by item id
 * @param items input, compacted: information items, new versions included ({@code PolicyWriter.writeItem}),
 *        keyed by item id; a version whose status is no longer active starts a recall (SR-30)
 * @param consents input, compacted: consents of originators ({@code PolicyWriter.writeConsent}), keyed
 *        {@code itemId/consentId}
 * @param objections input, compacted: objections naming their item ({@code PolicyWriter.writeObjection}),
 *        keyed {@code itemId/objectionId}
 * @param policy input: whole law documents ({@code PolicyReader.readPolicy} format, law sections only),
 *        validated before they are put in force
 * @param law internal, compacted, one partition: the law versions accepted from {@code policy}, read
 *        whole by every instance
 * @param decisions output: one decision per request ({@code DecisionJson}), keyed by request id
 * @param audit output: one audit record per decision ({@code AuditJson}) and one line per recall
 *        ({@code RecallJson}), keyed by request id or item id
 * @param disclosures output: every permitted flow carried out ({@code PolicyWriter.writeDisclosure}),
 *        keyed by item id
 * @param recalls output: one record per recipient of a recalled item ({@code RecallJson}), keyed by the
 *        recipient agency id
 */
public record SharingTopics(String requests, String items, String consents, String objections, String policy,
        String law, String decisions, String audit, String disclosures, String recalls) {
    /**
     * Validates the names: not blank, all different.
     */
    public SharingTopics {
        Topics.check(List.of(Objects.requireNonNull(requests, "requests"), Objects.requireNonNull(items, "items"),
                Objects.requireNonNull(consents, "consents"), Objects.requireNonNull(objections, "objections"),
                Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(law, "law"),
                Objects.requireNonNull(decisions, "decisions"), Objects.requireNonNull(audit, "audit"),
                Objects.requireNonNull(disclosures, "disclosures"), Objects.requireNonNull(recalls, "recalls")));
    }

    /**
     * Obtains the default names, each with a prefix: {@code requests}, {@code items}, {@code consents},
     * {@code objections}, {@code policy}, {@code law}, {@code decisions}, {@code audit},
     * {@code disclosures} and {@code recalls}.
     *
     * @param prefix the prefix, such as {@code "sharing."}; may be empty, not null
     * @return the names, not null
     */
    public static SharingTopics withPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return new SharingTopics(prefix + "requests", prefix + "items", prefix + "consents", prefix + "objections",
                prefix + "policy", prefix + "law", prefix + "decisions", prefix + "audit", prefix + "disclosures",
                prefix + "recalls");
    }

    /**
     * Returns the input topics partitioned by item id: requests and facts.
     *
     * @return the names, not null
     */
    public List<String> byItem() {
        return List.of(requests, items, consents, objections);
    }

    /**
     * Returns the output topics, and the law topic, which the topology writes.
     *
     * @return the names, not null
     */
    public List<String> outputs() {
        List<String> out = new ArrayList<>(List.of(decisions, audit, disclosures, recalls, law));
        return List.copyOf(out);
    }
}
