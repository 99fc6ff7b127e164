package dev.hkfilings.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.avro.AnnouncementType;
import dev.hkfilings.avro.ContentStatus;
import dev.hkfilings.avro.FilingMetadata;
import dev.hkfilings.avro.FilingSource;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.serde.SpecificAvroSerializer;
import dev.hkfilings.topology.FakeAnalyzer;
import dev.hkfilings.topology.FakeExtractor;
import dev.hkfilings.topology.FilingPipeline;
import dev.hkfilings.topology.RegistrySerdes;
import dev.hkfilings.topology.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The replay loop on in-memory clients: what it writes where, in input order, within the range, per company. */
class ReplayerTest {

    private static final TopicPartition P0 = new TopicPartition(Topics.RAW, 0);
    private static final String REGISTRY = "mock://replayer-test";

    private final SpecificAvroSerializer<RawFiling> raw = new SpecificAvroSerializer<>();
    private final Set<String> ensured = ConcurrentHashMap.newKeySet();

    ReplayerTest() {
        raw.configure(Map.of("schema.registry.url", REGISTRY), false);
    }

    @Test
    void everyFilingEndsAsTheTopologysOutputsInInputOrderAndTheRangeEndIsRespected() {
        MockConsumer<String, byte[]> consumer = consumer(List.of(
                record(0, "p1", filing("p1", "00001", "PLEDGE Stock Code: 00001")),
                record(1, "o2", filing("o2", "00002", "a notice Stock Code: 00002")),
                record(2, "c3", filing("c3", "00009", "%CORRUPT")),
                record(3, "t4", null),
                record(4, "b5", "not avro".getBytes(StandardCharsets.UTF_8)),
                record(5, "p6", filing("p6", null, "PLEDGE Stock Code: 00003")),
                record(6, "beyond", filing("beyond", "00001", "PLEDGE Stock Code: 00001"))));
        MockProducer<String, byte[]> producer = producer();

        ReplaySummary s = replayer(consumer, producer, Optional.empty(), 3).run(List.of(new PartitionRange(P0, 0, 6)), ReplayProgress.NONE);

        assertThat(producer.history()).extracting(r -> r.topic() + " " + r.key()).containsExactly(
                "hkex.filings.text p1", "hkex.company.00001 p1", "hkex.events.pledge p1", "hkex.events.by-company 00001",
                "hkex.filings.text o2", "hkex.events.other o2", "hkex.events.by-company 00002",
                "hkex.filings.dlq c3", "hkex.filings.dlq t4", "hkex.filings.dlq b5",
                "hkex.filings.text p6", "hkex.company.00003 p6", "hkex.events.pledge p6", "hkex.events.by-company 00003");
        assertThat(producer.history()).allSatisfy(r -> assertThat(r.timestamp()).isEqualTo(1_000L));
        assertThat(producer.transactionCommitted()).isTrue();
        assertThat(ensured).containsExactlyInAnyOrder("hkex.company.00001", "hkex.company.00003");
        assertThat(s.filingsRead()).isEqualTo(6);
        assertThat(s.textsWritten()).isEqualTo(3);
        assertThat(s.events(AnnouncementType.PLEDGE)).isEqualTo(2);
        assertThat(s.events(AnnouncementType.OTHER)).isEqualTo(1);
        assertThat(s.companyRecords()).isEqualTo(2);
        assertThat(s.deadLetters()).isEqualTo(3);
        assertThat(s.render()).contains("filings read:      6").contains("pledge 2, poll 0, esg 0").contains("dead letters:      3");
    }

    @Test
    void oneCompanyByItsDeclaredCodeOrWhenNoneIsDeclaredByTheCodeInItsText() {
        MockConsumer<String, byte[]> consumer = consumer(List.of(
                record(0, "p1", filing("p1", "00001", "PLEDGE Stock Code: 00001")),
                record(1, "c2", filing("c2", "00009", "%CORRUPT")),
                record(2, "b3", "not avro".getBytes(StandardCharsets.UTF_8)),
                record(3, "p4", filing("p4", null, "PLEDGE Stock Code: 00003")),
                record(4, "p5", filing("p5", null, "PLEDGE Stock Code: 00004")),
                record(5, "p6", filing("p6", "3", "PLEDGE Stock Code: 00003"))));
        MockProducer<String, byte[]> producer = producer();
        List<long[]> progress = new ArrayList<>();

        ReplaySummary s = replayer(consumer, producer, Optional.of("00003"), 2)
                .run(List.of(new PartitionRange(P0, 0, 6)), (done, total) -> progress.add(new long[] {done, total}));

        // the announcement ids, and the stock code that keys the state tables' input
        assertThat(producer.history()).extracting(ProducerRecord::key).containsOnly("p4", "p6", "00003");
        assertThat(s.skippedOtherCompanies()).isEqualTo(4);
        assertThat(s.companyTopics()).containsExactly("hkex.company.00003");
        assertThat(progress.get(0)).containsExactly(0, 6);
        assertThat(progress.get(progress.size() - 1)).containsExactly(6, 6);
    }

    @Test
    void stockCodesAreNormalisedOrRefused() {
        assertThat(Replayer.normaliseStockCode("6680")).isEqualTo("06680");
        assertThat(Replayer.normaliseStockCode(" 00700 ")).isEqualTo("00700");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Replayer.normaliseStockCode("ABC"))
                .hasMessageContaining("--stock-code 'ABC' is not a stock code");
    }

    private Replayer replayer(MockConsumer<String, byte[]> consumer, MockProducer<String, byte[]> producer,
                              Optional<String> code, int threads) {
        return new Replayer(consumer, producer, new FilingPipeline(new FakeExtractor(), new FakeAnalyzer()),
                RegistrySerdes.create(Map.of("schema.registry.url", REGISTRY)), ensured::add, code,
                Clock.fixed(Instant.parse("2024-03-01T00:00:00Z"), ZoneOffset.UTC), threads);
    }

    private static MockProducer<String, byte[]> producer() {
        MockProducer<String, byte[]> p = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        p.initTransactions();
        return p;
    }

    private static MockConsumer<String, byte[]> consumer(List<ConsumerRecord<String, byte[]>> records) {
        MockConsumer<String, byte[]> c = new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name());
        c.updatePartitions(Topics.RAW, List.of(new PartitionInfo(Topics.RAW, 0, new Node(0, "h", 1), null, null)));
        c.updateBeginningOffsets(Map.of(P0, 0L));
        c.updateEndOffsets(Map.of(P0, (long) records.size()));
        c.schedulePollTask(() -> records.forEach(c::addRecord));
        return c;
    }

    private static ConsumerRecord<String, byte[]> record(long offset, String key, byte[] value) {
        return new ConsumerRecord<>(Topics.RAW, 0, offset, 1_000L, org.apache.kafka.common.record.TimestampType.CREATE_TIME,
                0, value == null ? 0 : value.length, key, value, new org.apache.kafka.common.header.internals.RecordHeaders(),
                Optional.empty());
    }

    private byte[] filing(String id, String code, String text) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        RawFiling f = RawFiling.newBuilder()
                .setMetadata(FilingMetadata.newBuilder().setFilingId(id).setSource(FilingSource.FEED).setFileName(id + ".txt")
                        .setStockCodes(code == null ? List.of() : List.of(code)).setFetchedAt(Instant.EPOCH)
                        .setContentType("text/plain").setContentLength((long) content.length).build())
                .setContentStatus(ContentStatus.PRESENT).setContent(ByteBuffer.wrap(content)).build();
        return raw.serialize(Topics.RAW, f);
    }
}
