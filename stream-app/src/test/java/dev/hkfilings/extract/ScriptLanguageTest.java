package dev.hkfilings.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptLanguageTest {

    @Test
    void tellsEnglishTraditionalAndSimplifiedChineseApart() {
        assertThat(ScriptLanguage.detect("The board of directors of the Company announces the poll results of the meeting."))
                .isEqualTo("en");
        assertThat(ScriptLanguage.detect("本公司董事會宣佈，控股股東已將其持有的本公司股份質押予廣發證券。")).isEqualTo("zh-Hant");
        assertThat(ScriptLanguage.detect("本公司董事会宣布，控股股东已将其持有的本公司股份质押予广发证券。")).isEqualTo("zh-Hans");
    }

    @Test
    void anEnglishFilingWithAChineseCompanyNameIsEnglish() {
        String text = "JL MAG RARE-EARTH CO., LTD.\n江西金力永磁科技股份有限公司\n" + "The Company received a notice from its shareholder "
                + "informing that certain shares of the Company held by the shareholder have been pledged. ".repeat(5);
        assertThat(ScriptLanguage.detect(text)).isEqualTo("en");
    }

    @Test
    void otherScriptsAndLatinLanguagesAreOther_andNoLettersIsUnknown() {
        assertThat(ScriptLanguage.detect("Совет директоров объявляет результаты голосования на общем собрании акционеров"))
                .isEqualTo("other");
        assertThat(ScriptLanguage.detect("Le conseil d'administration annonce les résultats du vote de l'assemblée générale "
                + "des actionnaires de la société, qui se sont tenus dans les bureaux du siège social")).isEqualTo("other");
        assertThat(ScriptLanguage.detect("1,550,000  7.01%  2022-10-26")).isNull();
        assertThat(ScriptLanguage.detect(null)).isNull();
    }
}
