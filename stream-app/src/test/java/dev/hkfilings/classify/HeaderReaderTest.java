package dev.hkfilings.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.testing.TestTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HeaderReaderTest {

    private static final String HEAD = "Hong Kong Exchanges and Clearing Limited ... take no responsibility\n\nJL MAG RARE-EARTH CO., LTD.\n"
            + "江西金力永磁科技股份有限公司\n(A joint stock limited company incorporated in the PRC) (Stock Code: 6680)\n\nANNOUNCEMENT\n\n"
            + "**POLL RESULTS OF THE FIRST EXTRAORDINARY\nGENERAL MEETING OF 2022**\n\nThe board of directors announces.";

    @Test
    void readsCodesNamesAndTitle() {
        assertThat(HeaderReader.stockCodes(HEAD)).containsExactly("06680");
        assertThat(HeaderReader.englishName(HEAD)).isEqualTo("JL MAG RARE-EARTH CO., LTD.");
        assertThat(HeaderReader.chineseName(HEAD)).isEqualTo("江西金力永磁科技股份有限公司");
        assertThat(HeaderReader.title(HEAD)).isEqualTo("POLL RESULTS OF THE FIRST EXTRAORDINARY GENERAL MEETING OF 2022");
    }

    @Test
    void chineseCodeLabelsAndSeveralCodes() {
        assertThat(HeaderReader.stockCodes("（股份代號：2618）")).containsExactly("02618");
        assertThat(HeaderReader.stockCodes("（股份代号：00815）\n\n2023年")).containsExactly("00815");
        assertThat(HeaderReader.stockCodes("(Stock Codes: 1234 (HKD counter) and 81234 (RMB counter))")).containsExactly("01234", "81234");
    }

    @Test
    void theStockCodePrecheckRulesOutOnlyHeadersWithoutTheLabelOnALine() {
        assertThat(HeaderReader.mayHoldStockCode("x (STOCK\tCODE: 1)")).isTrue();
        assertThat(HeaderReader.mayHoldStockCode("(Stock code: 1)")).isTrue();
        assertThat(HeaderReader.mayHoldStockCode("股份代號：1")).isTrue();
        assertThat(HeaderReader.mayHoldStockCode("(Stock\nCode: 06680)")).isFalse();
        assertThat(HeaderReader.title("ABC LIMITED\n(Stock\nCode: 06680)\nPLEDGE OF SHARES\n")).isNull();
        assertThat(HeaderReader.title("ABC LIMITED\n(Stock\tCode: 06680)\nPLEDGE OF SHARES\n")).isEqualTo("PLEDGE OF SHARES");
    }

    /** The precheck finds "stock code" from its k: the same answers as trying every position. */
    @Test
    void theStockCodePrecheckIsThePositionByPositionSearch() {
        List<String> samples = new ArrayList<>(List.of("stock code", "Stock Code", "stock code!", "kstock code", "stock  code",
                "stockcode", "stock cod", "tock code", "sstock\tcode", "k", "stoc"));
        // half of the random strings with the label put in somewhere
        java.util.Random insert = new java.util.Random(6);
        for (String r : TestTexts.random(5, "stockdeSTOCKDE \t\nxk", 100_000, 15)) {
            int at = insert.nextInt(r.length() + 1);
            samples.add(insert.nextBoolean() ? r : r.substring(0, at) + "stock code" + r.substring(at));
        }
        int found = 0;
        for (String s : samples) {
            boolean expected = false;
            for (int i = 0; i + 10 <= s.length() && !expected; i++) {
                expected = s.regionMatches(true, i, "stock", 0, 5) && (s.charAt(i + 5) == ' ' || s.charAt(i + 5) == '\t')
                        && s.regionMatches(true, i + 6, "code", 0, 4);
            }
            assertThat(HeaderReader.mayHoldStockCode(s)).as(s).isEqualTo(expected);
            found += expected ? 1 : 0;
        }
        assertThat(found).isGreaterThan(40_000);
    }

    @Test
    void onlyTheKelvinSignLowerCasesIntoALetterOfStockCode() {
        List<Integer> into = new ArrayList<>();
        for (int c = 0x80; c <= 0xFFFF; c++) {
            if (!Character.isSurrogate((char) c)
                    && String.valueOf((char) c).toLowerCase(Locale.ROOT).chars().anyMatch(x -> "stock de".indexOf(x) >= 0)) {
                into.add(c);
            }
        }
        assertThat(into).containsExactly(0x212A);
    }

    @Test
    void returnFormsLabelTheCodeIfListedAndAnASharesSixDigitCodeIsNoHongKongCode() {
        assertThat(HeaderReader.stockCodes("Name of issuer\tSmartlink Holdings Limited\nStock code (if listed)\t08219\tDescription\n"))
                .containsExactly("08219");
        assertThat(HeaderReader.stockCodes("1. Type of shares: H\tStock code: 01539\n2. Type of shares: A\tStock code (if listed): 601222\n"))
                .containsExactly("01539");
        assertThat(HeaderReader.stockCodes("公司名稱：\t凡德摩爾控股有限公司\n1. 股份分類\t普通股\n證券代號 (如上市)\t02286\t說明\n"))
                .containsExactly("02286");
        assertThat(HeaderReader.stockCodes("证券代号（如上市）：1288\n")).containsExactly("01288");
    }

    @Test
    void aCodeNamedInsideASentenceIsAnotherCompanysButAJointHeaderLineListsBoth() {
        assertThat(HeaderReader.stockCodes("昌裕金融集團有限公司\n（股份代號：1283）\n須予披露交易\n抵押品：借款人就其持有之48,000,000股"
                + "泰興數碼科技控股有限公司（股份代號：2299）股份簽立之股份押記\n")).containsExactly("01283");
        assertThat(HeaderReader.stockCodes("JOINT ANNOUNCEMENT\n(Stock Code: 1234)\t(Stock Code: 5678)\n")).containsExactly("01234", "05678");
    }
}
