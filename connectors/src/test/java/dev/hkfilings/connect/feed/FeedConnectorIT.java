package dev.hkfilings.connect.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.avro.ContentStatus;
import dev.hkfilings.avro.FilingSource;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.connect.ConnectWorker;
import dev.hkfilings.connect.RawFilingTopic;
import dev.hkfilings.connect.TestPdfs;
import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.testkit.KafkaHarnessExtension;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The feed connector in a real worker, against a local site in the exchange's shapes, the real broker and registry. */
@ExtendWith(KafkaHarnessExtension.class)
class FeedConnectorIT {

    private static final String AGENT = "hkfilings-it/1.0 (+mailto:ops@example.org)";

    @TempDir
    Path work;

    private final LocalHkexSite site;

    FeedConnectorIT() throws Exception {
        site = new LocalHkexSite();
    }

    @AfterEach
    void closeSite() {
        site.close();
    }

    private static String path(long newsId) {
        return "/listedco/listconews/sehk/2025/0429/20250429" + newsId + ".pdf";
    }

    private LocalHkexSite.Item item(long newsId, String relTime, String title, String... stockCodes) {
        List<String[]> stocks = new ArrayList<>();
        for (String code : stockCodes) {
            stocks.add(new String[] {code, "ISSUER " + code});
        }
        return new LocalHkexSite.Item(newsId, relTime, path(newsId), title, stocks, "NaN", "14700");
    }

    private byte[] publish(long newsId, String title) throws Exception {
        byte[] pdf = TestPdfs.announcement("Announcement " + newsId, title);
        site.document(path(newsId), pdf);
        return pdf;
    }

    private Map<String, String> feedConfig(String topic) {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", ConnectWorker.FEED_CONNECTOR);
        config.put("topic", topic);
        config.put("feed.base.url", site.baseUrl());
        config.put("feed.boards", "sehk");
        config.put("feed.languages", "e");
        config.put("feed.poll.interval.ms", "300");
        config.put("http.requests.per.second", "50");
        config.put("http.retry.backoff.ms", "50");
        config.put("http.user.agent", AGENT);
        return config;
    }

    private static Map<String, RawFiling> byKey(List<ConsumerRecord<String, RawFiling>> records) {
        return records.stream().collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value, (a, b) -> {
            throw new AssertionError("emitted twice: " + a.getMetadata().getFilingId());
        }));
    }

    @Test
    void liveFeedEmitsEachEntryOnceAcrossARestartWithRetriesAnd404s(KafkaHarness harness) throws Exception {
        String topic = "hkex.filings.raw.feed-" + UUID.randomUUID();
        harness.createTopic(topic, 1, false);
        Path offsets = work.resolve("offsets.dat");
        byte[] first = publish(1100001, "POLL RESULTS OF THE ANNUAL GENERAL MEETING");
        byte[] second = publish(1100002, "PLEDGE OF SHARES BY CONTROLLING SHAREHOLDER");
        site.failFirst(path(1100001), 429, 500);
        List<LocalHkexSite.Item> feed = new ArrayList<>(List.of(
            item(1100001, "29/04/2025 17:00", "POLL RESULTS OF THE ANNUAL GENERAL MEETING", "700", "00005"),
            item(1100002, "29-04-2025 17:00", "PLEDGE OF SHARES BY CONTROLLING SHAREHOLDER", "06680"),
            item(1100003, "29/04/2025 16:59", "Gone document", "00001"),
            item(9100004, "29/04/2025 17:00", "TEST ANNOUNCEMENT, please ignore", "00001")));
        site.feed("sehk", "e", feed);

        try (RawFilingTopic records = new RawFilingTopic(harness, topic)) {
            Map<String, RawFiling> filings;
            try (ConnectWorker worker = ConnectWorker.start(harness, offsets)) {
                worker.createConnector("feed", feedConfig(topic));
                filings = byKey(records.awaitAtLeast(3, Duration.ofSeconds(60)));

                RawFiling poll = filings.get("1100001");
                assertThat(poll.getContentStatus()).isEqualTo(ContentStatus.PRESENT);
                assertThat(poll.getContent()).isEqualTo(ByteBuffer.wrap(first));
                assertThat(poll.getMetadata().getSource()).isEqualTo(FilingSource.FEED);
                assertThat(poll.getMetadata().getStockCodes()).containsExactly("00700", "00005");
                assertThat(poll.getMetadata().getCompanyNames()).containsExactly("ISSUER 700", "ISSUER 00005");
                assertThat(poll.getMetadata().getTitle()).isEqualTo("POLL RESULTS OF THE ANNUAL GENERAL MEETING");
                assertThat(poll.getMetadata().getHeadlineCategory()).isEqualTo("Announcements and Notices - [Results of AGM]");
                assertThat(poll.getMetadata().getHeadlineCategoryCodes()).containsExactly("14700");
                assertThat(poll.getMetadata().getPublishedAt()).isEqualTo(Instant.parse("2025-04-29T09:00:00Z"));
                assertThat(poll.getMetadata().getSourceUri()).isEqualTo(site.baseUrl() + path(1100001));
                assertThat(poll.getMetadata().getContentType()).isEqualTo("application/pdf");
                assertThat(site.requests().stream().filter(r -> r.pathAndQuery().equals(path(1100001))).map(LocalHkexSite.Request::status))
                    .as("429 and 500 were retried").containsExactly(429, 500, 200);
                assertThat(filings.get("1100002").getContent()).isEqualTo(ByteBuffer.wrap(second));

                RawFiling gone = filings.get("1100003");
                assertThat(gone.getContentStatus()).isEqualTo(ContentStatus.DOWNLOAD_FAILED);
                assertThat(gone.getContent()).isNull();
                assertThat(gone.getContentStatusReason()).isEqualTo("HTTP 404 from " + site.baseUrl() + path(1100003));

                // a new entry is picked up at the next poll
                publish(1100005, "NOTICE OF AGM");
                feed.add(0, item(1100005, "29/04/2025 17:05", "NOTICE OF AGM", "00700"));
                site.feed("sehk", "e", feed);
                filings = byKey(records.awaitAtLeast(4, Duration.ofSeconds(30)));
                assertThat(filings).containsKey("1100005");
            }

            // while the worker is down, two entries appear: one in the minute already read, one later
            publish(1100006, "SAME MINUTE AS THE LAST ONE");
            publish(1100007, "LATER");
            feed.add(0, item(1100006, "29/04/2025 17:05", "SAME MINUTE AS THE LAST ONE", "00700"));
            feed.add(0, item(1100007, "29/04/2025 17:30", "LATER", "00700"));
            site.feed("sehk", "e", feed);

            try (ConnectWorker worker = ConnectWorker.start(harness, offsets)) {
                worker.createConnector("feed", feedConfig(topic));
                records.awaitAtLeast(6, Duration.ofSeconds(60));
                List<ConsumerRecord<String, RawFiling>> all = records.drain(Duration.ofSeconds(3));
                assertThat(all).extracting(ConsumerRecord::key)
                    .as("each entry exactly once, test ids (>= 9,000,000) skipped")
                    .containsExactlyInAnyOrder("1100001", "1100002", "1100003", "1100005", "1100006", "1100007");
            }
        }
        assertThat(site.requests().stream().filter(r -> r.pathAndQuery().equals(path(1100002))).count())
            .as("nothing downloaded twice").isEqualTo(1);
        assertThat(site.requests()).extracting(LocalHkexSite.Request::userAgent).containsOnly(AGENT);
    }

    @Test
    void backfillLoadsADateRangeThroughTheTitleSearch(KafkaHarness harness) throws Exception {
        String topic = "hkex.filings.raw.backfill-" + UUID.randomUUID();
        harness.createTopic(topic, 1, false);
        List<String> expected = new ArrayList<>();
        List<LocalHkexSite.Item> day28 = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long id = 1000100 + i;
            publish(id, "Day 28 item " + i);
            day28.add(item(id, "28/04/2025 0" + i + ":30", "Day 28 item " + i, "00700"));
            expected.add(String.valueOf(id));
        }
        List<LocalHkexSite.Item> day29 = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            long id = 1000200 + i;
            publish(id, "Day 29 item " + i);
            day29.add(item(id, "29/04/2025 1" + (i % 10) + ":00", "Day 29 item " + i, "00005"));
            expected.add(String.valueOf(id));
        }
        publish(1000300, "Day 30, outside the range");
        site.searchDay(LocalDate.of(2025, 4, 28), day28);
        site.searchDay(LocalDate.of(2025, 4, 29), day29);
        site.searchDay(LocalDate.of(2025, 4, 30), List.of(item(1000300, "30/04/2025 09:00", "Day 30, outside the range", "00005")));

        Map<String, String> config = feedConfig(topic);
        config.put("feed.mode", "backfill");
        config.put("backfill.from.date", "2025-04-28");
        config.put("backfill.to.date", "2025-04-29");
        config.put("backfill.headline.category", "14700");
        config.put("backfill.row.range", "10");

        try (RawFilingTopic records = new RawFilingTopic(harness, topic);
             ConnectWorker worker = ConnectWorker.start(harness, work.resolve("offsets.dat"))) {
            worker.createConnector("backfill", config);
            records.awaitAtLeast(expected.size(), Duration.ofSeconds(90));
            List<ConsumerRecord<String, RawFiling>> all = records.drain(Duration.ofSeconds(2));

            assertThat(all).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(expected);
            Map<String, RawFiling> filings = all.stream().collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value));
            RawFiling one = filings.get("1000205");
            assertThat(one.getMetadata().getSource()).isEqualTo(FilingSource.BACKFILL);
            assertThat(one.getMetadata().getTitle()).isEqualTo("Day 29 item 5");
            assertThat(one.getMetadata().getStockCodes()).containsExactly("00005");
            assertThat(one.getMetadata().getHeadlineCategoryCodes()).containsExactly("14700");
            assertThat(one.getContentStatus()).isEqualTo(ContentStatus.PRESENT);
            assertThat(all.stream().map(r -> r.value().getMetadata().getPublishedAt()).collect(Collectors.toList()))
                .as("emitted in release order").isSorted();
        }
        assertThat(site.requests()).extracting(LocalHkexSite.Request::pathAndQuery)
            .filteredOn(p -> p.contains("fromDate=20250429"))
            .as("a day with more rows than rowRange is read with growing row ranges")
            .anyMatch(p -> p.contains("rowRange=30"));
    }

}
