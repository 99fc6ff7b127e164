package dev.hkfilings.topology;

import dev.hkfilings.state.StateStores;
import dev.hkfilings.state.StateUpdater;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * The state sub-topology: {@code hkex.events.by-company} (keyed by stock code, so one company's rows live in one
 * task and an interactive query for a code goes to the instance that holds its partition) → decode → fold into
 * the stores → one sink per public {@code hkex.state.<name>} topic.
 * <pre>
 * by-company-source → decode-by-company → state-update → state-&lt;name&gt;-sink   (hkex.state.&lt;name&gt;)
 *                            └────────────────────────────→ state-dlq-sink      (hkex.filings.dlq)
 * </pre>
 * The stores keep Kafka Streams' own changelogs (restored exactly-once with the task); the public topics carry
 * the same rows for any consumer, written in the same transaction.
 */
final class StateTopology {

    static final String SOURCE = "by-company-source";
    static final String DECODE = "decode-by-company";
    static final String UPDATE = "state-update";
    static final String DLQ_SINK = "state-dlq-sink";

    private StateTopology() {
    }

    static void addTo(Topology t, StateSerdes serdes, TopologySerdes topologySerdes) {
        StringSerializer keys = new StringSerializer();
        Map<String, String> sinks = new LinkedHashMap<>();
        for (String store : new String[] {StateStores.PLEDGE_POSITIONS, StateStores.COMPANY_SUMMARY,
                StateStores.POLL_RESULTS, StateStores.ESG_KPIS}) {
            sinks.put(store, "state-" + store + "-sink");
        }
        t.addSource(SOURCE, new StringDeserializer(), new ByteArrayDeserializer(), Topics.BY_COMPANY);
        t.addProcessor(DECODE, () -> new DecodeProcessor<>(serdes.events().deserializer(), UPDATE, DLQ_SINK), SOURCE);
        t.addProcessor(UPDATE, () -> new StateUpdater(sinks), DECODE);
        t.addStateStore(store(StateStores.COMPANY_EVENTS, serdes.events()), UPDATE);
        t.addStateStore(store(StateStores.PLEDGE_POSITIONS, serdes.positions()), UPDATE);
        t.addStateStore(store(StateStores.COMPANY_SUMMARY, serdes.summaries()), UPDATE);
        t.addStateStore(store(StateStores.POLL_RESULTS, serdes.polls()), UPDATE);
        t.addStateStore(store(StateStores.ESG_KPIS, serdes.kpis()), UPDATE);
        t.addSink(sinks.get(StateStores.PLEDGE_POSITIONS), Topics.STATE_PLEDGE_POSITIONS, keys, serdes.positions().serializer(), UPDATE);
        t.addSink(sinks.get(StateStores.COMPANY_SUMMARY), Topics.STATE_COMPANY_SUMMARY, keys, serdes.summaries().serializer(), UPDATE);
        t.addSink(sinks.get(StateStores.POLL_RESULTS), Topics.STATE_POLL_RESULTS, keys, serdes.polls().serializer(), UPDATE);
        t.addSink(sinks.get(StateStores.ESG_KPIS), Topics.STATE_ESG_KPIS, keys, serdes.kpis().serializer(), UPDATE);
        t.addSink(DLQ_SINK, Topics.DLQ, keys, topologySerdes.deadLetters(), DECODE);
    }

    private static <V> org.apache.kafka.streams.state.StoreBuilder<?> store(String name, Serde<V> values) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values);
    }
}
