package org.passerelle.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.Partitioner;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.utils.Utils;

/**
 * A producer partitioner that puts a fact keyed {@code itemId/factId} on the partition of its item:
 * the one Kafka's default partitioner gives the key {@code itemId}, where the item's requests and
 * versions are. Keys without a {@code /} are partitioned like the default partitioner does.
 *
 * <p>Set it on the producers of the consents and objections topics:
 * {@code partitioner.class=org.passerelle.kafka.ItemPartitioner}. Stateless and thread-safe.
 */
public final class ItemPartitioner implements Partitioner {
    /**
     * Creates the partitioner; Kafka calls this.
     */
    public ItemPartitioner() {
        // stateless
    }

    /**
     * Returns the partition of an item id among a number of partitions, as the default partitioner
     * places a record keyed by the item id.
     *
     * @param key the key, {@code itemId} or {@code itemId/factId}, not null
     * @param partitions the number of partitions, 1 or more
     * @return the partition
     */
    public static int partition(String key, int partitions) {
        int slash = key.indexOf('/');
        String item = slash < 0 ? key : key.substring(0, slash);
        return Utils.toPositive(Utils.murmur2(item.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    @Override
    public int partition(String topic, Object key, byte[] keyBytes, Object value, byte[] valueBytes, Cluster cluster) {
        if (key == null) {
            throw new IllegalArgumentException("a fact on " + topic + " needs a key itemId/factId");
        }
        return partition(key.toString(), cluster.partitionCountForTopic(topic));
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // nothing to configure
    }
}
