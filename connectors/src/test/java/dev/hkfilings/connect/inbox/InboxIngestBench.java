package dev.hkfilings.connect.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.avro.ContentStatus;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.connect.ConnectWorker;
import dev.hkfilings.connect.RawFilingTopic;
import dev.hkfilings.connect.TestPdfs;
import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.testkit.KafkaHarnessExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a test (run with {@code ./mvnw -B -pl connectors -am verify -Pbench}): inbox ingest of
 * {@code bench.files} PDFs of about {@code bench.fileKiB} KiB through a real worker into the real broker, timed from
 * the connector's creation until every record is read back from the topic and every file moved to finished.
 */
@ExtendWith(KafkaHarnessExtension.class)
class InboxIngestBench {

    @TempDir
    Path work;

    @Test
    void inboxIngest(KafkaHarness harness) throws Exception {
        int files = Integer.getInteger("bench.files", 2000);
        int kib = Integer.getInteger("bench.fileKiB", 200);
        String topic = "hkex.filings.raw.bench-" + UUID.randomUUID();
        harness.createTopic(topic, 1, false);
        Path inbox = Files.createDirectories(work.resolve("inbox"));

        // one real PDF, made unique per file by a trailing comment after %%EOF (readers ignore it)
        byte[] template = TestPdfs.ofSize(kib * 1024, 42, "BENCHMARK ANNOUNCEMENT");
        long bytes = 0;
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        for (int i = 0; i < files; i++) {
            byte[] tail = ("\n%bench-" + i + "\n").getBytes(StandardCharsets.US_ASCII);
            Path file = inbox.resolve(String.format("bench-%05d.pdf", i));
            Files.write(file, template);
            Files.write(file, tail, java.nio.file.StandardOpenOption.APPEND);
            Files.setLastModifiedTime(file, old);
            bytes += template.length + tail.length;
        }

        Map<String, String> config = new HashMap<>();
        config.put("connector.class", ConnectWorker.INBOX_CONNECTOR);
        config.put("topic", topic);
        config.put("inbox.directory", inbox.toString());
        config.put("inbox.poll.interval.ms", "50");

        try (RawFilingTopic records = new RawFilingTopic(harness, topic);
             ConnectWorker worker = ConnectWorker.start(harness, work.resolve("offsets.dat"))) {
            long start = System.nanoTime();
            worker.createConnector("bench", config);
            // a file reaches 'finished' only once Kafka acknowledged its record: that is the end of its ingest
            ConnectWorker.await(Duration.ofMinutes(10), () -> countFinished(inbox.resolve("finished")) == files, "all files finished");
            double seconds = (System.nanoTime() - start) / 1e9;
            List<ConsumerRecord<String, RawFiling>> read = records.awaitAtLeast(files, Duration.ofMinutes(2));
            assertThat(read).hasSize(files).allSatisfy(r -> assertThat(r.value().getContentStatus()).isEqualTo(ContentStatus.PRESENT));
            assertThat(read.stream().map(ConsumerRecord::key).distinct().count()).isEqualTo(files);
            String line = String.format("inbox ingest: %d files, %d bytes (%.0f KiB each) in %.2f s = %.0f files/s, %.1f MB/s",
                files, bytes, bytes / 1024.0 / files, seconds, files / seconds, bytes / 1e6 / seconds);
            System.out.println(line);
            Files.writeString(Path.of("target", "inbox-bench.txt"), line + System.lineSeparator());
        }
    }

    private static long countFinished(Path finished) {
        if (!Files.isDirectory(finished)) {
            return 0;
        }
        try (Stream<Path> list = Files.list(finished)) {
            return list.count();
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
