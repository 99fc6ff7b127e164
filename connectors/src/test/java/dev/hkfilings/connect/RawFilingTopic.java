package dev.hkfilings.connect;

import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.serde.SpecificAvroDeserializer;
import dev.hkfilings.testkit.KafkaHarness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a RawFiling topic from the beginning, as any downstream user of the schemas jar would. */
public final class RawFilingTopic implements AutoCloseable {

    private final KafkaConsumer<String, RawFiling> consumer;
    private final List<ConsumerRecord<String, RawFiling>> seen = new ArrayList<>();

    public RawFilingTopic(KafkaHarness harness, String topic) {
        Map<String, Object> config = harness.consumerConfig("reader-" + UUID.randomUUID());
        config.put("schema.registry.url", harness.schemaRegistryUrl());
        SpecificAvroDeserializer<RawFiling> values = new SpecificAvroDeserializer<>(RawFiling.class);
        values.configure(config, false);
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), values);
        consumer.subscribe(List.of(topic));
    }

    /** Every record read so far, after polling until at least {@code count} arrived (or the timeout). */
    public List<ConsumerRecord<String, RawFiling>> awaitAtLeast(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (seen.size() < count && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        if (seen.size() < count) {
            throw new AssertionError("expected at least " + count + " records within " + timeout + ", got " + seen.size() + ": "
                + seen.stream().map(ConsumerRecord::key).toList());
        }
        return List.copyOf(seen);
    }

    /** Polls for a while longer and returns everything read, to show that nothing more arrives. */
    public List<ConsumerRecord<String, RawFiling>> drain(Duration quiet) {
        long deadline = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
