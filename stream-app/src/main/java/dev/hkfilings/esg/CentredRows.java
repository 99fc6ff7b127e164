package dev.hkfilings.esg;

import dev.hkfilings.text.LineBreaks;
import java.util.ArrayList;
import java.util.List;

/**
 * Tab-split KPI rows set in the middle of their tallest cells: a PDF gives the first lines of the wrapped name and unit
 * on a line of their own above the row's code and figures ("\tGreenhouse gas emissions\ttCO2e/HK$ million", then
 * "A1.2\tintensity\trevenue\t2.41\t2.66"). The row below goes on with them (its cells there open in lower case), so
 * each such line is set before the cells below it, column by column, and the row is one line again.
 */
final class CentredRows {

    private CentredRows() {
    }

    /** The text with each head line joined into the row below it; the text itself when there is none. */
    static String join(String text) {
        if (text.indexOf("\n\t") < 0) {
            return text; // a head line opens behind a tab: without one there is nothing to join
        }
        List<String> lines = LineBreaks.split(text);
        List<String> out = null;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String head = lines.get(i);
            if (!head.startsWith("\t") || head.isBlank()) {
                continue;
            }
            String joined = joined(head, lines.get(i + 1));
            if (joined != null) {
                out = out == null ? new ArrayList<>(lines) : out;
                out.set(i, null);
                out.set(i + 1, joined);
            }
        }
        if (out == null) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (String l : out) {
            if (l != null) {
                b.append(l).append('\n');
            }
        }
        return b.toString();
    }

    /**
     * The row with the head line's cells set before its own; null unless the head holds words only, each above a cell
     * of the row, the row opens with a KPI code, and one of the cells under the head's goes on in lower case.
     */
    private static String joined(String head, String row) {
        if (row.indexOf('\t') < 0 || KpiCells.code(row.substring(0, row.indexOf('\t'))) == null) {
            return null;
        }
        String[] h = head.split("\t", -1);
        String[] r = row.split("\t", -1);
        boolean goesOn = false;
        for (int j = 0; j < h.length; j++) {
            String cell = h[j].strip();
            if (cell.isEmpty()) {
                continue;
            }
            if (j == 0 || j >= r.length || r[j].isBlank() || KpiCells.value(cell) || KpiCells.year(cell) != null) {
                return null;
            }
            // a unit opens in lower case whatever is above it ("tonnes" under a rate's "million revenue"): a name does not
            String below = r[j].strip();
            goesOn |= Character.isLowerCase(below.charAt(0)) && !KpiCells.unit(below);
        }
        if (!goesOn) {
            return null;
        }
        StringBuilder b = new StringBuilder(head.length() + row.length());
        for (int j = 0; j < r.length; j++) {
            String above = j < h.length ? h[j].strip() : "";
            b.append(j == 0 ? "" : "\t").append(above.isEmpty() ? r[j] : above + " " + r[j].strip());
        }
        return b.toString();
    }
}
