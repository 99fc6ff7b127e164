package dev.hkfilings.pledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Shanghai exchange's templates, which A+H issuers reproduce as overseas regulatory announcements, run some pledge
 * tables on their side: one row per field ("Name of shareholder | Minjiang Group | Rongsheng Investment", then "Number
 * of shares released from pledge | 38,000,000 | 12,500,000", ...), one column per shareholder. Turned back into a
 * header row and one row per shareholder, such a table reads like any other. One cell per line, the two orientations
 * can be told apart only where every label is followed by as many values as the names label (two or more): the
 * cells then sit on tab rows again first.
 */
final class TransposedTable {

    /** Field rows below the names row before the block counts as a table on its side. */
    private static final int MIN_FIELD_ROWS = 3;

    private TransposedTable() {
    }

    /** The lines with the first table on its side, if any, rewritten as header and data rows; else the lines themselves. */
    static List<String> rewrite(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String first = lines.get(i);
            if (first.indexOf('\t') < 0 && !first.isBlank() && PledgeExtractor.mayStartTable(first)
                    && PledgeExtractor.TABLE_START.matcher(PledgeExtractor.fold(first)).find()) {
                List<String> tabbed = onTabRows(lines, i);
                if (tabbed != lines) {
                    return rewrite(tabbed);
                }
            }
            if (first.indexOf('\t') < 0 || !PledgeExtractor.mayStartTable(first)
                    || !PledgeExtractor.TABLE_START.matcher(PledgeExtractor.fold(first)).find()) {
                continue;
            }
            List<String> names = cells(first);
            int width = names.size();
            if (width < 2 || names.subList(1, width).stream().anyMatch(n -> n.isEmpty() || TableBlock.isHeaderish(n))) {
                continue; // a header row of an ordinary table names its columns
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(names);
            int end = i + 1;
            while (end < lines.size()) {
                List<String> row = cells(lines.get(end));
                List<String> last = rows.get(rows.size() - 1);
                if (row.size() >= 2 && row.size() <= width && row.get(0).isEmpty() && row.stream().anyMatch(c -> !c.isEmpty())) {
                    // "\t公司\t公司\t合伙企业（有限合伙）": the field's cells wrapped onto the next line
                    rows.set(rows.size() - 1, joined(last, row));
                    end++;
                    continue;
                }
                if (!row.isEmpty() && TableBlock.isHeaderish(row.get(0)) && row.subList(1, row.size()).stream().allMatch(String::isEmpty)
                        && rows.size() > 1) {
                    // "是否为控股股东或第一大" then "股东及其一致行动人": the field's label wrapped
                    rows.set(rows.size() - 1, joined(last, List.of(row.get(0))));
                    end++;
                    continue;
                }
                if (row.size() == 1 && TableBlock.isHeaderish(row.get(0)) && end + 1 < lines.size()) {
                    // "是否为控股股东或第一大股东" alone, then "及其一致行动人 | 是 | 是": the label's first line above its values
                    List<String> rest = cells(lines.get(end + 1));
                    if (rest.size() == width && !rest.get(0).isEmpty()) {
                        StringBuilder label = new StringBuilder(row.get(0));
                        WrappedRows.appendLine(label, rest.get(0));
                        List<String> joinedRow = new ArrayList<>(rest);
                        joinedRow.set(0, label.toString());
                        rows.add(joinedRow);
                        end += 2;
                        continue;
                    }
                }
                if (row.size() == 1 && closesName(row.get(0)) && rows.size() > 1 && openCells(last) == 1) {
                    // "质权人 | 国信证券股份有限公司 | 中国银河证券股份有限" then "公司" alone: the one open value goes on
                    List<String> joinedRow = new ArrayList<>(last);
                    for (int c = 1; c < joinedRow.size(); c++) {
                        if (open(joinedRow.get(c))) {
                            StringBuilder v = new StringBuilder(joinedRow.get(c));
                            WrappedRows.appendLine(v, row.get(0));
                            joinedRow.set(c, v.toString());
                        }
                    }
                    rows.set(rows.size() - 1, joinedRow);
                    end++;
                    continue;
                }
                if (row.size() == 1 && rows.size() > 1 && labelGoesOn(row.get(0), lines, end + 1, width)) {
                    // "Approximate % of the | 15.38% | 10.90%" then "Shares held by Tallow", "Crest": an English label wrapped
                    // below its values, up to the next field's row
                    rows.set(rows.size() - 1, joined(last, List.of(row.get(0))));
                    end++;
                    continue;
                }
                // "Approximate % of the | 15.38% | 10.90%": a label's first line, no header word in it, with a value per column
                boolean labelled = TableBlock.isHeaderish(row.get(0)) || rows.size() > 1 && labelWords(row.get(0))
                        && row.stream().noneMatch(String::isEmpty);
                if (row.size() != width || !labelled) {
                    break;
                }
                rows.add(row);
                end++;
            }
            if (rows.size() - 1 < MIN_FIELD_ROWS) {
                continue;
            }
            List<String> out = new ArrayList<>(lines.subList(0, i));
            for (int col = 0; col < width; col++) {
                StringBuilder line = new StringBuilder();
                for (List<String> row : rows) {
                    if (line.length() > 0) {
                        line.append('\t');
                    }
                    line.append(row.get(col));
                }
                out.add(line.toString());
            }
            out.addAll(lines.subList(end, lines.size()));
            return out;
        }
        return lines;
    }

    private static final int MAX_LABEL_REST = 40;

    /**
     * Whether a short English line without tabs is the rest of the label above: words without figures, followed by the
     * next field's row (a label and as many values) or by another such line.
     */
    private static boolean labelGoesOn(String cell, List<String> lines, int next, int width) {
        if (!labelWords(cell)) {
            return false;
        }
        for (int k = next; k < lines.size() && k <= next + 3; k++) {
            List<String> row = cells(lines.get(k));
            if (row.size() == width && !row.get(0).isEmpty()) {
                return true;
            }
            if (row.size() != 1 || !labelWords(row.get(0))) {
                return false;
            }
        }
        return false;
    }

    /** Short English words without figures: a label's line, not a value. */
    private static boolean labelWords(String cell) {
        return !cell.isEmpty() && cell.length() <= MAX_LABEL_REST && cell.charAt(0) < 0x80 && cell.chars().noneMatch(Character::isDigit);
    }

    /**
     * The lines with a table on its side one cell per line from line {@code from} set on tab rows, a label and its
     * values on each; the lines themselves when the labels do not each have as many values as the first.
     */
    private static List<String> onTabRows(List<String> lines, int from) {
        List<String> rows = new ArrayList<>();
        int perLabel = -1;
        int k = from;
        int end = from;
        while (k < lines.size()) {
            String label = lines.get(k).strip();
            if (!TableBlock.isHeaderish(label) || label.indexOf('\t') >= 0) {
                break;
            }
            List<String> row = new ArrayList<>(List.of(label));
            int next = k + 1;
            int after = next;
            int labelLines = 1;
            while (next < lines.size()) {
                String cell = lines.get(next).strip();
                if (!cell.isEmpty()) {
                    if (cell.indexOf('\t') >= 0) {
                        break;
                    }
                    if (row.size() == 1 && labelLines < MAX_LABEL_LINES && goesOnWithLabel(cell)) {
                        // "Number of shares released from" / "pledge (in 10 thousand shares)": the label wrapped
                        StringBuilder l = new StringBuilder(row.get(0));
                        WrappedRows.appendLine(l, cell);
                        row.set(0, l.toString());
                        labelLines++;
                        next++;
                        continue;
                    }
                    if (TableBlock.isHeaderish(cell)) {
                        break;
                    }
                    row.add(cell);
                    after = next + 1;
                }
                next++;
            }
            int values = row.size() - 1;
            if (perLabel < 0) {
                perLabel = values;
            }
            if (values != perLabel || values < 2) {
                break;
            }
            rows.add(String.join("\t", row));
            end = after;
            k = next;
            while (k < lines.size() && lines.get(k).isBlank()) {
                k++;
            }
        }
        if (rows.size() - 1 < MIN_FIELD_ROWS) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.subList(0, from));
        out.addAll(rows);
        out.addAll(lines.subList(end, lines.size()));
        return out;
    }

    private static final int MAX_LABEL_LINES = 3;

    /** A Chinese value cut inside a company's name ("中国银河证券股份有限"): the line below ends it. */
    private static boolean open(String value) {
        return value.endsWith("有限") || value.endsWith("有限责任") || value.endsWith("有限責任");
    }

    /** "公司", "公司（有限合伙）" alone on a line: the end of a company's name, no note or sentence under the table. */
    private static boolean closesName(String line) {
        String l = line.strip();
        return !l.isEmpty() && l.length() <= MAX_NAME_END && (l.startsWith("公司") || l.startsWith("合伙") || l.startsWith("合夥"))
                && l.indexOf('：') < 0 && l.indexOf('。') < 0;
    }

    private static final int MAX_NAME_END = 12;

    private static int openCells(List<String> row) {
        int n = 0;
        for (int c = 1; c < row.size(); c++) {
            n += open(row.get(c)) ? 1 : 0;
        }
        return n;
    }

    /**
     * A line right under a label, before its values, that goes on with it: a label's words ("股东及其一致行动人") or a
     * line opening in lower case ("it", "capital of the Company"), which no value does (names, figures, dates, Yes/No).
     */
    private static boolean goesOnWithLabel(String line) {
        char c = line.charAt(0);
        return Character.isLowerCase(c) || TableBlock.isHeaderish(line);
    }

    /** Each cell of {@code row} set after the one above it; Chinese parts join without a space. */
    private static List<String> joined(List<String> above, List<String> row) {
        List<String> out = new ArrayList<>(above);
        for (int k = 0; k < row.size() && k < out.size(); k++) {
            if (!row.get(k).isEmpty()) {
                StringBuilder cell = new StringBuilder(out.get(k));
                WrappedRows.appendLine(cell, row.get(k));
                out.set(k, cell.toString());
            }
        }
        return out;
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
    }
}
