package dev.hkfilings.topology;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.DeadLetter;
import dev.hkfilings.avro.FilingText;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.serde.SpecificAvroDeserializer;
import dev.hkfilings.serde.SpecificAvroSerializer;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/** The topology's registry serdes and the ones a test writes its input and reads its outputs with, on one registry. */
record TestSerdes(TopologySerdes topology, Serializer<RawFiling> rawSerializer, Deserializer<FilingText> textDeserializer,
                  Deserializer<AnnouncementEvent> eventDeserializer, Deserializer<DeadLetter> deadLetterDeserializer) {

    /** @param registryUrl a real registry, or {@code mock://scope} for an in-memory one */
    static TestSerdes create(String registryUrl) {
        Map<String, Object> registry = Map.of("schema.registry.url", registryUrl);
        SpecificAvroSerializer<RawFiling> raw = new SpecificAvroSerializer<>();
        raw.configure(registry, false);
        return new TestSerdes(RegistrySerdes.create(registry), raw, reader(FilingText.class, registry),
                reader(AnnouncementEvent.class, registry), reader(DeadLetter.class, registry));
    }

    private static <T extends SpecificRecord> Deserializer<T> reader(Class<T> type, Map<String, Object> registry) {
        SpecificAvroDeserializer<T> d = new SpecificAvroDeserializer<>(type);
        d.configure(Map.of("schema.registry.url", registry.get("schema.registry.url"), "specific.avro.reader", true), false);
        return d;
    }
}
