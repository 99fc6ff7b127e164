package dev.hkfilings.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.avro.AnnouncementType;
import dev.hkfilings.avro.FilingMetadata;
import dev.hkfilings.avro.FilingSource;
import dev.hkfilings.avro.FilingText;
import dev.hkfilings.avro.SharePledge;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnouncementAnalyzerTest {

    private final AnnouncementAnalyzer analyzer = new AnnouncementAnalyzer();

    private static FilingText filing(String text, List<String> codes, String title) {
        FilingMetadata md = FilingMetadata.newBuilder().setFilingId("f1").setSource(FilingSource.INBOX)
                .setStockCodes(codes).setTitle(title).setFetchedAt(Instant.EPOCH).build();
        return FilingText.newBuilder().setMetadata(md).setText(text).setExtractor("test").setExtractionMillis(0)
                .setExtractedAt(Instant.EPOCH).build();
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = AnnouncementAnalyzerTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void pledgeSeedFromTextAlone() throws IOException {
        Analysis a = analyzer.analyze(filing(seed("pledge_06680_2022-10-26.txt"), List.of(), null));
        assertThat(a.type()).isEqualTo(AnnouncementType.PLEDGE);
        assertThat(a.confidence()).isGreaterThan(0.9);
        assertThat(a.evidence()).contains("text:\"pledge of certain shares by controlling shareholder\"");
        assertThat(a.stockCodes()).containsExactly("06680");
        assertThat(a.companyNameEn()).isEqualTo("JL MAG RARE-EARTH CO., LTD.");
        assertThat(a.companyNameZh()).isEqualTo("江西金力永磁科技股份有限公司");
        assertThat(a.title()).isEqualTo("PLEDGE OF CERTAIN SHARES BY CONTROLLING SHAREHOLDER");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.classifierVersion()).isEqualTo(AnnouncementAnalyzer.CLASSIFIER_VERSION);
        SharePledge p = (SharePledge) a.payload();
        assertThat(p.getTransactions().get(0).getShares()).isEqualTo(1_550_000L);
        assertThat(p.getPositions()).hasSize(5);
        assertThat(a.toEvents(filing("x", List.of("06680"), null), Instant.EPOCH)).hasSize(1);
    }

    @Test
    void metadataCodesAndTitleWinOverTheText() throws IOException {
        Analysis a = analyzer.analyze(filing(seed("poll_06680_2022-08-24.txt"), List.of("6680", "1234"), "Poll Results of EGM"));
        assertThat(a.type()).isEqualTo(AnnouncementType.POLL);
        assertThat(a.stockCodes()).containsExactly("06680", "01234");
        assertThat(a.title()).isEqualTo("Poll Results of EGM");
    }

    @Test
    void emptyOrUnusualTextIsOtherNotAnError() {
        Analysis a = analyzer.analyze(filing("", List.of(), null));
        assertThat(a.type()).isEqualTo(AnnouncementType.OTHER);
        assertThat(a.payload()).isNull();
        assertThat(a.stockCodes()).isEmpty();
        assertThat(analyzer.analyze(filing("\t\t\n-\n%\n".repeat(50), List.of(), null)).type()).isEqualTo(AnnouncementType.OTHER);
    }
}
