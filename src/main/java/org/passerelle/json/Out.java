package org.passerelle.json;

import java.util.Collection;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;

/**
 * A thin writer over Jackson's generator with the conventions of the canonical form: optional
 * values that are null, false or empty are left out, so equal values always print equally.
 */
final class Out {
    private final JsonGenerator g;

    Out(JsonGenerator g) {
        this.g = g;
    }

    Out object(Runnable members) {
        g.writeStartObject();
        members.run();
        g.writeEndObject();
        return this;
    }

    Out object(String name, Runnable members) {
        g.writeName(name);
        return object(members);
    }

    /** Writes a member whose value is an object, unless the value is null. */
    <T> Out objectIfPresent(String name, T value, Consumer<T> members) {
        if (value != null) {
            g.writeName(name);
            g.writeStartObject();
            members.accept(value);
            g.writeEndObject();
        }
        return this;
    }

    /** Writes an array member, always (empty arrays included). */
    <T> Out array(String name, Collection<T> values, Consumer<T> element) {
        g.writeName(name);
        g.writeStartArray();
        for (T v : values) {
            element.accept(v);
        }
        g.writeEndArray();
        return this;
    }

    /** Writes an array member unless the collection is empty. */
    <T> Out arrayIfAny(String name, Collection<T> values, Consumer<T> element) {
        return values.isEmpty() ? this : array(name, values, element);
    }

    /** Writes an array of strings (the {@code toString} of each value) unless the collection is empty. */
    Out stringsIfAny(String name, Collection<?> values) {
        return arrayIfAny(name, values, v -> g.writeString(v.toString()));
    }

    /** Writes a string member, always; the value must not be null. */
    Out string(String name, Object value) {
        g.writeName(name);
        g.writeString(value.toString());
        return this;
    }

    /** Writes a string member (the value's {@code toString}) unless it is null. */
    Out stringIfPresent(String name, Object value) {
        return value == null ? this : string(name, value);
    }

    /** Writes an enum by its name unless it is null. */
    Out enumIfPresent(String name, Enum<?> value) {
        return value == null ? this : string(name, value.name());
    }

    /** Writes a boolean member, only when it is true (false is the default of every flag). */
    Out flag(String name, boolean value) {
        if (value) {
            g.writeName(name);
            g.writeBoolean(true);
        }
        return this;
    }

    /** Writes an integer member, always. */
    Out number(String name, long value) {
        g.writeName(name);
        g.writeNumber(value);
        return this;
    }

    /** Writes a number member, always. */
    Out number(String name, double value) {
        g.writeName(name);
        g.writeNumber(value);
        return this;
    }

    /** Writes a bare integer value (an array element). */
    Out value(long value) {
        g.writeNumber(value);
        return this;
    }

    /** Writes a bare string value (an array element). */
    Out value(String value) {
        g.writeString(value);
        return this;
    }

    /** Writes a bare object value (an array element). */
    Out element(Runnable members) {
        return object(members);
    }
}
