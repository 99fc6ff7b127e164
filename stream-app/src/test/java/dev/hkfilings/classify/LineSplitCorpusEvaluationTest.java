package dev.hkfilings.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * The corpus again, laid out the way a PDF puts tables into text: every cell on its own line, cells wrapped at
 * a narrow column width (names, expiry texts, pledgees over several lines) and prose wrapped at page width.
 * The bar applies to classification (every class) and to the pledge and other fields: this variant stresses the
 * classifier and the pledge readers. Poll and ESG field accuracy under this re-layout is printed, not asserted: those
 * readers have their own corpus tests and the PDF-rendered evaluation.
 */
class LineSplitCorpusEvaluationTest extends CorpusEvaluationTest {

    static final int CELL_WIDTH = 28;
    static final int PAGE_WIDTH = 95;

    @Override
    protected boolean asserted(String figure) {
        return !figure.startsWith("field accuracy POLL") && !figure.startsWith("field accuracy ESG")
                && !figure.equals("field accuracy overall");
    }

    @Override
    protected boolean evaluated(Doc doc) {
        return !TAB_SPLIT_ONLY.contains(doc.name());
    }

    @Override
    protected String textOf(Doc doc) {
        return relayout(doc.text());
    }

    static String relayout(String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.contains("\t")) {
                for (String cell : line.split("\t")) {
                    if (!cell.isBlank()) {
                        wrap(cell.strip(), CELL_WIDTH, b);
                    }
                }
            } else {
                wrap(line, PAGE_WIDTH, b);
            }
        }
        return b.toString();
    }

    private static void wrap(String s, int width, StringBuilder out) {
        if (s.isEmpty()) {
            out.append('\n');
            return;
        }
        boolean cjk = s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() > s.length() / 3;
        int w = cjk ? width / 2 : width;
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        if (cjk) {
            // Break between Han characters only: a PDF line break does not split a number.
            for (int i = 0; i < s.length(); i++) {
                cur.append(s.charAt(i));
                boolean hanHere = Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN;
                boolean hanNext = i + 1 < s.length() && Character.UnicodeScript.of(s.charAt(i + 1)) == Character.UnicodeScript.HAN;
                if (cur.length() >= w && hanHere && hanNext) {
                    lines.add(cur.toString());
                    cur.setLength(0);
                }
            }
        } else {
            for (String word : s.split(" ")) {
                if (cur.length() > 0 && cur.length() + 1 + word.length() > w) {
                    lines.add(cur.toString());
                    cur.setLength(0);
                }
                if (cur.length() > 0) {
                    cur.append(' ');
                }
                cur.append(word);
            }
        }
        if (cur.length() > 0) {
            lines.add(cur.toString());
        }
        for (String l : lines) {
            out.append(l).append('\n');
        }
    }
}
