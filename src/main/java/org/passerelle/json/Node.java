package org.passerelle.json;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

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
     * <p>A location made while parsing holds its parent and its own name or index, not its path: the
     * path is written out only when asked for (for a problem), so a large document costs a few small
     * objects per value, not a string per value. Immutable.
     */
    final class Loc {
        private final String file;
        private final Loc parent;
        /** The member name under the parent, or the whole path when there is no parent. */
        private final String name;
        /** The index in the parent array, or -1. */
        private final int index;
        private final int line;
        private final int column;

        /**
         * Creates a location with a path written out.
         *
         * @param file the file or source name
         * @param path the JSON path
         * @param line the line, 0 if unknown
         * @param column the column, 0 if unknown
         */
        Loc(String file, String path, int line, int column) {
            this(file, null, path, -1, line, column);
        }

        private Loc(String file, Loc parent, String name, int index, int line, int column) {
            this.file = file;
            this.parent = parent;
            this.name = name;
            this.index = index;
            this.line = line;
            this.column = column;
        }

        String file() {
            return file;
        }

        /** Returns the JSON path, such as {@code $.agreements[0].validTo}, written out now. */
        String path() {
            if (parent == null) {
                return name;
            }
            StringBuilder sb = new StringBuilder();
            append(sb);
            return sb.toString();
        }

        private void append(StringBuilder sb) {
            if (parent == null) {
                sb.append(name);
            } else {
                parent.append(sb);
                if (index >= 0) {
                    sb.append('[').append(index).append(']');
                } else {
                    sb.append(pathName(name));
                }
            }
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }

        Loc child(String childName, int childLine, int childColumn) {
            return new Loc(file, this, childName, -1, childLine, childColumn);
        }

        Loc element(int childIndex, int childLine, int childColumn) {
            return new Loc(file, this, null, childIndex, childLine, childColumn);
        }

        /** Returns the location of a member that is absent: the path it would have, at the object's position. */
        Loc missing(String childName) {
            return new Loc(file, this, childName, -1, line, column);
        }

        /** Returns this path at another line and column, such as where a value that broke a limit starts. */
        Loc at(int otherLine, int otherColumn) {
            return new Loc(file, parent, name, index, otherLine, otherColumn);
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

        @Override
        public boolean equals(Object o) {
            return o instanceof Loc && ((Loc) o).file.equals(file) && ((Loc) o).path().equals(path())
                    && ((Loc) o).line == line && ((Loc) o).column == column;
        }

        @Override
        public int hashCode() {
            return (file.hashCode() * 31 + path().hashCode()) * 31 + line * 17 + column;
        }

        @Override
        public String toString() {
            return file + ":" + line + ":" + column + " " + path();
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
            if (!(members instanceof Members)) {
                Members.Builder b = new Members.Builder(loc);
                for (Member m : members.values()) {
                    b.add(m.name(), m.nameLoc().line(), m.nameLoc().column(), m.value());
                }
                members = b.build();
            }
        }

        @Override
        public String describe() {
            return "object";
        }
    }

    /**
     * The members of an object, held in arrays (names, values, where each name stands) rather than a
     * linked hash map of entries, since a policy holds hundreds of thousands of small objects: lookups
     * scan the few names of a small object, and index a large one. Immutable.
     */
    final class Members extends AbstractMap<String, Member> {
        private static final int SCAN = 8;
        private final Loc owner;
        private final String[] names;
        private final Node[] values;
        private final int[] lineColumn;
        private final Map<String, Integer> index;

        private Members(Loc owner, String[] names, Node[] values, int[] lineColumn, Map<String, Integer> index) {
            this.owner = owner;
            this.names = names;
            this.values = values;
            this.lineColumn = lineColumn;
            this.index = index;
        }

        private int find(Object key) {
            if (index != null) {
                Integer i = index.get(key);
                return i == null ? -1 : i;
            }
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }

        private Member member(int i) {
            return new Member(names[i], owner.child(names[i], lineColumn[2 * i], lineColumn[2 * i + 1]), values[i]);
        }

        @Override
        public Member get(Object key) {
            int i = find(key);
            return i < 0 ? null : member(i);
        }

        @Override
        public boolean containsKey(Object key) {
            return find(key) >= 0;
        }

        @Override
        public int size() {
            return names.length;
        }

        @Override
        public Set<Map.Entry<String, Member>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, Member>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < names.length;
                        }

                        @Override
                        public Map.Entry<String, Member> next() {
                            if (next >= names.length) {
                                throw new NoSuchElementException();
                            }
                            Member m = member(next++);
                            return new AbstractMap.SimpleImmutableEntry<>(m.name(), m);
                        }
                    };
                }

                @Override
                public int size() {
                    return names.length;
                }
            };
        }

        /** Collects members in order; not thread-safe. */
        static final class Builder {
            private final Loc owner;
            private final List<String> names = new ArrayList<>();
            private final List<Node> values = new ArrayList<>();
            private int[] lineColumn = new int[8];
            private Map<String, Integer> index;

            Builder(Loc owner) {
                this.owner = owner;
            }

            int size() {
                return names.size();
            }

            /**
             * Adds a member.
             *
             * @return the location of the name of an earlier member of the same name, or null
             */
            Loc add(String name, int line, int column, Node value) {
                int n = names.size();
                int previous = -1;
                if (index != null) {
                    Integer p = index.putIfAbsent(name, n);
                    previous = p == null ? -1 : p;
                } else {
                    for (int i = 0; i < n; i++) {
                        if (names.get(i).equals(name)) {
                            previous = i;
                            break;
                        }
                    }
                    if (previous < 0 && n + 1 > SCAN) {
                        index = new HashMap<>();
                        for (int i = 0; i < n; i++) {
                            index.put(names.get(i), i);
                        }
                        index.put(name, n);
                    }
                }
                if (previous >= 0) {
                    return owner.child(name, lineColumn[2 * previous], lineColumn[2 * previous + 1]);
                }
                names.add(name);
                values.add(value);
                if (lineColumn.length < 2 * (n + 1)) {
                    lineColumn = Arrays.copyOf(lineColumn, lineColumn.length * 2);
                }
                lineColumn[2 * n] = line;
                lineColumn[2 * n + 1] = column;
                return null;
            }

            Members build() {
                int n = names.size();
                return new Members(owner, names.toArray(new String[0]), values.toArray(new Node[0]),
                        Arrays.copyOf(lineColumn, 2 * n), index);
            }
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
            return "string " + Problems.quote(value);
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
