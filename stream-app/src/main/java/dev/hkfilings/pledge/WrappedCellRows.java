package dev.hkfilings.pledge;

import dev.hkfilings.text.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One cell per line, the rows under a table's labels when text cells wrapped over lines of their own ("Industrial Bank
 * Co., Ltd." / "Hangzhou Branch" under "Pledgee", a term "Until the date on which the" / "pledgee applies for release of"
 * / "the pledge"): the rows are cut where every column holds one kind of cell in every row. A run of text lines fills
 * one column, or two when a row's last text column meets the next row's name ("Replenishing working capital" / "Rosmead
 * Group Co., Ltd."); it is then cut where a line opens a new phrase.
 */
final class WrappedCellRows {

    /** Most runs of text lines cut in two that are tried; a table's rows seldom have more than a few. */
    private static final int MAX_CUTS = 12;
    private static final Set<String> CONNECTORS = Set.of("of", "and", "the", "for", "an", "a", "to", "in", "on", "at", "by", "with",
            "from", "or", "under", "its", "which");

    private WrappedCellRows() {
    }

    /**
     * The cells of {@code run} as rows of {@code columns} cells, a column's wrapped lines joined into one cell and each
     * row's last cell marked; null when no cut gives whole rows of one kind per column, or when two cuts do.
     */
    static List<Cell> rows(List<Cell> run, int columns) {
        List<List<Cell>> groups = new ArrayList<>();
        for (Cell c : run) {
            List<Cell> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (c.kind() == Cell.Kind.TEXT && last != null && last.get(0).kind() == Cell.Kind.TEXT) {
                last.add(c);
            } else {
                List<Cell> g = new ArrayList<>();
                g.add(c);
                groups.add(g);
            }
        }
        List<List<Integer>> cuts = new ArrayList<>();
        int cuttable = 0;
        for (List<Cell> g : groups) {
            List<Integer> starts = g.get(0).kind() == Cell.Kind.TEXT ? phraseStarts(g) : List.of();
            cuts.add(starts);
            cuttable += starts.isEmpty() ? 0 : 1;
        }
        if (cuttable > MAX_CUTS) {
            return null;
        }
        // fewest cuts first: the first count of cuts that fits decides, and two fits there are a doubt, not an answer
        int cutSlots = columns - groups.size() % columns;
        for (int wanted = (cutSlots == columns ? 0 : cutSlots); wanted <= cuttable; wanted += columns) {
            List<List<List<Cell>>> fits = new ArrayList<>();
            search(groups, cuts, 0, wanted, new ArrayList<>(), columns, fits);
            if (fits.size() == 1) {
                return cells(fits.get(0), columns);
            }
            if (fits.size() > 1) {
                return null;
            }
        }
        return null;
    }

    private static void search(List<List<Cell>> groups, List<List<Integer>> cuts, int g, int wanted, List<List<Cell>> slots, int columns,
            List<List<List<Cell>>> fits) {
        if (fits.size() > 1) {
            return;
        }
        if (g == groups.size()) {
            if (wanted == 0 && slots.size() % columns == 0 && consistent(slots, columns)) {
                fits.add(new ArrayList<>(slots));
            }
            return;
        }
        List<Cell> group = groups.get(g);
        // only where a row's last column meets the next row's first: two text columns side by side in a row are told
        // apart by nothing the lines show
        if (wanted > 0 && (slots.size() + 1) % columns == 0) {
            for (int cut : cuts.get(g)) {
                slots.add(group.subList(0, cut));
                slots.add(group.subList(cut, group.size()));
                search(groups, cuts, g + 1, wanted - 1, slots, columns, fits);
                slots.remove(slots.size() - 1);
                slots.remove(slots.size() - 1);
            }
        }
        slots.add(group);
        search(groups, cuts, g + 1, wanted, slots, columns, fits);
        slots.remove(slots.size() - 1);
    }

    /**
     * Every column one kind in every row, an empty mark fitting any and a term in words fitting a column of dates ("Until
     * the date on which the pledgee applies for release"), with a figure in some column.
     */
    private static boolean consistent(List<List<Cell>> slots, int columns) {
        boolean figure = false;
        for (int c = 0; c < columns; c++) {
            Cell.Kind kind = null;
            boolean words = false;
            for (int s = c; s < slots.size(); s += columns) {
                Cell.Kind here = slots.get(s).get(0).kind();
                if (here == Cell.Kind.EMPTY) {
                    continue;
                }
                if (here == Cell.Kind.TEXT) {
                    words = true;
                    if (kind == null || kind == Cell.Kind.TEXT || kind == Cell.Kind.DATE) {
                        kind = kind == null ? here : kind;
                        continue;
                    }
                    return false;
                }
                if (kind != null && kind != here && !(kind == Cell.Kind.TEXT && here == Cell.Kind.DATE)) {
                    return false;
                }
                kind = here;
            }
            if (words && kind != Cell.Kind.TEXT && kind != Cell.Kind.DATE) {
                return false;
            }
            figure |= kind == Cell.Kind.NUMBER;
        }
        return figure;
    }

    private static List<Cell> cells(List<List<Cell>> slots, int columns) {
        List<Cell> out = new ArrayList<>(slots.size());
        for (int s = 0; s < slots.size(); s++) {
            List<Cell> lines = slots.get(s);
            boolean rowEnd = s % columns == columns - 1;
            if (lines.size() == 1) {
                out.add(rowEnd ? lines.get(0).withRowEnd() : lines.get(0));
                continue;
            }
            StringBuilder b = new StringBuilder(lines.get(0).text());
            for (Cell line : lines.subList(1, lines.size())) {
                boolean cjk = Names.isCjk(b.charAt(b.length() - 1)) && Names.isCjk(line.text().charAt(0));
                b.append(cjk ? "" : " ").append(line.text());
            }
            out.add(Cell.of(b.toString(), rowEnd));
        }
        return out;
    }

    /**
     * The lines of a run of text lines that open a phrase of their own: a capital after a line that ends one (not with
     * "of", "for an", a comma or a hyphen), and no company's form ("Co., Ltd.", "Limited") or branch ("Hangzhou Branch")
     * that ends a name. None for Chinese lines, which give no such sign.
     */
    static List<Integer> phraseStarts(List<Cell> lines) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String above = lines.get(i - 1).text();
            String t = lines.get(i).text();
            if (t.isEmpty() || above.isEmpty() || Names.isCjk(t.charAt(0)) || Names.isCjk(above.charAt(above.length() - 1))) {
                return List.of();
            }
            if (!Character.isUpperCase(t.charAt(0)) || TransactionTableReader.CORPORATE_TAIL.matcher(t).matches()
                    || BRANCH.matcher(t).matches()) {
                continue;
            }
            char end = above.charAt(above.length() - 1);
            if (end == ',' || end == '-' || end == '&' || end == '(' || end == '/') {
                continue;
            }
            String lastWord = above.substring(above.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            if (!CONNECTORS.contains(lastWord)) {
                starts.add(i);
            }
        }
        return starts;
    }

    private static final Pattern BRANCH = Pattern.compile("^(?:[A-Z][\\w'.&-]*\\s+){0,3}(?:Branch|Sub-[Bb]ranch)\\b.*");
}
