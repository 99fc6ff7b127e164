package dev.hkfilings.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.testing.TestTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Spaces#collapse} and the scans of {@link Dates} give what the regexes they replace give; {@link Sentences}'
 * shortcut past {@link Names#unwrap} gives what the unwrapping gives.
 */
class FastTextEquivalenceTest {

    private static List<String> testTexts() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String text : TestTexts.stored()) {
            texts.add(Numbers.normalizeWidth(text));
        }
        return texts;
    }

    @Test
    void collapseIsTheWhitespaceRegex() throws Exception {
        Pattern whitespace = Pattern.compile("\\s+");
        List<String> samples = new ArrayList<>(testTexts());
        samples.addAll(TestTexts.random(7, " \t\n\u000B\f\r\u00a0\u3000ab本", 20_000, 7));
        for (String s : samples) {
            assertThat(Spaces.collapse(s)).isEqualTo(whitespace.matcher(s).replaceAll(" "));
        }
    }

    @Test
    void collapseAndStripIsCollapseThenStrip() throws Exception {
        List<String> samples = new ArrayList<>(testTexts());
        samples.addAll(TestTexts.random(13, " \t\n\u000B\f\r\u00a0\u2028\u001Fab本", 20_000, 9));
        java.util.Random random = new java.util.Random(5);
        int checked = 0;
        for (String s : samples) {
            char[] chars = s.toCharArray();
            char[] buf = new char[chars.length];
            for (int k = 0; k < 20 && chars.length > 0; k++) {
                int from = random.nextInt(chars.length + 1);
                int to = from + random.nextInt(chars.length - from + 1);
                assertThat(Spaces.collapseAndStrip(chars, from, to, buf)).isEqualTo(Spaces.collapse(s.substring(from, to)).strip());
                checked++;
            }
            assertThat(Spaces.collapseAndStrip(chars, 0, chars.length, buf)).isEqualTo(Spaces.collapse(s).strip());
        }
        assertThat(checked).isGreaterThan(100_000);
    }

    /** {@link Sentences} skips {@link Names#unwrap} for a sentence without CJK: collapsed and stripped, it is the same. */
    @Test
    void unwrapChangesNoCollapsedTextWithoutCjk() throws Exception {
        List<String> samples = new ArrayList<>();
        for (String text : testTexts()) {
            for (Sentences.Sentence s : Sentences.split(text)) {
                samples.add(s.text());
            }
            for (String paragraph : text.split("\n\\s*\n")) {
                samples.add(paragraph);
            }
        }
        samples.addAll(TestTexts.random(11, " \t\n\u000B\f\r\u00a0\u2019aB1.,%-(", 50_000, 9));
        int checked = 0;
        for (String s : samples) {
            if (s.chars().allMatch(c -> c < 0x2E80)) {
                assertThat(Spaces.collapse(s).strip()).as(s).isEqualTo(Spaces.collapse(Names.unwrap(s)).strip());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50_000);
    }

    @Test
    void dateScansFindTheRegexMatches() throws Exception {
        List<String> texts = new ArrayList<>(testTexts());
        texts.addAll(List.of("JANUARY 5, 2023", "feb. 28 2022", "Sept 1st, 2021", "MAY 31 2020", "xMay 31 2020", "5 December 2022", "1st Jun. 2021",
                "2022年10月25日", "二零二三年五月二十六日", "〇一二三年十月十日", "2022-10-25", "2022/1/2", "2022.10.25", "25/10/2022",
                "April 3 2021 august 4 2021 OCTOBER 5, 2020 november 6 2019 march 7 2018 july 8 2017 june 9 2016"));
        int matches = 0;
        for (FirstCharScan scan : Dates.FORMS) {
            for (String t : texts) {
                List<String> expected = new ArrayList<>();
                Matcher m = scan.pattern().matcher(t);
                while (m.find()) {
                    expected.add(m.start() + "-" + m.end() + ":" + m.group());
                }
                List<String> actual = new ArrayList<>();
                FirstCharScan.Search s = scan.in(t);
                while (s.find()) {
                    actual.add(s.match().start() + "-" + s.match().end() + ":" + s.match().group());
                }
                assertThat(actual).as(scan.pattern().pattern()).isEqualTo(expected);
                matches += expected.size();
            }
        }
        assertThat(matches).isGreaterThan(100);
    }
}
