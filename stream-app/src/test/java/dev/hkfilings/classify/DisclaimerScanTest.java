package dev.hkfilings.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.testing.TestTexts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The header's disclaimer scan says what the disclaimer regex's find() says, on every line of the test texts. */
class DisclaimerScanTest {

    @Test
    void sameAnswerAsTheRegex() throws Exception {
        List<String> lines = new ArrayList<>(List.of("TAKE NO RESPONSIBILITY", "Incorporated in Bermuda", "(Stock Code: 1)", "STOCK CODE",
                "香港交易及結算所有限公司", "香港交易及结算所", "香港聯合交易所", "香港联合交易所", "對本公告", "对本公告", "概不負責", "概不负责", "註冊成立", "注册成立",
                "股份代號", "股份代号", "stock  code", "take no", "香港"));
        for (String text : TestTexts.stored()) {
            lines.addAll(List.of(text.split("\n")));
        }
        int found = 0;
        for (String l : lines) {
            boolean expected = HeaderReader.DISCLAIMER_SCAN.pattern().matcher(l).find();
            assertThat(HeaderReader.DISCLAIMER_SCAN.in(l).find()).as(l).isEqualTo(expected);
            found += expected ? 1 : 0;
        }
        assertThat(found).isGreaterThan(50);
    }
}
