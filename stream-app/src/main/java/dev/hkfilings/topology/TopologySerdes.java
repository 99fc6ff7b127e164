package dev.hkfilings.topology;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.DeadLetter;
import dev.hkfilings.avro.FilingText;
import dev.hkfilings.avro.RawFiling;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The value (de)serializers of the topology, already configured. Inputs are read as bytes and decoded
 * in a processor, so that an undeserializable record becomes a dead letter instead of stopping the app.
 *
 * @param companyEvents writes events to the per-company topics under RecordNameStrategy (one subject for all of them)
 * @param fixedEvents   writes events to the market-wide topics under TopicNameStrategy
 * @param state         the serdes of the state tables and of the by-company event topic that feeds them
 */
public record TopologySerdes(
        Deserializer<RawFiling> rawFilings,
        Serializer<FilingText> textOut,
        Serializer<AnnouncementEvent> companyEvents,
        Serializer<AnnouncementEvent> fixedEvents,
        Serializer<DeadLetter> deadLetters,
        StateSerdes state) {
}
