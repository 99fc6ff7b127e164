package dev.hkfilings.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.testing.TestTexts;
import dev.hkfilings.text.AnchoredMatch;
import dev.hkfilings.text.Cells;
import dev.hkfilings.text.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The poll table's whole-cell tests with their first characters answer as the plain {@code matches()}. */
class CellPatternEquivalenceTest {

    private static List<String> cells() throws Exception {
        List<String> cells = new ArrayList<>();
        for (String variant : TestTexts.variants()) {
            for (Cells.Cell c : Cells.of(Numbers.normalizeWidth(variant).replace("**", ""))) {
                cells.add(c.text());
                cells.add(" " + c.text() + " ");
            }
        }
        Random random = new Random(13);
        String[] pieces = {"Total", "total votes", "A", "H", " ", "shares", "share", "-", "：", ":", "Class of Shares", "Number of votes", "(%)", "%",
            "Passed", "NOT PASSED", "yes", "no", "通過", "获通过", "否決", "Resolutions", "票數", "比例", "合計", "內資股", "x", ".", "。", ""};
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = random.nextInt(4); j > 0; j--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            cells.add(b.toString());
        }
        return cells;
    }

    @Test
    void wholeCellTestsAnswerAsTheirPatterns() throws Exception {
        List<AnchoredMatch> tests = List.of(ResolutionTableReader.FILLER_CELL, ResolutionTableReader.CLASS_LABEL_CELL,
                ResolutionTableReader.CLASS_HEADER_CELL, ResolutionTableReader.COLUMN_HEADER_CELL, ResolutionTableReader.TOTAL_LABEL_CELL);
        int[] matched = new int[tests.size()];
        for (String c : cells()) {
            for (int k = 0; k < tests.size(); k++) {
                AnchoredMatch t = tests.get(k);
                boolean expected = t.pattern().matcher(c).matches();
                assertThat(t.matches(c)).as(t.pattern() + " on [" + c + "]").isEqualTo(expected);
                matched[k] += expected ? 1 : 0;
            }
        }
        for (int m : matched) {
            assertThat(m).isGreaterThan(10);
        }
    }

    @Test
    void tokensAreThePatternsTokens() throws Exception {
        List<String> cells = new ArrayList<>(cells());
        cells.addAll(List.of("（1,000）", " (99.5%) 1,000 ", "約 12.5%", "approx. 3", "nil", "N/A", "– 0", "無", "x 1", "\u3000 1", "1 x"));
        int figures = 0;
        for (String c : cells) {
            List<VoteCells.Token> expected = VoteCells.tokensByPattern(c);
            assertThat(VoteCells.tokens(c)).as(c).isEqualTo(expected);
            figures += expected != null ? 1 : 0;
        }
        assertThat(figures).isGreaterThan(500);
    }

    @Test
    void outcomeAnswersAsItsPattern() throws Exception {
        int outcomes = 0;
        for (String c : cells()) {
            java.util.regex.Matcher m = VoteCells.OUTCOME.matcher(c.strip());
            Boolean expected = m.matches() ? m.group(2) != null : null;
            assertThat(VoteCells.outcome(c)).as(c).isEqualTo(expected);
            outcomes += expected != null ? 1 : 0;
        }
        assertThat(outcomes).isGreaterThan(100);
    }
}
