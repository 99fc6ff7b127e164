package dev.hkfilings.reliability;

import dev.hkfilings.avro.DeadLetter;
import dev.hkfilings.avro.FilingText;
import dev.hkfilings.serde.SpecificAvroDeserializer;
import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.topology.StreamAppConfig;
import dev.hkfilings.topology.TopicProvisioner;
import dev.hkfilings.topology.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The accounting check every reliability scenario uses: remembers where the outcome topics ended before the
 * scenario produced anything, then reads what came after, with {@code read_committed}, for the scenario's filing ids.
 * See {@link Outcomes} for what counts as missing and as a duplicate.
 */
final class Accounting implements AutoCloseable {

    static final List<String> OUTCOME_TOPICS = List.of(Topics.PLEDGE, Topics.POLL, Topics.ESG, Topics.OTHER, Topics.DLQ);

    private final KafkaHarness kafka;
    private final String scenario;
    private final Map<TopicPartition, Long> start;
    private final Map<String, Integer> inputs = new LinkedHashMap<>();
    /** Reads the outcome topics incrementally for {@link #accountedSoFar}: polling them from the start every time
     * costs the crowded machine the CPU that the app under test needs. */
    private KafkaConsumer<String, byte[]> progress;
    private final Set<String> seen = new java.util.HashSet<>();

    private Accounting(KafkaHarness kafka, String scenario, Map<TopicPartition, Long> start) {
        this.kafka = kafka;
        this.scenario = scenario;
        this.start = start;
    }

    /**
     * Creates the fixed topics as the app would (so that the offsets exist), and remembers their ends.
     *
     * @param config the configuration the app under test will run with (partitions of the fixed topics)
     */
    static Accounting begin(KafkaHarness kafka, String scenario, StreamAppConfig config) throws Exception {
        try (TopicProvisioner topics = new TopicProvisioner(kafka.admin(), false, config.fixedTopicSpec(), config.companyTopicSpec())) {
            topics.ensureFixedTopics();
        }
        List<String> topics = new ArrayList<>(OUTCOME_TOPICS);
        topics.add(Topics.TEXT);
        topics.add(Topics.RAW);
        return new Accounting(kafka, scenario, ends(kafka, topics));
    }

    /** Each raw record sent for a filing id; sent twice means two outcomes are expected. */
    void sent(String filingId) {
        inputs.merge(filingId, 1, Integer::sum);
    }

    /**
     * For filings that a connector sends: takes as inputs the raw records that arrived since {@link #begin} for the
     * expected ids (a connector may legitimately send a filing again, see docs/reliability.md); an expected filing
     * without any raw record still counts as one input, so that it shows as missing.
     */
    Map<String, Integer> expectFromRaw(Set<String> expectedIds) {
        Map<String, Integer> raw = rawRecords(expectedIds);
        inputs.clear();
        expectedIds.forEach(id -> inputs.put(id, Math.max(1, raw.getOrDefault(id, 0))));
        return raw;
    }

    /** Raw records per filing id since {@link #begin}, for the given ids. */
    Map<String, Integer> rawRecords(Set<String> ids) {
        Map<String, Integer> counts = new HashMap<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(kafka.consumerConfig("accounting-unused"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = partitionsOf(c, List.of(Topics.RAW));
            c.assign(parts);
            parts.forEach(tp -> c.seek(tp, start.getOrDefault(tp, 0L)));
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + Topics.RAW + " to its end within 60 s");
                }
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
                    if (r.key() != null && ids.contains(r.key())) {
                        counts.merge(r.key(), 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    Set<String> filingIds() {
        return inputs.keySet();
    }

    int sentCount() {
        return inputs.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** What came out so far, up to the topics' last stable offsets. */
    Outcomes read() {
        Map<String, List<Outcomes.Outcome>> byFiling = new HashMap<>();
        SpecificAvroDeserializer<DeadLetter> dlq = new SpecificAvroDeserializer<>(DeadLetter.class);
        dlq.configure(Map.of("schema.registry.url", kafka.schemaRegistryUrl(), "specific.avro.reader", true), false);
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(kafka.consumerConfig("accounting-unused"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = new ArrayList<>(partitionsOf(c));
            c.assign(parts);
            parts.forEach(tp -> c.seek(tp, start.getOrDefault(tp, 0L)));
            // with read_committed, the end offsets are the last stable offsets
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read the outcome topics to their ends within 60 s");
                }
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
                    if (r.key() == null || !inputs.containsKey(r.key())) {
                        continue;
                    }
                    Outcomes.Outcome o;
                    if (r.topic().equals(Topics.DLQ)) {
                        DeadLetter d = dlq.deserialize(r.topic(), r.headers(), r.value());
                        o = new Outcomes.Outcome(r.topic(), d.getErrorCode(), d.getReason());
                    } else {
                        o = new Outcomes.Outcome(r.topic(), null, null);
                    }
                    byFiling.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(o);
                }
            }
        }
        return new Outcomes(scenario, byFiling, new LinkedHashMap<>(inputs));
    }

    /**
     * Waits until every filing has an outcome and the app's group has committed its way to the end of the raw topic,
     * so that nothing more can come; then reads the outcomes.
     *
     * @param alive checked between reads: false fails at once (the app died)
     */
    Outcomes awaitAllAccounted(String applicationId, Duration timeout, BooleanSupplier alive, String whatIsDown) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!alive.getAsBoolean()) {
                throw new AssertionError(scenario + ": " + whatIsDown);
            }
            if (accountedSoFar() >= inputs.size() && caughtUp(applicationId)) {
                return read();
            }
            Thread.sleep(2000);
        }
        Outcomes last = read();
        throw new AssertionError(scenario + ": not all filings accounted for within " + timeout + ": "
                + last.missing().size() + " missing, e.g. " + last.missing().stream().limit(5).toList() + "; " + last);
    }

    /** The number of this scenario's filings with an outcome so far (a cheap progress probe). */
    long accountedSoFar() {
        if (progress == null) {
            progress = new KafkaConsumer<>(kafka.consumerConfig("accounting-unused"), new StringDeserializer(),
                    new ByteArrayDeserializer());
            List<TopicPartition> parts = partitionsOf(progress);
            progress.assign(parts);
            parts.forEach(tp -> progress.seek(tp, start.getOrDefault(tp, 0L)));
        }
        for (int i = 0; i < 20; i++) {
            var records = progress.poll(Duration.ofMillis(200));
            if (records.isEmpty()) {
                break;
            }
            records.forEach(r -> seen.add(r.key()));
        }
        return inputs.keySet().stream().filter(seen::contains).count();
    }

    @Override
    public void close() {
        if (progress != null) {
            progress.close();
            progress = null;
        }
    }

    /**
     * True when no committed record of the raw topic (the app's input: it analyses the text it extracts in the same
     * task) lies after the group's committed offsets. Offsets alone cannot tell: a topic written transactionally has
     * commit and abort markers (and the records of aborted transactions) between the last record the group consumed
     * and the log end.
     */
    boolean caughtUp(String applicationId) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = kafka.admin().listConsumerGroupOffsets(applicationId)
                .partitionsToOffsetAndMetadata().get();
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(kafka.consumerConfig("accounting-unused"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = new ArrayList<>(ends(kafka, List.of(Topics.RAW)).keySet());
            c.assign(parts);
            for (TopicPartition tp : parts) {
                OffsetAndMetadata o = committed.get(tp);
                c.seek(tp, o == null ? 0 : o.offset());
            }
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                if (!c.poll(Duration.ofMillis(200)).isEmpty()) {
                    return false;
                }
            }
            return parts.stream().allMatch(tp -> c.position(tp) >= end.get(tp));
        }
    }

    /** The text extracted for a filing of this scenario, from {@code hkex.filings.text}. */
    FilingText text(String filingId) {
        SpecificAvroDeserializer<FilingText> de = new SpecificAvroDeserializer<>(FilingText.class);
        de.configure(Map.of("schema.registry.url", kafka.schemaRegistryUrl(), "specific.avro.reader", true), false);
        try (KafkaConsumer<String, FilingText> c = new KafkaConsumer<>(kafka.consumerConfig("accounting-unused"),
                new StringDeserializer(), de)) {
            List<TopicPartition> parts = partitionsOf(c, List.of(Topics.TEXT));
            c.assign(parts);
            parts.forEach(tp -> c.seek(tp, start.getOrDefault(tp, 0L)));
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, FilingText> r : c.poll(Duration.ofMillis(200))) {
                    if (filingId.equals(r.key())) {
                        return r.value();
                    }
                }
            }
        }
        throw new AssertionError("no text on " + Topics.TEXT + " for " + filingId);
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<?, ?> c) {
        return partitionsOf(c, OUTCOME_TOPICS);
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<?, ?> c, List<String> topics) {
        List<TopicPartition> parts = new ArrayList<>();
        for (String t : topics) {
            c.partitionsFor(t).forEach(p -> parts.add(new TopicPartition(t, p.partition())));
        }
        return parts;
    }

    static Map<TopicPartition, Long> ends(KafkaHarness kafka, List<String> topics) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        kafka.admin().describeTopics(topics).allTopicNames().get().forEach((name, d) ->
                d.partitions().forEach(p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, Long> ends = new HashMap<>();
        kafka.admin().listOffsets(latest).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    /** Commits the app's group at the current end of its input topic, so it skips earlier tests' filings. */
    static void startAtEnd(KafkaHarness kafka, String applicationId) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
        ends(kafka, List.of(Topics.RAW)).forEach((tp, o) -> ends.put(tp, new OffsetAndMetadata(o)));
        kafka.admin().alterConsumerGroupOffsets(applicationId, ends).all().get();
    }
}
