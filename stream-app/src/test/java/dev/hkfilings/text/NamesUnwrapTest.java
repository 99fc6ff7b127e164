package dev.hkfilings.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Joining wrapped pieces: the earlier behaviour and the Chinese cases added for poll and ESG reading. */
class NamesUnwrapTest {

    @Test
    void joinsEnglishWithASpaceAndChineseWithout() {
        assertThat(Names.join(List.of("Jiangxi Ruide Venture", "Investment Co., Ltd."))).isEqualTo("Jiangxi Ruide Venture Investment Co., Ltd.");
        assertThat(Names.join(List.of("省覽及考慮截至2022年12", "月31日止年度之財務報表、", "董事會報告。")))
                .isEqualTo("省覽及考慮截至2022年12月31日止年度之財務報表、董事會報告。");
        assertThat(Names.join(List.of("不超過已發行股份總數2", "0%之額外股份。"))).isEqualTo("不超過已發行股份總數20%之額外股份。");
        assertThat(Names.join(List.of("resolution no. 5", "6 shares"))).isEqualTo("resolution no. 5 6 shares");
    }

    @Test
    void unwrapsLinesButKeepsParagraphs() {
        assertThat(Names.unwrap("held at the\nconference room.\n\nNext paragraph")).isEqualTo("held at the conference room.\n\nNext paragraph");
        assertThat(Names.unwrap("股份總數為2,40\n6,913,500股")).isEqualTo("股份總數為2,406,913,500股");
        assertThat(Names.unwrap("本公司会\n议室举行")).isEqualTo("本公司会议室举行");
    }
}
