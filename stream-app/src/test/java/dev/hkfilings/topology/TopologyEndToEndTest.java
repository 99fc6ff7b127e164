package dev.hkfilings.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.AnnouncementType;
import dev.hkfilings.avro.ContentStatus;
import dev.hkfilings.avro.DeadLetter;
import dev.hkfilings.avro.DeadLetterStage;
import dev.hkfilings.avro.EsgReport;
import dev.hkfilings.avro.FilingMetadata;
import dev.hkfilings.avro.FilingSource;
import dev.hkfilings.avro.PledgeTransaction;
import dev.hkfilings.avro.PollResult;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.avro.Resolution;
import dev.hkfilings.avro.SharePledge;
import dev.hkfilings.classify.AnnouncementAnalyzer;
import dev.hkfilings.extract.ExtractConfig;
import dev.hkfilings.serde.SpecificAvroDeserializer;
import dev.hkfilings.serde.SpecificAvroSerializer;
import dev.hkfilings.testing.Documents;
import dev.hkfilings.testing.PdfRenderer;
import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.testkit.KafkaHarnessExtension;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole topology on a real broker and a real registry, with real PDFs through isolated Tika and the
 * real analyzer. The broker is shared with other tests: every filing id here carries this run's suffix
 * and only those are asserted on.
 */
@ExtendWith(KafkaHarnessExtension.class)
class TopologyEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(120);

    @TempDir
    Path stateDir;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private KafkaHarness kafka;
    private StreamApp app;

    @BeforeEach
    void start(KafkaHarness kafka) throws Exception {
        this.kafka = kafka;
        Map<String, Object> props = new HashMap<>();
        props.put("bootstrap.servers", kafka.bootstrapServers());
        props.put("schema.registry.url", kafka.schemaRegistryUrl());
        props.put("application.id", "e2e-" + run);
        props.put("state.dir", stateDir.toString());
        props.put("http.port", "0");
        props.put("num.stream.threads", "1");
        props.put("topics.partitions", "2");
        props.put("extract.mode", "isolated");
        props.put("extract.workers", "1");
        props.put("extract.worker.heap.mb", "256");
        props.put("streams.commit.interval.ms", "200");
        StreamAppConfig config = new StreamAppConfig(props);
        StartAtEnd.inputsOf(kafka, config);
        app = StreamApp.start(config, new ExtractConfig(config.extractSettings()).newExtractor(), new AnnouncementAnalyzer());
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void seedPdfsBecomeTypedEventsNearMissesStayOtherAndACorruptPdfIsDeadLettered() throws Exception {
        Map<String, RawFiling> filings = new LinkedHashMap<>();
        filings.put("pledge-" + run, pdfFiling("pledge-" + run, seed("seeds/pledge_06680_2022-10-26.txt")));
        filings.put("poll-" + run, pdfFiling("poll-" + run, seed("seeds/poll_06680_2022-08-24.txt")));
        filings.put("esg-" + run, pdfFiling("esg-" + run, seed("seeds/esg_06680_2021.txt")));
        filings.put("notice-" + run, pdfFiling("notice-" + run, seed("topology/near-miss-egm-notice.txt")));
        filings.put("results-" + run, pdfFiling("results-" + run, seed("topology/near-miss-interim-results.txt")));
        filings.put("assets-" + run, pdfFiling("assets-" + run, seed("topology/near-miss-asset-pledge.txt")));
        filings.put("corrupt-" + run, withContent(filings.get("pledge-" + run), "corrupt-" + run,
                Documents.corrupted(PdfRenderer.render(seed("topology/near-miss-asset-pledge.txt")), 7)));
        produce(filings);

        Map<String, AnnouncementEvent> company = awaitLatest("hkex.company.06680", AnnouncementEvent.class,
                k -> k.endsWith(run), 3);
        Map<String, AnnouncementEvent> other = awaitLatest(Topics.OTHER, AnnouncementEvent.class, k -> k.endsWith(run), 3);
        Map<String, DeadLetter> dlq = awaitLatest(Topics.DLQ, DeadLetter.class, k -> k.endsWith(run), 1);

        assertThat(company).containsOnlyKeys("pledge-" + run, "poll-" + run, "esg-" + run);
        SharePledge pledge = (SharePledge) company.get("pledge-" + run).getPayload();
        assertThat(company.get("pledge-" + run).getType()).isEqualTo(AnnouncementType.PLEDGE);
        PledgeTransaction tx = pledge.getTransactions().get(0);
        assertThat(tx.getShares()).isEqualTo(1_550_000L);
        assertThat(tx.getPledgor()).isEqualTo("Ganzhou Geshuo");
        assertThat(tx.getPledgee()).isEqualTo("GF Securities Co., Ltd.");
        assertThat(company.get("poll-" + run).getType()).isEqualTo(AnnouncementType.POLL);
        Resolution r = ((PollResult) company.get("poll-" + run).getPayload()).getResolutions().get(0);
        assertThat(r.getVotesFor()).isEqualTo(516_237_845L);
        assertThat(r.getVotesAgainst()).isEqualTo(23_300L);
        assertThat(r.getPassed()).isTrue();
        assertThat(company.get("esg-" + run).getType()).isEqualTo(AnnouncementType.ESG);
        assertThat(((EsgReport) company.get("esg-" + run).getPayload()).getReportingYear()).isEqualTo(2021);

        assertThat(other).containsOnlyKeys("notice-" + run, "results-" + run, "assets-" + run);
        other.values().forEach(e -> {
            assertThat(e.getType()).isEqualTo(AnnouncementType.OTHER);
            assertThat(e.getEvidence()).isNotEmpty();
            assertThat(e.getPayload()).isNull();
        });
        assertThat(dlq).containsOnlyKeys("corrupt-" + run);
        DeadLetter dl = dlq.get("corrupt-" + run);
        assertThat(dl.getStage()).isEqualTo(DeadLetterStage.EXTRACT);
        assertThat(dl.getSourceTopic()).isEqualTo(Topics.RAW);
        assertThat(dl.getSourceOffset()).isNotNull();
        assertThat(dl.getMetadata().getFilingId()).isEqualTo("corrupt-" + run);

        // the market-wide topics carry the same announcements under the same keys
        assertThat(awaitLatest(Topics.PLEDGE, AnnouncementEvent.class, k -> k.endsWith(run), 1)).containsOnlyKeys("pledge-" + run);
        assertThat(awaitLatest(Topics.POLL, AnnouncementEvent.class, k -> k.endsWith(run), 1)).containsOnlyKeys("poll-" + run);
        assertThat(awaitLatest(Topics.ESG, AnnouncementEvent.class, k -> k.endsWith(run), 1)).containsOnlyKeys("esg-" + run);

        // the company topic was made through the Admin API, compacted and able to take a whole PDF's event
        Config cfg = kafka.admin().describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, "hkex.company.06680")))
                .all().get().values().iterator().next();
        assertThat(cfg.get("cleanup.policy").value()).isEqualTo("compact");
        assertThat(cfg.get("max.message.bytes").value()).isEqualTo(Integer.toString(64 * 1024 * 1024));
        // one subject for every company topic (RecordNameStrategy), <topic>-value for the fixed ones
        String subjects = get(kafka.schemaRegistryUrl() + "/subjects");
        assertThat(subjects).contains("\"dev.hkfilings.avro.AnnouncementEvent\"").contains("\"hkex.events.pledge-value\"")
                .doesNotContain("hkex.company.06680-value");
    }

    @Test
    void reprocessingTheSameRawFilingsLeavesOneRecordPerAnnouncementId() throws Exception {
        Map<String, RawFiling> filings = new LinkedHashMap<>();
        filings.put("pledge-" + run, pdfFiling("pledge-" + run, seed("seeds/pledge_06680_2022-10-26.txt")));
        filings.put("poll-" + run, pdfFiling("poll-" + run, seed("seeds/poll_06680_2022-08-24.txt")));
        filings.put("notice-" + run, pdfFiling("notice-" + run, seed("topology/near-miss-egm-notice.txt")));

        produce(filings);
        awaitRecords("hkex.company.06680", k -> k.endsWith(run), 2);
        awaitRecords(Topics.OTHER, k -> k.endsWith(run), 1);
        produce(filings);   // a connector's redelivery, or a replay
        List<ConsumerRecord<String, AnnouncementEvent>> company = awaitRecords("hkex.company.06680", k -> k.endsWith(run), 4);
        List<ConsumerRecord<String, AnnouncementEvent>> other = awaitRecords(Topics.OTHER, k -> k.endsWith(run), 2);

        // What is asserted: read with read_committed, each announcement was written once per processing
        // (no duplicates from retries inside a run: exactly 2 records per key after 2 runs) under its
        // announcement id, and both versions agree on everything but processedAt; on a topic whose
        // cleanup.policy is compact (checked below) the log cleaner keeps only the newest of them.
        assertThat(countByKey(company)).containsOnly(Map.entry("pledge-" + run, 2L), Map.entry("poll-" + run, 2L));
        assertThat(countByKey(other)).containsOnly(Map.entry("notice-" + run, 2L));
        for (String key : List.of("pledge-" + run, "poll-" + run)) {
            List<AnnouncementEvent> versions = company.stream().filter(c -> c.key().equals(key)).map(ConsumerRecord::value).toList();
            versions.forEach(v -> v.setProcessedAt(Instant.EPOCH));
            assertThat(versions.get(1)).isEqualTo(versions.get(0));
        }
        for (String topic : List.of("hkex.company.06680", Topics.OTHER, Topics.PLEDGE, Topics.POLL, Topics.TEXT)) {
            Config cfg = kafka.admin().describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, topic)))
                    .all().get().values().iterator().next();
            assertThat(cfg.get("cleanup.policy").value()).as(topic).isEqualTo("compact");
        }
    }

    private static Map<String, Long> countByKey(List<? extends ConsumerRecord<String, ?>> records) {
        Map<String, Long> m = new LinkedHashMap<>();
        records.forEach(r -> m.merge(r.key(), 1L, Long::sum));
        return m;
    }

    private void produce(Map<String, RawFiling> filings) {
        Map<String, Object> c = new HashMap<>(kafka.producerConfig());
        SpecificAvroSerializer<RawFiling> ser = new SpecificAvroSerializer<>();
        ser.configure(Map.of("schema.registry.url", kafka.schemaRegistryUrl()), false);
        try (KafkaProducer<String, RawFiling> p = new KafkaProducer<>(c, new StringSerializer(), ser)) {
            filings.forEach((id, f) -> p.send(new ProducerRecord<>(Topics.RAW, id, f)));
            p.flush();
        }
    }

    private <T extends org.apache.avro.specific.SpecificRecord> Map<String, T> awaitLatest(
            String topic, Class<T> type, Predicate<String> keys, int distinctKeys) {
        Map<String, T> latest = new LinkedHashMap<>();
        for (ConsumerRecord<String, T> r : this.<T>await(topic, type, keys, recs -> recs.stream().map(ConsumerRecord::key).distinct().count() >= distinctKeys)) {
            latest.put(r.key(), r.value());
        }
        return latest;
    }

    private List<ConsumerRecord<String, AnnouncementEvent>> awaitRecords(String topic, Predicate<String> keys, int count) {
        return await(topic, AnnouncementEvent.class, keys, recs -> recs.size() >= count);
    }

    /** Reads the topic from the start (read_committed) until the records with matching keys satisfy the condition. */
    private <T extends org.apache.avro.specific.SpecificRecord> List<ConsumerRecord<String, T>> await(
            String topic, Class<T> type, Predicate<String> keys, Predicate<List<ConsumerRecord<String, T>>> done) {
        Deserializer<T> de = new SpecificAvroDeserializer<>(type);
        de.configure(Map.of("schema.registry.url", kafka.schemaRegistryUrl(), "specific.avro.reader", true), false);
        List<ConsumerRecord<String, T>> seen = new ArrayList<>();
        try (KafkaConsumer<String, T> c = new KafkaConsumer<>(kafka.consumerConfig("reader-" + UUID.randomUUID()),
                new StringDeserializer(), de)) {
            awaitTopic(topic);
            c.subscribe(List.of(topic));
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!done.test(seen)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("waited " + WAIT + " on " + topic + "; saw only " + seen.stream()
                            .map(r -> r.key() + "@" + r.offset()).toList() + "; streams state " + app.streams().state());
                }
                for (ConsumerRecord<String, T> r : c.poll(Duration.ofMillis(500))) {
                    if (r.key() != null && keys.test(r.key())) {
                        seen.add(r);
                    }
                }
            }
            // anything else already committed to the topic counts too (a duplicate must not hide behind the condition)
            for (ConsumerRecord<String, T> r : c.poll(Duration.ofSeconds(2))) {
                if (r.key() != null && keys.test(r.key())) {
                    seen.add(r);
                }
            }
        }
        return seen;
    }

    private void awaitTopic(String topic) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try {
            while (!kafka.admin().listTopics().names().get().contains(topic)) {
                if (System.nanoTime() > deadline || app.streams().state() == KafkaStreams.State.ERROR) {
                    throw new AssertionError(topic + " was not created; streams state " + app.streams().state());
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        }
    }

    private static String get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    static String seed(String resource) throws IOException {
        try (InputStream in = TopologyEndToEndTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A filing as the HKEXnews feed delivers it: stock code and file name, but no category to lean on. */
    static RawFiling pdfFiling(String id, String text) {
        return withContent(null, id, PdfRenderer.render(text));
    }

    static RawFiling withContent(RawFiling template, String id, byte[] pdf) {
        return RawFiling.newBuilder()
                .setMetadata(FilingMetadata.newBuilder()
                        .setFilingId(id)
                        .setSource(FilingSource.FEED)
                        .setSourceUri("https://www1.hkexnews.hk/listedco/listconews/sehk/2022/1026/" + id + ".pdf")
                        .setFileName(id + ".pdf")
                        .setStockCodes(List.of("06680"))
                        .setCompanyNames(List.of("JL MAG RARE-EARTH CO., LTD."))
                        .setMarket("SEHK")
                        .setFetchedAt(Instant.now())
                        .setContentType("application/pdf")
                        .setContentLength((long) pdf.length)
                        .build())
                .setContentStatus(ContentStatus.PRESENT)
                .setContent(ByteBuffer.wrap(pdf))
                .build();
    }
}
