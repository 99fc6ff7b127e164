package dev.hkfilings.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextHelpersTest {

    @Test
    void namesJoinWrappedFragmentsAndDropWrapSpacesInChinese() {
        assertThat(Names.join(List.of("Jiangxi Ruide Venture", "Investment Co., Ltd."))).isEqualTo("Jiangxi Ruide Venture Investment Co., Ltd.");
        assertThat(Names.clean("香港九龍灣宏照道18號金冠中心 2樓")).isEqualTo("香港九龍灣宏照道18號金冠中心2樓");
        assertThat(Names.clean("本公司会 议室")).isEqualTo("本公司会议室");
        assertThat(Names.clean("Room 2 Tower")).isEqualTo("Room 2 Tower");
    }

    @Test
    void twoSpacesSeparateCellsOnlyBeforeAFigureWithThousandsSeparators() {
        List<String> row = Cells.of("5.  To grant a mandate to allot,  1,203,366,918 (79.5770%)   308,837,400 (20.4230%)").stream()
                .map(Cells.Cell::text).toList();
        assertThat(row).containsExactly("5. To grant a mandate to allot,", "1,203,366,918 (79.5770%)", "308,837,400 (20.4230%)");
        assertThat(Cells.of("held  12 shares and  1,2345 units").stream().map(Cells.Cell::text).toList())
                .containsExactly("held 12 shares and 1,2345 units");
    }

    @Test
    void tenThousandUnitsAlsoWhenTheHeaderWrapped() {
        assertThat(Numbers.isTenThousandUnit("Number of pledged shares (in 10 thousand)")).isTrue();
        assertThat(Numbers.isTenThousandUnit("shares (in 10 | Proportion | thousand)")).isTrue();
        assertThat(Numbers.isTenThousandUnit("本次質押數量（萬股）")).isTrue();
        assertThat(Numbers.isTenThousandUnit("Number of pledged shares (shares)")).isFalse();
        assertThat(Numbers.shares("24,193.7600", 10_000)).contains(241_937_600L);
    }

    @Test
    void chineseScriptFoldsTraditionalToSimplifiedKeepingLength() {
        String t = "關於控股股東股份質押的公告";
        assertThat(ChineseScript.toSimplified(t)).isEqualTo("关于控股股东股份质押的公告").hasSameSizeAs(t);
        assertThat(ChineseScript.scriptCounts(t)[0]).isGreaterThan(0);
        assertThat(ChineseScript.scriptCounts("关于控股股东股份质押的公告")[1]).isGreaterThan(0);
    }

    @Test
    void fullWidthCommaIsASeparatorOnlyBetweenDigits() {
        assertThat(Numbers.normalizeWidth("１２，５００股，占比")).isEqualTo("12,500股，占比");
        assertThat(Numbers.normalizeWidth("补充质押，不涉及新增融资")).isEqualTo("补充质押，不涉及新增融资");
    }
}
