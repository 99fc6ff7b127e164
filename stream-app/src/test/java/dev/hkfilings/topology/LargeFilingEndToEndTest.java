package dev.hkfilings.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.AnnouncementType;
import dev.hkfilings.avro.FilingText;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.testkit.KafkaHarnessExtension;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A 50 MiB filing passes producer, broker, the app's consumer and producer, and the topics the app created. */
@ExtendWith(KafkaHarnessExtension.class)
class LargeFilingEndToEndTest {

    private static final int SIZE = 50 * 1024 * 1024;

    @TempDir
    Path stateDir;

    @Test
    void aFiftyMebibyteFilingComesOutAsAnEvent(KafkaHarness kafka) throws Exception {
        // the fake extractor returns the bytes as text: a large text layer, as a 50 MiB report can have
        byte[] content = new byte[SIZE];
        Arrays.fill(content, (byte) 'x');
        FilingText text = runOne(kafka, Map.of(), content);
        assertThat(text.getText()).hasSize(SIZE);
        assertThat(text.getTruncated()).isFalse();
    }

    /**
     * A text whose UTF-8 form is larger than the largest record (here 1 MiB of bytes that are not UTF-8, each one
     * U+FFFD of three bytes) is cut to fit and marked truncated; sent whole, it failed the task on every retry.
     */
    @Test
    void aTextLargerThanARecordIsCutToFitAndMarkedTruncated(KafkaHarness kafka) throws Exception {
        int maxRecordBytes = 1024 * 1024;
        byte[] content = new byte[maxRecordBytes / 2];
        Arrays.fill(content, (byte) 0xFF);
        FilingText text = runOne(kafka, Map.of("max.record.bytes", String.valueOf(maxRecordBytes)), content);
        assertThat(text.getTruncated()).isTrue();
        assertThat(text.getText().getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(maxRecordBytes - FilingPipeline.RECORD_OVERHEAD_BYTES)
                .isGreaterThan(maxRecordBytes / 2);
    }

    /** Runs an app on one filing (a pledge headline, then {@code content}): checks its event, returns its text record. */
    private FilingText runOne(KafkaHarness kafka, Map<String, String> extra, byte[] content) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> props = new HashMap<>(extra);
        props.put("bootstrap.servers", kafka.bootstrapServers());
        props.put("schema.registry.url", kafka.schemaRegistryUrl());
        props.put("application.id", "large-" + run);
        props.put("state.dir", stateDir.resolve(run).toString());
        props.put("http.port", "0");
        props.put("num.stream.threads", "1");
        props.put("topics.partitions", "2");
        StreamAppConfig config = new StreamAppConfig(props);
        StartAtEnd.inputsOf(kafka, config);
        TestSerdes serdes = TestSerdes.create(kafka.schemaRegistryUrl());

        byte[] head = ("PLEDGE of shares (Stock Code: 06680) " + run + "\n").getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, content, 0, head.length);
        RawFiling filing = FilingTopologyTest.filing("large-" + run, "");
        filing.setContent(ByteBuffer.wrap(content));

        try (StreamApp app = StreamApp.start(config, new FakeExtractor(), new FakeAnalyzer(), serdes.topology());
             KafkaProducer<String, RawFiling> producer = new KafkaProducer<>(kafka.producerConfig(), new StringSerializer(),
                     serdes.rawSerializer())) {
            producer.send(new ProducerRecord<>(Topics.RAW, "large-" + run, filing)).get();

            List<ConsumerRecord<String, AnnouncementEvent>> events = read(kafka, "hkex.company.06680", serdes, "large-" + run);
            assertThat(events).singleElement().satisfies(r -> assertThat(r.value().getType()).isEqualTo(AnnouncementType.PLEDGE));
            try (KafkaConsumer<String, FilingText> c = new KafkaConsumer<>(kafka.consumerConfig("large-text-" + run),
                    new StringDeserializer(), serdes.textDeserializer())) {
                c.subscribe(List.of(Topics.TEXT));
                FilingText text = null;
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (text == null && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, FilingText> r : c.poll(Duration.ofMillis(500))) {
                        if (r.key().equals("large-" + run)) {
                            text = r.value();
                        }
                    }
                }
                assertThat(text).as("text record of large-" + run).isNotNull();
                return text;
            }
        }
    }

    private static List<ConsumerRecord<String, AnnouncementEvent>> read(KafkaHarness kafka, String topic, TestSerdes serdes, String key) {
        try (KafkaConsumer<String, AnnouncementEvent> c = new KafkaConsumer<>(kafka.consumerConfig("large-" + UUID.randomUUID()),
                new StringDeserializer(), serdes.eventDeserializer())) {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (!kafka.admin().listTopics().names().get().contains(topic)) {
                assertThat(System.nanoTime()).as("waiting for " + topic).isLessThan(deadline);
                Thread.sleep(200);
            }
            c.subscribe(List.of(topic));
            java.util.ArrayList<ConsumerRecord<String, AnnouncementEvent>> seen = new java.util.ArrayList<>();
            while (seen.isEmpty() && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (key.equals(r.key())) {
                        seen.add(r);
                    }
                });
            }
            return seen;
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        }
    }
}
