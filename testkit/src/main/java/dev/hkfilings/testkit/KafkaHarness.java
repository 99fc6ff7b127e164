package dev.hkfilings.testkit;

import java.util.Map;

import org.apache.kafka.clients.admin.Admin;

/**
 * A real Kafka broker (KRaft) and a real Confluent-compatible schema registry for integration tests, started once per
 * JVM and shared by every test in it. Inject it with {@code @ExtendWith(KafkaHarnessExtension.class)} and a parameter
 * of this type, or call {@link #shared()}.
 *
 * <p>Tests share one broker: give topics and consumer groups names of their own (a test's class name, a random
 * suffix) rather than cleaning up after each other.
 */
public interface KafkaHarness {

    /** System property that forces the implementation: {@code process} (child JVMs) or {@code docker} (Testcontainers). */
    String MODE_PROPERTY = "hkfilings.harness";

    /** The harness of this JVM, started on first use. A failed start is remembered and reported to every caller. */
    static KafkaHarness shared() {
        return SharedHarness.get();
    }

    /** {@code host:port} of the broker. */
    String bootstrapServers();

    /** The registry's Confluent Schema Registry API base URL, e.g. {@code http://127.0.0.1:PORT/apis/ccompat/v7}. */
    String schemaRegistryUrl();

    /**
     * Creates a topic with replication factor 1 and waits until every partition has a leader. Creating a topic that
     * already exists with the same partition count and cleanup policy does nothing; any other difference fails.
     */
    void createTopic(String name, int partitions, boolean compacted);

    /** An admin client shared by all tests; do not close it. */
    Admin admin();

    /** Producer settings for this broker: bootstrap servers, acks=all, idempotence, 64 MiB requests. No serializers. */
    Map<String, Object> producerConfig();

    /**
     * Consumer settings for this broker: bootstrap servers, the group, {@code isolation.level=read_committed},
     * {@code auto.offset.reset=earliest} and fetch limits that let a 64 MiB record through. No deserializers.
     */
    Map<String, Object> consumerConfig(String groupId);

    /** Stops the broker and starts it again on the same address with its data; returns when it serves again. */
    void restartBroker();

    /** Stops the registry; its schemas and ids survive until {@link #startRegistry()}. */
    void stopRegistry();

    /** Starts the registry again on the same URL; returns when it answers. */
    void startRegistry();

    /** How long the start took. */
    StartTimes startTimes();

    /** Start durations in milliseconds; broker and registry start concurrently, so total is about the larger one. */
    record StartTimes(long totalMillis, long brokerMillis, long registryMillis) {
        @Override
        public String toString() {
            return "harness started in " + totalMillis + " ms (broker " + brokerMillis + " ms, registry "
                    + registryMillis + " ms)";
        }
    }
}
