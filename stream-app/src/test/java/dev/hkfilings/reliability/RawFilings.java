package dev.hkfilings.reliability;

import dev.hkfilings.avro.ContentStatus;
import dev.hkfilings.avro.FilingMetadata;
import dev.hkfilings.avro.FilingSource;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.serde.SpecificAvroSerializer;
import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.topology.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends raw filings to {@code hkex.filings.raw} as a connector would (key = filing id), and tells the accounting. */
final class RawFilings implements AutoCloseable {

    /** Announcement texts of every class: the three seeds and near misses that must stay {@code other}. */
    static final List<String> TEXTS = List.of("seeds/pledge_06680_2022-10-26.txt", "seeds/poll_06680_2022-08-24.txt",
            "seeds/esg_06680_2021.txt", "topology/near-miss-asset-pledge.txt", "topology/near-miss-egm-notice.txt",
            "topology/near-miss-interim-results.txt");

    private final KafkaProducer<String, RawFiling> producer;
    private final SpecificAvroSerializer<RawFiling> ser;
    private final Accounting accounting;

    RawFilings(KafkaHarness kafka, Accounting accounting) {
        ser = new SpecificAvroSerializer<>();
        ser.configure(Map.of("schema.registry.url", kafka.schemaRegistryUrl()), false);
        Map<String, Object> config = new java.util.HashMap<>(kafka.producerConfig());
        config.put("linger.ms", 20);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), ser);
        this.accounting = accounting;
    }

    /** Sends and counts the filing as one input of the scenario. */
    Future<RecordMetadata> send(String filingId, String fileName, String contentType, byte[] content) {
        accounting.sent(filingId);
        return producer.send(new ProducerRecord<>(Topics.RAW, filingId, filing(filingId, fileName, contentType, content)));
    }

    /** The {@code i}-th of a stream of plain-text filings, cycling through {@link #TEXTS}. */
    Future<RecordMetadata> sendText(String filingId, int i) {
        return send(filingId, filingId + ".txt", "text/plain", text(filingId, i).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The {@code i}-th text of a volume stream, unique through its reference line. The 144 KB ESG report is cut to
     * its first 8,000 characters: volume tests are about counting, and the full report would make every sixth filing
     * cost as much as the other five together on a crowded machine.
     */
    static String text(String reference, int i) {
        String t = resource(TEXTS.get(i % TEXTS.size()));
        return t.substring(0, Math.min(t.length(), 8_000)) + "\n\nReference " + reference + "\n";
    }

    /** Registers the schema (caches its id) without sending anything, so that sends work while the registry is down. */
    void warmUp() {
        ser.serialize(Topics.RAW, filing("warm-up", "warm-up.txt", "text/plain", new byte[] {'x'}));
    }

    void flush() {
        producer.flush();
    }

    static void await(List<Future<RecordMetadata>> sends) throws ExecutionException, InterruptedException {
        for (Future<RecordMetadata> f : sends) {
            f.get();
        }
    }

    static RawFiling filing(String id, String fileName, String contentType, byte[] content) {
        return RawFiling.newBuilder()
                .setMetadata(FilingMetadata.newBuilder().setFilingId(id).setSource(FilingSource.FEED).setFileName(fileName)
                        .setStockCodes(List.of("06680")).setFetchedAt(Instant.now()).setContentType(contentType)
                        .setContentLength((long) content.length).build())
                .setContentStatus(ContentStatus.PRESENT)
                .setContent(ByteBuffer.wrap(content))
                .build();
    }

    private static final Map<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    static String resource(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            try (InputStream in = RawFilings.class.getClassLoader().getResourceAsStream(n)) {
                if (in == null) {
                    throw new IllegalStateException("no test resource " + n);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void close() {
        producer.close();
    }
}
