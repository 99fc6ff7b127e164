package dev.hkfilings.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hkfilings.avro.ContentStatus;
import dev.hkfilings.avro.FilingMetadata;
import dev.hkfilings.avro.FilingSource;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.registry.RegistryUnavailableException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

class RegistryOutageTest {

    private static SerializationException outage() {
        return new SerializationException("Could not fetch writer schema id 7",
                new RegistryUnavailableException("Schema registry unavailable", "http://registry", new java.net.ConnectException()));
    }

    @Test
    void aDeserializationThatMeetsAnOutageIsRetriedUntilTheRegistryAnswers() {
        AtomicInteger calls = new AtomicInteger();
        Deserializer<String> flaky = (topic, data) -> {
            if (calls.incrementAndGet() < 3) {
                throw outage();
            }
            return new String(data, StandardCharsets.UTF_8);
        };
        Deserializer<String> d = RegistryOutage.deserializer(flaky, Duration.ofSeconds(30));
        assertThat(d.deserialize("t", "ok".getBytes(StandardCharsets.UTF_8))).isEqualTo("ok");
        assertThat(calls).hasValue(3);
    }

    @Test
    void anOutageLongerThanTheWaitEndsInARegistryOutageExceptionAfterTheWait() {
        Deserializer<String> down = (topic, data) -> {
            throw outage();
        };
        long start = System.nanoTime();
        assertThatThrownBy(() -> RegistryOutage.deserializer(down, Duration.ofMillis(700)).deserialize("t", new byte[1]))
                .isInstanceOf(RegistryOutage.RegistryOutageException.class)
                .hasMessageContaining("unreachable for");
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(700);
    }

    @Test
    void aBadRecordFailsAtOnceWithoutWaiting() {
        AtomicInteger calls = new AtomicInteger();
        Deserializer<String> bad = (topic, data) -> {
            calls.incrementAndGet();
            throw new SerializationException("Unknown magic byte!");
        };
        assertThatThrownBy(() -> RegistryOutage.deserializer(bad, Duration.ofSeconds(30)).deserialize("t", new byte[1]))
                .isInstanceOf(SerializationException.class).hasMessage("Unknown magic byte!");
        assertThat(calls).hasValue(1);
    }

    @Test
    void theTopologyNeverDeadLettersARecordBecauseTheRegistryIsDown() {
        TestSerdes serdes = TestSerdes.create("mock://outage-" + java.util.UUID.randomUUID());
        TopologySerdes t = serdes.topology();
        Deserializer<RawFiling> registryDown = (topic, data) -> {
            throw outage();
        };
        TopologySerdes down = new TopologySerdes(RegistryOutage.deserializer(registryDown, Duration.ofMillis(200)),
                t.textOut(), t.companyEvents(), t.fixedEvents(), t.deadLetters(), t.state());
        var topology = FilingTopology.build(new FilingPipeline(new FakeExtractor(), new FakeAnalyzer()), down, topic -> { });
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "outage-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        try (TopologyTestDriver driver = new TopologyTestDriver(topology, p)) {
            RawFiling filing = RawFiling.newBuilder()
                    .setMetadata(FilingMetadata.newBuilder().setFilingId("f-1").setSource(FilingSource.FEED).setFileName("f.txt")
                            .setStockCodes(List.of("06680")).setFetchedAt(Instant.now()).setContentType("text/plain").build())
                    .setContentStatus(ContentStatus.PRESENT).setContent(ByteBuffer.wrap("PLEDGE".getBytes(StandardCharsets.UTF_8)))
                    .build();
            byte[] bytes = serdes.rawSerializer().serialize(Topics.RAW, filing);
            var in = driver.createInputTopic(Topics.RAW, new StringSerializer(), new ByteArraySerializer());
            assertThatThrownBy(() -> in.pipeInput("f-1", bytes))
                    .satisfies(e -> assertThat(RegistryOutage.isOutage(e)).as("an outage, not a bad record: " + e).isTrue());
            assertThat(driver.createOutputTopic(Topics.DLQ, new StringDeserializer(), serdes.deadLetterDeserializer())
                    .readRecordsToList()).isEmpty();
        }
    }
}
