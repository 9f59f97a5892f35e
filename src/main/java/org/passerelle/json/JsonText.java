package org.passerelle.json;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.model.Problem.Code;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The only place that touches Jackson: reads text into the location-aware {@link Node} tree with
 * Jackson's streaming parser under {@link ReadLimits}, and writes JSON with its streaming generator.
 *
 * <p>No data binding, no polymorphic type handling, no default typing: the parser yields tokens and
 * this class turns them into plain nodes, recording each value's {@code TokenStreamLocation}.
 * Duplicate field names, trailing content, limit breaches and malformed JSON become problems with a
 * line and a column.
 */
final class JsonText {
    /** The most characters of a JSON number, and of a decimal written as a string. */
    static final int MAX_NUMBER_LENGTH = 100;

    private static final JsonFactory WRITE_FACTORY = JsonFactory.builder().build();

    private final JsonFactory factory;
    private final ReadLimits limits;

    JsonText(ReadLimits limits) {
        this.limits = limits;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .maxDocumentLength(limits.maxDocumentLength())
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build();
        this.factory = JsonFactory.builder().streamReadConstraints(constraints).build();
    }

    ReadLimits limits() {
        return limits;
    }

    /**
     * Parses a document.
     *
     * @return the root node, or null when the document could not be parsed (a problem was added)
     */
    Node parse(String text, String file, Problems problems) {
        return parse(text, file, 1, problems);
    }

    /**
     * Parses a document that starts on a given line of its source (a line of a JSON Lines file).
     *
     * @return the root node, or null when the document could not be parsed (a problem was added)
     */
    Node parse(String text, String file, int firstLine, Problems problems) {
        int offset = firstLine - 1;
        if (text.length() > limits.maxDocumentLength()) {
            problems.addFile(Code.LIMIT_EXCEEDED, file, "document is " + text.length() + " characters long, more than the limit of "
                    + limits.maxDocumentLength());
            return null;
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Node.Loc root = new Node.Loc(file, "$", firstLine, 1);
        JsonParser p = factory.createParser(ObjectReadContext.empty(), body);
        try {
            JsonToken t = p.nextToken();
            if (t == null) {
                problems.add(Code.MALFORMED, root, "empty document: expected a JSON object");
                return null;
            }
            Node node = value(p, t, root, offset, limits.maxCollectionSize(), new Strings());
            JsonToken extra = p.nextToken();
            if (extra != null) {
                problems.add(Code.MALFORMED, at(p.currentTokenLocation(), file, offset),
                        "unexpected content after the end of the JSON document");
                return null;
            }
            return node;
        } catch (DuplicateField e) {
            problems.add(Code.DUPLICATE, e.at, "duplicate field \"" + e.name + "\" (first at line " + e.first.line() + ", column "
                    + e.first.column() + ")");
            return null;
        } catch (CollectionTooLarge e) {
            problems.add(Code.LIMIT_EXCEEDED, e.at, "document exceeds a read limit: " + e.what + " has more than " + e.limit
                    + " " + e.unit + " (ReadLimits.maxCollectionSize)");
            return null;
        } catch (StreamConstraintsException e) {
            problems.add(Code.LIMIT_EXCEEDED, at(located(e, p), file, offset), "document exceeds a read limit: " + clean(e)
                    + setting(e));
            return null;
        } catch (JacksonException e) {
            problems.add(Code.MALFORMED, at(located(e, p), file, offset), "malformed JSON: " + clean(e));
            return null;
        } finally {
            p.close();
        }
    }

    private static Node value(JsonParser p, JsonToken t, Node.Loc loc, int offset, int max, Strings strings) {
        switch (t) {
            case START_OBJECT:
                return object(p, loc, offset, max, strings);
            case START_ARRAY:
                return array(p, loc, offset, max, strings);
            case VALUE_STRING:
                return new Node.Str(loc, strings.share(p.getString()));
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Node.Num(loc, p.getString());
            case VALUE_TRUE:
                return new Node.Bool(loc, true);
            case VALUE_FALSE:
                return new Node.Bool(loc, false);
            case VALUE_NULL:
                return new Node.Null(loc);
            default:
                throw new IllegalStateException("unexpected token " + t + " at " + loc);
        }
    }

    private static Node.Obj object(JsonParser p, Node.Loc loc, int offset, int max, Strings strings) {
        Node.Members.Builder members = new Node.Members.Builder(loc);
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            TokenStreamLocation nameAt = p.currentTokenLocation();
            int line = nameAt.getLineNr() + offset;
            int column = nameAt.getColumnNr();
            if (members.size() == max) {
                throw new CollectionTooLarge("the object at " + loc.path(), max, "members", loc.at(line, column));
            }
            JsonToken v = p.nextToken();
            TokenStreamLocation valueAt = p.currentTokenLocation();
            Node value = value(p, v, loc.child(name, valueAt.getLineNr() + offset, valueAt.getColumnNr()), offset,
                    max, strings);
            Node.Loc previous = members.add(name, line, column, value);
            if (previous != null) {
                throw new DuplicateField(name, loc.child(name, line, column), previous);
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new IllegalStateException("unexpected token " + t + " in object at " + loc);
        }
        return new Node.Obj(loc, members.build());
    }

    private static Node.Arr array(JsonParser p, Node.Loc loc, int offset, int max, Strings strings) {
        List<Node> elements = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            TokenStreamLocation at = p.currentTokenLocation();
            if (elements.size() == max) {
                throw new CollectionTooLarge("the array at " + loc.path(), max, "elements",
                        loc.at(at.getLineNr() + offset, at.getColumnNr()));
            }
            elements.add(value(p, t, loc.element(elements.size(), at.getLineNr() + offset, at.getColumnNr()), offset,
                    max, strings));
        }
        return new Node.Arr(loc, elements);
    }

    /**
     * Shares equal short strings within one document (ids, enum labels, field names repeat across
     * thousands of elements), so the tree holds one copy of each. Bounded: at most 4,096 distinct
     * strings of at most 32 characters are remembered.
     */
    private static final class Strings {
        private static final int MAX_LENGTH = 32;
        private static final int MAX_ENTRIES = 4_096;
        private final Map<String, String> seen = new HashMap<>();

        String share(String s) {
            if (s.length() > MAX_LENGTH) {
                return s;
            }
            String earlier = seen.get(s);
            if (earlier != null) {
                return earlier;
            }
            if (seen.size() < MAX_ENTRIES) {
                seen.put(s, s);
            }
            return s;
        }
    }

    /** Returns where an exception happened: its own location, else where the parser stands. */
    private static TokenStreamLocation located(JacksonException e, JsonParser p) {
        TokenStreamLocation l = e.getLocation();
        return l != null && l.getLineNr() > 0 ? l : p.currentLocation();
    }

    private static Node.Loc at(TokenStreamLocation location, String file, int offset) {
        if (location == null || location.getLineNr() < 1) {
            return new Node.Loc(file, "$", 0, 0);
        }
        return new Node.Loc(file, "$", location.getLineNr() + offset, Math.max(location.getColumnNr(), 0));
    }

    private static String clean(JacksonException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        int cut = m.indexOf(", from `StreamReadConstraints");
        if (cut >= 0) {
            m = m.substring(0, cut) + ")";
        }
        return m.replace('\n', ' ').strip();
    }

    /** Names the {@link ReadLimits} setting behind a Jackson constraint, so the error says what to raise. */
    private static String setting(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("nesting depth")) {
            return " (ReadLimits.maxNestingDepth)";
        } else if (m.contains("String value length") || m.contains("Name length")) {
            return " (ReadLimits.maxStringLength)";
        } else if (m.contains("Document length")) {
            return " (ReadLimits.maxDocumentLength)";
        } else if (m.contains("Number value length")) {
            return " (numbers are limited to " + MAX_NUMBER_LENGTH + " characters)";
        }
        return "";
    }

    /** An array or object with more entries than {@link ReadLimits#maxCollectionSize()}. */
    private static final class CollectionTooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Node.Loc at;
        private final String what;
        private final int limit;
        private final String unit;

        CollectionTooLarge(String what, int limit, String unit, Node.Loc at) {
            super(what, null, false, false);
            this.what = what;
            this.limit = limit;
            this.unit = unit;
            this.at = at;
        }
    }

    /** A field named twice in one object; reported with both places. */
    private static final class DuplicateField extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Node.Loc at;
        private final transient Node.Loc first;
        private final String name;

        DuplicateField(String name, Node.Loc at, Node.Loc first) {
            super(name, null, false, false);
            this.name = name;
            this.at = at;
            this.first = first;
        }
    }

    /** Something that writes itself with a generator. */
    interface Body {
        void write(Out out);
    }

    /** Writes canonical JSON: two-space indentation, {@code "name": value}, "\n" line ends, a final newline. */
    static String pretty(Body body) {
        return write(body, true) + "\n";
    }

    /** Writes compact JSON on one line, as JSON Lines needs. */
    static String compact(Body body) {
        return write(body, false);
    }

    private static String write(Body body, boolean pretty) {
        StringWriter sw = new StringWriter();
        ObjectWriteContext ctx = pretty ? new PrettyContext() : ObjectWriteContext.empty();
        try (JsonGenerator g = WRITE_FACTORY.createGenerator(ctx, sw)) {
            body.write(new Out(g));
        }
        return sw.toString();
    }

    /** A write context that only supplies the canonical pretty printer. */
    private static final class PrettyContext extends ObjectWriteContext.Base {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
                    .withObjectIndenter(indenter).withArrayIndenter(indenter);
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }
}
