package dev.hkfilings.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaHarnessExtension.class)
class KafkaHarnessTest {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void startsOncePerJvmWithTheConfiguredBroker(KafkaHarness harness) throws Exception {
        System.out.println(harness.startTimes());
        assertThat(KafkaHarness.shared()).isSameAs(harness);
        assertThat(harness.bootstrapServers()).startsWith("127.0.0.1:");
        assertThat(harness.schemaRegistryUrl()).matches("http://127\\.0\\.0\\.1:\\d+/apis/ccompat/v7");

        assertThat(harness.admin().describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(1);
        ConfigResource broker = new ConfigResource(ConfigResource.Type.BROKER, "1");
        Config config = harness.admin().describeConfigs(List.of(broker)).all().get(30, TimeUnit.SECONDS).get(broker);
        assertThat(config.get("auto.create.topics.enable").value()).isEqualTo("false");
        assertThat(config.get("message.max.bytes").value()).isEqualTo(String.valueOf(64 * 1024 * 1024));
        assertThat(config.get("transaction.state.log.min.isr").value()).isEqualTo("1");
    }

    @Test
    void readCommittedConsumerSeesCommittedTransactionsOnly(KafkaHarness harness) throws Exception {
        String topic = "harness-tx-" + UUID.randomUUID();
        harness.createTopic(topic, 2, false);

        Map<String, Object> producerConfig = harness.producerConfig();
        producerConfig.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "harness-test-" + UUID.randomUUID());
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k1", "aborted"));
            producer.flush();
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k2", "committed"));
            producer.commitTransaction();
        }

        List<String> values = consumeValues(harness, topic, 1);
        assertThat(values).containsExactly("committed");
    }

    @Test
    void createTopicMakesCompactedTopicsAndRefusesAConflictingTwin(KafkaHarness harness) throws Exception {
        String topic = "harness-compacted-" + UUID.randomUUID();
        harness.createTopic(topic, 3, true);
        harness.createTopic(topic, 3, true);

        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = harness.admin().describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
        assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
        assertThat(harness.admin().describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                .get(topic).partitions()).hasSize(3);

        assertThatThrownBy(() -> harness.createTopic(topic, 1, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(topic)
                .hasMessageContaining("3 partition(s)");
    }

    @Test
    void aFiftyMebibyteRecordPassesWithTheHarnessClientSettings(KafkaHarness harness) throws Exception {
        String topic = "harness-large-" + UUID.randomUUID();
        harness.createTopic(topic, 1, false);
        byte[] payload = new byte[50 * 1024 * 1024];
        Arrays.fill(payload, (byte) 7);
        payload[payload.length - 1] = 42;

        try (KafkaProducer<byte[], byte[]> producer =
                     new KafkaProducer<>(harness.producerConfig(), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, payload)).get(60, TimeUnit.SECONDS);
        }
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                harness.consumerConfig("harness-large-" + UUID.randomUUID()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            byte[] received = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (received == null && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    received = record.value();
                }
            }
            assertThat(received).isNotNull();
            assertThat(received.length).isEqualTo(payload.length);
            assertThat(received[received.length - 1]).isEqualTo((byte) 42);
        }
    }

    @Test
    void registryAcceptsASchemaOverTheConfluentApi(KafkaHarness harness) throws Exception {
        String subject = "harness-" + UUID.randomUUID() + "-value";
        int id = register(harness, subject, "{\"type\":\"record\",\"name\":\"X\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}");

        HttpResponse<String> byId = get(harness.schemaRegistryUrl() + "/schemas/ids/" + id);
        assertThat(byId.statusCode()).isEqualTo(200);
        assertThat(byId.body()).contains("\\\"name\\\":\\\"X\\\"");
        assertThat(get(harness.schemaRegistryUrl() + "/subjects").body()).contains(subject);
    }

    @Test
    void registryKeepsSchemaIdsAcrossAStopAndStart(KafkaHarness harness) throws Exception {
        String subject = "harness-restart-" + UUID.randomUUID() + "-value";
        String schema = "{\"type\":\"record\",\"name\":\"Kept\",\"fields\":[{\"name\":\"b\",\"type\":\"long\"}]}";
        int id = register(harness, subject, schema);

        harness.stopRegistry();
        assertThatThrownBy(() -> get(harness.schemaRegistryUrl() + "/subjects")).isInstanceOf(ConnectException.class);
        long begin = System.nanoTime();
        harness.startRegistry();
        System.out.println("registry started again in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin) + " ms");

        HttpResponse<String> latest = get(harness.schemaRegistryUrl() + "/subjects/" + subject + "/versions/latest");
        assertThat(latest.statusCode()).isEqualTo(200);
        assertThat(idIn(latest.body())).isEqualTo(id);
        assertThat(register(harness, subject, schema)).isEqualTo(id);
    }

    @Test
    void restartedBrokerKeepsItsDataAndAddress(KafkaHarness harness) throws Exception {
        String topic = "harness-restart-" + UUID.randomUUID();
        harness.createTopic(topic, 1, false);
        String bootstrap = harness.bootstrapServers();
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(harness.producerConfig(), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "k", "before")).get(30, TimeUnit.SECONDS);
        }

        long begin = System.nanoTime();
        harness.restartBroker();
        System.out.println("broker restarted in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin) + " ms");

        assertThat(harness.bootstrapServers()).isEqualTo(bootstrap);
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(harness.producerConfig(), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "k", "after")).get(60, TimeUnit.SECONDS);
        }
        assertThat(consumeValues(harness, topic, 2)).containsExactly("before", "after");
    }

    private List<String> consumeValues(KafkaHarness harness, String topic, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                harness.consumerConfig("harness-test-" + UUID.randomUUID()),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (values.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
            }
            // one more poll: a value beyond the expected ones (an aborted record leaking through) must show up here
            consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.value()));
        }
        return values;
    }

    private int register(KafkaHarness harness, String subject, String schema) throws Exception {
        String body = "{\"schema\":\"" + schema.replace("\"", "\\\"") + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(harness.schemaRegistryUrl() + "/subjects/" + subject + "/versions"))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return idIn(response.body());
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int idIn(String json) {
        Matcher m = ID.matcher(json);
        assertThat(m.find()).as("an id in " + json).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
