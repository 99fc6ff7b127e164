package dev.hkfilings.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.testing.TestTexts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link LineBreaks#split}, {@link UpperCase#isUpperCase}, {@link Names#unwrap} and {@link ChineseScript#toSimplified}
 * give what the regex, the library call or the char-by-char form they replace give, on every test text (as stored,
 * with tabs as line breaks and with CRLF line ends) and on random strings of the characters they treat specially.
 */
class LineAndCaseEquivalenceTest {

    private static List<String> testTexts() throws Exception {
        List<String> texts = TestTexts.variants();
        assertThat(texts).hasSizeGreaterThan(30);
        return texts;
    }

    @Test
    void lineBreaksSplitAsTheRegex() throws Exception {
        Pattern lineBreak = Pattern.compile("\\R");
        List<String> samples = new ArrayList<>(testTexts());
        samples.addAll(TestTexts.random(11, "ab \r\n\u000B\f\u0085\u2028\u2029\t本", 20_000, 8));
        for (String s : samples) {
            assertThat(LineBreaks.split(s)).isEqualTo(Arrays.asList(lineBreak.split(s, -1)));
        }
    }

    @Test
    void upperCaseIsTheLibraryComparison() throws Exception {
        List<String> samples = new ArrayList<>();
        for (String text : testTexts()) {
            samples.addAll(LineBreaks.split(text));
        }
        samples.addAll(TestTexts.random(11, "aAzZ 1.ßéÉǅﬀİı本Σς", 20_000, 6));
        int upper = 0;
        for (String s : samples) {
            boolean expected = s.equals(s.toUpperCase(Locale.ROOT));
            assertThat(UpperCase.isUpperCase(s)).as(s).isEqualTo(expected);
            upper += expected && !s.isBlank() ? 1 : 0;
        }
        assertThat(upper).isGreaterThan(100);
    }

    @Test
    void unwrapIsTheCharByCharForm() throws Exception {
        List<String> samples = new ArrayList<>();
        for (String text : testTexts()) {
            samples.add(text);
            // Sentences unwrap pieces that start and end anywhere, in a line break or a run of spaces too.
            for (Sentences.Sentence s : Sentences.split(text)) {
                samples.add(text.substring(s.start(), Math.min(text.length(), s.start() + s.text().length() + 3)));
            }
        }
        samples.addAll(TestTexts.random(11, "ab \r\n\n本，1.,%", 50_000, 10));
        for (String s : samples) {
            assertThat(Names.unwrap(s)).isEqualTo(Names.unwrapByChars(s));
        }
    }

    @Test
    void toSimplifiedMapsEachCharacter() throws Exception {
        List<String> samples = new ArrayList<>(testTexts());
        samples.addAll(TestTexts.random(11, "ab國国會会說 ", 5_000, 6));
        for (String s : samples) {
            StringBuilder expected = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                expected.append(ChineseScript.toSimplified(s.charAt(i)));
            }
            assertThat(ChineseScript.toSimplified(s)).isEqualTo(expected.toString());
        }
    }
}
