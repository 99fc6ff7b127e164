package dev.hkfilings.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.cli.AvroJson;
import dev.hkfilings.serde.SpecificAvroDeserializer;
import dev.hkfilings.topology.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the market-wide event topics ({@code hkex.events.*}) from their end and hands every event to the hub.
 * It reads read_committed, so under exactly-once only events of committed transactions are ever shown: what a
 * browser sees is what any downstream consumer will see. It assigns all partitions itself (no consumer group),
 * so every app instance streams every event, and it starts a few events before the end of each partition so the
 * market view has recent events right after a restart.
 */
public final class EventFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventFeed.class);
    static final List<String> TOPICS = List.of(Topics.PLEDGE, Topics.POLL, Topics.ESG, Topics.OTHER);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final SpecificAvroDeserializer<AnnouncementEvent> deserializer;
    private final EventHub hub;
    private final int backfillPerPartition;
    private final Thread thread;
    /** Per partition, the end offset when the feed started: earlier records are backfill, later ones news. */
    private final Map<TopicPartition, Long> liveFrom = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean running = true;
    private volatile boolean ready;

    /**
     * @param consumerProps at least bootstrap.servers; isolation and offsets are set here
     * @param serdeConfig the registry settings (schema.registry.url...)
     * @param backfillPerPartition committed events to re-read per partition at start for {@link EventHub#recent}
     */
    public EventFeed(Map<String, Object> consumerProps, Map<String, Object> serdeConfig, EventHub hub, int backfillPerPartition) {
        Map<String, Object> p = new HashMap<>(consumerProps);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        // an event should reach browsers within a second of its commit: do not let an empty fetch park for long
        p.putIfAbsent(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        p.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "hkfilings-live-feed");
        this.consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.deserializer = new SpecificAvroDeserializer<>(AnnouncementEvent.class);
        this.deserializer.configure(serdeConfig, false);
        this.hub = hub;
        this.backfillPerPartition = backfillPerPartition;
        this.thread = new Thread(this::run, "live-event-feed");
        this.thread.setDaemon(true);
    }

    public EventFeed start() {
        thread.start();
        return this;
    }

    /** Whether the feed is positioned on all event topics and reading. */
    public boolean isReady() {
        return ready;
    }

    private void run() {
        try {
            List<TopicPartition> partitions = awaitPartitions();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions);
            liveFrom.putAll(ends);
            for (TopicPartition tp : partitions) {
                consumer.seek(tp, Math.max(begins.get(tp), ends.get(tp) - backfillPerPartition));
            }
            ready = true;
            LOG.info("live feed reading {} partitions of {}", partitions.size(), TOPICS);
            while (running) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    Long live = liveFrom.get(new TopicPartition(r.topic(), r.partition()));
                    publish(r, live == null || r.offset() >= live);
                }
            }
        } catch (RuntimeException e) {
            if (running) {   // otherwise this is close() waking or interrupting the poll
                LOG.error("live feed stopped; the SSE stream shows no new events until restart", e);
            }
        } finally {
            Thread.interrupted();   // close() may have interrupted this thread; the consumer must still close cleanly
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** @param live false for the events re-read at start: they fill the recent list but are not news to clients */
    private void publish(ConsumerRecord<byte[], byte[]> r, boolean live) {
        if (r.value() == null) {
            return;   // a tombstone deletes an announcement from the compacted topic; there is nothing to show
        }
        try {
            AnnouncementEvent e = deserializer.deserialize(r.topic(), r.value());
            String json = JSON.writeValueAsString(AvroJson.toJson(e));
            LiveEvent le = new LiveEvent(e.getAnnouncementId(), e.getStockCode(), e.getType().name().toLowerCase(Locale.ROOT),
                    json, r.topic(), r.partition(), r.offset());
            if (live) {
                hub.publish(le);
            } else {
                hub.remember(le);
            }
        } catch (Exception e) {
            // the event stays in Kafka for every other reader; the live view skips what it cannot decode
            LOG.warn("live feed skips {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), e.toString());
        }
    }

    /** The partitions of the event topics, waiting while the app is still creating them. */
    private List<TopicPartition> awaitPartitions() {
        while (running) {
            List<TopicPartition> out = new ArrayList<>();
            boolean all = true;
            for (String topic : TOPICS) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos == null || infos.isEmpty()) {
                    all = false;
                    break;
                }
                infos.forEach(i -> out.add(new TopicPartition(i.topic(), i.partition())));
            }
            if (all) {
                return out;
            }
            LOG.info("live feed waiting for the event topics {}", TOPICS);
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new WakeupException();
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
