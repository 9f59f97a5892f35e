package org.passerelle.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value read from a document, with where it was found: the location-aware tree the readers
 * bind from. Only the streaming parser builds it ({@link JsonText}); it holds data, never types or code.
 */
sealed interface Node {

    /**
     * Returns where the value starts.
     *
     * @return the location, not null
     */
    Loc loc();

    /**
     * Returns a short description of the value's JSON type, for messages.
     *
     * @return such as {@code object} or {@code number 12}
     */
    String describe();

    /**
     * Where a value was found: file, JSON path, line and column (both from 1).
     *
     * @param file the file or source name
     * @param path the JSON path
     * @param line the line, 0 if unknown
     * @param column the column, 0 if unknown
     */
    record Loc(String file, String path, int line, int column) {
        Loc child(String name, int childLine, int childColumn) {
            return new Loc(file, path + pathName(name), childLine, childColumn);
        }

        Loc element(int index, int childLine, int childColumn) {
            return new Loc(file, path + "[" + index + "]", childLine, childColumn);
        }

        /** Returns the location of a member that is absent: the path it would have, at the object's position. */
        Loc missing(String name) {
            return new Loc(file, path + pathName(name), line, column);
        }

        private static String pathName(String name) {
            return isIdentifier(name) ? "." + name
                    : "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
        }

        /** Whether a name matches {@code [A-Za-z_][A-Za-z0-9_]*}; on the path of every member read, so no regex. */
        private static boolean isIdentifier(String name) {
            if (name.isEmpty()) {
                return false;
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
                if (!letter && (i == 0 || c < '0' || c > '9')) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * An object member: its name, where the name stands, and its value.
     *
     * @param name the name
     * @param nameLoc where the name stands
     * @param value the value
     */
    record Member(String name, Loc nameLoc, Node value) {
    }

    /**
     * A JSON object; members keep their order.
     *
     * @param loc where it starts
     * @param members the members by name
     */
    record Obj(Loc loc, Map<String, Member> members) implements Node {
        public Obj {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        @Override
        public String describe() {
            return "object";
        }
    }

    /**
     * A JSON array.
     *
     * @param loc where it starts
     * @param elements the elements
     */
    record Arr(Loc loc, List<Node> elements) implements Node {
        public Arr {
            elements = List.copyOf(elements);
        }

        @Override
        public String describe() {
            return "array";
        }
    }

    /**
     * A JSON string.
     *
     * @param loc where it starts
     * @param value the text
     */
    record Str(Loc loc, String value) implements Node {
        @Override
        public String describe() {
            return "string \"" + value + "\"";
        }
    }

    /**
     * A JSON number, kept as its text, so that readers choose its type (integer, long, decimal).
     *
     * @param loc where it starts
     * @param text the number as written
     */
    record Num(Loc loc, String text) implements Node {
        @Override
        public String describe() {
            return "number " + text;
        }
    }

    /**
     * A JSON boolean.
     *
     * @param loc where it starts
     * @param value the value
     */
    record Bool(Loc loc, boolean value) implements Node {
        @Override
        public String describe() {
            return "boolean " + value;
        }
    }

    /**
     * A JSON null.
     *
     * @param loc where it stands
     */
    record Null(Loc loc) implements Node {
        @Override
        public String describe() {
            return "null";
        }
    }
}
