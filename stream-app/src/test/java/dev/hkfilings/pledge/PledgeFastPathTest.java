package dev.hkfilings.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.testing.TestTexts;
import dev.hkfilings.text.ChineseScript;
import dev.hkfilings.text.FirstCharScan;
import dev.hkfilings.text.LineBreaks;
import dev.hkfilings.text.Numbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The pledge reader's cheap tests before its patterns never change an answer: {@link Cell#kindOf} is the patterns'
 * kind, and {@link TableBlock#mayBeTotal}, {@link PledgeExtractor#mayStartTable} never rule out a line or cell the
 * pattern matches, on every line and cell of the test texts and on random cells.
 */
class PledgeFastPathTest {

    private static List<String> lines() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String text : TestTexts.stored()) {
            lines.addAll(LineBreaks.split(text));
        }
        assertThat(lines).hasSizeGreaterThan(5_000);
        return lines;
    }

    private static List<String> cells() throws Exception {
        List<String> cells = new ArrayList<>();
        for (String line : lines()) {
            for (String part : line.split("\t")) {
                cells.add(Numbers.normalizeWidth(part).strip());
            }
        }
        Random random = new Random(9);
        String[] pieces = {"1", "0", ",", ".", "%", "-", "+", " ", "yes", "No", "是", "否", "n/a", "N/A", "/", "—", "无", "total", "Total", "小计", "合計",
            "shares", "股", "萬股", "x", "(", "T", "s",
            "SHARES", "ſhares", "万股", "\t", "1,234", ",12", "Oct", "October", "Sept.", "25", "2022", "年", "/", "nd", "Abcdefghij"};
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = random.nextInt(5); j > 0; j--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            cells.add(b.toString().strip());
        }
        return cells;
    }

    @Test
    void cellKindIsThePatternsKind() throws Exception {
        int typed = 0;
        for (String c : cells()) {
            Cell.Kind expected = Cell.kindByPatterns(c);
            assertThat(Cell.kindOf(c)).as(c).isEqualTo(expected);
            typed += expected != Cell.Kind.TEXT ? 1 : 0;
        }
        assertThat(typed).isGreaterThan(1_000);
    }

    @Test
    void totalTestNeverRulesOutATotal() throws Exception {
        int totals = 0;
        for (String c : cells()) {
            Cell cell = Cell.of(c, false);
            if (TableBlock.TOTAL.matcher(cell.folded()).matches()) {
                assertThat(TableBlock.mayBeTotal(cell.text())).as(c).isTrue();
                totals++;
            }
        }
        assertThat(totals).isGreaterThan(50);
    }

    @Test
    void tableStartTestNeverRulesOutATableStart() throws Exception {
        List<String> lines = new ArrayList<>(lines());
        lines.addAll(List.of("  Name of the shareholder", "\tSHAREHOLDER'S NAME", "Pledgor", "pledgors", " 股東名稱", "name of", "Ｎame of"));
        int starts = 0;
        int ruledOut = 0;
        for (String line : lines) {
            boolean may = PledgeExtractor.mayStartTable(line);
            if (PledgeExtractor.TABLE_START.matcher(PledgeExtractor.fold(line)).find()) {
                assertThat(may).as(line).isTrue();
                starts++;
            }
            ruledOut += may ? 0 : 1;
        }
        assertThat(starts).isGreaterThan(10);
        assertThat(ruledOut).isGreaterThan(lines.size() / 2);
    }

    @Test
    void figureLinesAreNoNumberedHeadings() throws Exception {
        List<String> lines = new ArrayList<>(lines());
        Random random = new Random(17);
        String[] pieces = {"1", "23", ".", ")", " ", "\u3000", "、", ",", "%", "*", "a", "１", "．", "\u000B"};
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder("1");
            for (int j = random.nextInt(5); j > 0; j--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            lines.add(b.toString());
        }
        int ruledOut = 0;
        for (String line : lines) {
            String l = line.strip();
            if (PledgeExtractor.numberNotHeading(l)) {
                String f = ChineseScript.toSimplified(Numbers.normalizeWidth(l)).toLowerCase(Locale.ROOT).replace("**", "");
                assertThat(PledgeExtractor.NUMBERED_HEADING.matcher(f).matches()).as(l).isFalse();
                ruledOut++;
            }
        }
        assertThat(ruledOut).isGreaterThan(1_000);
    }

    @Test
    void bareNumberTestNeverRulesOutABareNumber() throws Exception {
        List<String> lines = new ArrayList<>(lines());
        lines.addAll(List.of("1.", " 2)", "\t12、 ", "三、", "十一、", "\u000B4.", "a.", "", " ", "（一）", "１."));
        int numbers = 0;
        int ruledOut = 0;
        for (String line : lines) {
            boolean may = PledgeExtractor.mayBeBareNumber(line);
            if (PledgeExtractor.BARE_NUMBER.matcher(line).matches()) {
                assertThat(may).as(line).isTrue();
                numbers++;
            }
            ruledOut += may ? 0 : 1;
        }
        assertThat(numbers).isGreaterThan(5);
        assertThat(ruledOut).isGreaterThan(lines.size() / 2);
    }

    @Test
    void sharesDefinedScanFindsWhatFindFinds() throws Exception {
        List<String> texts = new ArrayList<>(TestTexts.stored());
        texts.addAll(List.of("ordinary shares of HK$0.01 each (the \"Shares\")", "xH shares (the “Pledged Shares”)", "A shares\n(\"Share\")",
                "In this announcement, \"Shares\" means the ordinary shares of HK$0.01", "“Share” domestic share(s) of RMB1.00",
                "\"Shares\" H sharesx", "DOMESTIC SHARES (the \"Shares\")", "a shares (\"Shares\")"));
        int matches = 0;
        for (String t : texts) {
            List<String> expected = new ArrayList<>();
            Matcher m = ProsePledgeReader.EN_SHARES_DEFINED.matcher(t);
            while (m.find()) {
                expected.add(m.start() + ":" + m.group());
            }
            List<String> actual = new ArrayList<>();
            FirstCharScan.Search s = ProsePledgeReader.EN_SHARES_DEFINED_SCAN.in(t);
            while (s.find()) {
                actual.add(s.match().start() + ":" + s.match().group());
            }
            assertThat(actual).as(t.length() > 80 ? t.substring(0, 80) : t).isEqualTo(expected);
            matches += expected.size();
        }
        assertThat(matches).isGreaterThan(20);
    }

    @Test
    void nonBlankPartsAreTheSplitsNonBlankParts() throws Exception {
        List<String> lines = new ArrayList<>(lines());
        lines.addAll(List.of("", "\t", "\t\t", "a\t", "\ta", "a\t\tb", " \t b \t", "a"));
        for (String line : lines) {
            List<String> expected = Arrays.stream(line.split("\t")).filter(p -> !p.isBlank()).toList();
            assertThat(TableBlock.nonBlankParts(line)).isEqualTo(expected);
        }
    }

    @Test
    void latinLettersCountsTheLettersBelowU0250() throws Exception {
        for (String line : lines()) {
            int expected = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                expected += c < 0x250 && Character.isLetter(c) ? 1 : 0;
            }
            assertThat(dev.hkfilings.text.UpperCase.latinLetters(line)).isEqualTo(expected);
        }
    }
}
