package org.passerelle.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.TopicNameExtractor;

/**
 * One output of the sharing processor: the topic it goes to and its JSON text.
 *
 * @param topic the output topic
 * @param text the record's value
 */
record Routed(String topic, String text) {
    /** Sends each output to its own topic. */
    static final TopicNameExtractor<String, Routed> TOPIC = (key, value, context) -> value.topic();

    /** Writes the text only; outputs are never read back as {@code Routed}. */
    static Serde<Routed> serde() {
        return Serdes.serdeFrom((topic, r) -> r == null ? null : r.text().getBytes(StandardCharsets.UTF_8),
                (topic, bytes) -> {
                    throw new UnsupportedOperationException("outputs of the sharing processor are not read back");
                });
    }
}
