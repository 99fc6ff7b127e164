package dev.hkfilings.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.AnnouncementType;
import dev.hkfilings.avro.ContentStatus;
import dev.hkfilings.avro.DeadLetter;
import dev.hkfilings.avro.DeadLetterStage;
import dev.hkfilings.avro.FilingMetadata;
import dev.hkfilings.avro.FilingSource;
import dev.hkfilings.avro.FilingText;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.avro.SharePledge;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FilingTopologyTest {

    private final Set<String> ensured = ConcurrentHashMap.newKeySet();
    private String registryUrl;
    private TestSerdes serdes;
    private TopologyTestDriver driver;
    private TestInputTopic<String, RawFiling> raw;
    private TestInputTopic<String, byte[]> rawBytes;

    @BeforeEach
    void start() {
        registryUrl = "mock://topology-" + java.util.UUID.randomUUID();
        serdes = TestSerdes.create(registryUrl);
        TopicEnsurer ensurer = topic -> ensured.add(topic);
        var topology = FilingTopology.build(new FilingPipeline(new FakeExtractor(), new FakeAnalyzer()), serdes.topology(), ensurer);
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "topology-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(topology, p, Instant.parse("2026-01-02T03:04:05Z"));
        raw = driver.createInputTopic(Topics.RAW, new StringSerializer(), serdes.rawSerializer());
        rawBytes = driver.createInputTopic(Topics.RAW, new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void aPledgeGoesToItsCompanyTopicAndToThePledgeTopicKeyedByAnnouncementId() {
        raw.pipeInput("f-1", filing("f-1", "PLEDGE of shares (Stock Code: 06680)"));

        List<TestRecord<String, AnnouncementEvent>> company = events("hkex.company.06680");
        List<TestRecord<String, AnnouncementEvent>> market = events(Topics.PLEDGE);
        assertThat(company).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("f-1");
            assertThat(r.value().getType()).isEqualTo(AnnouncementType.PLEDGE);
            assertThat(r.value().getStockCode()).isEqualTo("06680");
            assertThat(((SharePledge) r.value().getPayload()).getTransactions().get(0).getShares()).isEqualTo(1_550_000L);
        });
        assertThat(market).singleElement().satisfies(r -> assertThat(r.key()).isEqualTo("f-1"));
        assertThat(ensured).containsExactly("hkex.company.06680");
        assertThat(events(Topics.OTHER)).isEmpty();
        assertThat(deadLetters()).isEmpty();
    }

    @Test
    void theTextTopicCarriesTheExtractedTextKeyedByFilingId() {
        raw.pipeInput("f-2", filing("f-2", "PLEDGE (Stock Code: 06680)"));

        var out = driver.createOutputTopic(Topics.TEXT, new StringDeserializer(), serdes.textDeserializer()).readRecordsToList();
        assertThat(out).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("f-2");
            assertThat(r.value().getText()).isEqualTo("PLEDGE (Stock Code: 06680)");
            assertThat(r.value().getMetadata().getFilingId()).isEqualTo("f-2");
            assertThat(r.value().getExtractor()).isEqualTo("fake");
        });
    }

    @Test
    void otherGoesOnlyToTheOtherTopicWithItsEvidence() {
        raw.pipeInput("f-3", filing("f-3", "Notice of annual general meeting (Stock Code: 06680)"));

        assertThat(events(Topics.OTHER)).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("f-3");
            assertThat(r.value().getType()).isEqualTo(AnnouncementType.OTHER);
            assertThat(r.value().getEvidence()).containsExactly("no cue");
            assertThat(r.value().getPayload()).isNull();
        });
        assertThat(events("hkex.company.06680")).isEmpty();
        assertThat(ensured).isEmpty();
    }

    @Test
    void aJointAnnouncementGoesToEachIssuerAndOnceToTheMarketWideTopic() {
        raw.pipeInput("f-4", filing("f-4", "PLEDGE (Stock Code: 6680) and (Stock Code: 00001)"));

        assertThat(events("hkex.company.06680")).singleElement().satisfies(r -> assertThat(r.value().getStockCode()).isEqualTo("06680"));
        assertThat(events("hkex.company.00001")).singleElement().satisfies(r -> assertThat(r.value().getStockCode()).isEqualTo("00001"));
        assertThat(events(Topics.PLEDGE)).hasSize(1);
        assertThat(ensured).containsExactlyInAnyOrder("hkex.company.06680", "hkex.company.00001");
    }

    @Test
    void reprocessingTheSameFilingOverwritesUnderTheSameKey() {
        raw.pipeInput("f-5", filing("f-5", "PLEDGE (Stock Code: 06680)"));
        raw.pipeInput("f-5", filing("f-5", "PLEDGE (Stock Code: 06680)"));

        var company = driver.createOutputTopic("hkex.company.06680", new StringDeserializer(), serdes.eventDeserializer()).readKeyValuesToMap();
        var market = driver.createOutputTopic(Topics.PLEDGE, new StringDeserializer(), serdes.eventDeserializer()).readKeyValuesToMap();
        assertThat(company).containsOnlyKeys("f-5");
        assertThat(market).containsOnlyKeys("f-5");
    }

    @Test
    void aFilingWithoutContentIsDeadLetteredWithTheConnectorsReason() {
        RawFiling r = filing("f-6", "x");
        r.setContentStatus(ContentStatus.DOWNLOAD_FAILED);
        r.setContentStatusReason("HTTP 404 from https://example/doc.pdf");
        r.setContent(null);
        raw.pipeInput("f-6", r);

        assertThat(deadLetters()).singleElement().satisfies(d -> {
            assertThat(d.key()).isEqualTo("f-6");
            assertThat(d.value().getStage()).isEqualTo(DeadLetterStage.INGEST);
            assertThat(d.value().getErrorCode()).isEqualTo(ErrorCodes.NO_CONTENT);
            assertThat(d.value().getReason()).contains("DOWNLOAD_FAILED").contains("HTTP 404");
            assertThat(d.value().getSourceTopic()).isEqualTo(Topics.RAW);
            assertThat(d.value().getSourceOffset()).isEqualTo(0L);
            assertThat(d.value().getMetadata().getFilingId()).isEqualTo("f-6");
        });
        assertThat(driver.createOutputTopic(Topics.TEXT, new StringDeserializer(), serdes.textDeserializer()).isEmpty()).isTrue();
    }

    @Test
    void anExtractionFailureIsDeadLetteredWithTheExtractorsCode() {
        raw.pipeInput("f-7", filing("f-7", "%CORRUPT pdf"));
        raw.pipeInput("f-8", filing("f-8", "%THROW"));

        var dl = deadLetters();
        assertThat(dl).hasSize(2);
        assertThat(dl.get(0).value().getStage()).isEqualTo(DeadLetterStage.EXTRACT);
        assertThat(dl.get(0).value().getErrorCode()).isEqualTo("CORRUPT");
        assertThat(dl.get(0).value().getReason()).contains("xref");
        assertThat(dl.get(1).value().getErrorCode()).isEqualTo(ErrorCodes.EXTRACTOR_FAILED);
        assertThat(dl.get(1).value().getExceptionClass()).isEqualTo(IllegalStateException.class.getName());
        assertThat(dl.get(1).value().getSourceOffset()).isEqualTo(1L);
    }

    @Test
    void anUnavailableExtractorFailsTheTaskInsteadOfDeadLetteringAGoodDocument() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> raw.pipeInput("f-14", filing("f-14", "%UNAVAILABLE")))
                .hasRootCauseInstanceOf(ExtractProcessor.ExtractionUnavailableException.class);
        assertThat(deadLetters()).isEmpty();
    }

    @Test
    void anUndeserializableRecordIsDeadLetteredAndTheStreamGoesOn() {
        byte[] garbage = new byte[32];
        java.util.Arrays.fill(garbage, (byte) 0xFF);
        rawBytes.pipeInput("bad", garbage);
        rawBytes.pipeInput("tomb", null);
        // wire format and a registered schema, but not a RawFiling
        var other = new dev.hkfilings.serde.SpecificAvroSerializer<FilingMetadata>();
        other.configure(java.util.Map.of("schema.registry.url", registryUrl), false);
        rawBytes.pipeInput("wrong-schema", other.serialize("elsewhere", filing("x", "x").getMetadata()));
        raw.pipeInput("f-9", filing("f-9", "PLEDGE (Stock Code: 06680)"));

        var dl = deadLetters();
        assertThat(dl).hasSize(3);
        assertThat(dl.get(0).key()).isEqualTo("bad");
        assertThat(dl.get(0).value().getStage()).isEqualTo(DeadLetterStage.DESERIALIZE);
        assertThat(dl.get(0).value().getErrorCode()).isEqualTo(ErrorCodes.BAD_RECORD);
        assertThat(dl.get(0).value().getReason()).contains("32-byte value on " + Topics.RAW);
        assertThat(dl.get(0).value().getSourcePartition()).isEqualTo(0);
        assertThat(dl.get(0).value().getSourceOffset()).isEqualTo(0L);
        assertThat(dl.get(1).value().getErrorCode()).isEqualTo(ErrorCodes.NO_VALUE);
        assertThat(dl.get(2).key()).isEqualTo("wrong-schema");
        assertThat(dl.get(2).value().getErrorCode()).isEqualTo(ErrorCodes.BAD_RECORD);
        assertThat(dl.get(2).value().getSourceOffset()).isEqualTo(2L);
        assertThat(events("hkex.company.06680")).hasSize(1);
    }

    @Test
    void analyzerFailuresAndUnroutableTextAreDeadLettered() {
        raw.pipeInput("f-10", filing("f-10", "BOOM (Stock Code: 06680)"));
        raw.pipeInput("f-11", filing("f-11", "PLEDGE without any code"));
        raw.pipeInput("f-12", filing("f-12", "PLEDGE (Stock Code: 0668X)"));

        var dl = deadLetters();
        assertThat(dl).extracting(r -> r.value().getErrorCode())
                .containsExactly(ErrorCodes.ANALYZER_FAILED, ErrorCodes.NO_STOCK_CODE, ErrorCodes.BAD_STOCK_CODE);
        assertThat(dl).extracting(r -> r.value().getStage())
                .containsExactly(DeadLetterStage.CLASSIFY, DeadLetterStage.ROUTE, DeadLetterStage.ROUTE);
        // the analysis runs in the raw filing's task: the dead letter points at the raw record
        assertThat(dl.get(0).value().getSourceTopic()).isEqualTo(Topics.RAW);
        assertThat(dl.get(1).value().getReason()).contains("PLEDGE").contains("no").contains("stock code");
        // their text was extracted, so it is on the text topic for its readers all the same
        assertThat(driver.createOutputTopic(Topics.TEXT, new StringDeserializer(), serdes.textDeserializer()).readRecordsToList())
                .extracting(org.apache.kafka.streams.test.TestRecord::key)
                .containsExactly("f-10", "f-11", "f-12");
        assertThat(ensured).isEmpty();
    }

    @Test
    void theMetadataStockCodeIsUsedWhenTheTextNamesNone() {
        RawFiling r = filing("f-13", "PLEDGE of shares");
        r.getMetadata().setStockCodes(List.of("6680"));
        raw.pipeInput("f-13", r);

        assertThat(events("hkex.company.06680")).singleElement().satisfies(e -> assertThat(e.key()).isEqualTo("f-13"));
    }

    private List<TestRecord<String, AnnouncementEvent>> events(String topic) {
        return driver.createOutputTopic(topic, new StringDeserializer(), serdes.eventDeserializer()).readRecordsToList();
    }

    private List<TestRecord<String, DeadLetter>> deadLetters() {
        return driver.createOutputTopic(Topics.DLQ, new StringDeserializer(), serdes.deadLetterDeserializer()).readRecordsToList();
    }

    static RawFiling filing(String id, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return RawFiling.newBuilder()
                .setMetadata(FilingMetadata.newBuilder()
                        .setFilingId(id)
                        .setSource(FilingSource.INBOX)
                        .setFileName(id + ".txt")
                        .setStockCodes(new ArrayList<>())
                        .setCompanyNames(List.of())
                        .setHeadlineCategoryCodes(List.of())
                        .setFetchedAt(Instant.parse("2026-01-01T00:00:00Z"))
                        .setContentLength((long) bytes.length)
                        .build())
                .setContentStatus(ContentStatus.PRESENT)
                .setContent(ByteBuffer.wrap(bytes))
                .build();
    }
}
