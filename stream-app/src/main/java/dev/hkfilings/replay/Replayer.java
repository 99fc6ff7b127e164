package dev.hkfilings.replay;

import dev.hkfilings.avro.DeadLetter;
import dev.hkfilings.avro.FilingMetadata;
import dev.hkfilings.avro.FilingText;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.topology.Decoding;
import dev.hkfilings.topology.DeadLetters;
import dev.hkfilings.topology.ErrorCodes;
import dev.hkfilings.topology.Failure;
import dev.hkfilings.topology.FilingPipeline;
import dev.hkfilings.topology.Routing;
import dev.hkfilings.topology.TopicEnsurer;
import dev.hkfilings.topology.Topics;
import dev.hkfilings.topology.TopologySerdes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Re-processes a range of raw filings through the same steps as the topology ({@link Decoding},
 * {@link FilingPipeline}, {@link Routing}, {@link DeadLetters}) into the same topics under the same keys, so a
 * replay overwrites instead of duplicating. The consumer is assigned its partitions (no consumer group, so a
 * running app's group is never touched); every poll's output is written in one producer transaction.
 */
public final class Replayer {

    /** How long the reader may see no progress towards the end of its range before it gives up. */
    static final Duration STALL_LIMIT = Duration.ofSeconds(60);

    private final Consumer<String, byte[]> consumer;
    private final Producer<String, byte[]> producer;
    private final FilingPipeline pipeline;
    private final TopologySerdes serdes;
    private final TopicEnsurer topics;
    private final Optional<String> stockCode;
    private final Clock clock;

    /**
     * @param producer  a transactional producer, {@code initTransactions()} already called
     * @param stockCode a five-digit code to replay only that company's filings, or empty for all
     */
    public Replayer(Consumer<String, byte[]> consumer, Producer<String, byte[]> producer, FilingPipeline pipeline,
                    TopologySerdes serdes, TopicEnsurer topics, Optional<String> stockCode, Clock clock) {
        this.consumer = consumer;
        this.producer = producer;
        this.pipeline = pipeline;
        this.serdes = serdes;
        this.topics = topics;
        this.stockCode = stockCode;
        this.clock = clock;
    }

    /** Five digits with leading zeros, as in the topics' names; an {@link IllegalArgumentException} otherwise. */
    public static String normaliseStockCode(String code) {
        String s = code == null ? "" : code.strip();
        if (!s.matches("\\d{1,5}")) {
            throw new IllegalArgumentException("--stock-code '" + code + "' is not a stock code (one to five digits, e.g. 06680)");
        }
        return "0".repeat(5 - s.length()) + s;
    }

    public ReplaySummary run(List<PartitionRange> ranges, ReplayProgress progress) {
        long t0 = System.nanoTime();
        ReplaySummary summary = new ReplaySummary();
        Map<TopicPartition, PartitionRange> open = new LinkedHashMap<>();
        long total = 0;
        for (PartitionRange r : ranges) {
            if (r.size() > 0) {
                open.put(r.partition(), r);
                total += r.size();
            }
        }
        Map<TopicPartition, PartitionRange> all = Map.copyOf(open);
        consumer.assign(open.keySet());
        open.values().forEach(r -> consumer.seek(r.partition(), r.start()));
        progress.advanced(0, total);
        long lastDone = 0;
        long lastProgress = System.nanoTime();
        while (!open.isEmpty()) {
            ConsumerRecords<String, byte[]> polled = consumer.poll(Duration.ofMillis(500));
            List<ProducerRecord<String, byte[]>> out = new ArrayList<>();
            for (TopicPartition tp : polled.partitions()) {
                PartitionRange r = all.get(tp);
                for (ConsumerRecord<String, byte[]> rec : polled.records(tp)) {
                    if (rec.offset() >= r.end()) {
                        break;
                    }
                    out.addAll(process(rec, summary));
                }
            }
            if (!out.isEmpty()) {
                producer.beginTransaction();
                out.forEach(producer::send);
                producer.commitTransaction();
            }
            long done = 0;
            Set<TopicPartition> finished = new HashSet<>();
            for (PartitionRange r : all.values()) {
                long position = open.containsKey(r.partition()) ? consumer.position(r.partition()) : r.end();
                done += Math.min(position, r.end()) - r.start();
                if (position >= r.end()) {
                    finished.add(r.partition());
                }
            }
            if (!finished.isEmpty() && open.keySet().removeAll(finished)) {
                consumer.pause(finished);
            }
            if (done > lastDone) {
                lastDone = done;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > STALL_LIMIT.toNanos()) {
                throw new IllegalStateException("no progress for " + STALL_LIMIT.toSeconds() + " s on " + open.values()
                        + " (positions stuck below the end of the range)");
            }
            progress.advanced(done, total);
        }
        summary.took(Duration.ofNanos(System.nanoTime() - t0));
        return summary;
    }

    /** The records that the topology would write for this raw record (text, events or a dead letter). */
    private List<ProducerRecord<String, byte[]>> process(ConsumerRecord<String, byte[]> rec, ReplaySummary summary) {
        summary.read();
        FilingPipeline.Step<RawFiling> decoded = Decoding.decode(serdes.rawFilings(), rec.topic(), rec.headers(), rec.key(), rec.value());
        if (!decoded.ok()) {
            if (stockCode.isPresent()) {
                summary.skipped();   // an undecodable record names no company
                return List.of();
            }
            return List.of(deadLetter(rec, rec.key(), null, decoded.failure(), summary));
        }
        RawFiling raw = decoded.value();
        FilingMetadata metadata = raw.getMetadata();
        String filingId = metadata.getFilingId();
        List<String> declared = codes(metadata.getStockCodes());
        boolean decideAfterAnalysis = stockCode.isPresent() && declared.isEmpty();
        if (stockCode.isPresent() && !declared.isEmpty() && !declared.contains(stockCode.get())) {
            summary.skipped();
            return List.of();
        }
        Instant now = clock.instant();
        FilingPipeline.Step<FilingText> text = pipeline.extract(raw, now);
        if (!text.ok()) {
            if (ErrorCodes.UNAVAILABLE.equals(text.failure().errorCode())) {
                // as in the topology: no parser to run on is not the document's fault, so never a dead letter
                throw new IllegalStateException("filing " + filingId + ": " + text.failure().reason());
            }
            if (decideAfterAnalysis) {
                summary.skipped();
                return List.of();
            }
            return List.of(deadLetter(rec, filingId, metadata, text.failure(), summary));
        }
        FilingPipeline.Step<FilingPipeline.Routed> routed = pipeline.analyze(text.value(), now);
        if (decideAfterAnalysis && (!routed.ok() || !routed.value().analysis().stockCodes().contains(stockCode.get()))) {
            summary.skipped();
            return List.of();
        }
        List<ProducerRecord<String, byte[]>> out = new ArrayList<>();
        out.add(record(Topics.TEXT, rec, filingId, serdes.textOut().serialize(Topics.TEXT, headers(rec), text.value())));
        summary.text();
        if (!routed.ok()) {
            out.add(deadLetter(rec, filingId, metadata, routed.failure(), summary));
            return out;
        }
        for (Routing.Destination d : Routing.destinations(routed.value())) {
            byte[] value;
            if (d.company()) {
                topics.ensureCompanyTopic(d.topic());
                value = serdes.companyEvents().serialize(d.topic(), headers(rec), d.event());
                summary.companyRecord(d.topic());
            } else {
                value = serdes.fixedEvents().serialize(d.topic(), headers(rec), d.event());
                summary.event(routed.value().analysis().type());
            }
            out.add(record(d.topic(), rec, filingId, value));
        }
        return out;
    }

    private ProducerRecord<String, byte[]> deadLetter(ConsumerRecord<String, byte[]> rec, String key, FilingMetadata metadata,
                                                      Failure failure, ReplaySummary summary) {
        DeadLetter dl = DeadLetters.of(failure, key, metadata, rec.topic(), rec.partition(), rec.offset(), clock.instant());
        summary.deadLetter();
        return record(Topics.DLQ, rec, key, serdes.deadLetters().serialize(Topics.DLQ, headers(rec), dl));
    }

    private static ProducerRecord<String, byte[]> record(String topic, ConsumerRecord<String, byte[]> source, String key, byte[] value) {
        return new ProducerRecord<>(topic, null, source.timestamp(), key, value, headers(source));
    }

    private static Headers headers(ConsumerRecord<String, byte[]> source) {
        return new RecordHeaders(source.headers().toArray());
    }

    private static List<String> codes(List<String> raw) {
        List<String> out = new ArrayList<>();
        if (raw != null) {
            for (String c : raw) {
                try {
                    out.add(normaliseStockCode(c));
                } catch (IllegalArgumentException notACode) {
                    // the analyzer dead-letters it later; here it only cannot match
                }
            }
        }
        return out;
    }
}
