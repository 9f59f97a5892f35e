package org.passerelle.kafka;

import java.io.StringWriter;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A record that could not be used, as written to the dead-letter topic: where it came from, what was
 * wrong, and the record itself, so that it can be mended and sent again. The stream goes on.
 *
 * <p>On the topic it is one JSON object: {@code {"topic", "partition", "offset", "key", "problem",
 * "value"}}; {@code key} and {@code value} are the record's text, or absent when null. This type is
 * immutable and thread-safe.
 *
 * @param topic the topic the record was read from
 * @param partition its partition, or -1 when the problem was found after repartitioning
 * @param offset its offset, or -1 when the problem was found after repartitioning
 * @param key its key, or null
 * @param problem what was wrong, naming the field or the JSON path and the bad value
 * @param value its value as text, or null
 */
public record DeadLetter(String topic, int partition, long offset, String key, String problem, String value) {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    /**
     * Validates the dead letter.
     */
    public DeadLetter {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(problem, "problem");
    }

    /**
     * Returns where the record came from, as problems quote it: {@code topic/partition/offset}.
     *
     * @return the place, not null
     */
    public String place() {
        return topic + "/" + partition + "/" + offset;
    }

    /**
     * Writes the dead letter as one line of JSON.
     *
     * @return the JSON text, not null
     */
    public String toJson() {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), sw)) {
            g.writeStartObject();
            g.writeStringProperty("topic", topic);
            g.writeNumberProperty("partition", partition);
            g.writeNumberProperty("offset", offset);
            if (key != null) {
                g.writeStringProperty("key", key);
            }
            g.writeStringProperty("problem", problem);
            if (value != null) {
                g.writeStringProperty("value", value);
            }
            g.writeEndObject();
        }
        return sw.toString();
    }

    /**
     * Reads a dead letter written by {@link #toJson()}.
     *
     * @param json the JSON text, not null
     * @return the dead letter, not null
     * @throws IllegalArgumentException if the text is not a dead letter
     */
    public static DeadLetter fromJson(String json) {
        String topic = null;
        String key = null;
        String problem = null;
        String value = null;
        int partition = -1;
        long offset = -1;
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("a dead letter must be a JSON object: " + json);
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "topic" -> topic = p.getString();
                    case "partition" -> partition = p.getIntValue();
                    case "offset" -> offset = p.getLongValue();
                    case "key" -> key = p.getString();
                    case "problem" -> problem = p.getString();
                    case "value" -> value = p.getString();
                    default -> throw new IllegalArgumentException("unknown field \"" + name + "\" in dead letter " + json);
                }
            }
        } catch (tools.jackson.core.JacksonException e) {
            throw new IllegalArgumentException("not a dead letter: " + e.getOriginalMessage(), e);
        }
        if (topic == null || problem == null) {
            throw new IllegalArgumentException("a dead letter needs a topic and a problem: " + json);
        }
        return new DeadLetter(topic, partition, offset, key, problem, value);
    }
}
