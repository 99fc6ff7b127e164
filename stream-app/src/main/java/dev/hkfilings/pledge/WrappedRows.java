package dev.hkfilings.pledge;

import dev.hkfilings.text.ChineseScript;
import dev.hkfilings.text.Names;
import dev.hkfilings.text.Numbers;
import dev.hkfilings.text.PageMarks;
import java.util.ArrayList;
import java.util.List;

/**
 * Tab-split rows whose cells wrapped: a PDF table row of several lines reaches the text as several tab-split lines,
 * each holding its line of every cell at the cell's tab position. The line with the figures anchors the row; text-only
 * lines above it that open a name ("Zhejiang Liantai", "Holding Group", then "Co., Ltd. | Yes | 1,800.00 ...") and
 * lines below it that go on with its cells ("Limited | International Limited", or behind tabs "(Hong Kong) Limited")
 * are merged into it column by column, so each row is one line again.
 */
final class WrappedRows {

    private WrappedRows() {
    }

    /** "September 6," or "6 September" on a line of its own, the cell's year below it: one cell per line, a wrapped date. */
    private static final java.util.regex.Pattern DATE_WITHOUT_YEAR = java.util.regex.Pattern.compile(
            "^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?"
                    + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*,?)$");

    private static final java.util.regex.Pattern CHINESE_YEAR = java.util.regex.Pattern.compile("(?:\\d{4}|[零〇○一二三四五六七八九]{4})年");
    private static final java.util.regex.Pattern CHINESE_YEAR_MONTH = java.util.regex.Pattern.compile("\\d{4}年\\d{1,2}");
    private static final java.util.regex.Pattern CHINESE_DAY = java.util.regex.Pattern.compile("月\\d{1,2}日");
    private static final java.util.regex.Pattern CHINESE_YEAR_AND_MONTH = java.util.regex.Pattern.compile("\\d{4}年\\d{1,2}月");
    private static final java.util.regex.Pattern BARE_DAY = java.util.regex.Pattern.compile("\\d{1,2}日");
    private static final java.util.regex.Pattern CHINESE_MONTH_DAY = java.util.regex.Pattern.compile(
            "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日");

    /**
     * One cell per line, the dates that wrapped before their year ("September 6," then "2022") joined into one line: read
     * apart, the year is a figure of its own and the date none.
     */
    static List<String> joinWrappedDates(List<String> lines) {
        List<String> out = yearsThenMonthDays(lines);
        for (int i = 1; i < lines.size(); i++) {
            if (out != null && (out.get(i) == null || out.get(i - 1) != lines.get(i - 1))) {
                continue; // joined in a run of years
            }
            String line = lines.get(i).strip();
            String above = lines.get(i - 1).strip();
            if (line.endsWith("日") && line.length() <= 6 && above.length() <= 7
                    && (CHINESE_YEAR.matcher(above).matches() && CHINESE_MONTH_DAY.matcher(line).matches()
                        // "2024年9" above "月23日", "2024年6月" above "21日"
                        || CHINESE_YEAR_MONTH.matcher(above).matches() && CHINESE_DAY.matcher(line).matches()
                        || CHINESE_YEAR_AND_MONTH.matcher(above).matches() && BARE_DAY.matcher(line).matches())) {
                // "二零二二年" above "六月十五日": a Chinese date wrapped after its year
                out = out == null ? new ArrayList<>(lines) : out;
                out.set(i - 1, above + line);
                out.set(i, null);
                continue;
            }
            // a year alone on its line is rare: the pattern runs only above one
            if (line.length() != 4 || !Character.isDigit(line.charAt(0)) || !Character.isDigit(line.charAt(3))
                    || !line.chars().allMatch(Character::isDigit) || lines.get(i - 1).indexOf('\t') >= 0) {
                continue;
            }
            if (above.length() < 16 && DATE_WITHOUT_YEAR.matcher(above).matches()) {
                out = out == null ? new ArrayList<>(lines) : out;
                out.set(i - 1, above + " " + line);
                out.set(i, null);
            }
        }
        if (out == null) {
            return lines;
        }
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    /**
     * One cell per line, a row's date cells wrapped after their years: the first lines in column order, then the second
     * ("二零二五年" / "二零二六年" / "一月二十日" / "一月十九日"). Each year is joined with the month and day in its place; null
     * when no such run is found, else a copy with the pairs joined and the second lines left as nulls.
     */
    private static List<String> yearsThenMonthDays(List<String> lines) {
        List<String> out = null;
        for (int i = 0; i < lines.size(); i++) {
            int years = 0;
            while (i + years < lines.size() && isYear(lines.get(i + years).strip())) {
                years++;
            }
            if (years < 2 || i + 2 * years > lines.size()) {
                i += years;
                continue;
            }
            boolean paired = true;
            for (int k = 0; k < years && paired; k++) {
                paired = CHINESE_MONTH_DAY.matcher(lines.get(i + years + k).strip()).matches();
            }
            if (paired) {
                out = out == null ? new ArrayList<>(lines) : out;
                for (int k = 0; k < years; k++) {
                    out.set(i + k, lines.get(i + k).strip() + lines.get(i + years + k).strip());
                    out.set(i + years + k, null);
                }
            }
            i += paired ? 2 * years - 1 : years;
        }
        return out;
    }

    /** "二零二五年", "2025年": tried on every line of a section, so the pattern runs only on five characters ending in 年. */
    private static boolean isYear(String line) {
        return line.length() == 5 && line.charAt(4) == '年' && CHINESE_YEAR.matcher(line).matches();
    }

    private static final int MAX_HEAD_LINES = 3;
    private static final int MAX_HEAD_LINE = 20;

    /**
     * "昆明景瑞企业管" / "理合伙企业（有限" on lines of their own, then "合伙）| 3,160.00 | ...": a Chinese name whose first
     * lines stand above the row that its tail opens (a row's first cell never opens with a company's tail). The lines are
     * set before the row's first cell; read in turn, the first of them would go on with the name of the row above.
     */
    static List<String> chineseHeadsJoined(List<String> lines) {
        List<String> out = null;
        for (int i = 1; i < lines.size(); i++) {
            String row = lines.get(i);
            int tab = row.indexOf('\t');
            // "企业（有限合伙）" opens a row too: the form of a partnership whose name the lines above hold
            if (tab <= 0 || !Names.isCjk(row.charAt(0)) || !TransactionTableReader.CORPORATE_TAIL.matcher(row.substring(0, tab)).matches()
                    && !row.startsWith("企业（") && !row.startsWith("企業（")) {
                continue;
            }
            int from = i;
            // "公司" alone above them ends the name of the row above ("江南装备集团有限" / "公司"), no head of this one
            while (from > 0 && i - from < MAX_HEAD_LINES && cjkFragment(lines.get(from - 1))
                    && !TransactionTableReader.CORPORATE_TAIL.matcher(lines.get(from - 1).strip()).matches()) {
                from--;
            }
            if (from == i || !typed(row)) {
                continue;
            }
            StringBuilder head = new StringBuilder();
            for (int k = from; k < i; k++) {
                head.append(lines.get(k).strip());
            }
            out = out == null ? new ArrayList<>(lines) : out;
            for (int k = from; k < i; k++) {
                out.set(k, null);
            }
            out.set(i, head + row);
        }
        if (out == null) {
            return lines;
        }
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    private static boolean cjkFragment(String line) {
        String l = line.strip();
        return !l.isEmpty() && l.length() <= MAX_HEAD_LINE && line.indexOf('\t') < 0 && Names.isCjk(l.charAt(0))
                && !TableBlock.isHeaderish(l) && !typed(l) && l.indexOf('：') < 0 && l.indexOf('。') < 0;
    }

    /** The lines with every wrapped row of the first table merged into one line; the lines themselves when none is. */
    static List<String> merge(List<String> lines) {
        lines = chineseHeadsJoined(lines);
        int firstTyped = -1;
        for (int i = 0; i < lines.size() && firstTyped < 0; i++) {
            if (lines.get(i).indexOf('\t') >= 0 && typed(lines.get(i))) {
                firstTyped = i;
            }
        }
        if (firstTyped < 0) {
            return lines;
        }
        int start = firstTyped;
        while (start > 0 && fragment(lines.get(start - 1)) && overTextCells(lines.get(start - 1), lines.get(firstTyped))) {
            start--;
        }
        List<String> out = new ArrayList<>(lines.subList(0, start));
        java.util.Set<String> header = new java.util.HashSet<>();
        for (String above : out) {
            header.add(above.strip());
        }
        List<String> pending = new ArrayList<>();
        int anchor = -1;
        boolean changed = false;
        String collapsed;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean lastIsAnchor = pending.isEmpty() && anchor >= 0 && anchor == out.size() - 1;
            if (line.indexOf('\t') < 0 && lastIsAnchor && continuesFirstCell(out.get(anchor), line, i + 1 < lines.size() ? lines.get(i + 1) : "")) {
                out.set(anchor, joinColumns(List.of(out.get(anchor), line)));
                changed = true;
                continue;
            }
            String second = i + 1 < lines.size() ? lines.get(i + 1) : "";
            if (line.indexOf('\t') < 0 && lastIsAnchor && !line.isBlank() && !second.isBlank() && second.indexOf('\t') < 0
                    && continuesFirstCell(out.get(anchor), line.strip() + " " + second.strip(), i + 2 < lines.size() ? lines.get(i + 2) : "")) {
                // "Ningbo Sanmu Equity | 1,520.00 | …" then "Investment Partnership" and "(Limited Partnership)": the name's
                // rest over two lines, whole only together
                out.set(anchor, joinColumns(List.of(out.get(anchor), line, second)));
                changed = true;
                i++;
                continue;
            }
            int column;
            if (line.indexOf('\t') < 0 && lastIsAnchor && (column = openCellClosedBy(out.get(anchor), line)) > 0) {
                String[] under = new String[out.get(anchor).split("\t", -1).length];
                java.util.Arrays.fill(under, "");
                under[column] = line.strip();
                out.set(anchor, joinColumns(List.of(out.get(anchor), String.join("\t", under))));
                changed = true;
                continue;
            }
            if (line.indexOf('\t') < 0 || line.isBlank()) {
                out.addAll(pending);
                pending.clear();
                out.add(line);
                if (!line.isBlank() && !dev.hkfilings.text.PageMarks.isPageMark(line)) {
                    anchor = -1;
                }
                continue;
            }
            // "Shipping | Shares | | | | 2025 | Commercial Bank | working capital" under "... | 2 September | Yantai Rural | ...":
            // the year that ends a wrapped date is no figure of a new row when every cell goes on with one of the anchor's
            if (pending.isEmpty() && anchor >= 0 && anchor == out.size() - 1 && typed(line) && continues(out.get(anchor), line)) {
                out.set(anchor, joinColumns(List.of(out.get(anchor), line)));
                changed = true;
            } else if (typed(line)) {
                String inOrder;
                if (pending.size() == 1 && anchor >= 0 && anchor == out.size() - 1 && TableBlock.TOTAL.matcher(PledgeExtractor.fold(line.strip().split("\t", 2)[0].strip())).matches()
                        && (inOrder = inTextColumnsInOrder(out.get(anchor), pending.get(0))) != null) {
                    // "Ltd. | Company Limited" between a row and the Total line: no name of the Total's, the row's rest
                    out.set(anchor, joinColumns(List.of(out.get(anchor), inOrder)));
                    pending.clear();
                    changed = true;
                }
                if (!pending.isEmpty() && anchor >= 0 && anchor == out.size() - 1 && closeOpenName(out.get(anchor), pending, line)) {
                    List<String> parts = new ArrayList<>(pending.size() + 1);
                    parts.add(out.get(anchor));
                    parts.addAll(pending);
                    out.set(anchor, joinColumns(parts));
                    pending.clear();
                    changed = true;
                }
                if (pending.isEmpty() && !out.isEmpty() && startsName(out.get(out.size() - 1), line)) {
                    // "Quillmark Capital" alone on its line, then "Limited | Release | 80,000,000 ...": the name's first line
                    line = out.remove(out.size() - 1).strip() + " " + line.stripLeading();
                    changed = true;
                }
                List<String> parts = new ArrayList<>(pending);
                parts.add(line);
                changed |= !pending.isEmpty();
                pending.clear();
                out.add(joinColumns(parts));
                anchor = out.size() - 1;
            } else if (fragment(line) && pending.isEmpty() && anchor >= 0 && (continues(out.get(anchor), line)
                    || anchor == out.size() - 1 && closesFirstName(out.get(anchor), line, i + 1 < lines.size() ? lines.get(i + 1) : ""))) {
                out.set(anchor, joinColumns(List.of(out.get(anchor), line)));
                changed = true;
            } else if (pending.isEmpty() && anchor >= 0 && anchor == out.size() - 1 && (fragment(line) || textCells(line))
                    && (collapsed = collapsedContinuation(out.get(anchor), line)) != null) {
                out.set(anchor, joinColumns(List.of(out.get(anchor), collapsed)));
                changed = true;
            } else if (fragment(line)) {
                pending.add(line);
            } else if (pending.isEmpty() && anchor >= 0 && anchor == out.size() - 1 && textCells(line)
                    && !header.contains(line.strip()) && continues(out.get(anchor), line)) {
                // "\t\t12日\t质押登记手\t有限公司宁波", "Investment Holdings | Securities | financing": the cells go on though
                // a header word ("质押", "financing") is in them; a header the next page repeats is no continuation
                out.set(anchor, joinColumns(List.of(out.get(anchor), line)));
                changed = true;
            } else {
                out.addAll(pending);
                pending.clear();
                out.add(line);
                anchor = -1;
            }
        }
        out.addAll(pending);
        return changed ? out : lines;
    }

    /**
     * "Investment Group Co., Ltd. | release | Securities Co., Ltd. | working capital" under "Hubei Zhanqiao Industrial |
     * Yes | 3,120 | ... | Until pledge | Changjiang Hengxin | 6.25% | 2.00% | Supplementing": the wrapped lines of the
     * row's text cells with the tabs of the empty cells between them dropped. One part per text cell of the anchor, the
     * first in its first column, placed in the anchor's text columns in order; null for any other line.
     */
    private static String collapsedContinuation(String anchor, String line) {
        String[] a = anchor.split("\t", -1);
        String[] l = line.split("\t", -1);
        if (l.length < 2 || l.length >= a.length) {
            return null;
        }
        List<Integer> textColumns = textColumns(a);
        if (textColumns.size() > l.length) {
            // "团有限公司 | 有限公司" under "浦禾控股集 | … | 华鼎证券股份 | … | 补充流动资金": a complete cell has no piece below
            List<Integer> open = new ArrayList<>();
            for (int j : textColumns) {
                String cell = dev.hkfilings.text.ChineseScript.toSimplified(a[j].strip());
                if (!CLOSED_NAME.matcher(cell).matches() && !TransactionTableReader.ZH_TERMINAL.matcher(cell).matches()) {
                    open.add(j);
                }
            }
            textColumns = open;
        }
        if (!textColumns.isEmpty() && textColumns.get(0) != 0 && !closesEach(a, textColumns, l)) {
            return null;
        }
        String[] placed = textColumns.isEmpty() ? null : placedUnder(a.length, textColumns, l);
        return placed == null ? null : String.join("\t", placed);
    }

    /**
     * "有限公司 | 流动资金" under "瑞和控股集团有限公司 | … | 中信建投证券股份 | 偿还到期债务及补充": pieces that each make the open cell
     * above them whole (a company's name, a purpose's last word), though the first column is not among them.
     */
    private static boolean closesEach(String[] anchor, List<Integer> columns, String[] parts) {
        if (columns.size() != parts.length) {
            return false;
        }
        for (int k = 0; k < parts.length; k++) {
            String part = parts[k].strip();
            String joined = ChineseScript.toSimplified(anchor[columns.get(k)].strip() + part);
            if (part.isEmpty() || !Names.isCjk(part.charAt(0))
                    || !CLOSED_NAME.matcher(joined).matches() && !TransactionTableReader.ZH_TERMINAL.matcher(joined).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The pieces of a line that dropped the tabs of its empty cells, one per column of {@code columns} in order, in a row
     * of {@code width} cells; null unless there are as many pieces as columns, none blank.
     */
    /** The columns of a row's cells that hold text (a name, a pledgee, a purpose), in order. */
    private static List<Integer> textColumns(String[] cells) {
        List<Integer> columns = new ArrayList<>();
        for (int j = 0; j < cells.length; j++) {
            if (!cells[j].isBlank() && Cell.of(cells[j], false).kind() == Cell.Kind.TEXT) {
                columns.add(j);
            }
        }
        return columns;
    }

    /**
     * The pieces of a wrapped line placed under the anchor's text columns in order, the first under its name: where no
     * other sign tells which columns wrapped, the leftmost did. Null unless the first piece goes under the first column.
     */
    private static String inTextColumnsInOrder(String anchor, String line) {
        String[] a = anchor.split("\t", -1);
        String[] l = line.strip().split("\t", -1);
        List<Integer> textColumns = textColumns(a);
        if (l.length < 1 || textColumns.size() < l.length || textColumns.get(0) != 0) {
            return null;
        }
        String[] placed = placedUnder(a.length, textColumns.subList(0, l.length), l);
        return placed == null ? null : String.join("\t", placed);
    }

    static String[] placedUnder(int width, List<Integer> columns, String[] parts) {
        if (columns.size() != parts.length) {
            return null;
        }
        String[] placed = new String[width];
        java.util.Arrays.fill(placed, "");
        for (int k = 0; k < parts.length; k++) {
            if (parts[k].isBlank()) {
                return null;
            }
            placed[columns.get(k)] = parts[k];
        }
        return placed;
    }

    /**
     * "Management Co., Ltd. | | | |" under "Flintmoor Capital | 40,000,000 | ...": the first cell alone, ending in a
     * company's form, closes the row's open name, unless the next line is a row without a name of its own.
     */
    private static boolean closesFirstName(String anchor, String line, String next) {
        String[] l = line.split("\t", -1);
        for (int j = 1; j < l.length; j++) {
            if (!l[j].isBlank()) {
                return false;
            }
        }
        return continuesFirstCell(anchor, l[0], next) && ENGLISH_NAME_END.matcher(l[0].strip()).matches();
    }

    /**
     * "Ningbo Meishan | Yes | 1,250.00 | ..." with "Bonded Port Area", ... "Investment", "Partnership", "(Limited",
     * "Partnership)" alone in the first column below it, then "Zhuhai Hengqin | Yes | 680.00": lines that close the open
     * English name of the row above end that row; they are no first lines of the next row's name, which opens a name of
     * its own.
     */
    private static boolean closeOpenName(String anchor, List<String> pending, String row) {
        String first = anchor.split("\t", -1)[0].strip();
        String next = row.split("\t", -1)[0].strip();
        if (first.isEmpty() || !Character.isUpperCase(first.charAt(0)) || PERSON.matcher(first).matches()
                || CLOSED_NAME.matcher(first).matches() && !TransactionTableReader.unclosed(first)
                || next.isEmpty() || !Character.isUpperCase(next.charAt(0)) || TransactionTableReader.CORPORATE_TAIL.matcher(next).matches()) {
            return false;
        }
        StringBuilder name = new StringBuilder(first);
        for (String line : pending) {
            String[] cells = line.split("\t", -1);
            for (int j = 1; j < cells.length; j++) {
                if (!cells[j].isBlank()) {
                    return false;
                }
            }
            name.append(' ').append(cells[0].strip());
        }
        return CLOSED_NAME.matcher(name).matches() && !TransactionTableReader.unclosed(name.toString());
    }

    /** A tab-split line of text cells only. */
    private static boolean textCells(String line) {
        if (line.indexOf('\t') < 0) {
            return false;
        }
        for (String part : TableBlock.nonBlankParts(line)) {
            if (Cell.of(part, false).kind() != Cell.Kind.TEXT) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a line without tabs is the first line of the name that the row below it ends with a corporate tail
     * ("Limited", "Co., Ltd."): a short line of words, no header and no figure.
     */
    private static boolean startsName(String above, String row) {
        String a = above.strip();
        if (a.isEmpty() || above.indexOf('\t') >= 0 || a.length() > 40 || TableBlock.isHeaderish(a) || typed(a)
                || PageMarks.isPageMark(above) || !Character.isUpperCase(a.charAt(0)) || a.endsWith(".") && !a.endsWith("Co.")) {
            return false;
        }
        String first = row.split("\t", -1)[0].strip();
        return !first.isEmpty() && TransactionTableReader.CORPORATE_TAIL.matcher(first).matches();
    }

    /** A line with a figure, a percentage, a date or a yes/no that is no header word: a row's anchor. */
    private static boolean typed(String line) {
        List<Cell> row = new ArrayList<>();
        for (String part : TableBlock.nonBlankParts(line)) {
            row.add(Cell.of(part, false));
        }
        return TableBlock.isDataRow(row);
    }

    /** A tab-split line of plain text that no header word marks: part of a row's wrapped cells. */
    /**
     * Whether every cell of {@code fragment} stands over a text cell of {@code row}: a cell wrapped above its row is a
     * name's or a purpose's, and "\t\t\tchange\tchange" over the row's counts is the header's last line ("Number of
     * Shares pledged before the change").
     */
    static boolean overTextCells(String fragment, String row) {
        String[] f = fragment.split("\t", -1);
        String[] r = row.split("\t", -1);
        for (int j = 0; j < f.length; j++) {
            if (!f[j].isBlank() && j < r.length && !r[j].isBlank() && Cell.of(r[j], false).kind() != Cell.Kind.TEXT) {
                return false;
            }
        }
        return true;
    }

    private static boolean fragment(String line) {
        if (line.indexOf('\t') < 0) {
            return false;
        }
        List<String> parts = TableBlock.nonBlankParts(line);
        if (parts.isEmpty() || TableBlock.TOTAL.matcher(parts.get(0).strip().toLowerCase(java.util.Locale.ROOT)).matches()) {
            return false;
        }
        for (String part : parts) {
            Cell c = Cell.of(part, false);
            // "至辦理解除" above "質押登記之日": a term's first line, though it holds a header word
            if (c.kind() != Cell.Kind.TEXT || TableBlock.isHeaderish(c.text()) && !c.text().startsWith("至")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a text-only line below an anchor goes on with its cells rather than opening the next row: behind tabs
     * (the first column, where a new row's name would stand, is empty), or with a corporate tail or a lower-case word,
     * and only in columns where the anchor has text.
     */
    /** Words of a Chinese company's name that a line break may cut in two ("有" / "限公司"). */
    private static final java.util.Set<String> CUT_WORDS = java.util.Set.of("有限", "股份", "公司", "集团", "合伙", "企业", "投资", "控股",
            "管理", "发展", "科技", "实业", "证券", "银行", "分行", "支行", "责任");

    private static boolean wordCut(String above, String below) {
        return !above.isEmpty() && Names.isCjk(above.charAt(above.length() - 1)) && Names.isCjk(below.charAt(0))
                && CUT_WORDS.contains(ChineseScript.toSimplified(above.substring(above.length() - 1) + below.charAt(0)));
    }

    private static boolean continues(String anchor, String line) {
        String[] a = anchor.split("\t", -1);
        String[] l = line.split("\t", -1);
        boolean tail = l[0].isBlank();
        int parts = 0;
        for (int j = 0; j < l.length; j++) {
            String part = l[j].strip();
            if (part.isEmpty()) {
                continue;
            }
            parts++;
            if (j < a.length && Cell.of(a[j], false).kind() == Cell.Kind.NUMBER && Cell.bracketedPercent(Numbers.normalizeWidth(part))) {
                // "150,000,000股" above "（25.00%）": the share of the holding under the figure
                tail = true;
                continue;
            }
            if (j < a.length && CHINESE_YEAR.matcher(a[j].strip()).matches() && CHINESE_MONTH_DAY.matcher(part).matches()) {
                // "二零二五年" above "一月二十日": a date cell wrapped after its year
                tail = true;
                continue;
            }
            if (j >= a.length || a[j].isBlank() || Cell.of(a[j], false).kind() != Cell.Kind.TEXT && !explainedYesNo(a[j], part)) {
                return false;
            }
            // "兴业证券股份有限公司" is whole: "中国银河证券股份" under it opens the next row's cell (a branch, "长沙分行", goes on);
            // so does a term ("至辦理解除") under one
            if (Names.isCjk(part.charAt(0)) && CLOSED_NAME.matcher(a[j].strip()).matches()
                    && (!CLOSED_NAME.matcher(part).matches() || COMPANY_FORM.matcher(part).matches() && a[j].strip().endsWith("公司"))
                    || part.startsWith("至")) {
                return false;
            }
            tail |= Character.isLowerCase(part.charAt(0)) || TransactionTableReader.CORPORATE_TAIL.matcher(part).matches()
                    // "深圳市英伯莱企业管理合伙企业（有" / "限合伙）": the bracket the cell opened closes on the line below
                    || TransactionTableReader.unclosed(a[j]) && (part.indexOf('）') >= 0 || part.indexOf(')') >= 0)
                    // "宁波恒裕企业管理合伙" / "企业（有限合伙）": a partnership's name cut before its form
                    || partnershipCut(a[j], part)
                    // "延河控股集团有" / "限公司": a company's word cut in two
                    || wordCut(a[j].strip(), part)
                    // "From 18 December 2024 to" above "17 December 2027": a term's end, though it is a date
                    || OPEN_RANGE.matcher(a[j].strip()).find();
        }
        // "Investment Holdings | Securities | financing" under "Pinecliff Capital | ... | Prosper Harbour | Margin": the
        // name goes on together with other text cells of the row; a next row's name wrapped above its figures stands alone
        return tail || parts >= 2;
    }

    private static boolean partnershipCut(String above, String part) {
        String a = above.strip();
        return (a.endsWith("合伙") || a.endsWith("合夥")) && (part.startsWith("企业") || part.startsWith("企業"));
    }

    /** "是，高管锁" over "定股": a yes/no with the words that explain it, wrapped onto the line below. */
    private static boolean explainedYesNo(String above, String part) {
        String a = above.strip();
        return a.length() > 2 && Names.isCjk(part.charAt(0)) && Cell.of(a, false).kind() == Cell.Kind.YES_NO
                && (a.charAt(1) == '，' || a.charAt(1) == ',' || a.charAt(1) == '（' || a.charAt(1) == '(');
    }

    private static final java.util.regex.Pattern OPEN_RANGE = java.util.regex.Pattern.compile("(?:\\bto|\\buntil|[-–—至起])$", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** "有限公司", "股份有限公司": a company's form alone, which no name that ends in one goes on with ("…銀行" / "股份有限公司" does). */
    private static final java.util.regex.Pattern COMPANY_FORM = java.util.regex.Pattern.compile("^(?:股份)?有限(?:责任|責任)?(?:公司)$");
    private static final java.util.regex.Pattern CLOSED_NAME = java.util.regex.Pattern.compile(
            ".*(?:公司|银行|銀行|分行|支行|[)）]|先生|女士|limited|ltd\\.?|bank|branch)$", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "深圳前海瑞丰创业投资合伙 | 否 | 9,600,000 | ..." then, alone at the line's start, "企业（有限合伙）": the rest of the
     * row's first cell, which has no tab before it; only a short line, after a name that is not yet whole.
     */
    private static boolean continuesFirstCell(String anchor, String line, String next) {
        String part = line.strip();
        if (part.isEmpty() || part.contains("：") || part.contains(":") || typed(part)) {
            return false;
        }
        String first = anchor.split("\t", -1)[0].strip();
        // "Hubei Zhanqiao Industrial" / "Investment Group Co., Ltd.", "Wuhan Zhanqiao Enterprise" / "Management
        // Partnership (Limited Partnership)": words ending in a company's form close the open name of the row above,
        // unless the next line is a row without a name of its own, whose name they are
        if (part.length() <= MAX_NAME_REST && ENGLISH_NAME_END.matcher(part).matches() && !first.isEmpty()
                && Character.isUpperCase(first.charAt(0)) && !CLOSED_NAME.matcher(first).matches()
                && !TransactionTableReader.unclosed(first) && !PERSON.matcher(first).matches() && !next.startsWith("\t")) {
            return true;
        }
        if (part.length() > MAX_FIRST_CELL_REST) {
            return false;
        }
        // "Partnership (Limited" ends in a form but its bracket is open
        if (first.isEmpty() || CLOSED_NAME.matcher(first).matches() && !TransactionTableReader.unclosed(first) || TableBlock.isHeaderish(part)) {
            return false;
        }
        // "Hangzhou Ruiqi Equity Investment Partnership" / "(Limited Partnership)", "Partnership (Limited" / "Partnership)
        // (Note 2)": an English form runs longer than a short line's bound
        boolean formOrClose = TransactionTableReader.CORPORATE_TAIL.matcher(part).matches()
                || TransactionTableReader.unclosed(first) && part.indexOf(')') > 0;
        if (part.length() > MAX_SHORT_REST && !formOrClose) {
            return false;
        }
        if (Names.isCjk(part.charAt(0)) && !cutInItsForm(first, part) && cutInItsFormElsewhere(anchor, part)) {
            // "刘建邦 | 是 | … | 中国银河证券股份" then "有限公司": the name cut inside its company's form goes on, not a person's
            return false;
        }
        return Names.isCjk(first.charAt(first.length() - 1)) && Names.isCjk(part.charAt(0))
                || formOrClose
                // "Emberford Capital" / "Investments Limited", "Silver Ember Family" / "Trust Limited"
                || NAME_WITH_FORM.matcher(part).matches()
                // "Mr. Lau Wing" / "Kwok": the rest of a person's name
                || PERSON.matcher(first).matches() && NAME_WORDS.matcher(part).matches();
    }

    /** "中国银河证券股份" / "有限公司", "江南装备集团有限" / "公司": a company's name cut inside its form, and the form's rest. */
    static boolean cutInItsForm(String cell, String rest) {
        String c = ChineseScript.toSimplified(cell.strip());
        return FORM_CUT.matcher(c).matches() && FORM_REST.matcher(ChineseScript.toSimplified(rest.strip())).matches();
    }

    /** Whether a cell after the row's first is a name cut inside its form that {@code rest} completes. */
    private static boolean cutInItsFormElsewhere(String anchor, String rest) {
        String[] a = anchor.split("\t", -1);
        for (int j = 1; j < a.length; j++) {
            if (cutInItsForm(a[j], rest)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern FORM_CUT = java.util.regex.Pattern.compile(".*(?:股份|有限|股份有)$");
    private static final java.util.regex.Pattern FORM_REST = java.util.regex.Pattern.compile("^(?:公司|有限公司|限公司)[^，,。：:]{0,12}$");

    /**
     * "順溢集團有限公司 | 是 | … | 廣發銀行股份有限公司佛山 | 自身生產經營" then "分行" alone at the line's start: the end of the
     * row's one open Chinese name (a branch, a company's form) that lost its tabs. The column of that name, or -1.
     */
    private static int openCellClosedBy(String anchor, String line) {
        String part = ChineseScript.toSimplified(line.strip());
        if (part.isEmpty() || part.length() > MAX_SHORT_REST || !Names.isCjk(part.charAt(0)) || !CLOSED_NAME.matcher(part).matches()) {
            return -1;
        }
        String[] a = anchor.split("\t", -1);
        int open = -1;
        for (int j = 1; j < a.length; j++) {
            String cell = ChineseScript.toSimplified(a[j].strip());
            if (cell.isEmpty() || !Names.isCjk(cell.charAt(cell.length() - 1)) || Cell.of(cell, false).kind() != Cell.Kind.TEXT
                    || CLOSED_NAME.matcher(cell).matches() || TransactionTableReader.ZH_TERMINAL.matcher(cell).matches()) {
                continue;
            }
            if (open >= 0) {
                return -1;
            }
            open = j;
        }
        return open;
    }

    private static final int MAX_SHORT_REST = 20;
    private static final int MAX_FIRST_CELL_REST = 32;
    private static final int MAX_NAME_REST = 64;
    private static final java.util.regex.Pattern ENGLISH_NAME_END = java.util.regex.Pattern.compile(
            "^[A-Z][A-Za-z&'.\\-]*(?:\\s+(?:[A-Z(][A-Za-z&'.,()\\-]*|and|of|&))*\\s+"
                    + "(?:Co\\.,?\\s*Ltd\\.?|Limited|Ltd\\.?|Corporation|Inc\\.|\\(Limited\\s+Partnership\\))$");

    private static final java.util.regex.Pattern NAME_WITH_FORM = java.util.regex.Pattern.compile(
            "^[A-Z][A-Za-z&'.\\-]*(?:\\s+[A-Z(][A-Za-z&'.()\\-]*){0,3}\\s+(?:Limited|Ltd\\.?|Company\\s+Limited|Corporation|Inc\\.)$");
    private static final java.util.regex.Pattern PERSON = java.util.regex.Pattern.compile("^(?:Mr|Ms|Mrs|Mdm|Dr|Madam)\\.?\\s+[A-Z][a-z]+(?:\\s+[A-Z][a-z]+){0,2}$");
    private static final java.util.regex.Pattern NAME_WORDS = java.util.regex.Pattern.compile("^[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?$");

    /** A wrapped cell's next line set after the lines above it: Chinese parts join without a space. */
    static void appendLine(StringBuilder cell, String line) {
        if (cell.length() > 0 && !(Names.isCjk(cell.charAt(cell.length() - 1)) && Names.isCjk(line.charAt(0)))) {
            cell.append(' ');
        }
        cell.append(line);
    }

    /** The lines' cells joined by tab position, each column's parts in order; Chinese parts join without a space. */
    private static String joinColumns(List<String> lines) {
        List<StringBuilder> cols = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\t", -1);
            for (int j = 0; j < parts.length; j++) {
                while (cols.size() <= j) {
                    cols.add(new StringBuilder());
                }
                String part = parts[j].strip();
                if (part.isEmpty()) {
                    continue;
                }
                StringBuilder col = cols.get(j);
                if (col.length() > 0 && Cell.bracketedPercent(Numbers.normalizeWidth(part)) && Cell.of(col.toString(), false).kind() == Cell.Kind.NUMBER) {
                    // a cell of its own after the figure, where the figure's column has two values
                    col.append('\t').append(part);
                } else {
                    appendLine(col, part);
                }
            }
        }
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < cols.size(); j++) {
            b.append(j == 0 ? "" : "\t").append(cols.get(j));
        }
        return b.toString();
    }
}
