package org.passerelle.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.passerelle.sharing.InvalidPolicyException;
import org.passerelle.sharing.PolicyProblem;
import org.passerelle.sharing.SharingPolicy;

/**
 * Binds the sharing sections ({@code agencies}, {@code purposes}, {@code agreements}, {@code items},
 * {@code consents}, {@code objections}, {@code legalAreas}) into a {@link SharingPolicy.Builder}, then
 * builds the policy and maps each {@link PolicyProblem} (element, id, field) back to the file, JSON
 * path and line of the element that caused it.
 *
 * <p>Duplicate ids are caught here, with both places; an element that failed to bind is left out of
 * the policy, and references to its id are not reported again as dangling. Not thread-safe.
 */
final class SharingSections implements SectionBinder {
    private final SharingPolicy.Builder builder = SharingPolicy.builder();
    /** Element kind (as PolicyProblem names it) to id to the element's node, for mapping problems back. */
    private final Map<String, Map<String, Node.Obj>> declared = new HashMap<>();
    /** Element kind to ids of elements that failed to bind. */
    private final Map<String, Set<String>> broken = new HashMap<>();
    /** Elements that failed to bind, with their kind: their references are checked on the raw tree. */
    private final List<Map.Entry<String, Node.Obj>> brokenElements = new ArrayList<>();

    /**
     * The references of each element kind: field path (arrays marked {@code []}) and the kind it names.
     * {@link SharingPolicy} checks these on what bound; this table checks them on elements that did not,
     * so that a broken element's dangling references are reported too.
     */
    private static final Map<String, List<String[]>> REFERENCES = Map.of(
            "agency", List.<String[]>of(new String[] {"clients[]", "agency"}),
            "agreement", List.of(new String[] {"parties[].agency", "agency"}, new String[] {"purposes[]", "purpose"}),
            "item", List.of(new String[] {"originator", "agency"}, new String[] {"custody[].holder", "agency"},
                    new String[] {"custody[].receivedUnder", "agreement"},
                    new String[] {"restrictions.allowedRecipients[]", "agency"},
                    new String[] {"restrictions.excludedRecipients[]", "agency"},
                    new String[] {"restrictions.allowedPurposes[]", "purpose"}),
            "consent", List.of(new String[] {"item", "item"}, new String[] {"grantedBy", "agency"},
                    new String[] {"recipient", "agency"}, new String[] {"purposes[]", "purpose"}),
            "objection", List.of(new String[] {"agreement", "agreement"}, new String[] {"objectedBy", "agency"},
                    new String[] {"item", "item"}, new String[] {"recipient", "agency"}));

    @Override
    public List<String> sections() {
        return SharingWriters.SECTIONS;
    }

    @Override
    public void bind(String section, Node.Arr elements, Problems problems) {
        switch (section) {
            case "agencies":
                each(elements, problems, "agency", SharingReaders::agency, builder::agencies);
                break;
            case "purposes":
                each(elements, problems, "purpose", SharingReaders::purpose, builder::purposes);
                break;
            case "agreements":
                each(elements, problems, "agreement", SharingReaders::agreement, builder::agreements);
                break;
            case "items":
                each(elements, problems, "item", SharingReaders::item, builder::items);
                break;
            case "consents":
                each(elements, problems, "consent", SharingReaders::consent, builder::consents);
                break;
            case "objections":
                each(elements, problems, "objection", SharingReaders::objection, builder::objections);
                break;
            case "legalAreas":
                each(elements, problems, "legalArea", SharingReaders::legalArea, builder::legalAreas);
                break;
            default:
                throw new IllegalArgumentException("not a sharing section: " + section);
        }
    }

    private <T> void each(Node.Arr elements, Problems problems, String kind, BiFunction<Node, Problems, T> reader,
            Consumer<T> sink) {
        Map<String, Node.Obj> ids = declared.computeIfAbsent(kind, k -> new HashMap<>());
        for (Node element : elements.elements()) {
            String rawId = SharingReaders.rawId(element);
            T value = reader.apply(element, problems);
            if (rawId != null) {
                Node.Obj first = ids.get(rawId);
                if (first != null) {
                    Node idNode = ((Node.Obj) element).members().get("id").value();
                    Node.Loc f = first.members().get("id").value().loc();
                    problems.add(idNode.loc(), kind + " id \"" + rawId + "\" is declared more than once (first at "
                            + f.file() + ":" + f.line() + ":" + f.column() + ")");
                    continue;
                }
                ids.put(rawId, (Node.Obj) element);
            }
            if (value == null) {
                if (rawId != null) {
                    broken.computeIfAbsent(kind, k -> new HashSet<>()).add(rawId);
                }
                if (element instanceof Node.Obj) {
                    brokenElements.add(Map.entry(kind, (Node.Obj) element));
                }
            } else {
                sink.accept(value);
            }
        }
    }

    /**
     * Builds the policy from what bound, reporting its consistency problems.
     *
     * @return the policy, or null when it could not be built
     */
    SharingPolicy build(Problems problems) {
        checkBrokenReferences(problems);
        try {
            SharingPolicy policy = builder.build();
            return problems.isEmpty() ? policy : null;
        } catch (InvalidPolicyException e) {
            for (PolicyProblem p : e.problems()) {
                if (!isEcho(p)) {
                    report(p, problems);
                }
            }
            return null;
        }
    }

    /**
     * Places the warnings of a policy built from these sections at the element each concerns, in
     * file order.
     *
     * @param policy the policy built, not null
     * @return the warnings, not null
     */
    List<PolicyValidationException.Problem> warnings(SharingPolicy policy) {
        List<PolicyValidationException.Problem> out = new ArrayList<>();
        for (PolicyProblem p : policy.warnings()) {
            Node.Obj element = p.elementId() == null ? null
                    : declared.getOrDefault(p.element(), Map.of()).get(p.elementId());
            if (element == null) {
                out.add(new PolicyValidationException.Problem("(policy)", "$", 0, 0, p.toString()));
            } else {
                Node.Loc at = locate(element, p.field(), p.value());
                out.add(new PolicyValidationException.Problem(at.file(), at.path(), at.line(), at.column(),
                        p.message() + (p.value() == null ? "" : " (got \"" + p.value() + "\")")));
            }
        }
        out.sort(java.util.Comparator.comparing(PolicyValidationException.Problem::file)
                .thenComparingInt(PolicyValidationException.Problem::line)
                .thenComparingInt(PolicyValidationException.Problem::column));
        return out;
    }

    private void checkBrokenReferences(Problems problems) {
        for (Map.Entry<String, Node.Obj> e : brokenElements) {
            for (String[] ref : REFERENCES.getOrDefault(e.getKey(), List.of())) {
                List<Node> found = new ArrayList<>();
                collect(e.getValue(), ref[0].split("\\."), 0, found);
                Set<String> known = declared.getOrDefault(ref[1], Map.of()).keySet();
                for (Node n : found) {
                    if (n instanceof Node.Str && !known.contains(((Node.Str) n).value())) {
                        problems.add(n.loc(), "names no " + ref[1] + " of the policy (got \""
                                + ((Node.Str) n).value() + "\")");
                    }
                }
            }
        }
    }

    private static void collect(Node node, String[] parts, int index, List<Node> found) {
        if (index == parts.length) {
            found.add(node);
            return;
        }
        String part = parts[index];
        boolean array = part.endsWith("[]");
        String name = array ? part.substring(0, part.length() - 2) : part;
        if (!(node instanceof Node.Obj) || !((Node.Obj) node).members().containsKey(name)) {
            return;
        }
        Node value = ((Node.Obj) node).members().get(name).value();
        if (array) {
            if (value instanceof Node.Arr) {
                for (Node element : ((Node.Arr) value).elements()) {
                    collect(element, parts, index + 1, found);
                }
            }
        } else {
            collect(value, parts, index + 1, found);
        }
    }

    /** Returns whether a problem only echoes an element that failed to bind (a reference to it). */
    private boolean isEcho(PolicyProblem p) {
        String m = p.message();
        for (String kind : List.of("agency", "purpose", "item", "agreement")) {
            if (m.startsWith("names no " + kind + " ") && broken.getOrDefault(kind, Set.of()).contains(p.value())) {
                return true;
            }
        }
        return false;
    }

    private void report(PolicyProblem p, Problems problems) {
        Node.Obj element = p.elementId() == null ? null
                : declared.getOrDefault(p.element(), Map.of()).get(p.elementId());
        String message = p.message() + (p.value() == null ? "" : " (got \"" + p.value() + "\")");
        if (element == null) {
            problems.addFile("(policy)", p.toString());
            return;
        }
        problems.add(locate(element, p.field(), p.value()), message);
    }

    /**
     * Finds the node a field path such as {@code parties[1].agency} or {@code restrictions.allowedRecipients}
     * names inside an element; for an array, the element equal to the value.
     */
    static Node.Loc locate(Node.Obj element, String field, String value) {
        Node current = element;
        Node.Loc best = element.loc();
        for (String part : field.split("\\.")) {
            String name = part;
            List<Integer> indexes = new ArrayList<>();
            int bracket = part.indexOf('[');
            if (bracket >= 0) {
                name = part.substring(0, bracket);
                for (String ix : part.substring(bracket + 1).split("\\[")) {
                    indexes.add(Integer.parseInt(ix.replace("]", "")));
                }
            }
            if (!(current instanceof Node.Obj) || !((Node.Obj) current).members().containsKey(name)) {
                return best;
            }
            current = ((Node.Obj) current).members().get(name).value();
            best = current.loc();
            for (int ix : indexes) {
                if (!(current instanceof Node.Arr) || ((Node.Arr) current).elements().size() <= ix) {
                    return best;
                }
                current = ((Node.Arr) current).elements().get(ix);
                best = current.loc();
            }
        }
        if (current instanceof Node.Arr && value != null) {
            for (Node e : ((Node.Arr) current).elements()) {
                if (e instanceof Node.Str && ((Node.Str) e).value().equals(value)) {
                    return e.loc();
                }
            }
        }
        return best;
    }
}
