package dev.hkfilings.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables that text extraction gives one cell per paragraph: every cell followed by a blank line, a cell wrapped in
 * the PDF over lines of its own ("Number of shares released from" / "pledge (shares)", "噸二氧化碳當量╱" /
 * "百萬港元收益"). There the blank lines are the only trace of the cell boundaries, and the readers, which read a
 * table one cell per line, would take each wrapped line for a cell. This joins the lines of such a cell into one
 * line and leaves everything else as it was, blank lines included.
 *
 * <p>A run of at least {@value #MIN_RUN} short paragraphs, each separated from the next by one blank line and at
 * least {@value #MIN_FIGURES} of them a lone figure, is a table; in it, a paragraph of up to {@value #MAX_CELL_LINES}
 * short lines is one cell unless a line after its first opens with a figure or a code (a column of values, "A1.1" /
 * "A1.2" under each other) or a line ends a label or a sentence.
 */
public final class CellParagraphs {

    static final int MIN_RUN = 6;
    static final int MIN_FIGURES = 2;
    static final int MAX_CELL_LINES = 6;
    /** Widest line of a cell, a Han character counted twice: a table column, not a line of prose. */
    static final int MAX_CELL_WIDTH = 44;

    private CellParagraphs() {
    }

    /** The text with the wrapped cells of its one-cell-per-paragraph tables joined; the text itself when it has none. */
    public static String join(String text) {
        if (text.indexOf("\n\n") < 0 && text.indexOf("\n\r\n") < 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        List<int[]> paragraphs = paragraphs(lines);
        boolean[] joinAfter = new boolean[lines.length];
        boolean any = false;
        int i = 0;
        while (i < paragraphs.size()) {
            int j = i;
            int figures = 0;
            while (j < paragraphs.size() && isCell(lines, paragraphs.get(j))) {
                int[] para = paragraphs.get(j);
                if (para[1] - para[0] == 1 && isFigure(lines[para[0]].strip())) {
                    figures++;
                }
                j++;
                if (j < paragraphs.size() && paragraphs.get(j)[0] - para[1] != 1) {
                    break; // more than one blank line: the table ended
                }
            }
            if (j - i >= MIN_RUN && figures >= MIN_FIGURES) {
                for (int k = i; k < j; k++) {
                    int[] para = paragraphs.get(k);
                    if (para[1] - para[0] > 1 && isWrappedCell(lines, para[0], para[1])) {
                        for (int line = para[0]; line < para[1] - 1; line++) {
                            joinAfter[line] = true;
                        }
                        any = true;
                    }
                }
            }
            i = Math.max(j, i + 1);
        }
        if (!any) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k];
            if (k > 0 && joinAfter[k - 1]) {
                String next = line.strip();
                char last = b.length() == 0 ? ' ' : b.charAt(b.length() - 1);
                if (!next.isEmpty() && !tight(last) && !tight(next.charAt(0))) {
                    b.append(' ');
                }
                b.append(next);
            } else {
                if (k > 0) {
                    b.append('\n');
                }
                b.append(joinAfter[k] ? line.stripTrailing() : line);
            }
        }
        return b.toString();
    }

    /** Each paragraph's first line and the line after its last. */
    private static List<int[]> paragraphs(String[] lines) {
        List<int[]> paragraphs = new ArrayList<>();
        int k = 0;
        while (k < lines.length) {
            if (blank(lines[k])) {
                k++;
                continue;
            }
            int end = k;
            while (end < lines.length && !blank(lines[end])) {
                end++;
            }
            paragraphs.add(new int[] {k, end});
            k = end;
        }
        return paragraphs;
    }

    private static boolean blank(String line) {
        return line.isBlank();
    }

    private static boolean isCell(String[] lines, int[] paragraph) {
        if (paragraph[1] - paragraph[0] > MAX_CELL_LINES) {
            return false;
        }
        for (int k = paragraph[0]; k < paragraph[1]; k++) {
            String line = lines[k];
            if (line.indexOf('\t') >= 0 || width(line.strip()) > MAX_CELL_WIDTH || PageMarks.isPageMark(line)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWrappedCell(String[] lines, int from, int end) {
        for (int k = from; k < end; k++) {
            String line = lines[k].strip();
            if (k > from && opensValue(line)) {
                return false;
            }
            if (k < end - 1 && endsLabelOrSentence(line)) {
                return false;
            }
        }
        return true;
    }

    /** A figure, a date's day, a KPI or item code, a bullet: a line that opens a cell of its own. */
    private static boolean opensValue(String line) {
        char c = line.charAt(0);
        return c >= '0' && c <= '9' || c == '-' && line.length() > 1 && Character.isDigit(line.charAt(1))
                || "•●·▪■(（".indexOf(c) >= 0
                || (c == 'A' || c == 'B') && line.length() > 2 && Character.isDigit(line.charAt(1))
                || isFigure(line);
    }

    private static boolean endsLabelOrSentence(String line) {
        char c = line.charAt(line.length() - 1);
        return c == ':' || c == '：' || c == '。' || c == ';' || c == '；' || c == '.' && !line.endsWith("Ltd.")
                && !line.endsWith("Co.") && !line.endsWith("Inc.") && !line.endsWith("No.");
    }

    private static boolean isFigure(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        int digits = 0;
        for (int k = 0; k < cell.length(); k++) {
            char c = cell.charAt(k);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (",.%-–— /()年月日".indexOf(c) < 0 && !(k == cell.length() - 1 && c == '股')) {
                return dateInWords(cell);
            }
        }
        return digits > 0;
    }

    private static final Pattern DATE_IN_WORDS = Pattern.compile(
            "(?i)(?:\\d{1,2}\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+[a-z]+\\s+\\d{4}");

    private static boolean dateInWords(String cell) {
        return cell.length() <= 20 && Character.isLetterOrDigit(cell.charAt(0)) && DATE_IN_WORDS.matcher(cell).matches();
    }

    private static boolean tight(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= '\u3000' && c <= '\u303f'
                || c >= '\uff00' && c <= '\uffef' || c == '/' || c == '╱' || c == '-';
    }

    private static int width(String line) {
        int w = 0;
        for (int k = 0; k < line.length(); k++) {
            w += line.charAt(k) >= '\u2e80' ? 2 : 1;
        }
        return w;
    }
}
