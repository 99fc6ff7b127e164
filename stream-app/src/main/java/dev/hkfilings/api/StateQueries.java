package dev.hkfilings.api;

import dev.hkfilings.http.ApiException;
import dev.hkfilings.state.StateStores;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Interactive queries on the state stores: which instance holds a company (all of a company's rows share its
 * partition, since the state input is keyed by stock code), this instance's stores, and the other instances.
 */
final class StateQueries {

    private static final StringSerializer KEYS = new StringSerializer();

    private final KafkaStreams streams;
    private final HostInfo self;

    StateQueries(KafkaStreams streams, HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    HostInfo self() {
        return self;
    }

    /** The instance whose active task holds the company's rows. */
    HostInfo ownerOf(String stockCode) {
        KeyQueryMetadata md;
        try {
            md = streams.queryMetadataForKey(StateStores.COMPANY_SUMMARY, stockCode, KEYS);
        } catch (IllegalStateException e) {
            throw unavailable(e.getMessage());
        }
        if (md == null || md == KeyQueryMetadata.NOT_AVAILABLE || HostInfo.unavailable().equals(md.activeHost())) {
            throw unavailable("no instance holds the state of " + stockCode + " yet");
        }
        return md.activeHost();
    }

    boolean isSelf(HostInfo host) {
        return self.equals(host);
    }

    /** This instance's part of a store (all its local active tasks). */
    private <V> ReadOnlyKeyValueStore<String, V> local(String store) {
        try {
            return streams.store(StoreQueryParameters.fromNameAndType(store, QueryableStoreTypes.<String, V>keyValueStore()));
        } catch (InvalidStateStoreException e) {
            throw unavailable(store + " is not queryable on this instance right now: " + e.getMessage());
        }
    }

    /** One row of this instance's part of a store, or null. */
    <V> V get(String store, String key) {
        try {
            // the store handle checks the stream threads only when read: a thread that is starting throws here
            return this.<V>local(store).get(key);
        } catch (InvalidStateStoreException e) {
            throw unavailable(e.getMessage());
        }
    }

    /** The rows of one company in a store whose keys start with {@code <stockCode>|}. */
    <V> List<V> companyRows(String store, String stockCode) {
        List<V> out = new ArrayList<>();
        try (KeyValueIterator<String, V> it = this.<V>local(store).prefixScan(StateStores.prefix(stockCode), KEYS)) {
            while (it.hasNext()) {
                out.add(it.next().value);
            }
        } catch (InvalidStateStoreException e) {
            throw unavailable(e.getMessage());
        }
        return out;
    }

    /** Every row of this instance's part of a store. */
    <V> List<V> allLocal(String store) {
        List<V> out = new ArrayList<>();
        try (KeyValueIterator<String, V> it = this.<V>local(store).all()) {
            while (it.hasNext()) {
                out.add(it.next().value);
            }
        } catch (InvalidStateStoreException e) {
            throw unavailable(e.getMessage());
        }
        return out;
    }

    /** The other instances of this application that hold state. */
    List<HostInfo> others() {
        Set<HostInfo> hosts = new LinkedHashSet<>();
        for (StreamsMetadata m : streams.metadataForAllStreamsClients()) {
            if (m.stateStoreNames().contains(StateStores.COMPANY_SUMMARY) && !self.equals(m.hostInfo())
                    && !HostInfo.unavailable().equals(m.hostInfo())) {
                hosts.add(m.hostInfo());
            }
        }
        return new ArrayList<>(hosts);
    }

    private static ApiException unavailable(String message) {
        return new ApiException(503, message + " (the app is starting or rebalancing; retry)");
    }
}
