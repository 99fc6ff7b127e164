package dev.hkfilings.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into table cells the way Tika writes PDF tables: cells split by tabs on one line, or one
 * cell per line. Each cell remembers its line, so readers can tell the two shapes apart.
 */
public final class Cells {

    /**
     * One non-blank cell.
     *
     * @param text        the cell, trimmed, full-width digits normalised, bold markers removed
     * @param line        index of the line it came from
     * @param column      its position among the line's non-blank cells
     * @param afterBlank  whether a blank line precedes the cell's line
 * @param indented    whether its line starts with an empty cell (a tab): how Tika writes a wrapped cell's next line
     */
    public record Cell(String text, int line, int column, boolean afterBlank, boolean indented) {
    }

    private Cells() {
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
        while (start <= n) {
            int end = t.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String l = t.substring(start, end);
            int column = 0;
            boolean any = false;
            boolean indented = !l.isEmpty() && (l.charAt(0) == '\t');
            for (String part : l.split("[\\t\\f\\r]| {3,}")) {
                String c = part.replace("**", "").strip();
                if (!c.isEmpty()) {
                    cells.add(new Cell(c.replaceAll("\\s{2,}", " "), line, column++, blank, indented));
                    any = true;
                }
            }
            blank = !any;
            line++;
            start = end + 1;
        }
        return cells;
    }
}
