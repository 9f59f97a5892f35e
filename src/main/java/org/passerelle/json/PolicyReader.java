package org.passerelle.json;

import java.nio.file.Path;
import java.util.List;
import org.passerelle.sharing.SharingPolicy;
import org.passerelle.sharing.SharingRequest;

/**
 * Reads sharing policies and requests from JSON documents, strictly, reporting every error at once.
 *
 * <p>A directory is a policy: every {@code *.json} file in it (sorted by name, not recursing) is an
 * object whose members are sections ({@code agencies}, {@code purposes}, {@code agreements},
 * {@code items}, {@code consents}, {@code objections}, {@code legalAreas}), each an array. Unknown
 * fields, wrong types, unknown enum labels, bad dates, countries and ids, missing fields, duplicate
 * ids, dangling references, malformed JSON and breaches of the {@link ReadLimits} are all collected
 * and thrown together in one {@link PolicyValidationException}, each with its file, JSON path, line
 * and column. Either the whole policy is returned or nothing is. The format is described in
 * {@code docs/policy-format.md}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PolicyReader {
    private final JsonText json;

    private PolicyReader(ReadLimits limits) {
        this.json = new JsonText(limits);
    }

    /**
     * Returns a reader with the {@linkplain ReadLimits#DEFAULTS default limits}.
     *
     * @return the reader, not null
     */
    public static PolicyReader create() {
        return new PolicyReader(ReadLimits.DEFAULTS);
    }

    /**
     * Returns a reader with the given limits.
     *
     * @param limits the limits, not null
     * @return the reader, not null
     */
    public static PolicyReader create(ReadLimits limits) {
        if (limits == null) {
            throw new NullPointerException("limits");
        }
        return new PolicyReader(limits);
    }

    /**
     * Reads the policy held by a directory.
     *
     * @param directory the directory, not null
     * @return the complete, checked policy, not null
     * @throws PolicyValidationException listing every problem of every file
     */
    public SharingPolicy readDirectory(Path directory) {
        Problems problems = new Problems();
        SharingSections sharing = new SharingSections();
        new PolicyDocuments(json, problems, List.of(sharing)).readDirectory(directory);
        return finish(sharing, problems);
    }

    /**
     * Reads a policy held by a single document.
     *
     * @param document the JSON text, not null
     * @param sourceName the name to quote in problems, such as a file name, not null
     * @return the complete, checked policy, not null
     * @throws PolicyValidationException listing every problem
     */
    public SharingPolicy readPolicy(String document, String sourceName) {
        Problems problems = new Problems();
        SharingSections sharing = new SharingSections();
        new PolicyDocuments(json, problems, List.of(sharing)).readDocument(document, sourceName);
        return finish(sharing, problems);
    }

    /**
     * Reads a sharing request from a file holding one JSON object.
     *
     * @param file the file, not null
     * @return the request, not null
     * @throws PolicyValidationException listing every problem
     */
    public SharingRequest readRequest(Path file) {
        Problems problems = new Problems();
        String name = String.valueOf(file.getFileName());
        String text = PolicyDocuments.readFile(file, name, json.limits(), problems);
        problems.throwIfAny();
        return readRequest(text, name);
    }

    /**
     * Reads a sharing request from a JSON object.
     *
     * @param document the JSON text, not null
     * @param sourceName the name to quote in problems, not null
     * @return the request, not null
     * @throws PolicyValidationException listing every problem
     */
    public SharingRequest readRequest(String document, String sourceName) {
        return readOne(json, document, sourceName, SharingReaders::request);
    }

    static <T> T readOne(JsonText json, String document, String sourceName,
            java.util.function.BiFunction<Node, Problems, T> reader) {
        Problems problems = new Problems();
        Node root = json.parse(document, sourceName, problems);
        T value = root == null ? null : reader.apply(root, problems);
        problems.throwIfAny();
        if (value == null) {
            throw new IllegalStateException("no value and no problem reading " + sourceName);
        }
        return value;
    }

    private static SharingPolicy finish(SharingSections sharing, Problems problems) {
        SharingPolicy policy = sharing.build(problems);
        problems.throwIfAny();
        if (policy == null) {
            throw new IllegalStateException("no policy and no problem");
        }
        return policy;
    }
}
