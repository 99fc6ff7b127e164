package dev.hkfilings.topology;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.CompanyPolls;
import dev.hkfilings.avro.CompanySummary;
import dev.hkfilings.avro.EsgKpiState;
import dev.hkfilings.avro.PledgePositionState;
import dev.hkfilings.serde.SpecificAvroSerde;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

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
