package dev.hkfilings.topology;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.CompanyPolls;
import dev.hkfilings.avro.CompanySummary;
import dev.hkfilings.avro.EsgKpiState;
import dev.hkfilings.avro.PledgePositionState;
import dev.hkfilings.serde.SpecificAvroSerde;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The registry serdes of the state tables: for the by-company event topic, the stores (and so their internal
 * changelogs) and the public {@code hkex.state.*} topics, all under TopicNameStrategy ({@code <topic>-value}).
 */
public record StateSerdes(
        Serde<AnnouncementEvent> events,
        Serde<PledgePositionState> positions,
        Serde<CompanySummary> summaries,
        Serde<CompanyPolls> polls,
        Serde<EsgKpiState> kpis) {

    /** @param registryConfig at least {@code schema.registry.url}; credentials where the registry needs them */
    public static StateSerdes create(Map<String, Object> registryConfig) {
        return create(registryConfig, Duration.ZERO);
    }

    /**
     * Serdes that, like the topology's, wait out a registry outage for up to {@code outageMaxWait} (see
     * {@link RegistryOutage}), so that an outage pauses the state tables instead of failing their thread.
     */
    public static StateSerdes create(Map<String, Object> registryConfig, Duration outageMaxWait) {
        StateSerdes plain = plain(registryConfig);
        if (outageMaxWait.isZero()) {
            return plain;
        }
        return new StateSerdes(waiting(plain.events(), outageMaxWait), waiting(plain.positions(), outageMaxWait),
                waiting(plain.summaries(), outageMaxWait), waiting(plain.polls(), outageMaxWait),
                waiting(plain.kpis(), outageMaxWait));
    }

    private static <T> Serde<T> waiting(Serde<T> serde, Duration maxWait) {
        return Serdes.serdeFrom(RegistryOutage.serializer(serde.serializer(), maxWait),
                RegistryOutage.deserializer(serde.deserializer(), maxWait));
    }

    private static StateSerdes plain(Map<String, Object> registryConfig) {
        return new StateSerdes(
                serde(AnnouncementEvent.class, registryConfig),
                serde(PledgePositionState.class, registryConfig),
                serde(CompanySummary.class, registryConfig),
                serde(CompanyPolls.class, registryConfig),
                serde(EsgKpiState.class, registryConfig));
    }

    private static <T extends SpecificRecord> Serde<T> serde(Class<T> type, Map<String, Object> base) {
        Map<String, Object> c = new HashMap<>(base);
        c.put("value.subject.name.strategy", RegistrySerdes.TOPIC_NAME_STRATEGY);
        c.putIfAbsent("auto.register.schemas", true);
        c.put("specific.avro.reader", true);
        SpecificAvroSerde<T> s = new SpecificAvroSerde<>(type);
        s.configure(c, false);
        return s;
    }
}
