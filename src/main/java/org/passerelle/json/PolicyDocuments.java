package org.passerelle.json;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.model.Problem.Code;

/**
 * The core of policy reading: turns a set of JSON documents into bound sections, collecting every
 * problem of every document.
 *
 * <p>Map of the internals: {@link JsonText} parses each document (under {@link ReadLimits}) into a
 * location-aware {@link Node} tree; this class checks the top level (an object whose members are
 * sections holding arrays) and hands each section to the {@link SectionBinder} that owns it;
 * binders read elements with {@link Fields}, which reports problems into one {@link Problems};
 * the caller then asks its binders to assemble the result ({@link SharingSections} builds the
 * {@code SharingPolicy} and maps its consistency problems back to file, path and line;
 * {@link RiskSections} builds the {@code RiskPolicy}) and throws all problems together. A directory
 * may hold sections of both kinds. Not thread-safe: one instance per read.
 */
final class PolicyDocuments {
    private final JsonText json;
    private final Problems problems;
    private final Map<String, SectionBinder> owners = new LinkedHashMap<>();
    private boolean incomplete;

    PolicyDocuments(JsonText json, Problems problems, List<SectionBinder> binders) {
        this.json = json;
        this.problems = problems;
        for (SectionBinder b : binders) {
            for (String s : b.sections()) {
                if (owners.putIfAbsent(s, b) != null) {
                    throw new IllegalArgumentException("section " + s + " has two binders");
                }
            }
        }
    }

    /**
     * Reads every {@code *.json} file of a directory, sorted by name, not recursing, as one snapshot
     * ({@link DirectorySnapshot}): nothing is bound when a file cannot be read.
     */
    void readDirectory(Path dir) {
        int before = problems.count();
        int[] handed = {0};
        DirectorySnapshot.read(dir, "policy", json.limits(), problems, (name, text) -> {
            handed[0]++;
            readDocument(text, name);
        });
        if (problems.count() > before && handed[0] == 0) {
            incomplete = true;
        }
    }

    /**
     * Tells whether a document could not be read or parsed, so that the sections read are not the
     * whole policy: references between sections are then not worth checking.
     */
    boolean incomplete() {
        return incomplete;
    }

    /** Reads one document. */
    void readDocument(String text, String source) {
        Node root = json.parse(text, source, problems);
        if (root == null) {
            incomplete = true;
            return;
        }
        if (!(root instanceof Node.Obj)) {
            incomplete = true;
            problems.add(Code.WRONG_TYPE, root.loc(), "a policy document must be a JSON object whose members are sections such as "
                    + "\"agencies\" (got " + root.describe() + ")");
            return;
        }
        for (Node.Member m : ((Node.Obj) root).members().values()) {
            SectionBinder owner = owners.get(m.name());
            if (owner == null) {
                problems.add(Code.UNKNOWN_FIELD, m.nameLoc(), "unknown section \"" + m.name() + "\"; expected one of "
                        + String.join(", ", owners.keySet()));
                continue;
            }
            if (!(m.value() instanceof Node.Arr)) {
                problems.add(Code.WRONG_TYPE, m.value().loc(), "a section must be an array (got " + m.value().describe() + ")");
                continue;
            }
            owner.bind(m.name(), (Node.Arr) m.value(), problems);
        }
    }
}
