package dev.hkfilings.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    @Test
    void englishWithAChineseNameInTheHeaderIsEnglish() {
        assertThat(LanguageDetector.detect("JL MAG RARE-EARTH CO., LTD.\n江西金力永磁科技股份有限公司\nPLEDGE OF CERTAIN SHARES BY CONTROLLING "
                + "SHAREHOLDER On October 26, 2022 the Company received a notice from its shareholder")).isEqualTo("en");
    }

    @Test
    void traditionalAndSimplifiedAreToldByTheirOwnCharacters() {
        assertThat(LanguageDetector.detect("關於控股股東部分股份質押的公告，本公司董事會獲悉")).isEqualTo("zh-Hant");
        assertThat(LanguageDetector.detect("关于控股股东部分股份质押的公告，本公司董事会获悉")).isEqualTo("zh-Hans");
    }

    @Test
    void tooLittleTextIsUndetermined() {
        assertThat(LanguageDetector.detect("12")).isNull();
    }
}
