package dev.hkfilings.topology;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.DeadLetter;
import dev.hkfilings.avro.FilingText;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.serde.SpecificAvroDeserializer;
import dev.hkfilings.serde.SpecificAvroSerializer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;

/**
 * The topology's serdes on the schema registry (Confluent wire format). Per-company topics use
 * RecordNameStrategy, so the thousands of company topics share one subject per event schema;
 * the fixed topics use TopicNameStrategy ({@code <topic>-value}).
 */
public final class RegistrySerdes {

    public static final String RECORD_NAME_STRATEGY = "io.confluent.kafka.serializers.subject.RecordNameStrategy";
    public static final String TOPIC_NAME_STRATEGY = "io.confluent.kafka.serializers.subject.TopicNameStrategy";

    private RegistrySerdes() {
    }

    /** Serdes that wait out a registry outage for up to the default {@link StreamAppConfig#REGISTRY_OUTAGE_MAX_WAIT_MS}. */
    public static TopologySerdes create(Map<String, Object> registryConfig) {
        return create(registryConfig, Duration.ofMillis(StreamAppConfig.DEFAULT_REGISTRY_OUTAGE_MAX_WAIT_MS));
    }

    /**
     * @param registryConfig at least {@code schema.registry.url}; credentials where the registry needs them
     * @param outageMaxWait  how long a (de)serialization waits for an unreachable registry, see {@link RegistryOutage}
     */
    public static TopologySerdes create(Map<String, Object> registryConfig, Duration outageMaxWait) {
        return new TopologySerdes(
                RegistryOutage.deserializer(deserializer(RawFiling.class, registryConfig), outageMaxWait),
                RegistryOutage.serializer(serializer(registryConfig, TOPIC_NAME_STRATEGY), outageMaxWait),
                RegistryOutage.serializer(serializer(registryConfig, RECORD_NAME_STRATEGY), outageMaxWait),
                RegistryOutage.serializer(serializer(registryConfig, TOPIC_NAME_STRATEGY), outageMaxWait),
                RegistryOutage.serializer(serializer(registryConfig, TOPIC_NAME_STRATEGY), outageMaxWait),
                StateSerdes.create(registryConfig, outageMaxWait));
    }

    private static <T extends SpecificRecord> SpecificAvroSerializer<T> serializer(Map<String, Object> base, String strategy) {
        Map<String, Object> c = new HashMap<>(base);
        c.put("value.subject.name.strategy", strategy);
        c.putIfAbsent("auto.register.schemas", true);
        SpecificAvroSerializer<T> s = new SpecificAvroSerializer<>();
        s.configure(c, false);
        return s;
    }

    private static <T extends SpecificRecord> SpecificAvroDeserializer<T> deserializer(Class<T> type, Map<String, Object> base) {
        Map<String, Object> c = new HashMap<>(base);
        c.put("specific.avro.reader", true);
        SpecificAvroDeserializer<T> d = new SpecificAvroDeserializer<>(type);
        d.configure(c, false);
        return d;
    }
}
