package dev.hkfilings.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.AnnouncementType;
import dev.hkfilings.avro.DeadLetter;
import dev.hkfilings.avro.FilingText;
import dev.hkfilings.avro.PledgeTransaction;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.avro.SharePledge;
import dev.hkfilings.registry.InMemorySchemaRegistry;
import dev.hkfilings.registry.MockSchemaRegistry;
import dev.hkfilings.registry.RegistryResponseException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AvroSerdeTest {

    private final String scope = "serde-" + UUID.randomUUID();
    private final InMemorySchemaRegistry registry = MockSchemaRegistry.getClientForScope(scope);

    @AfterEach
    void dropScope() {
        MockSchemaRegistry.dropScope(scope);
    }

    private Map<String, Object> config(Object... extra) {
        Map<String, Object> config = new HashMap<>();
        config.put("schema.registry.url", "mock://" + scope);
        for (int i = 0; i < extra.length; i += 2) {
            config.put((String) extra[i], extra[i + 1]);
        }
        return config;
    }

    static Stream<SpecificRecord> everyEventType() {
        return Stream.of(SampleEvents.rawFiling(), SampleEvents.rawFilingWithoutBytes(), SampleEvents.filingText(),
                SampleEvents.pledgeEvent(), SampleEvents.pollEvent(), SampleEvents.esgEvent(), SampleEvents.otherEvent(),
                SampleEvents.deadLetter());
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void specificRecordsRoundTrip(SpecificRecord event) {
        SpecificAvroSerde<SpecificRecord> serde = new SpecificAvroSerde<>();
        serde.configure(config(), false);

        byte[] bytes = serde.serializer().serialize("topic-a", event);
        SpecificRecord back = serde.deserializer().deserialize("topic-a", bytes);

        assertThat(back).isEqualTo(event).isInstanceOf(event.getClass()).hasSameHashCodeAs(event);
        int id = WireFormat.schemaId(bytes, "topic-a", false);
        assertThat(registry.getSchemaById(id)).isEqualTo(event.getSchema());
        assertThat(registry.getLatestVersion("topic-a-value").id()).isEqualTo(id);
    }

    @Test
    void bytesAreMagicByteIdThenPlainAvroBinary() throws Exception {
        SpecificAvroSerializer<AnnouncementEvent> serializer = new SpecificAvroSerializer<>();
        serializer.configure(config(), false);
        registry.register("unrelated-value", SampleEvents.deadLetter().getSchema()); // so the id is not 1 by chance

        byte[] bytes = serializer.serialize("hkex.events.pledge", SampleEvents.pledgeEvent());

        int id = registry.getId("hkex.events.pledge-value", AnnouncementEvent.getClassSchema());
        assertThat(id).isEqualTo(2);
        assertThat(bytes[0]).isZero();
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
        AnnouncementEvent plain = new SpecificDatumReader<>(AnnouncementEvent.class)
                .read(null, DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null));
        // expected.equals(actual): a plain reader's GenericData.Array cannot compare optional dates itself (Avro)
        assertThat(SampleEvents.pledgeEvent()).isEqualTo(plain);
    }

    @Test
    void genericRecordsCarryLogicalTypesAsJavaTime() {
        SpecificAvroSerializer<AnnouncementEvent> specific = new SpecificAvroSerializer<>();
        specific.configure(config(), false);
        GenericAvroSerde generic = new GenericAvroSerde();
        generic.configure(config(), false);

        GenericRecord read = generic.deserializer().deserialize("t", specific.serialize("t", SampleEvents.pledgeEvent()));

        assertThat(read.get("publishedAt")).isEqualTo(Instant.parse("2024-04-12T11:02:00Z"));
        GenericRecord pledge = (GenericRecord) read.get("payload");
        GenericRecord first = (GenericRecord) ((List<?>) pledge.get("transactions")).get(0);
        assertThat(first.get("startDate")).isEqualTo(LocalDate.of(2024, 4, 10));
        assertThat(first.get("pledgor").toString()).isEqualTo("Chongqing Jinke Investment Holding (Group) Co., Ltd.");

        byte[] again = generic.serializer().serialize("t", read);
        assertThat(new SpecificAvroDeserializer<>(AnnouncementEvent.class) {{ configure(config(), false); }}
                .deserialize("t", again)).isEqualTo(SampleEvents.pledgeEvent());
    }

    @Test
    void genericRecordsWithoutConvertersCarryRawNumbers() {
        SpecificAvroSerializer<AnnouncementEvent> specific = new SpecificAvroSerializer<>();
        specific.configure(config(), false);
        GenericAvroDeserializer generic = new GenericAvroDeserializer();
        generic.configure(config("avro.use.logical.type.converters", false), false);

        GenericRecord read = generic.deserialize("t", specific.serialize("t", SampleEvents.pledgeEvent()));

        assertThat(read.get("publishedAt")).isEqualTo(Instant.parse("2024-04-12T11:02:00Z").toEpochMilli());
    }

    @Test
    void kafkaAvroDeserializerHonoursSpecificAvroReader() {
        KafkaAvroSerializer serializer = new KafkaAvroSerializer();
        serializer.configure(config(), false);
        byte[] bytes = serializer.serialize("t", SampleEvents.deadLetter());
        KafkaAvroDeserializer generic = new KafkaAvroDeserializer();
        generic.configure(config(), false);
        KafkaAvroDeserializer specific = new KafkaAvroDeserializer();
        specific.configure(config("specific.avro.reader", true), false);

        assertThat(generic.deserialize("t", bytes)).isInstanceOf(GenericData.Record.class);
        assertThat(specific.deserialize("t", bytes)).isEqualTo(SampleEvents.deadLetter());
    }

    @Test
    void readsAnOlderWriterSchemaIntoTheGeneratedClass() {
        // an older FilingText without the optional fields added later: the reader fills in their defaults
        Schema older = SchemaBuilder.record("FilingText").namespace("dev.hkfilings.avro").fields()
                .name("metadata").type(FilingText.getClassSchema().getField("metadata").schema()).noDefault()
                .requiredString("text")
                .requiredString("extractor")
                .requiredLong("extractionMillis")
                .name("extractedAt").type(FilingText.getClassSchema().getField("extractedAt").schema()).noDefault()
                .endRecord();
        GenericData.Record record = new GenericData.Record(older);
        record.put("metadata", SampleEvents.metadata("f-1"));
        record.put("text", "hello");
        record.put("extractor", "tika");
        record.put("extractionMillis", 3L);
        record.put("extractedAt", Instant.parse("2024-01-02T03:04:05Z"));
        GenericAvroSerializer serializer = new GenericAvroSerializer();
        serializer.configure(config(), false);
        SpecificAvroDeserializer<FilingText> deserializer = new SpecificAvroDeserializer<>();
        deserializer.configure(config(), false);

        FilingText read = deserializer.deserialize("t", serializer.serialize("t", record));

        assertThat(read.getText()).isEqualTo("hello");
        assertThat(read.getMetadata()).isEqualTo(SampleEvents.metadata("f-1"));
        assertThat(read.getHasTextLayer()).isTrue();
        assertThat(read.getTruncated()).isFalse();
        assertThat(read.getLanguage()).isNull();
    }

    @Test
    void nullIsATombstoneBothWays() {
        SpecificAvroSerde<RawFiling> serde = new SpecificAvroSerde<>(RawFiling.class);
        serde.configure(config(), false);

        assertThat(serde.serializer().serialize("t", null)).isNull();
        assertThat(serde.deserializer().deserialize("t", null)).isNull();
        assertThat(registry.requestCount()).isZero();
    }

    @Test
    void refusesPayloadsThatAreNotTheWireFormat() {
        SpecificAvroDeserializer<RawFiling> deserializer = new SpecificAvroDeserializer<>(RawFiling.class);
        deserializer.configure(config(), false);

        assertThatThrownBy(() -> deserializer.deserialize("hkex.filings.raw", "{\"json\":1}".getBytes()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Unknown magic byte 0x7b")
                .hasMessageContaining("hkex.filings.raw")
                .hasMessageContaining("Confluent wire format");
        assertThatThrownBy(() -> deserializer.deserialize("hkex.filings.raw", new byte[] {0, 0, 1}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("too short");
        assertThatThrownBy(() -> deserializer.deserialize("hkex.filings.raw", new byte[] {0, 0, 0, 0, 42, 1}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("schema id 42")
                .hasRootCauseInstanceOf(RegistryResponseException.class);
    }

    @Test
    void recordNameStrategyAcceptsConfluentsClassName() {
        SpecificAvroSerializer<AnnouncementEvent> serializer = new SpecificAvroSerializer<>();
        serializer.configure(config("value.subject.name.strategy",
                "io.confluent.kafka.serializers.subject.RecordNameStrategy"), false);

        byte[] a = serializer.serialize("hkex.company.06680", SampleEvents.pledgeEvent());
        byte[] b = serializer.serialize("hkex.company.00700", SampleEvents.pollEvent());

        assertThat(WireFormat.schemaId(a, "x", false)).isEqualTo(WireFormat.schemaId(b, "x", false));
        assertThat(registry.getLatestVersion("dev.hkfilings.avro.AnnouncementEvent").version()).isEqualTo(1);
    }

    @Test
    void topicRecordNameStrategyAndKeySubjects() {
        SpecificAvroSerializer<DeadLetter> serializer = new SpecificAvroSerializer<>();
        serializer.configure(config("key.subject.name.strategy", TopicRecordNameStrategy.class), true);

        serializer.serialize("hkex.filings.dlq", SampleEvents.deadLetter());

        assertThat(registry.getLatestVersion("hkex.filings.dlq-dev.hkfilings.avro.DeadLetter").id()).isPositive();
    }

    @Test
    void keysUseTheKeySubjectAndSayKeyInErrors() {
        SpecificAvroSerde<FilingText> keys = new SpecificAvroSerde<>();
        keys.configure(config(), true);

        byte[] bytes = keys.serializer().serialize("hkex.filings.text", SampleEvents.filingText());

        assertThat(registry.getLatestVersion("hkex.filings.text-key").id()).isEqualTo(WireFormat.schemaId(bytes, "t", true));
        assertThat(keys.deserializer().deserialize("hkex.filings.text", bytes)).isEqualTo(SampleEvents.filingText());
        assertThatThrownBy(() -> keys.deserializer().deserialize("hkex.filings.text", new byte[] {1, 0, 0, 0, 1}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("Unknown magic byte 0x01 in the key");
    }

    @Test
    void withoutAutoRegisterAnUnregisteredSchemaIsRefusedClearly() {
        SpecificAvroSerializer<DeadLetter> serializer = new SpecificAvroSerializer<>();
        serializer.configure(config("auto.register.schemas", false), false);

        assertThatThrownBy(() -> serializer.serialize("hkex.filings.dlq", SampleEvents.deadLetter()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Could not look up the schema dev.hkfilings.avro.DeadLetter under subject 'hkex.filings.dlq-value'")
                .hasMessageContaining("40401");

        int id = registry.register("hkex.filings.dlq-value", DeadLetter.getClassSchema());
        assertThat(WireFormat.schemaId(serializer.serialize("hkex.filings.dlq", SampleEvents.deadLetter()), "t", false))
                .isEqualTo(id);
    }

    @Test
    void useLatestVersionTakesTheRegisteredIdOfAnEquivalentSchema() {
        // same encoding, different docs: the registered text differs from the record's schema
        Schema registered = new Schema.Parser().parse(DeadLetter.getClassSchema().toString()
                .replace("Human-readable reason that names the problem.", "Why."));
        int id = registry.register("hkex.filings.dlq-value", registered);
        SpecificAvroSerializer<DeadLetter> serializer = new SpecificAvroSerializer<>();
        serializer.configure(config("auto.register.schemas", false, "use.latest.version", true), false);

        byte[] bytes = serializer.serialize("hkex.filings.dlq", SampleEvents.deadLetter());

        assertThat(WireFormat.schemaId(bytes, "t", false)).isEqualTo(id);
        SpecificAvroDeserializer<DeadLetter> deserializer = new SpecificAvroDeserializer<>();
        deserializer.configure(config(), false);
        assertThat(deserializer.deserialize("hkex.filings.dlq", bytes)).isEqualTo(SampleEvents.deadLetter());

        SpecificAvroSerializer<RawFiling> other = new SpecificAvroSerializer<>();
        other.configure(config("auto.register.schemas", false, "use.latest.version", true), false);
        assertThatThrownBy(() -> other.serialize("hkex.filings.dlq", SampleEvents.rawFiling()))
                .isInstanceOf(SerializationException.class).hasMessageContaining("does not encode like");
    }

    @Test
    void anInvalidRecordIsRefusedNamingTheTopic() {
        SpecificAvroSerializer<PledgeTransaction> serializer = new SpecificAvroSerializer<>();
        serializer.configure(config(), false);
        AnnouncementEvent broken = SampleEvents.pledgeEvent();
        ((SharePledge) broken.getPayload()).getPositions().get(0).setShareholder(null);
        SpecificAvroSerializer<AnnouncementEvent> events = new SpecificAvroSerializer<>();
        events.configure(config(), false);

        assertThatThrownBy(() -> events.serialize("hkex.events.pledge", broken))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("dev.hkfilings.avro.AnnouncementEvent").hasMessageContaining("hkex.events.pledge")
                // the generated coders fail with a bare NullPointerException; the message still names the field
                .hasMessageContaining("shareholder");
    }

    @Test
    void noRegistryRequestsPerRecordAfterWarmUp() {
        SpecificAvroSerde<AnnouncementEvent> serde = new SpecificAvroSerde<>();
        serde.configure(config(), false);
        AnnouncementEvent event = SampleEvents.pledgeEvent();
        serde.deserializer().deserialize("t", serde.serializer().serialize("t", event));
        long warm = registry.requestCount();

        for (int i = 0; i < 10_000; i++) {
            assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", event)).getType())
                    .isEqualTo(AnnouncementType.PLEDGE);
        }

        assertThat(warm).isEqualTo(2); // one registration, one id look-up
        assertThat(registry.requestCount()).isEqualTo(warm);
    }

    @Test
    void usingAnUnconfiguredSerdeIsAClearError() {
        assertThatThrownBy(() -> new GenericAvroSerializer().serialize("t", null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("configure()");
    }
}
