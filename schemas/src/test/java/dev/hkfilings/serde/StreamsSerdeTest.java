package dev.hkfilings.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.AnnouncementType;
import dev.hkfilings.registry.MockSchemaRegistry;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Streams serdes in a topology, as configured by name from the Streams config, on a mock:// registry. */
class StreamsSerdeTest {

    private final String scope = "streams-" + UUID.randomUUID();

    @AfterEach
    void dropScope() {
        MockSchemaRegistry.dropScope(scope);
    }

    @Test
    void topologyReadsAndWritesThroughTheSerdes() {
        Map<String, Object> serdeConfig = Map.of("schema.registry.url", "mock://" + scope,
                "value.subject.name.strategy", "io.confluent.kafka.serializers.subject.RecordNameStrategy");
        SpecificAvroSerde<AnnouncementEvent> events = new SpecificAvroSerde<>(AnnouncementEvent.class);
        events.configure(serdeConfig, false);
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("hkex.events.pledge", Consumed.with(Serdes.String(), events))
                .filter((key, event) -> event != null && event.getType() == AnnouncementType.PLEDGE)
                .to("hkex.company.06680", Produced.with(Serdes.String(), events));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "serde-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, GenericAvroSerde.class);
        props.put("schema.registry.url", "mock://" + scope);

        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
            TestInputTopic<String, AnnouncementEvent> in = driver.createInputTopic("hkex.events.pledge",
                    Serdes.String().serializer(), events.serializer());
            TestOutputTopic<String, AnnouncementEvent> out = driver.createOutputTopic("hkex.company.06680",
                    Serdes.String().deserializer(), events.deserializer());
            GenericAvroSerde generic = new GenericAvroSerde();
            generic.configure(Map.of("schema.registry.url", "mock://" + scope), false);
            TestOutputTopic<String, GenericRecord> outGeneric = driver.createOutputTopic("hkex.company.06680",
                    Serdes.String().deserializer(), generic.deserializer());

            in.pipeInput("2024041200457", SampleEvents.pledgeEvent());
            in.pipeInput("2024041200458", SampleEvents.otherEvent());
            in.pipeInput("2024041200459", null);

            assertThat(out.readKeyValue().value).isEqualTo(SampleEvents.pledgeEvent());
            assertThat(out.isEmpty()).isTrue();
            in.pipeInput("2024041200460", SampleEvents.pledgeEvent());
            var generic460 = outGeneric.readKeyValue();
            assertThat(generic460.key).isEqualTo("2024041200460");
            assertThat(generic460.value.get("stockCode").toString()).isEqualTo("06680");
        }
        assertThat(MockSchemaRegistry.getClientForScope(scope).getLatestVersion("dev.hkfilings.avro.AnnouncementEvent")
                .version()).isEqualTo(1);
    }
}
