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
import dev.hkfilings.testing.LargePdf;
import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.testkit.KafkaHarnessExtension;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar's {@code run} command at {@code -Xmx1g} on the real broker and registry: a 50 MiB PDF
 * (a pledge announcement with a large picture) comes out as a typed event.
 */
@ExtendWith(KafkaHarnessExtension.class)
class RunJarIT {

    private static final int FIFTY_MIB = 50 * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void aFiftyMebibytePdfPassesTheAppRunningAtOneGigabyteOfHeap(KafkaHarness kafka) throws Exception {
        String id = "runjar-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] pdf = LargePdf.render(resource("seeds/pledge_06680_2022-10-26.txt"), FIFTY_MIB);
        assertThat(pdf.length).isGreaterThanOrEqualTo(FIFTY_MIB);

        Path log = dir.resolve("app.log");
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-jar", Path.of("target", "stream-app.jar").toString(), "run",
                "--bootstrap-servers", kafka.bootstrapServers(), "--schema-registry-url", kafka.schemaRegistryUrl(),
                "-D", "application.id=" + id, "-D", "state.dir=" + dir.resolve("state"),
                "-D", "num.stream.threads=1", "-D", "topics.partitions=2", "-D", "extract.workers=1", "-D", "http.port=0")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            SpecificAvroSerializer<RawFiling> ser = new SpecificAvroSerializer<>();
            ser.configure(Map.of("schema.registry.url", kafka.schemaRegistryUrl()), false);
            try (KafkaProducer<String, RawFiling> p = new KafkaProducer<>(kafka.producerConfig(), new StringSerializer(), ser)) {
                p.send(new ProducerRecord<>("hkex.filings.raw", id, filing(id, pdf))).get();
            }
            AnnouncementEvent event = await(kafka, id, app, log);
            assertThat(event.getType()).isEqualTo(AnnouncementType.PLEDGE);
            assertThat(((SharePledge) event.getPayload()).getTransactions().get(0).getShares()).isEqualTo(1_550_000L);
        } finally {
            app.destroy();   // SIGTERM: the shutdown hook closes streams and workers
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
        assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
    }

    private static AnnouncementEvent await(KafkaHarness kafka, String id, Process app, Path log) throws Exception {
        SpecificAvroDeserializer<AnnouncementEvent> de = new SpecificAvroDeserializer<>(AnnouncementEvent.class);
        de.configure(Map.of("schema.registry.url", kafka.schemaRegistryUrl(), "specific.avro.reader", true), false);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        try (KafkaConsumer<String, AnnouncementEvent> c = new KafkaConsumer<>(kafka.consumerConfig("reader-" + id), new StringDeserializer(), de)) {
            c.subscribe(List.of("hkex.events.pledge"));
            while (System.nanoTime() < deadline) {
                if (!app.isAlive()) {
                    throw new AssertionError("the app exited with " + app.exitValue() + ":\n" + Files.readString(log));
                }
                for (ConsumerRecord<String, AnnouncementEvent> r : c.poll(Duration.ofMillis(500))) {
                    if (id.equals(r.key())) {
                        return r.value();
                    }
                }
            }
        }
        throw new AssertionError("no event for " + id + " within 3 minutes; app log:\n" + Files.readString(log));
    }

    private static RawFiling filing(String id, byte[] pdf) {
        return RawFiling.newBuilder()
                .setMetadata(FilingMetadata.newBuilder().setFilingId(id).setSource(FilingSource.FEED).setFileName(id + ".pdf")
                        .setStockCodes(List.of("06680")).setFetchedAt(Instant.now()).setContentType("application/pdf")
                        .setContentLength((long) pdf.length).build())
                .setContentStatus(ContentStatus.PRESENT)
                .setContent(ByteBuffer.wrap(pdf))
                .build();
    }

    private static String resource(String name) throws java.io.IOException {
        try (InputStream in = RunJarIT.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
