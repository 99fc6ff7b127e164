package dev.hkfilings.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A text cut into table cells the way Tika writes PDF tables: cells split by tabs on one line, or one
 * cell per line. Each cell remembers its line, so readers can tell the two shapes apart.
 */
public final class Cells {

    private static final Pattern SPACE_RUN = Pattern.compile("\\s{2,}");

    /**
     * One non-blank cell.
     *
     * @param text        the cell, trimmed, full-width digits normalised, bold markers removed
     * @param line        index of the line it came from
     * @param column      its position among the line's non-blank cells
     * @param afterBlank  whether a blank line precedes the cell's line
 * @param indented    whether its line starts with an empty cell (a tab): how Tika writes a wrapped cell's next line
     * @param slot        its position among all the line's cells, empty ones included: where it stands under a header
     */
    public record Cell(String text, int line, int column, boolean afterBlank, boolean indented, int slot) {
    }

    private Cells() {
    }

    /**
     * A tab, form feed or carriage return, or a run of three or more spaces, separates cells; so do two spaces
     * before a figure with thousands separators, where a layout-preserving extraction left a narrow column gap
     * ("to allot,  1,203,366,918 (79.5770%)"): prose puts one space before a number.
     */
    private static int separatorLength(char[] t, int i, int end) {
        if (i >= end) {
            return 0;
        }
        char c = t[i];
        if (c == '\t' || c == '\f' || c == '\r') {
            return 1;
        }
        if (c == ' ' && i + 1 < end && t[i + 1] == ' ') {
            if (i + 2 < end && t[i + 2] == ' ') {
                int j = i;
                while (j < end && t[j] == ' ') {
                    j++;
                }
                return j - i;
            }
            if (i > 0 && t[i - 1] != ' ' && groupedFigureAt(t, i + 2, end)) {
                return 2;
            }
        }
        return 0;
    }

    /** "1,203" or "308,837,400" starting at {@code i}: one to three digits, then groups of a comma and three digits. */
    static boolean groupedFigureAt(char[] t, int i, int end) {
        int j = i;
        while (j < end && j - i < 3 && t[j] >= '0' && t[j] <= '9') {
            j++;
        }
        if (j == i) {
            return false;
        }
        int groups = 0;
        while (j + 3 < end && t[j] == ',' && digit(t[j + 1]) && digit(t[j + 2]) && digit(t[j + 3])) {
            j += 4;
            groups++;
        }
        return groups > 0 && (j == end || !digit(t[j]));
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String cell(String t, int from, int to) {
        String c = t.substring(from, to);
        if (c.indexOf('*') >= 0) {
            c = c.replace("**", "");
        }
        c = c.strip();
        if (c.isEmpty()) {
            return null;
        }
        return c.contains("  ") ? SPACE_RUN.matcher(c).replaceAll(" ") : c;
    }

    /** Longest line that can be a page mark: a number indented far, as {@link PageMarks} allows. */
    private static final int PAGE_MARK_SPAN = 120;

    /**
     * Whether the line can be a page mark ({@link PageMarks}), told without a substring: short, opening with a dash,
     * "Page" or 第, or a digit indented far. One-cell-per-line tables make most lines short.
     */
    private static boolean mayBePageMark(char[] t, int start, int end) {
        int a = start;
        while (a < end && t[a] <= ' ') {
            a++;
        }
        int b = end;
        while (b > a && t[b - 1] <= ' ') {
            b--;
        }
        return b > a && b - a <= 24 && ("-–—Pp第".indexOf(t[a]) >= 0 || t[a] >= '0' && t[a] <= '9' && a - start >= 20);
    }

    /** Splits the text into cells; linear in its length. */
    public static List<Cell> of(String text) {
        List<Cell> cells = new ArrayList<>();
        if (text == null) {
            return cells;
        }
        String t = Numbers.normalizeWidth(text);
        int line = 0;
        boolean blank = false;
        int start = 0;
        int n = t.length();
        // the separator test looks at every char: an array spares String.charAt's coder and bounds checks
        char[] chars = t.toCharArray();
        while (start <= n) {
            int end = t.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            if (end - start <= PAGE_MARK_SPAN && mayBePageMark(chars, start, end) && PageMarks.isPageMark(t.substring(start, end))) {
                // "– 2 –" or a far-indented "2" where a page broke inside a table: no cell, and no blank line either
                line++;
                start = end + 1;
                continue;
            }
            int column = 0;
            // the separators passed, empty cells included: where a header's label stands over the row's cells
            int slot = 0;
            boolean any = false;
            boolean indented = start < end && t.charAt(start) == '\t';
            int cellStart = start;
            int i = start;
            while (i <= end) {
                int sep = separatorLength(chars, i, end);
                if (sep > 0 || i == end) {
                    String c = cell(t, cellStart, i);
                    if (c != null) {
                        cells.add(new Cell(c, line, column++, blank, indented, slot));
                        any = true;
                    }
                    slot++;
                    i += Math.max(sep, 1);
                    cellStart = i;
                } else {
                    i++;
                }
            }
            blank = !any;
            line++;
            start = end + 1;
        }
        return cells;
    }
}
