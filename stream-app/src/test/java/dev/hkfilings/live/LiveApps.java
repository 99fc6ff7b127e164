package dev.hkfilings.live;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.AnnouncementType;
import dev.hkfilings.classify.AnnouncementAnalyzer;
import dev.hkfilings.extract.ExtractConfig;
import dev.hkfilings.serde.SpecificAvroSerializer;
import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.topology.StartAtEnd;
import dev.hkfilings.topology.StreamApp;
import dev.hkfilings.topology.StreamAppConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/** A real StreamApp with its HTTP server on an ephemeral port, and typed events written the way the app commits them. */
final class LiveApps {

    private LiveApps() {
    }

    static StreamApp start(KafkaHarness kafka, Path stateDir, String appId, String extractMode) throws Exception {
        Map<String, Object> props = new HashMap<>();
        props.put("bootstrap.servers", kafka.bootstrapServers());
        props.put("schema.registry.url", kafka.schemaRegistryUrl());
        props.put("application.id", appId);
        props.put("state.dir", stateDir.toString());
        props.put("http.port", "0");
        props.put("num.stream.threads", "1");
        props.put("topics.partitions", "2");
        props.put("extract.mode", extractMode);
        props.put("extract.workers", "1");
        props.put("extract.worker.heap.mb", "256");
        props.put("streams.commit.interval.ms", "200");
        StreamAppConfig config = new StreamAppConfig(props);
        StartAtEnd.inputsOf(kafka, config);
        return StreamApp.start(config, new ExtractConfig(config.extractSettings()).newExtractor(), new AnnouncementAnalyzer());
    }

    /** A transactional producer of events onto the market-wide topics, like the app's exactly-once producer. */
    static KafkaProducer<String, AnnouncementEvent> eventProducer(KafkaHarness kafka, String transactionalId) {
        Map<String, Object> c = new HashMap<>(kafka.producerConfig());
        c.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        c.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        SpecificAvroSerializer<AnnouncementEvent> ser = new SpecificAvroSerializer<>();
        ser.configure(Map.of("schema.registry.url", kafka.schemaRegistryUrl()), false);
        KafkaProducer<String, AnnouncementEvent> p = new KafkaProducer<>(c, new StringSerializer(), ser);
        p.initTransactions();
        return p;
    }

    static AnnouncementEvent event(String id, String stockCode, AnnouncementType type) {
        return AnnouncementEvent.newBuilder()
                .setAnnouncementId(id)
                .setStockCode(stockCode)
                .setCompanyNameEn("Company " + stockCode)
                .setTitle("Announcement " + id)
                .setType(type)
                .setConfidence(0.9)
                .setEvidence(List.of("test"))
                .setClassifierVersion("test")
                .setProcessedAt(Instant.now())
                .build();
    }
}
