package org.passerelle.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.passerelle.model.FieldPath;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Problem;
import org.passerelle.model.Problem.Code;
import org.passerelle.sharing.SharingPolicy;

/**
 * Binds the sharing sections ({@code agencies}, {@code purposes}, {@code agreements}, {@code items},
 * {@code consents}, {@code objections}, {@code legalAreas}) into a {@link SharingPolicy.Builder}, then
 * builds the policy and places each {@link Problem} it reports (element, id, field path) at the file,
 * JSON path and line of the value that caused it.
 *
 * <p>Duplicate ids are caught here, with both places; an element that failed to bind is left out of
 * the policy, and references to its id are not reported again as dangling. Not thread-safe.
 */
final class SharingSections implements SectionBinder {
    private final SharingPolicy.Builder builder = SharingPolicy.builder();
    /** Element kind (as Problem names it) to id to the element's node, for mapping problems back. */
    private final Map<String, Map<String, Node.Obj>> declared = new HashMap<>();
    /** Element kind to ids of elements that failed to bind. */
    private final Map<String, Set<String>> broken = new HashMap<>();
    /** Elements that failed to bind, with their kind: their references are checked on the raw tree. */
    private final List<Map.Entry<String, Node.Obj>> brokenElements = new ArrayList<>();

    /**
     * The references of each element kind: the shape of the field path (array positions as
     * {@code []}) and the kind of element it names. {@link SharingPolicy} checks these on what bound;
     * this table checks them on elements that did not, so that a broken element's dangling
     * references are reported too, and tells which kind a reference problem of the policy names.
     */
    private static final Map<String, Map<FieldPath, String>> REFERENCES = Map.of(
            "agency", Map.of(FieldPath.of("clients[]"), "agency"),
            "agreement", Map.of(FieldPath.of("parties[].agency"), "agency", FieldPath.of("purposes[]"), "purpose"),
            "item", Map.of(FieldPath.of("originator"), "agency", FieldPath.of("custody[].holder"), "agency",
                    FieldPath.of("custody[].receivedUnder"), "agreement",
                    FieldPath.of("restrictions.allowedRecipients[]"), "agency",
                    FieldPath.of("restrictions.excludedRecipients[]"), "agency",
                    FieldPath.of("restrictions.allowedPurposes[]"), "purpose"),
            "consent", Map.of(FieldPath.of("item"), "item", FieldPath.of("grantedBy"), "agency",
                    FieldPath.of("recipient"), "agency", FieldPath.of("purposes[]"), "purpose"),
            "objection", Map.of(FieldPath.of("agreement"), "agreement", FieldPath.of("objectedBy"), "agency",
                    FieldPath.of("item"), "item", FieldPath.of("recipient"), "agency"));

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
                    problems.add(Code.DUPLICATE, idNode.loc(), kind + " id \"" + rawId + "\" is declared more than once (first at "
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
        } catch (InvalidInputException e) {
            for (Problem p : e.problems()) {
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
    List<Problem> warnings(SharingPolicy policy) {
        List<Problem> out = new ArrayList<>();
        for (Problem p : policy.warnings()) {
            Node.Obj element = p.elementId() == null ? null
                    : declared.getOrDefault(p.element(), Map.of()).get(p.elementId());
            out.add(p.locatedAt(element == null ? new Problem.Location("(policy)", "$", 0, 0)
                    : Problems.location(locate(element, p.field(), p.value()))));
        }
        out = Problems.sorted(out);
        return out;
    }

    private void checkBrokenReferences(Problems problems) {
        for (Map.Entry<String, Node.Obj> e : brokenElements) {
            for (Map.Entry<FieldPath, String> ref : REFERENCES.getOrDefault(e.getKey(), Map.of()).entrySet()) {
                List<Node> found = new ArrayList<>();
                collect(e.getValue(), ref.getKey().steps(), 0, found);
                Set<String> known = declared.getOrDefault(ref.getValue(), Map.of()).keySet();
                for (Node n : found) {
                    if (n instanceof Node.Str && !known.contains(((Node.Str) n).value())) {
                        problems.add(Code.UNKNOWN_REFERENCE, n.loc(), "names no " + ref.getValue()
                                + " of the policy (got \"" + ((Node.Str) n).value() + "\")");
                    }
                }
            }
        }
    }

    /** Collects the nodes a path shape names; {@code []} stands for every element of an array. */
    private static void collect(Node node, List<FieldPath.Step> steps, int index, List<Node> found) {
        if (index == steps.size()) {
            found.add(node);
            return;
        }
        FieldPath.Step step = steps.get(index);
        if (step.isMember()) {
            if (node instanceof Node.Obj && ((Node.Obj) node).members().containsKey(step.name())) {
                collect(((Node.Obj) node).members().get(step.name()).value(), steps, index + 1, found);
            }
        } else if (node instanceof Node.Arr) {
            for (Node element : ((Node.Arr) node).elements()) {
                collect(element, steps, index + 1, found);
            }
        }
    }

    /**
     * Returns whether a problem only echoes an element that failed to bind: a reference to it,
     * already reported where that element is.
     */
    private boolean isEcho(Problem p) {
        if (p.code() != Code.UNKNOWN_REFERENCE || p.element() == null) {
            return false;
        }
        String named = REFERENCES.getOrDefault(p.element(), Map.of()).get(p.field().shape());
        return named != null && broken.getOrDefault(named, Set.of()).contains(p.value());
    }

    private void report(Problem p, Problems problems) {
        Node.Obj element = p.elementId() == null ? null
                : declared.getOrDefault(p.element(), Map.of()).get(p.elementId());
        if (element == null) {
            problems.add(p.locatedAt(new Problem.Location("(policy)", "$", 0, 0)));
            return;
        }
        problems.add(p, locate(element, p.field(), p.value()));
    }

    /**
     * Finds the node a field path such as {@code parties[1].agency} names inside an element; for an
     * array, the element equal to the value; else the element itself.
     */
    static Node.Loc locate(Node.Obj element, FieldPath field, String value) {
        Node.Loc at = Fields.walk(element, field.steps(), value);
        return at != null ? at : element.loc();
    }
}
