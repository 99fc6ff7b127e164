package dev.hkfilings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.AnnouncementType;
import dev.hkfilings.avro.ContentStatus;
import dev.hkfilings.avro.FilingMetadata;
import dev.hkfilings.avro.FilingSource;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.avro.SharePledge;
import dev.hkfilings.serde.SpecificAvroDeserializer;
import dev.hkfilings.serde.SpecificAvroSerializer;
import dev.hkfilings.testing.PdfRenderer;
import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.testkit.KafkaHarnessExtension;
import dev.hkfilings.topology.StreamAppConfig;
import dev.hkfilings.topology.TopicProvisioner;
import dev.hkfilings.topology.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code replay} on a real broker and registry with real Tika: a PDF and text filings of two companies (codes
 * made up per run, so other tests' records on the shared broker never match), replayed twice by offsets and once
 * restricted to one company by time. The same keys come back, and after compaction semantics (last record per
 * key) there is one record per announcement.
 */
@ExtendWith(KafkaHarnessExtension.class)
class ReplayIT {

    private KafkaHarness kafka;
    private String run;
    private String codeA;
    private String codeB;

    @BeforeEach
    void setUp(KafkaHarness kafka) {
        this.kafka = kafka;
        run = Long.toString(System.nanoTime(), 36);
        int a = ThreadLocalRandom.current().nextInt(90_000, 95_000);
        codeA = Integer.toString(a);
        codeB = Integer.toString(a + 5_000);
    }

    @Test
    void replayReEmitsTheSameKeysAndLeavesOneRecordPerAnnouncement() throws Exception {
        ensureTopics();
        Instant before = Instant.now().minusSeconds(1);
        Map<TopicPartition, Long> start = ends();
        String pledgeA = run + "-pledge-A";
        String pollA = run + "-poll-A";
        String pledgeB = run + "-pledge-B";
        String otherB = run + "-other-B";
        String emptyB = run + "-empty-B";
        produce(List.of(
                filing(pledgeA, codeA, "application/pdf", PdfRenderer.render(seed("seeds/pledge_06680_2022-10-26.txt", codeA))),
                filing(pollA, codeA, "text/plain", text(seed("seeds/poll_06680_2022-08-24.txt", codeA))),
                filing(pledgeB, codeB, "text/plain", text(seed("seeds/pledge_06680_2022-10-26.txt", codeB))),
                filing(otherB, codeB, "text/plain", text(seed("topology/near-miss-egm-notice.txt", codeB))),
                filing(emptyB, codeB, "application/pdf", null)));
        Map<TopicPartition, Long> end = ends();

        String[] byOffsets = {"replay", "--from-offset", spec(start), "--to-offset", spec(end)};
        for (int i = 0; i < 2; i++) {
            Result r = replay(byOffsets);
            assertThat(r.code).as(r.toString()).isZero();
            assertThat(r.err).contains("replaying 5 record(s) of hkex.filings.raw").contains("5/5 100%").contains("filings/s")
                    .contains("ETA");
            assertThat(r.out).contains("replay summary").contains("filings read:      5")
                    .contains("texts written:     4").contains("pledge 2, poll 1, esg 0").contains("other:             1")
                    .contains("company records:   3 on 2 company topic(s)").contains("dead letters:      1");
        }

        Result onlyB = replay("replay", "--from", before.toString(), "--stock-code", codeB);
        assertThat(onlyB.code).as(onlyB.toString()).isZero();
        assertThat(onlyB.err).contains("only company " + codeB).contains("100%");
        assertThat(onlyB.out).contains("skipped:           2 (other companies)").contains("pledge 1, poll 0, esg 0")
                .contains("other:             1").contains("company records:   1 on 1 company topic(s)")
                .contains("dead letters:      1");

        List<ConsumerRecord<String, AnnouncementEvent>> a = readAll(Topics.company(codeA));
        List<ConsumerRecord<String, AnnouncementEvent>> b = readAll(Topics.company(codeB));
        // every replay re-emitted the same keys: twice for A, three times for B; nothing else landed there
        assertThat(a).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(pledgeA, pledgeA, pollA, pollA);
        assertThat(b).extracting(ConsumerRecord::key).containsExactly(pledgeB, pledgeB, pledgeB);
        Map<String, AnnouncementEvent> compactedA = lastPerKey(a);
        assertThat(compactedA).containsOnlyKeys(pledgeA, pollA);
        assertThat(compactedA.get(pledgeA).getType()).isEqualTo(AnnouncementType.PLEDGE);
        assertThat(((SharePledge) compactedA.get(pledgeA).getPayload()).getTransactions().get(0).getShares()).isEqualTo(1_550_000L);
        assertThat(compactedA.get(pollA).getType()).isEqualTo(AnnouncementType.POLL);
        assertThat(lastPerKey(b)).containsOnlyKeys(pledgeB);

        Map<String, AnnouncementEvent> other = lastPerKey(readAll(Topics.OTHER).stream().filter(r -> r.key().startsWith(run)).toList());
        assertThat(other).containsOnlyKeys(otherB);
    }

    @Test
    void aRangeWithNothingInItIsAnEmptyReplay() throws Exception {
        ensureTopics();
        Map<TopicPartition, Long> end = ends();
        Result r = replay("replay", "--from-offset", spec(end), "--to-offset", spec(end), "--stock-code", codeA);
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.err).contains("replaying 0 record(s)").contains("0/0 100%");
        assertThat(r.out).contains("filings read:      0");
    }

    private Result replay(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--bootstrap-servers", kafka.bootstrapServers(), "--schema-registry-url", kafka.schemaRegistryUrl(),
                "-D", "extract.mode=in-process"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Main.commandLine(new DefaultComponents(), new EnvironmentDefaults(Map.of()));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int code, String out, String err) {
    }

    private void ensureTopics() {
        StreamAppConfig config = new StreamAppConfig(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                "schema.registry.url", kafka.schemaRegistryUrl()));
        try (TopicProvisioner topics = new TopicProvisioner(kafka.admin(), false, config.fixedTopicSpec(), config.companyTopicSpec())) {
            topics.ensureFixedTopics();
        }
    }

    private Map<TopicPartition, Long> ends() throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        kafka.admin().describeTopics(List.of(Topics.RAW)).allTopicNames().get().get(Topics.RAW).partitions()
                .forEach(p -> latest.put(new TopicPartition(Topics.RAW, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, Long> out = new HashMap<>();
        kafka.admin().listOffsets(latest).all().get().forEach((tp, i) -> out.put(tp, i.offset()));
        return out;
    }

    private static String spec(Map<TopicPartition, Long> offsets) {
        StringJoiner j = new StringJoiner(",");
        offsets.entrySet().stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(TopicPartition::partition)))
                .forEach(e -> j.add(e.getKey().partition() + ":" + e.getValue()));
        return j.toString();
    }

    private void produce(List<RawFiling> filings) throws Exception {
        SpecificAvroSerializer<RawFiling> ser = new SpecificAvroSerializer<>();
        ser.configure(Map.of("schema.registry.url", kafka.schemaRegistryUrl()), false);
        try (KafkaProducer<String, RawFiling> p = new KafkaProducer<>(kafka.producerConfig(), new StringSerializer(), ser)) {
            for (RawFiling f : filings) {
                p.send(new ProducerRecord<>(Topics.RAW, f.getMetadata().getFilingId(), f)).get();
            }
        }
    }

    private List<ConsumerRecord<String, AnnouncementEvent>> readAll(String topic) {
        SpecificAvroDeserializer<AnnouncementEvent> de = new SpecificAvroDeserializer<>(AnnouncementEvent.class);
        de.configure(Map.of("schema.registry.url", kafka.schemaRegistryUrl(), "specific.avro.reader", true), false);
        List<ConsumerRecord<String, AnnouncementEvent>> out = new ArrayList<>();
        try (KafkaConsumer<String, AnnouncementEvent> c = new KafkaConsumer<>(kafka.consumerConfig("replay-it-" + run + "-" + topic),
                new StringDeserializer(), de)) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end " + end);
                }
                c.poll(Duration.ofMillis(300)).forEach(out::add);
            }
        }
        return out;
    }

    private static <V> Map<String, V> lastPerKey(List<ConsumerRecord<String, V>> records) {
        Map<String, V> m = new LinkedHashMap<>();
        records.forEach(r -> m.put(r.key(), r.value()));
        return m;
    }

    private static RawFiling filing(String id, String code, String contentType, byte[] content) {
        FilingMetadata metadata = FilingMetadata.newBuilder().setFilingId(id).setSource(FilingSource.FEED)
                .setFileName(id + (contentType.equals("text/plain") ? ".txt" : ".pdf")).setStockCodes(List.of(code))
                .setFetchedAt(Instant.now()).setContentType(contentType)
                .setContentLength(content == null ? null : (long) content.length).build();
        return RawFiling.newBuilder().setMetadata(metadata)
                .setContentStatus(content == null ? ContentStatus.TOO_LARGE : ContentStatus.PRESENT)
                .setContentStatusReason(content == null ? "over the connector's limit" : null)
                .setContent(content == null ? null : ByteBuffer.wrap(content)).build();
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String seed(String resource, String code) throws IOException {
        try (InputStream in = ReplayIT.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("06680", code);
        }
    }
}
