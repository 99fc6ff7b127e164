package dev.hkfilings.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.FilingMetadata;
import dev.hkfilings.registry.CompatibilityResult;
import dev.hkfilings.registry.RegistryClientConfig;
import dev.hkfilings.registry.RegistryResponseException;
import dev.hkfilings.registry.RegistryUnavailableException;
import dev.hkfilings.registry.RestSchemaRegistryClient;
import dev.hkfilings.registry.SchemaRegistryClient;
import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.testkit.KafkaHarnessExtension;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The serdes against the real broker and the real registry (Apicurio's Confluent API) of the test harness. */
@ExtendWith(KafkaHarnessExtension.class)
class RegistrySerdeIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private final KafkaHarness harness;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    RegistrySerdeIntegrationTest(KafkaHarness harness) {
        this.harness = harness;
    }

    private Map<String, Object> serdeConfig(Object... extra) {
        Map<String, Object> config = new HashMap<>();
        config.put("schema.registry.url", harness.schemaRegistryUrl());
        for (int i = 0; i < extra.length; i += 2) {
            config.put((String) extra[i], extra[i + 1]);
        }
        return config;
    }

    private SchemaRegistryClient restClient() {
        return new RestSchemaRegistryClient(new RegistryClientConfig(serdeConfig()));
    }

    @Test
    void everyEventTypeRoundTripsThroughTheBrokerAndTheRegistry() throws Exception {
        List<SpecificRecord> events = List.of(SampleEvents.rawFiling(), SampleEvents.rawFilingWithoutBytes(),
                SampleEvents.filingText(), SampleEvents.pledgeEvent(), SampleEvents.pollEvent(), SampleEvents.esgEvent(),
                SampleEvents.otherEvent(), SampleEvents.deadLetter());
        String topic = "serde-roundtrip-" + run;
        harness.createTopic(topic, 1, false);
        SpecificAvroSerializer<SpecificRecord> serializer = new SpecificAvroSerializer<>();
        serializer.configure(serdeConfig("value.subject.name.strategy", "io.confluent.kafka.serializers.subject.TopicRecordNameStrategy"), false);

        try (KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(harness.producerConfig(),
                new StringSerializer(), serializer)) {
            for (int i = 0; i < events.size(); i++) {
                producer.send(new ProducerRecord<>(topic, "key-" + i, events.get(i))).get();
            }
        }

        List<SpecificRecord> read = new ArrayList<>();
        for (ConsumerRecord<String, SpecificRecord> record : consume(topic, new SpecificAvroDeserializer<>(), events.size())) {
            read.add(record.value());
        }
        assertThat(read).containsExactlyElementsOf(events);

        SchemaRegistryClient registry = restClient();
        List<ConsumerRecord<String, byte[]>> raw = consume(topic, new ByteArrayDeserializer(), events.size());
        for (int i = 0; i < events.size(); i++) {
            SpecificRecord event = events.get(i);
            byte[] bytes = raw.get(i).value();
            int registeredId = registry.getId(topic + "-" + event.getSchema().getFullName(), event.getSchema());
            assertThat(bytes[0]).as("magic byte").isZero();
            assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).as("schema id of " + event.getSchema().getName())
                    .isEqualTo(registeredId);
            assertThat(registry.getSchemaById(registeredId)).isEqualTo(event.getSchema());
            Object plain = new SpecificDatumReader<>(event.getSchema())
                    .read(null, DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null));
            // expected.equals(actual): a plain reader's GenericData.Array cannot compare optional dates itself (Avro)
            assertThat(event).isEqualTo(plain);
        }
    }

    @Test
    void genericConsumersGetLogicalTypesAsJavaTypes() throws Exception {
        String topic = "serde-generic-" + run;
        harness.createTopic(topic, 1, true);
        SpecificAvroSerializer<AnnouncementEvent> serializer = new SpecificAvroSerializer<>();
        serializer.configure(serdeConfig(), false);
        try (KafkaProducer<String, AnnouncementEvent> producer = new KafkaProducer<>(harness.producerConfig(),
                new StringSerializer(), serializer)) {
            producer.send(new ProducerRecord<>(topic, "2024041200457", SampleEvents.pledgeEvent())).get();
        }

        GenericRecord event = consume(topic, new GenericAvroDeserializer(), 1).get(0).value();

        assertThat(event.get("publishedAt")).isEqualTo(Instant.parse("2024-04-12T11:02:00Z"));
        assertThat(event.get("stockCode").toString()).isEqualTo("06680");
    }

    @Test
    void concurrentFirstRegistrationsOfOneSchemaAllGetItsId() throws Exception {
        String subject = "race-" + run + "-value";
        Schema schema = SchemaBuilder.record("Race" + run.replace('-', '_')).namespace("dev.hkfilings.test")
                .fields().requiredString("name").endRecord();
        int clients = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> ids = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                SchemaRegistryClient client = restClient();
                ids.add(pool.submit(() -> {
                    start.await();
                    return client.register(subject, schema);
                }));
            }
            start.countDown();
            List<Integer> got = new ArrayList<>();
            for (java.util.concurrent.Future<Integer> f : ids) {
                got.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(got).as("ids returned to %d concurrent registrations", clients).containsOnly(restClient().getId(subject, schema));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void backwardCompatibilityRefusesABreakingChangeAndAcceptsAnOptionalField() {
        String topic = "serde-compat-" + run;
        String subject = topic + "-value";
        Schema v1 = SchemaBuilder.record("Holding").namespace("dev.hkfilings.test").fields()
                .requiredString("shareholder").requiredLong("shares").endRecord();
        Schema breaking = SchemaBuilder.record("Holding").namespace("dev.hkfilings.test").fields()
                .requiredString("shareholder").requiredLong("shares").requiredString("pledgee").endRecord();
        Schema optional = SchemaBuilder.record("Holding").namespace("dev.hkfilings.test").fields()
                .requiredString("shareholder").requiredLong("shares").optionalString("pledgee").endRecord();
        SchemaRegistryClient registry = restClient();
        GenericAvroSerializer serializer = new GenericAvroSerializer();
        serializer.configure(serdeConfig(), false);

        int v1Id = WireFormat.schemaId(serializer.serialize(topic, holding(v1)), topic, false);
        assertThat(registry.setCompatibility(subject, "BACKWARD")).isEqualTo("BACKWARD");
        assertThat(registry.getCompatibility(subject)).isEqualTo("BACKWARD");

        CompatibilityResult check = registry.testCompatibility(subject, breaking);
        assertThat(check.compatible()).isFalse();
        assertThatThrownBy(() -> serializer.serialize(topic, holding(breaking)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Could not register the schema dev.hkfilings.test.Holding under subject '" + subject + "'")
                .hasMessageContaining("error_code 409")
                .cause().isInstanceOfSatisfying(RegistryResponseException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(RegistryResponseException.INCOMPATIBLE_SCHEMA);
                    assertThat(e.httpStatus()).isEqualTo(409);
                    assertThat(e.registryMessage()).isNotBlank();
                });

        assertThat(registry.testCompatibility(subject, optional).compatible()).isTrue();
        int v2Id = WireFormat.schemaId(serializer.serialize(topic, holding(optional)), topic, false);
        assertThat(v2Id).isNotEqualTo(v1Id);
        assertThat(registry.getLatestVersion(subject).id()).isEqualTo(v2Id);
        assertThat(registry.getLatestVersion(subject).version()).isEqualTo(2);
    }

    private static GenericRecord holding(Schema schema) {
        GenericData.Record record = new GenericData.Record(schema);
        record.put("shareholder", "Chongqing Jinke Investment");
        record.put("shares", 16_000_000L);
        if (schema.getField("pledgee") != null) {
            record.put("pledgee", "China CITIC Bank");
        }
        return record;
    }

    @Test
    void unreachableRegistryFailsTheSendQuicklyNamingTheUrl() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/apis/ccompat/v7";
        String topic = "serde-unreachable-" + run;
        harness.createTopic(topic, 1, false);
        SpecificAvroSerializer<FilingMetadata> serializer = new SpecificAvroSerializer<>();
        serializer.configure(Map.of("schema.registry.url", url, "max.retries", 2, "retries.wait.ms", 100), false);
        long start = System.nanoTime();

        try (KafkaProducer<String, FilingMetadata> producer = new KafkaProducer<>(harness.producerConfig(),
                new StringSerializer(), serializer)) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(topic, "k", SampleEvents.metadata("f-1"))))
                    .isInstanceOf(SerializationException.class)
                    .hasMessageContaining(url + "/subjects/" + topic + "-value/versions")
                    .hasMessageContaining("failed after 3 attempt(s)")
                    .hasCauseInstanceOf(RegistryUnavailableException.class);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        assertThat(serializer.registryClient().requestCount()).isEqualTo(3);
    }

    private <V> List<ConsumerRecord<String, V>> consume(String topic, Deserializer<V> values, int count) {
        values.configure(serdeConfig(), false);
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(harness.consumerConfig("serde-it-" + UUID.randomUUID()),
                new StringDeserializer(), values)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (records.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        assertThat(records).as("records read from " + topic).hasSize(count);
        return records;
    }
}
