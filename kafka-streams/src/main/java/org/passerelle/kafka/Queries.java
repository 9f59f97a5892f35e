package org.passerelle.kafka;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.passerelle.json.PolicyReader;
import org.passerelle.risk.Effectiveness;
import org.passerelle.risk.ProfileId;
import org.passerelle.sharing.Disclosure;
import org.passerelle.model.ItemId;

/**
 * Interactive queries on a running Passerelle application: the state its topology keeps, read where
 * it lives.
 *
 * <p>Each key lives on one instance of the application (the one that owns its partition).
 * {@link #host} tells which; the query methods read this instance's stores and say so when the
 * key lives elsewhere, for the application to ask that instance (over its own RPC, at the
 * {@code application.server} address it configured). This class is stateless and thread-safe.
 */
public final class Queries {
    private Queries() {
    }

    /**
     * Returns the current effectiveness figures of a profile (RR-09): inspections, hits, seizures and
     * revenue counted from the inspection results so far.
     *
     * @param streams the running application, not null
     * @param profile the profile's identifier, not null
     * @return the figures, or empty when no inspected declaration was selected by the profile
     * @throws NotHereException if another instance holds the profile's figures (known only when the
     *         instances set {@code application.server})
     * @throws org.apache.kafka.streams.errors.InvalidStateStoreException if the store is not
     *         ready (the application is starting or rebalancing): try again
     */
    public static Optional<Effectiveness.Tally> effectiveness(KafkaStreams streams, String profile) {
        return get(streams, PasserelleTopology.EFFECTIVENESS_STORE, ProfileId.of(profile).value());
    }

    /**
     * Returns the disclosures of an item so far: every permitted flow of it that was carried out,
     * with the audit record, recipient, purpose and agreement of each (SR-30 follows them to recall).
     *
     * @param streams the running application, not null
     * @param item the item's identifier, not null
     * @return the disclosures in the order they were made; empty when the item is unknown or was never disclosed
     * @throws NotHereException if another instance holds the item's facts
     * @throws org.apache.kafka.streams.errors.InvalidStateStoreException if the store is not ready: try again
     */
    public static List<Disclosure> disclosures(KafkaStreams streams, String item) {
        String id = ItemId.of(item).value();
        return StreamsFactStore.disclosures(local(streams, PasserelleTopology.DISCLOSURES_STORE, id), id,
                PolicyReader.create());
    }

    /**
     * Returns the instance that holds a key of a store, as its {@code application.server} address.
     *
     * @param streams the running application, not null
     * @param store the store's name, such as {@link PasserelleTopology#EFFECTIVENESS_STORE}, not null
     * @param key the key, not null
     * @return the host, or empty while the application is rebalancing or when it has no
     *         {@code application.server}
     */
    public static Optional<HostInfo> host(KafkaStreams streams, String store, String key) {
        KeyQueryMetadata m = Objects.requireNonNull(streams, "streams").queryMetadataForKey(
                Objects.requireNonNull(store, "store"), Objects.requireNonNull(key, "key"), Serdes.String().serializer());
        if (m == null || m.equals(KeyQueryMetadata.NOT_AVAILABLE) || m.activeHost().equals(HostInfo.unavailable())) {
            return Optional.empty();
        }
        return Optional.of(m.activeHost());
    }

    static <V> Optional<V> get(KafkaStreams streams, String store, String key) {
        return Optional.ofNullable(Queries.<V>local(streams, store, key).get(key));
    }

    /**
     * Returns this instance's store for the partition that holds a key (or all its partitions while the
     * key cannot be located).
     */
    private static <V> ReadOnlyKeyValueStore<String, V> local(KafkaStreams streams, String store, String key) {
        Objects.requireNonNull(streams, "streams");
        KeyQueryMetadata m = streams.queryMetadataForKey(store, key, Serdes.String().serializer());
        StoreQueryParameters<ReadOnlyKeyValueStore<String, V>> parameters = StoreQueryParameters.fromNameAndType(store,
                QueryableStoreTypes.<String, V>keyValueStore());
        boolean located = m != null && !m.equals(KeyQueryMetadata.NOT_AVAILABLE);
        if (located) {
            parameters = parameters.withPartition(m.partition());
        }
        try {
            return streams.store(parameters);
        } catch (InvalidStateStoreException e) {
            if (located && !m.activeHost().equals(HostInfo.unavailable())
                    && streams.state() == KafkaStreams.State.RUNNING) {
                throw new NotHereException(store, key, m.activeHost());
            }
            throw e;
        }
    }

    /**
     * Thrown when a key lives on another instance of the application.
     */
    public static final class NotHereException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient HostInfo host;

        NotHereException(String store, String key, HostInfo host) {
            super("key \"" + key + "\" of store " + store + " lives on instance " + host.host() + ":" + host.port());
            this.host = host;
        }

        /**
         * Returns the instance that holds the key.
         *
         * @return its address, not null
         */
        public HostInfo host() {
            return host;
        }
    }
}
