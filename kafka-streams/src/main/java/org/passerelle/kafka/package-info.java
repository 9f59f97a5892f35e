/**
 * Passerelle on Kafka Streams: a ready topology for the risk and sharing engines, configured by topic
 * names, exactly once.
 *
 * <p>The entry types are {@link org.passerelle.kafka.PasserelleTopology} (the topology and the settings
 * to run it with), {@link org.passerelle.kafka.Topics} and {@link org.passerelle.kafka.SharingTopics}
 * (the topic names), {@link org.passerelle.kafka.Queries} (interactive queries on a running
 * application), {@link org.passerelle.kafka.DeadLetter} (what the dead-letter topic holds) and
 * {@link org.passerelle.kafka.ItemPartitioner} (for the producers of facts keyed {@code itemId/factId}).
 * Records are JSON in the formats of {@code org.passerelle.json}; the map of the topics, stores and
 * settings is {@code docs/streaming.md}.
 *
 * <p>Contract: parameters are not null unless documented otherwise; the record types are immutable and
 * thread-safe; the builder is not. Nothing a record holds ever stops the stream: a record that cannot
 * be used goes to the dead letters, and a request that cannot be decided is refused on record.
 */
package org.passerelle.kafka;
