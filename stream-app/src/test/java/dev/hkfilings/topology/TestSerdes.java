package dev.hkfilings.topology;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.DeadLetter;
import dev.hkfilings.avro.FilingText;
import dev.hkfilings.avro.RawFiling;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/** The serdes a topology unit test writes its input with and reads its outputs with. */
record TestSerdes(TopologySerdes topology, Serializer<RawFiling> rawSerializer, Deserializer<FilingText> textDeserializer,
                  Deserializer<AnnouncementEvent> eventDeserializer, Deserializer<DeadLetter> deadLetterDeserializer) {

    static TestSerdes create() {
        TopologySerdes t = new TopologySerdes(PlainAvro.deserializer(RawFiling.class), PlainAvro.serializer(),
                PlainAvro.deserializer(FilingText.class), PlainAvro.serializer(), PlainAvro.serializer(), PlainAvro.serializer());
        return new TestSerdes(t, PlainAvro.serializer(), PlainAvro.deserializer(FilingText.class),
                PlainAvro.deserializer(AnnouncementEvent.class), PlainAvro.deserializer(DeadLetter.class));
    }
}
