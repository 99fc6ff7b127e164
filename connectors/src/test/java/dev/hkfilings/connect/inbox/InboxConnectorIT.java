package dev.hkfilings.connect.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hkfilings.avro.ContentStatus;
import dev.hkfilings.avro.FilingSource;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.connect.ConnectWorker;
import dev.hkfilings.connect.RawFilingTopic;
import dev.hkfilings.connect.TestPdfs;
import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.testkit.KafkaHarnessExtension;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The inbox connector in a real worker against the real broker and registry. */
@ExtendWith(KafkaHarnessExtension.class)
class InboxConnectorIT {

    @TempDir
    Path work;

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Map<String, String> inboxConfig(String topic, Path inbox) {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", ConnectWorker.INBOX_CONNECTOR);
        config.put("topic", topic);
        config.put("inbox.directory", inbox.toString());
        config.put("inbox.file.stable.ms", "1000");
        config.put("inbox.poll.interval.ms", "100");
        config.put("max.document.bytes", "100000");
        return config;
    }

    @Test
    void filesDroppedWhileRunningAreEmittedOnceAndMovedOnlyAfterKafkaAcknowledged(KafkaHarness harness) throws Exception {
        String topic = "hkex.filings.raw.inbox-" + UUID.randomUUID();
        harness.createTopic(topic, 1, false);
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path finished = inbox.resolve("finished");
        Path error = inbox.resolve("error");

        try (RawFilingTopic records = new RawFilingTopic(harness, topic);
             ConnectWorker worker = ConnectWorker.start(harness, work.resolve("offsets.dat"))) {
            worker.createConnector("inbox", inboxConfig(topic, inbox));
            worker.awaitRunning("inbox");

            byte[] poll = TestPdfs.announcement("POLL RESULTS OF THE ANNUAL GENERAL MEETING HELD ON 29 APRIL 2025");
            Files.writeString(inbox.resolve("agm-poll.json"), """
                {"stockCodes": ["700"], "companyNames": ["TENCENT HOLDINGS LIMITED"], "title": "Poll results of the AGM",
                 "publishedAt": "29/04/2025 17:00", "url": "https://www1.hkexnews.hk/listedco/listconews/sehk/2025/0429/2025042900001.pdf"}
                """);
            Files.write(inbox.resolve("agm-poll.pdf"), poll);
            byte[] text = "Pledge of shares by controlling shareholder".getBytes();
            Files.write(inbox.resolve("06680_pledge.txt"), text);
            byte[] big = TestPdfs.ofSize(150_000, 7, "ESG REPORT 2024");
            Files.write(inbox.resolve("esg-report.pdf"), big);
            Files.writeString(inbox.resolve("evil.json"), "{\"file\": \"../../etc/passwd\", \"title\": \"steal\"}");
            Files.writeString(inbox.resolve("evil-absolute.json"), "{\"file\": \"/etc/passwd\"}");

            Map<String, RawFiling> filings = records.awaitAtLeast(5, Duration.ofSeconds(60)).stream()
                .collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value));

            RawFiling agm = filings.get(sha256(poll));
            assertThat(agm).as("keyed by the SHA-256 of the content").isNotNull();
            assertThat(agm.getContent()).isEqualTo(ByteBuffer.wrap(poll));
            assertThat(agm.getMetadata().getSource()).isEqualTo(FilingSource.INBOX);
            assertThat(agm.getMetadata().getStockCodes()).containsExactly("00700");
            assertThat(agm.getMetadata().getCompanyNames()).containsExactly("TENCENT HOLDINGS LIMITED");
            assertThat(agm.getMetadata().getTitle()).isEqualTo("Poll results of the AGM");
            assertThat(agm.getMetadata().getPublishedAt()).isEqualTo(Instant.parse("2025-04-29T09:00:00Z"));
            assertThat(agm.getMetadata().getFileName()).isEqualTo("agm-poll.pdf");

            RawFiling pledge = filings.get(sha256(text));
            assertThat(pledge.getMetadata().getStockCodes()).containsExactly("06680");
            assertThat(pledge.getMetadata().getContentType()).isEqualTo("text/plain");

            RawFiling esg = filings.get(sha256(big));
            assertThat(esg.getContentStatus()).isEqualTo(ContentStatus.TOO_LARGE);
            assertThat(esg.getContent()).isNull();
            assertThat(esg.getContentStatusReason()).isEqualTo("file is " + big.length + " bytes, limit is 100000");

            List<RawFiling> refused = filings.values().stream().filter(f -> f.getContentStatus() == ContentStatus.UNREADABLE).toList();
            assertThat(refused).hasSize(2).allSatisfy(f -> {
                assertThat(f.getContent()).isNull();
                assertThat(f.getContentStatusReason()).contains("resolves outside the directory " + inbox).endsWith("; refused");
            });
            assertThat(refused).extracting(f -> f.getContentStatusReason())
                .anyMatch(r -> r.startsWith("'../../etc/passwd'"))
                .anyMatch(r -> r.startsWith("'/etc/passwd'"));

            ConnectWorker.await(Duration.ofSeconds(20), () -> {
                try {
                    return names(inbox).isEmpty();
                } catch (Exception e) {
                    return false;
                }
            }, "the inbox to be emptied");
            assertThat(names(finished)).containsExactly("06680_pledge.txt", "agm-poll.json", "agm-poll.pdf");
            assertThat(names(error)).containsExactly("esg-report.pdf", "esg-report.pdf.reason.txt", "evil-absolute.json",
                "evil-absolute.json.reason.txt", "evil.json", "evil.json.reason.txt");
            assertThat(Files.readString(error.resolve("esg-report.pdf.reason.txt")))
                .startsWith("TOO_LARGE: file is " + big.length + " bytes, limit is 100000");

            // a file still being written is not read until it stays unchanged for inbox.file.stable.ms
            Path growing = inbox.resolve("growing.pdf");
            byte[] whole = TestPdfs.ofSize(60_000, 11, "CIRCULAR");
            int chunk = whole.length / 10;
            try (OutputStream out = Files.newOutputStream(growing, StandardOpenOption.CREATE_NEW)) {
                for (int offset = 0; offset < whole.length; offset += chunk) {
                    out.write(whole, offset, Math.min(chunk, whole.length - offset));
                    out.flush();
                    Thread.sleep(250);
                    assertThat(Files.exists(growing)).as("not moved while written").isTrue();
                }
            }
            assertThat(records.drain(Duration.ofMillis(200))).as("nothing read while written").hasSize(5);
            List<ConsumerRecord<String, RawFiling>> all = records.awaitAtLeast(6, Duration.ofSeconds(30));
            RawFiling grown = all.get(5).value();
            assertThat(grown.getContent()).as("read whole, once stable").isEqualTo(ByteBuffer.wrap(whole));

            assertThat(records.drain(Duration.ofSeconds(3))).as("each file emitted once").hasSize(6);
        }
    }

    @Test
    void aMissingDirectoryOrABadUrlFailsTheConnectorStartNamingTheKey(KafkaHarness harness) throws Exception {
        try (ConnectWorker worker = ConnectWorker.start(harness, work.resolve("offsets.dat"))) {
            Map<String, String> inbox = inboxConfig("hkex.filings.raw", work.resolve("no-such-inbox"));
            assertThatThrownBy(() -> worker.createConnector("bad-inbox", inbox))
                .hasMessageContaining("Invalid value " + work.resolve("no-such-inbox") + " for configuration inbox.directory: "
                    + "directory does not exist");

            Map<String, String> feed = new HashMap<>();
            feed.put("connector.class", ConnectWorker.FEED_CONNECTOR);
            feed.put("feed.base.url", "htp:/www1.hkexnews");
            assertThatThrownBy(() -> worker.createConnector("bad-feed", feed))
                .hasMessageContaining("for configuration feed.base.url: must be an absolute http:// or https:// URL");
        }
    }
}
