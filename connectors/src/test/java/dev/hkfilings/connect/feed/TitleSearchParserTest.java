package dev.hkfilings.connect.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TitleSearchParserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsTheDoubleEncodedResultAndUndoesEscapes() throws Exception {
        String rows = JSON.writeValueAsString(List.of(
            Map.of("NEWS_ID", "10998877", "STOCK_CODE", "00700<br/>00005", "STOCK_NAME", "TENCENT<br/>HSBC &amp; CO",
                "TITLE", "Results of AGM u003cbu003eheldu003c/bu003e", "DATE_TIME", "29/04/2025 17:00",
                "FILE_LINK", "/listedco/listconews/sehk/2025/0429/2025042900001.pdf", "FILE_TYPE", "PDF", "FILE_INFO", "4MB",
                "SHORT_TEXT", "Results of AGM", "LONG_TEXT", "Announcements and Notices - [Results of AGM]")));
        byte[] body = JSON.writeValueAsBytes(Map.of("result", rows, "hasNextRow", true, "rowRange", 100, "loadedRecord", 100,
            "recordCnt", 250));

        FeedPage page = TitleSearchParser.parse(body, "search", "en", "SEHK", "14700");

        assertThat(page.more()).isTrue();
        FeedEntry entry = page.entries().get(0);
        assertThat(entry.newsId()).isEqualTo("10998877");
        assertThat(entry.title()).isEqualTo("Results of AGM <b>held</b>");
        assertThat(entry.stockCodes()).containsExactly("00700", "00005");
        assertThat(entry.stockNames()).containsExactly("TENCENT", "HSBC & CO");
        assertThat(entry.releasedAt()).isEqualTo(Instant.parse("2025-04-29T09:00:00Z"));
        assertThat(entry.categoryCodes()).containsExactly("14700");
        assertThat(entry.market()).isEqualTo("SEHK");
        assertThat(entry.headlineCategory()).isEqualTo("Announcements and Notices - [Results of AGM]");
    }

    @Test
    void anEmptyOrNullResultHasNoEntries() throws Exception {
        assertThat(TitleSearchParser.parse("{\"result\":\"null\",\"hasNextRow\":false}".getBytes(), "s", "en", "SEHK", null).entries())
            .isEmpty();
        assertThat(TitleSearchParser.parse("{\"result\":\"[]\",\"hasNextRow\":false}".getBytes(), "s", "en", "SEHK", null).entries())
            .isEmpty();
    }
}
