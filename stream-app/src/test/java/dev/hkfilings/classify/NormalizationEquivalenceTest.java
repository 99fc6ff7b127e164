package dev.hkfilings.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast forms of the classifier's text passes give exactly what their plain definitions give. */
class NormalizationEquivalenceTest {

    @Test
    void onePassNormalizeEqualsTheDefinitionOnTheCorpus() throws Exception {
        List<CorpusEvaluationTest.Doc> docs = CorpusEvaluationTest.loadCorpus();
        assertThat(docs).isNotEmpty();
        for (CorpusEvaluationTest.Doc doc : docs) {
            assertThat(AnnouncementClassifier.normalize(doc.text())).as(doc.name())
                    .isEqualTo(AnnouncementClassifier.slowNormalize(doc.text()));
        }
    }

    @Test
    void onePassNormalizeEqualsTheDefinitionOnEdgeCases() {
        for (String s : List.of("", " ", "\t\n x \u00a0\u3000 Y\r\n", "ＡＢＣ１２３．４５％，（註）：‘A’", "股東大會 ΟΔΟΣ Σ",
                "İstanbul I\u0307 ß", "\u000B\f end ", "ÀÉÎ Straße µÿ", "ĀĒ Ǆ ǅ", "\uD801\uDC00 Deseret", "ＤＩＲＥＣＴＯＲ ä Ω")) {
            assertThat(AnnouncementClassifier.normalize(s)).as(s).isEqualTo(AnnouncementClassifier.slowNormalize(s));
        }
    }

    @Test
    void noCharacterOutsideTheCasedRangesHasALowerCase() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            if (!AnnouncementClassifier.mayHaveCase((char) c)) {
                assertThat(Character.isSurrogate((char) c) || Character.toLowerCase((char) c) != c).as("U+%04X", c).isFalse();
            }
        }
    }

    @Test
    void kpiCodeScanEqualsTheRegex() throws Exception {
        for (CorpusEvaluationTest.Doc doc : CorpusEvaluationTest.loadCorpus()) {
            String t = AnnouncementClassifier.normalize(doc.text());
            assertThat(AnnouncementClassifier.kpiCodeSet(t)).as(doc.name())
                    .isEqualTo(AnnouncementClassifier.kpiCodeSetByRegex(t));
        }
        for (String s : List.of("a1.1", ".a1.1", "xa1.1", "a1.10", "a1.1a", "b8.9 a2.3.", "a9.1 a1.0", "a1.", "b2.3)", "(a1.2 b1.1 a3.4",
                "1a1.2", "é a1.2")) {
            assertThat(AnnouncementClassifier.kpiCodeSet(s)).as(s).isEqualTo(AnnouncementClassifier.kpiCodeSetByRegex(s));
        }
    }
}
