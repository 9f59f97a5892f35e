package org.passerelle.json;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.passerelle.model.FieldPath;
import org.passerelle.model.InvalidInputException;
import org.passerelle.model.Problem.Code;
import org.passerelle.model.Problem;
import org.passerelle.model.TlpLabel;

/**
 * A strict view of one JSON object while it is bound to a domain value: it reports unknown fields
 * when created, and each typed getter reports a missing value, a wrong type or a bad value as a
 * problem at the value's path and line, then returns null so that binding goes on and every error
 * of the document is collected. Not thread-safe: one per object, during one read.
 */
final class Fields {
    private final Node.Obj obj;
    private final Node.Loc loc;
    private final Problems problems;
    private final int start;

    private Fields(Node.Obj obj, Node.Loc loc, Problems problems) {
        this.obj = obj;
        this.loc = loc;
        this.problems = problems;
        this.start = problems.count();
    }

    /**
     * Opens an object, reporting a value that is not an object and every field not allowed.
     *
     * @param node the value, not null
     * @param problems where problems go
     * @param allowed the field names allowed, in documentation order
     * @return the view; when the value is not an object, every getter returns null
     */
    static Fields of(Node node, Problems problems, String... allowed) {
        if (!(node instanceof Node.Obj)) {
            Fields f = new Fields(null, node.loc(), problems);
            problems.add(Code.WRONG_TYPE, node.loc(), "must be an object (got " + node.describe() + ")");
            return f;
        }
        Node.Obj o = (Node.Obj) node;
        Fields f = new Fields(o, o.loc(), problems);
        List<String> names = Arrays.asList(allowed);
        for (Node.Member m : o.members().values()) {
            if (!names.contains(m.name())) {
                problems.add(Code.UNKNOWN_FIELD, m.nameLoc(), "unknown field \"" + m.name() + "\"; expected one of "
                        + String.join(", ", allowed));
            }
        }
        return f;
    }

    /** Returns whether no problem was reported since this view was opened. */
    boolean ok() {
        return problems.count() == start;
    }

    Node.Loc loc() {
        return loc;
    }

    Problems problems() {
        return problems;
    }

    /** Returns a member's value, or null when it is absent or JSON null. */
    Node node(String name) {
        if (obj == null) {
            return null;
        }
        Node.Member m = obj.members().get(name);
        return m == null || m.value() instanceof Node.Null ? null : m.value();
    }

    /** Returns whether a member is written as JSON {@code null}, as opposed to absent or set. */
    boolean isExplicitNull(String name) {
        if (obj == null) {
            return false;
        }
        Node.Member m = obj.members().get(name);
        return m != null && m.value() instanceof Node.Null;
    }

    /** Returns a member's value, reporting it as required when it is absent (and this view is an object). */
    Node requiredNode(String name) {
        return present(name, true) ? node(name) : null;
    }

    /** Returns where a member's value stands, or where it would be. */
    Node.Loc locOf(String name) {
        Node n = node(name);
        return n != null ? n.loc() : loc.missing(name);
    }

    private boolean present(String name, boolean required) {
        if (obj == null) {
            return false;
        }
        if (node(name) == null) {
            if (required) {
                problems.add(Code.MISSING, loc.missing(name), "is required");
            }
            return false;
        }
        return true;
    }

    // ---- scalars

    String string(String name) {
        return present(name, false) ? text(node(name)) : null;
    }

    String requiredString(String name) {
        return present(name, true) ? text(node(name)) : null;
    }

    <T> T id(String name, Function<String, T> of) {
        return present(name, false) ? parse(node(name), of) : null;
    }

    <T> T requiredId(String name, Function<String, T> of) {
        return present(name, true) ? parse(node(name), of) : null;
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        return present(name, false) ? enumOf(node(name), problems, type) : null;
    }

    <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
        return present(name, true) ? enumOf(node(name), problems, type) : null;
    }

    TlpLabel tlp(String name) {
        return present(name, false) ? parse(node(name), TlpLabel::parse) : null;
    }

    /** Returns a boolean member; absent means false. */
    boolean flag(String name) {
        Node n = node(name);
        if (n == null) {
            return false;
        }
        if (n instanceof Node.Bool) {
            return ((Node.Bool) n).value();
        }
        problems.add(Code.WRONG_TYPE, n.loc(), "must be true or false (got " + n.describe() + ")");
        return false;
    }

    LocalDate date(String name) {
        return present(name, false) ? date(node(name), problems) : null;
    }

    LocalDate requiredDate(String name) {
        return present(name, true) ? date(node(name), problems) : null;
    }

    Instant instant(String name) {
        return present(name, false) ? instant(node(name), problems) : null;
    }

    Instant requiredInstant(String name) {
        return present(name, true) ? instant(node(name), problems) : null;
    }

    Period period(String name) {
        return present(name, false) ? convert(node(name), problems, Period::parse,
                "must be an ISO period such as P5Y or P6M") : null;
    }

    Period requiredPeriod(String name) {
        return present(name, true) ? convert(node(name), problems, Period::parse,
                "must be an ISO period such as P5Y or P6M") : null;
    }

    Duration duration(String name) {
        return present(name, false) ? convert(node(name), problems, Duration::parse,
                "must be an ISO duration such as PT8H or P3D") : null;
    }

    Duration requiredDuration(String name) {
        return present(name, true) ? convert(node(name), problems, Duration::parse,
                "must be an ISO duration such as PT8H or PT72H") : null;
    }

    // ---- numbers

    /** Returns an integer member, or {@code absent} when it is absent; null after reporting a problem. */
    Integer integer(String name, Integer absent) {
        return present(name, false) ? integer(node(name), problems) : absent;
    }

    Integer requiredInteger(String name) {
        return present(name, true) ? integer(node(name), problems) : null;
    }

    /** Returns a 64-bit integer member, or {@code absent} when it is absent; null after reporting a problem. */
    Long longInteger(String name, Long absent) {
        if (!present(name, false)) {
            return absent;
        }
        Node n = node(name);
        String text = numberText(n, problems, "an integer");
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            problems.add(Code.INVALID_VALUE, n.loc(), "must be an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE
                    + " (got " + text + ")");
            return null;
        }
    }

    /** Returns a number member as a double, or {@code absent} when it is absent; null after reporting a problem. */
    Double number(String name, Double absent) {
        return present(name, false) ? number(node(name), problems) : absent;
    }

    Double requiredNumber(String name) {
        return present(name, true) ? number(node(name), problems) : null;
    }

    /**
     * Returns a decimal member written as a JSON number or as a string of digits (exact amounts such as
     * {@code "1250.00"}), or null when it is absent or after reporting a problem. A decimal longer than
     * a JSON number may be, or with more digits written out in full than
     * {@link ReadLimits#maxDecimalDigits()}, is one problem quoting the text as written (never expanded).
     */
    BigDecimal decimal(String name, boolean required) {
        ReadLimits limits = problems.limits();
        if (!present(name, required)) {
            return null;
        }
        Node n = node(name);
        String text = n instanceof Node.Str ? ((Node.Str) n).value() : numberText(n, problems, "a decimal number");
        if (text == null) {
            return null;
        }
        if (text.length() > JsonText.MAX_NUMBER_LENGTH) {
            problems.add(Code.LIMIT_EXCEEDED, n.loc(), "must be a decimal number of at most " + JsonText.MAX_NUMBER_LENGTH
                    + " characters (got " + Problems.quote(text) + ")");
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(Code.INVALID_VALUE, n.loc(), "must be a decimal number such as 1250.00 (got " + Problems.quote(text) + ")");
            return null;
        }
        long precision = value.precision();
        long scale = value.scale();
        long digits = Math.max(precision - scale, 1) + Math.max(scale, 0);
        if (digits > limits.maxDecimalDigits()) {
            problems.add(Code.LIMIT_EXCEEDED, n.loc(), "must have at most " + limits.maxDecimalDigits()
                    + " digits written out in full (got " + Problems.quote(text)
                    + ") (ReadLimits.maxDecimalDigits)");
            return null;
        }
        return value;
    }

    static Integer integer(Node n, Problems problems) {
        String text = numberText(n, problems, "an integer");
        if (text == null) {
            return null;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            problems.add(Code.INVALID_VALUE, n.loc(), "must be an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                    + " (got " + text + ")");
            return null;
        }
    }

    static Double number(Node n, Problems problems) {
        String text = numberText(n, problems, "a number");
        if (text == null) {
            return null;
        }
        double d = Double.parseDouble(text);
        if (Double.isInfinite(d)) {
            problems.add(Code.INVALID_VALUE, n.loc(), "must be a finite number (got " + text + ")");
            return null;
        }
        return d;
    }

    private static String numberText(Node n, Problems problems, String expected) {
        if (n instanceof Node.Num) {
            return ((Node.Num) n).text();
        }
        problems.add(Code.WRONG_TYPE, n.loc(), "must be " + expected + " (got " + n.describe() + ")");
        return null;
    }

    // ---- structures

    /** Opens a nested object member, or returns null when it is absent. */
    Fields object(String name, String... allowed) {
        return present(name, false) ? of(node(name), problems, allowed) : null;
    }

    Fields requiredObject(String name, String... allowed) {
        return present(name, true) ? of(node(name), problems, allowed) : null;
    }

    /** Reads an array member with an element reader that returns null after reporting a problem. */
    <T> List<T> list(String name, Function<Node, T> element) {
        return present(name, false) ? list(node(name), problems, element) : List.of();
    }

    <T> List<T> requiredList(String name, Function<Node, T> element) {
        return present(name, true) ? list(node(name), problems, element) : List.of();
    }

    /** Reads an array of identifiers (or other strings parsed by {@code of}) into a sorted set, rejecting repeats. */
    <T extends Comparable<? super T>> SortedSet<T> set(String name, Function<String, T> of) {
        return present(name, false) ? set(node(name), problems, of) : Collections.emptySortedSet();
    }

    <E extends Enum<E>> SortedSet<E> enumSet(String name, Class<E> type) {
        if (!present(name, false)) {
            return Collections.emptySortedSet();
        }
        return unique(node(name), problems, n -> enumOf(n, problems, type));
    }

    /** Reads an array of strings into a sorted set of field names, roles or cases, rejecting repeats. */
    SortedSet<String> strings(String name) {
        return set(name, s -> s);
    }

    // ---- building

    /**
     * Builds a domain value if no problem was reported in this object; maps a validation failure of
     * the domain type to the field it names (or the object itself).
     *
     * @return the value, or null when it could not be built
     */
    <T> T build(Supplier<T> factory) {
        if (!ok() || obj == null) {
            return null;
        }
        try {
            return factory.get();
        } catch (InvalidInputException e) {
            for (Problem p : e.problems()) {
                problems.add(p, locate(p.field(), p.value()));
            }
            return null;
        }
    }

    /**
     * Finds the value a domain field path points at: the node it names, as far as the path goes;
     * when a factory named the field with a prefix of its own ({@code item.commodityCode} names
     * {@code commodityCode}), the node its last member names; else the object itself.
     */
    private Node.Loc locate(FieldPath field, String value) {
        List<FieldPath.Step> steps = field.steps();
        Node.Loc at = walk(obj, steps, value);
        for (int i = steps.size() - 1; at == null && i > 0; i--) {
            if (steps.get(i).isMember()) {
                at = walk(obj, steps.subList(i, steps.size()), value);
                break;
            }
        }
        return at != null ? at : loc;
    }

    /**
     * Walks a field path from a node: member names into objects, positions into arrays, and for
     * "an element" ({@code []}), or an array at the path's end, the element equal to the value.
     *
     * @return the place of the deepest node reached, or null when not even the first step is there
     */
    static Node.Loc walk(Node start, List<FieldPath.Step> steps, String value) {
        Node current = start;
        Node.Loc best = null;
        for (FieldPath.Step step : steps) {
            Node next = null;
            if (step.isMember()) {
                if (current instanceof Node.Obj && ((Node.Obj) current).members().containsKey(step.name())) {
                    next = ((Node.Obj) current).members().get(step.name()).value();
                }
            } else if (current instanceof Node.Arr) {
                List<Node> elements = ((Node.Arr) current).elements();
                if (step.index() == FieldPath.Step.ANY) {
                    next = elementEqualTo(current, value);
                } else if (step.index() < elements.size()) {
                    next = elements.get(step.index());
                }
            }
            if (next == null) {
                return best;
            }
            current = next;
            best = current.loc();
        }
        Node element = current instanceof Node.Arr ? elementEqualTo(current, value) : null;
        return element != null ? element.loc() : best;
    }

    private static Node elementEqualTo(Node array, String value) {
        if (value != null) {
            for (Node e : ((Node.Arr) array).elements()) {
                if (e instanceof Node.Str && ((Node.Str) e).value().equals(value)) {
                    return e;
                }
            }
        }
        return null;
    }

    // ---- static helpers, also used for array elements

    static String text(Node n, Problems problems) {
        if (n instanceof Node.Str) {
            return ((Node.Str) n).value();
        }
        problems.add(Code.WRONG_TYPE, n.loc(), "must be a string (got " + n.describe() + ")");
        return null;
    }

    private String text(Node n) {
        return text(n, problems);
    }

    private <T> T parse(Node n, Function<String, T> of) {
        return parse(n, problems, of);
    }

    static <T> T parse(Node n, Problems problems, Function<String, T> of) {
        String s = text(n, problems);
        if (s == null) {
            return null;
        }
        try {
            return of.apply(s);
        } catch (InvalidInputException e) {
            problems.addAll(e, n.loc());
            return null;
        }
    }

    static <T> T convert(Node n, Problems problems, Function<String, T> parse, String expected) {
        String s = text(n, problems);
        if (s == null) {
            return null;
        }
        try {
            return parse.apply(s);
        } catch (DateTimeParseException | ArithmeticException e) {
            problems.add(Code.INVALID_VALUE, n.loc(), expected + " (got " + Problems.quote(s) + ")");
            return null;
        }
    }

    static LocalDate date(Node n, Problems problems) {
        return convert(n, problems, LocalDate::parse, "must be an ISO date yyyy-mm-dd");
    }

    static Instant instant(Node n, Problems problems) {
        return convert(n, problems, Instant::parse, "must be an ISO instant such as 2024-05-10T09:00:00Z");
    }

    static <E extends Enum<E>> E enumOf(Node n, Problems problems, Class<E> type) {
        String s = text(n, problems);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        problems.add(Code.INVALID_VALUE, n.loc(), "must be one of " + String.join(", ", names) + " (got " + Problems.quote(s) + ")");
        return null;
    }

    static <T> List<T> list(Node n, Problems problems, Function<Node, T> element) {
        if (!(n instanceof Node.Arr)) {
            problems.add(Code.WRONG_TYPE, n.loc(), "must be an array (got " + n.describe() + ")");
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (Node e : ((Node.Arr) n).elements()) {
            T v = element.apply(e);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    static <T extends Comparable<? super T>> SortedSet<T> set(Node n, Problems problems, Function<String, T> of) {
        return unique(n, problems, e -> parse(e, problems, of));
    }

    /** Reads an array into a sorted set, reporting a value listed twice. */
    static <T extends Comparable<? super T>> SortedSet<T> unique(Node n, Problems problems, Function<Node, T> element) {
        if (!(n instanceof Node.Arr)) {
            problems.add(Code.WRONG_TYPE, n.loc(), "must be an array (got " + n.describe() + ")");
            return Collections.emptySortedSet();
        }
        TreeSet<T> out = new TreeSet<>();
        for (Node e : ((Node.Arr) n).elements()) {
            T v = element.apply(e);
            if (v != null && !out.add(v)) {
                problems.add(Code.DUPLICATE, e.loc(), Problems.quote(String.valueOf(v)) + " is listed more than once");
            }
        }
        return out;
    }

}
