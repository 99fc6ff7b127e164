package dev.hkfilings.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.testing.TestTexts;
import dev.hkfilings.text.FirstCharScan;
import dev.hkfilings.text.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The stock-code label scan of {@link HeaderReader} finds exactly the matches of the plain {@code find()} loop. */
class StockCodeScanEquivalenceTest {

    /** Each label alternative in both cases, code lists, and near misses. */
    private static final List<String> PHRASES = List.of("(Stock Code: 6680)", "STOCK CODE：06680", "Stock Codes: 1, 2 and 3",
            "stockcode 00700.hk (HKD counter)", "Stock Code(s): 2318 (HKD) / 82318 (RMB)", "（股份代號：06680）", "股份代号: 6680",
            "股票代號 1398、01398", "股票代号：600036", "股票代碼 00939", "股票代码 601398", "證券代號 2628", "证券代号：601628",
            "stocks coded", "STOCKHOLDER", "股份代理", "the stock code of the target is 1234", "Stock\nCode:\n6680");

    @Test
    void sameMatchesAsFindOnTheTestTextsAndPhrases() throws Exception {
        List<String> texts = new ArrayList<>(PHRASES);
        texts.add(String.join(" ", PHRASES));
        TestTexts.variants().forEach(t -> texts.add(Numbers.normalizeWidth(t)));
        int matches = 0;
        for (String t : texts) {
            List<String> expected = new ArrayList<>();
            Matcher m = HeaderReader.STOCK_CODE_SCAN.pattern().matcher(t);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end() + ":" + m.group(1));
            }
            List<String> actual = new ArrayList<>();
            FirstCharScan.Search s = HeaderReader.STOCK_CODE_SCAN.in(t);
            while (s.find()) {
                actual.add(s.match().start() + "-" + s.match().end() + ":" + s.match().group(1));
            }
            assertThat(actual).as(t.length() > 80 ? t.substring(0, 80) : t).isEqualTo(expected);
            matches += expected.size();
        }
        assertThat(matches).isGreaterThan(100);
    }
}
