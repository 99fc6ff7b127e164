package dev.hkfilings.connect.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.connect.LogCapture;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private static FeedPage parse(String json) throws Exception {
        return FeedParser.parse(json.getBytes(StandardCharsets.UTF_8), "test-feed", "en");
    }

    @Test
    void readsItemsInBothTimeFormatsWithJointIssuersAndNaNCodes() throws Exception {
        FeedPage page = parse("""
            {"genDate": 1714381200000, "maxNumOfFile": 2, "newsInfoLst": [
              {"newsId": 11223344, "title": "POLL RESULTS OF THE AGM &amp; DIVIDEND", "relTime": "29/04/2025 17:00",
               "webPath": "/listedco/listconews/sehk/2025/0429/2025042901234.pdf", "ext": "pdf", "size": "127KB",
               "lTxt": "Announcements and Notices - [Results of AGM]", "sTxt": "Results of AGM", "t1Code": 10000, "t2Code": 14700,
               "market": "SEHK", "stock": [{"sc": "700", "sn": "TENCENT"}, {"sc": "00005", "sn": "HSBC HOLDINGS"}]},
              {"newsId": "11223345", "title": "Pledge", "relTime": "29-04-2025 17:05",
               "webPath": "/listedco/listconews/gem/2025/0429/2025042901235.pdf", "ext": "pdf", "size": "4MB",
               "sTxt": "Others", "t1Code": "NaN", "t2Code": "NaN", "market": "GEM", "stock": [{"sc": "8001", "sn": "ORIENT"}]}
            ]}
            """);

        assertThat(page.pageCount()).isEqualTo(2);
        assertThat(page.shapeProblems()).isEmpty();
        assertThat(page.entries()).hasSize(2);
        FeedEntry joint = page.entries().get(0);
        assertThat(joint.newsId()).isEqualTo("11223344");
        assertThat(joint.title()).isEqualTo("POLL RESULTS OF THE AGM & DIVIDEND");
        assertThat(joint.releasedAt()).isEqualTo(Instant.parse("2025-04-29T09:00:00Z"));
        assertThat(joint.stockCodes()).containsExactly("00700", "00005");
        assertThat(joint.stockNames()).containsExactly("TENCENT", "HSBC HOLDINGS");
        assertThat(joint.categoryCodes()).containsExactly("10000", "14700");
        assertThat(joint.headlineCategory()).isEqualTo("Announcements and Notices - [Results of AGM]");
        FeedEntry gem = page.entries().get(1);
        assertThat(gem.releasedAt()).isEqualTo(Instant.parse("2025-04-29T09:05:00Z"));
        assertThat(gem.categoryCodes()).isEmpty();
        assertThat(gem.headlineCategory()).isEqualTo("Others");
        assertThat(gem.stockCodes()).containsExactly("08001");
    }

    @Test
    void aChangedShapeIsLoggedAsOneWarningNamingTheFields() throws Exception {
        try (LogCapture log = new LogCapture(FeedParser.class)) {
            FeedPage page = parse("""
                {"genDate": 1, "newsInfoLst": [
                  {"newsId": 1, "title": "a", "releaseTime": "29/04/2025 17:00", "webPath": "/a.pdf", "stock": []},
                  {"newsId": 2, "title": "b", "releaseTime": "29/04/2025 17:00", "webPath": "/b.pdf", "stock": []},
                  {"newsId": 3, "title": "c", "relTime": "2025-04-29T17:00", "webPath": "/c.pdf", "stock": []},
                  {"newsId": 4, "title": "d", "relTime": "29/04/2025 17:01", "webPath": "/d.pdf", "stock": []}
                ]}
                """);

            assertThat(page.entries()).extracting(FeedEntry::newsId).containsExactly("4");
            assertThat(page.shapeProblems()).containsExactly(
                "item field 'relTime' has an unknown format ('2025-04-29T17:00')",
                "item field 'relTime' is missing (2 items)");
            assertThat(log.lines(Level.WARN)).singleElement().satisfies(line -> assertThat(line)
                .contains("HKEXnews listing shape changed at test-feed")
                .contains("item field 'relTime' is missing (2 items)"));
        }
    }

    @Test
    void aMissingListIsAShapeChange() throws Exception {
        try (LogCapture log = new LogCapture(FeedParser.class)) {
            FeedPage page = parse("{\"genDate\": 1, \"announcements\": []}");

            assertThat(page.entries()).isEmpty();
            assertThat(log.lines(Level.WARN)).singleElement().satisfies(line -> assertThat(line)
                .contains("'newsInfoLst' is missing").contains("fields present: genDate, announcements"));
        }
    }

    @Test
    void aFeedInTheKnownShapeLogsNothing() throws Exception {
        try (LogCapture log = new LogCapture(FeedParser.class)) {
            parse("{\"genDate\": 1, \"maxNumOfFile\": 1, \"newsInfoLst\": []}");

            assertThat(log.lines(Level.WARN)).isEmpty();
        }
    }
}
