package dev.hkfilings.poll;

import dev.hkfilings.avro.Resolution;
import dev.hkfilings.avro.ResolutionKind;
import dev.hkfilings.poll.VoteCells.Column;
import dev.hkfilings.poll.VoteCells.Token;
import dev.hkfilings.text.AnchoredMatch;
import dev.hkfilings.text.Cells.Cell;
import dev.hkfilings.text.Names;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks the cells of the poll tables in order: a resolution number opens a row, text cells make its
 * wording, vote cells its figures. The same walk reads tab-split rows and one-cell-per-line rows.
 */
final class ResolutionTableReader {

    private static final Pattern BRACKETED_TAIL = Pattern.compile("\\(.*$");

    /** A row as read, before it becomes a {@link Resolution}. */
    static final class Row {
        String number;
        int major;
        ResolutionKind kind;
        final List<String> text = new ArrayList<>();
        final List<Token> tokens = new ArrayList<>();
        final List<Cell> source = new ArrayList<>();
        Boolean statedPassed;
        List<Column> columns;
        int votesLine = -1;
        /** A+H issuers give one line per share class and a total: only the total is the resolution's result. */
        boolean breakdown;
        boolean inTotal;
        final List<Token> classTokens = new ArrayList<>();
        /** The class labels the row met ("H Shares"), the last one kept: one alone and no total may be the wording's end. */
        int classLabels;
        String classLabel;

        List<Token> target() {
            return breakdown && !inTotal ? classTokens : tokens;
        }

        boolean hasVotes() {
            return !tokens.isEmpty();
        }
    }

    private static final List<Column> DEFAULT_COLUMNS = List.of(Column.FOR, Column.AGAINST, Column.ABSTAIN);
    private static final Pattern ENDS_WITH_THE = Pattern.compile("(?i).*\\bthe$");
    private static final Pattern CONNECTOR_END = Pattern.compile("(?i).*(?:\\b(?:of|and|the|to|for|in|with|by|on|as|a|an|or|from|under|its|ended|ending|dated|between|that|which)|[,(/&-])$");
    private static final Pattern FILLER = Pattern.compile(
            "(?i)^(?:resolutions?|ordinary resolutions?|special resolutions?|number of votes\\s*\\(?(?:approx(?:imate)?\\.?)?\\s*%?\\)?|no\\. of votes.*|votes.*|\\(?%\\)?"
            // "No. of" / "votes": a count's label wrapped
            + "|決議案|决议案|議案|议案|票數.*|票数.*|投票.*|number|no\\.|(?:number|no\\.)\\s+of|序號|序号|編號|编号"
            // "（概約%）" under a Chinese count's label
            + "|[(（]\\s*(?:概約|概约|約|约)?\\s*%\\s*[)）]|(?:概約|概约)\\s*%"
            + "|(?:number|no\\.)\\s+of\\s+(?:shares|votes)(?:\\s+voted)?\\s*(?:\\(%\\))?|shares|percentage\\s*(?:\\(%\\))?|股數|股数|股份數目|股份数目|比例\\s*(?:[(（]\\s*%\\s*[)）])?|佔比|占比|百分比\\s*(?:[(（]\\s*%\\s*[)）])?"
            // "议案编号 | 特别决议案 | 赞成票数 | 比例（%）| ... | 是否通过"
            + "|議案編號|议案编号|議案名稱|议案名称|是否通過|是否通过)$");
    private static final int MAX_TEXT_CHARS = 2_000;
    private static final Pattern TRAILING_VOTES = Pattern.compile(
            "(?:\\s+(?:\\d{1,3}(?:,\\d{3})+|\\d{1,3})\\s*[(（]\\s*\\d{1,3}(?:\\.\\d+)?\\s*%\\s*[)）]){2,4}\\s*$");
    private static final Pattern CLASS_LABEL = Pattern.compile(
            "(?i)^(?:(?:A|H|domestic|foreign|unlisted)[\\s-]*share(?:holder)?s?|A股|H股|內資股|内资股|境外上市外資股|境外上市外资股)\\s*[:：]?$");
    private static final Pattern CLASS_HEADER = Pattern.compile(
            "(?i)^(?:(?:class|type|category)\\s+of\\s+(?:shares|shareholders?)|股份類別|股份类别|股東類型|股东类型|股東類別|股东类别)\\s*[:：]?$");
    private static final Pattern COLUMN_HEADER = Pattern.compile(
            "(?i)^(?:(?:number|no\\.)\\s+of\\s+(?:shares|votes)(?:\\s+voted)?\\s*(?:\\(%\\))?|number\\s+of\\s+votes\\s*\\(.*%.*\\)|percentage\\s*\\(%\\)|股數|股数|股份數目|股份数目|比例\\s*(?:\\(%\\))?|票數\\s*(?:\\(%\\))?|票数\\s*(?:\\(%\\))?)$");
    private static final Pattern TOTAL_LABEL = Pattern.compile("(?i)^(?:total|total\\s+(?:votes|shares)|合計|合计|總計|总计|總數|总数)\\s*[:：]?$");

    // The whole-cell patterns with the characters their matches start with (AnchoredMatch): every cell of a poll
    // announcement is tested against them, most cells start with none of these characters.
    static final AnchoredMatch FILLER_CELL = AnchoredMatch.of(FILLER, "rosnv(%決决議议票投序編编p股比佔占（概是百");
    static final AnchoredMatch CLASS_LABEL_CELL = AnchoredMatch.of(CLASS_LABEL, "ahdfu內内境");
    static final AnchoredMatch CLASS_HEADER_CELL = AnchoredMatch.of(CLASS_HEADER, "ct股");
    static final AnchoredMatch COLUMN_HEADER_CELL = AnchoredMatch.of(COLUMN_HEADER, "np股比票");
    static final AnchoredMatch TOTAL_LABEL_CELL = AnchoredMatch.of(TOTAL_LABEL, "t合總总");

    private ResolutionTableReader() {
    }

    /**
     * A section heading right before a resolution number closes the row above even when that row left a column empty
     * (abstentions without a percentage): the heading cannot be the rest of its text.
     */
    private static boolean numberFollows(List<Cell> cells, int i) {
        return i + 1 < cells.size() && VoteCells.number(cells.get(i + 1).text()) != null;
    }

    /**
     * Header rows of a tab-split table are read in reading order, but a label in the first row ("Total number of votes"
     * at the right) stands right of the second row's ("For", "Against"): labels are kept in the order of their cells'
     * positions in their lines. One cell per line, every position is 0 and the reading order stays.
     */
    private static void addInColumnOrder(List<Column> columns, List<Integer> positions, List<Column> labels, Cell cell) {
        // by slot, not by the count of non-empty cells before it: "\t\tNumber of Votes\tNumber of Votes\tTotal" over
        // "Resolutions\t\tFor\tAgainst": Total's third non-empty cell stands right of Against's
        int at = columns.size();
        while (at > 0 && positions.get(at - 1) > cell.slot()) {
            at--;
        }
        for (Column label : labels) {
            columns.add(at, label);
            positions.add(at, cell.slot());
            at++;
        }
    }

    private static final Pattern WITHDRAWN = Pattern.compile(
            "(?i)已撤回|已被撤回|\\bwithdrawn\\b|not\\s+(?:been\\s+)?put\\s+to\\s+(?:the\\s+)?vote|(?:並無|并无|未)[^，。]{0,12}(?:提呈表決|提呈表决|提交表決|提交表决)");
    // "Total number of" / "For" / "Against" / "votes cast": one cell per line, the label's second line after both columns'
    private static final Pattern TOTAL_REST = Pattern.compile("(?i)(?:number\\s+of\\s+)?votes(?:\\s+cast)?");

    /**
     * "Total" over "number of votes" at the right of "For | Against": the label wrapped, and its first line, with the
     * empty header cell before it lost, stands a tab stop to the left, on Against's, or one cell per line before them
     * all. Moved to its second line's place; false (nothing moved) unless the Total stands where it cannot be.
     */
    private static boolean totalMovedUnder(List<Column> columns, List<Integer> positions, Cell cell) {
        int t = columns == null ? -1 : columns.indexOf(Column.TOTAL);
        // one cell per line ("Total", "Ordinary Resolutions", "For", "Against", "number of votes") every label has the same
        // stop, and the Total goes last
        boolean onePerLine = t >= 0 && t < columns.size() - 1 && positions.stream().allMatch(p -> p == cell.slot());
        if (!onePerLine && (t < 0 || positions.get(t) >= cell.slot() || java.util.Collections.frequency(positions, positions.get(t)) < 2)) {
            return false;
        }
        columns.remove(t);
        positions.remove(t);
        addInColumnOrder(columns, positions, List.of(Column.TOTAL), cell);
        return true;
    }

    /**
     * "Number of votes cast and / approximate percentage of / total number of votes cast": a header sentence wrapped
     * one line per cell describes the figures; its last line names no "Total" column (only a lone Total label is
     * dropped so: "For" after such a line is still a column).
     */
    private static boolean continuesHeaderPhrase(List<Cell> cells, int i) {
        // the line above in the same column ("approximate percentage of" over "total number of votes cast (%)", with
        // "Ordinary Resolutions" left of it); one cell per line, the cell before
        int above = i - 1;
        while (above >= 0 && cells.get(above).line() == cells.get(i).line()) {
            above--;
        }
        int k = above;
        // by tab stop, not by the count of cells before it: "(continued)" under the section's name adds a cell on the left
        while (k >= 0 && cells.get(k).line() == cells.get(above).line() && cells.get(k).slot() != cells.get(i).slot()) {
            k--;
        }
        int prevAt = k >= 0 && cells.get(k).line() == cells.get(Math.max(above, 0)).line() ? k : i - 1;
        if (prevAt < 0) {
            return false;
        }
        String prev = cells.get(prevAt).text().strip().toLowerCase(java.util.Locale.ROOT);
        return prev.endsWith(" of") || prev.endsWith(" and") || prev.endsWith(" the");
    }

    static List<Row> read(List<Cell> cells) {
        int start = tableStart(cells);
        List<Row> rows = new ArrayList<>();
        List<Column> columns = null;
        List<Integer> columnPositions = null;
        boolean inHeader = false;
        ResolutionKind kind = ResolutionKind.UNKNOWN;
        boolean sectionJustChanged = false;
        Row cur = null;
        for (int i = start; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            String c = cell.text();
            VoteCells.ResolutionKindHint section = VoteCells.section(c);
            if (section != null && (cur == null || !cur.hasVotes() || complete(cur) || numberFollows(cells, i) || belowCountedRow(cur, cell))) {
                cur = close(cur, rows);
                kind = section == VoteCells.ResolutionKindHint.ORDINARY ? ResolutionKind.ORDINARY : ResolutionKind.SPECIAL;
                sectionJustChanged = true;
                // "Ordinary Resolutions" in the first column of a header row: the labels around it go on
                inHeader = inHeader && !columns.isEmpty() && !numberFollows(cells, i);
                continue;
            }
            if (cur != null && !cur.text.isEmpty() && (CLASS_LABEL_CELL.matches(c) || cur.breakdown && TOTAL_LABEL_CELL.matches(c))) {
                cur.breakdown = true;
                cur.inTotal = TOTAL_LABEL_CELL.matches(c);
                if (!cur.inTotal) {
                    cur.classLabels++;
                    cur.classLabel = c;
                }
                cur.target().clear();
                cur.source.add(cell);
                continue;
            }
            List<Column> labels = VoteCells.labels(c);
            if (labels.equals(List.of(Column.TOTAL)) && continuesHeaderPhrase(cells, i)) {
                labels = List.of();
            }
            if (!labels.isEmpty() && (cur == null || !cur.hasVotes() || complete(cur) || !cur.text.isEmpty())) {
                if (!inHeader) {
                    columns = new ArrayList<>();
                    columnPositions = new ArrayList<>();
                    if (cur != null && cur.text.isEmpty()) {
                        cur = null;
                    }
                }
                addInColumnOrder(columns, columnPositions, labels, cell);
                if (cur != null && !cur.hasVotes() && cur.classTokens.isEmpty()) {
                    cur.columns = columns;
                }
                inHeader = true;
                continue;
            }
            if (inHeader && TOTAL_REST.matcher(c.strip()).matches() && totalMovedUnder(columns, columnPositions, cell)) {
                continue;
            }
            if (inHeader && FILLER_CELL.matches(c) || CLASS_HEADER_CELL.matches(c) || COLUMN_HEADER_CELL.matches(c)) {
                continue;
            }
            inHeader = false;
            if (cur != null && !cur.hasVotes() && !cur.text.isEmpty() && wrappedYear(cur.text.get(cur.text.size() - 1), c)) {
                // "the three years ending 31 December" / "2027": the wording's date wrapped before its year, no votes
                cur.text.set(cur.text.size() - 1, cur.text.get(cur.text.size() - 1) + " " + c.strip());
                cur.source.add(cell);
                continue;
            }
            List<Token> tokens = VoteCells.tokens(c);
            if (tokens != null && cur != null && !cur.text.isEmpty() && !complete(cur) && !subNumberOf(cur, c)
                    && !nextRowNumber(cur, rows, cell)) {
                if (cur.votesLine < 0) {
                    cur.votesLine = cell.line();
                }
                cur.target().addAll(tokens);
                cur.source.add(cell);
                continue;
            }
            VoteCells.Number num = VoteCells.number(c);
            if (num != null && plausible(num, rows, cur, sectionJustChanged)) {
                Row parent = cur != null ? cur : (rows.isEmpty() ? null : rows.get(rows.size() - 1));
                ownFiguresAfterClassName(cur);
                cur = close(cur, rows);
                Row r = new Row();
                if (num.number() != null) {
                    r.number = num.number();
                    r.major = num.major();
                } else {
                    r.number = subNumber(parent.number, num.subOnly());
                    r.major = parent.major;
                }
                r.kind = kind;
                r.columns = columns == null ? DEFAULT_COLUMNS : columns;
                r.source.add(cell);
                if (num.rest() != null) {
                    addText(r, num.rest(), cell);
                }
                cur = r;
                sectionJustChanged = false;
                continue;
            }
            Boolean outcome = VoteCells.outcome(c);
            if (outcome != null && cur != null && cur.hasVotes()) {
                cur.statedPassed = outcome;
                cur.source.add(cell);
                // A line-split row can go on after its outcome column: the rest of the wording and, on the next line,
                // the percentages ("To declare a final dividend", counts, "Yes", then "(99.93%)" "(0.07%)").
                if (complete(cur)) {
                    cur = close(cur, rows);
                }
                continue;
            }
            if (cur == null || tokens != null) {
                continue;
            }
            if (!cur.hasVotes() && cur.classTokens.isEmpty()) {
                addText(cur, c, cell);
                cur.source.add(cell);
                if (String.join(" ", cur.text).length() > MAX_TEXT_CHARS) {
                    cur = null;
                }
            } else if (continues(cur, cell) || percentagesFollow(cur, cells, i)) {
                cur.text.add(c);
                cur.source.add(cell);
            } else {
                // the table's last row, "…to repurchase A Shares and/or" / "H Shares" / its figures, then a paragraph below
                if (cell.afterBlank() && c.length() > MIN_PARAGRAPH_LINE) {
                    ownFiguresAfterClassName(cur);
                }
                cur = close(cur, rows);
            }
        }
        ownFiguresAfterClassName(cur);
        close(cur, rows);
        // "2. （已撤回，並無於股東特別大會上提呈表決） | 不適用 | 不適用", "(Withdrawn) | N/A | N/A": a resolution withdrawn
        // before the meeting has no result
        rows.removeIf(r -> r.tokens.stream().allMatch(t -> t.value().signum() == 0) && r.classTokens.stream().allMatch(t -> t.value().signum() == 0)
                && WITHDRAWN.matcher(String.join(" ", r.text)).find());
        // a page's number above the table's header ("1", "Resolutions", "Number of votes cast") opened a row that the
        // resolution of that number, with its votes, comes after
        java.util.Set<String> voted = new java.util.HashSet<>();
        rows.stream().filter(Row::hasVotes).forEach(r -> voted.add(r.number));
        rows.removeIf(r -> !r.hasVotes() && r.classTokens.isEmpty() && voted.contains(r.number));
        return dropParentsAndTrailers(rows);
    }

    /**
     * "Resolution no. 6 was withdrawn prior to the AGM", "第6項決議案已撤回": a note that names a resolution withdrawn, whose
     * row then says only "N/A (Note 2)".
     */
    private static final Pattern WITHDRAWN_BY_NUMBER = Pattern.compile(
            "(?i)resolution\\s+(?:no\\.?\\s*|numbered\\s+|number\\s+)?(\\d{1,2}(?:\\s*\\([a-z0-9]{1,4}\\))?)\\s+(?:was|has\\s+been|had\\s+been)\\s+withdrawn\\b"
            + "|第\\s*(\\d{1,2}(?:\\s*[(（][a-z0-9]{1,4}[)）])?)\\s*(?:項|项|號|号)(?:普通|特別|特别)?(?:決議案|决议案)(?:已被|已|被)撤回");

    /** A resolution's number as two lists of it are matched: "3 (a)", "3（a）" and "3(A)" are "3(a)". */
    static String numberKey(String number) {
        return number.replaceAll("\\s", "").replace('（', '(').replace('）', ')').toLowerCase(java.util.Locale.ROOT);
    }

    /** The rows less those without figures (or with noughts only) of the resolutions a note says were withdrawn. */
    static List<Row> withoutWithdrawnByNote(String text, List<Row> rows) {
        if (!text.contains("withdrawn") && !text.contains("撤回")) {
            return rows;
        }
        java.util.Set<String> withdrawn = new java.util.HashSet<>();
        Matcher m = WITHDRAWN_BY_NUMBER.matcher(text);
        while (m.find()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2);
            withdrawn.add(numberKey(n));
        }
        return rows.stream().filter(r -> r.number == null || !withdrawn.contains(r.number.toLowerCase(java.util.Locale.ROOT))
                || r.tokens.stream().anyMatch(t -> t.value().signum() != 0) || r.classTokens.stream().anyMatch(t -> t.value().signum() != 0)).toList();
    }

    private static final java.util.regex.Pattern ENDS_WITH_MONTH = java.util.regex.Pattern.compile(
            "(?i).*\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,?)?$");

    /** A year alone on its cell ("2027", "2024.") under wording that ends with a month, a month and day, or "the". */
    private static boolean wrappedYear(String textAbove, String cell) {
        String c = cell.strip();
        // "for the year ended 31 December" / "2024.": the wording's last line
        c = c.endsWith(".") || c.endsWith(",") ? c.substring(0, c.length() - 1) : c;
        // "To approve the Service Provider Sublimit under the" / "2025" / the votes / "Share Option Scheme.*": a year after
        // "the" opens the name of a scheme or a plan, no count of votes
        return c.length() == 4 && (c.startsWith("19") || c.startsWith("20")) && c.chars().allMatch(ch -> ch >= '0' && ch <= '9')
                && (ENDS_WITH_MONTH.matcher(textAbove.strip()).matches() || ENDS_WITH_THE.matcher(textAbove.strip()).matches());
    }

    /**
     * Text, and the figures a PDF line put in the same cell when its columns were not split
     * ("To grant a general mandate 702,334,870 (46.44%) 810,000,000 (53.56%)"). Only figures written with
     * their bracketed percentages are taken from running text.
     */
    private static void addText(Row r, String text, Cell cell) {
        java.util.regex.Matcher m = TRAILING_VOTES.matcher(text);
        if (text.length() < 600 && m.find() && m.start() > 0) {
            r.text.add(text.substring(0, m.start()).strip());
            List<Token> tokens = VoteCells.tokens(m.group().strip());
            if (tokens != null) {
                r.votesLine = cell.line();
                r.target().addAll(tokens);
                return;
            }
        }
        r.text.add(text);
    }

    private static final Pattern ROMAN = Pattern.compile("\\((?:i{1,3}|iv|vi{0,3}|ix|x)\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAST_BRACKET = Pattern.compile("\\([^()]*\\)$");

    /**
     * The number of a sub-item written alone ("(b)", "(ii)") under the row before it: a roman numeral under a lettered
     * item nests in it ("3(a)" then "(i)" is 3(a)(i)) and follows a sibling numeral ("3(a)(i)" then "(ii)" is 3(a)(ii));
     * a letter starts again from the resolution's number ("3(a)(iii)" then "(b)" is 3(b)).
     */
    static String subNumber(String parent, String sub) {
        String base = BRACKETED_TAIL.matcher(parent).replaceAll("");
        if (!ROMAN.matcher(sub).matches()) {
            return base + sub;
        }
        Matcher last = LAST_BRACKET.matcher(parent);
        if (!last.find()) {
            return base + sub;
        }
        String tail = last.group();
        boolean lastIsRoman = ROMAN.matcher(tail).matches() && !(sub.equalsIgnoreCase("(i)") && tail.equalsIgnoreCase("(h)"));
        if (lastIsRoman) {
            String above = parent.substring(0, last.start());
            return LAST_BRACKET.matcher(above).find() ? above + sub : base + sub;
        }
        // "(i)" after "(h)" is the next letter, not a numeral
        return tail.equalsIgnoreCase("(h)") && sub.equalsIgnoreCase("(i)") ? base + sub : parent + sub;
    }

    private static int tableStart(List<Cell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            List<Column> l = VoteCells.labels(cells.get(i).text());
            if (!l.isEmpty() && l.get(0) == Column.FOR) {
                return Math.max(0, i - 8);
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            if (VoteCells.section(cells.get(i).text()) != null) {
                return i;
            }
        }
        return 0;
    }

    /**
     * "1.1" on its own line under a heading row "1." that has no figures yet (or dashes only, "7.00 | … | - | - | -")
     * opens sub-resolution 1.1, it is no vote count.
     */
    private static boolean subNumberOf(Row cur, String cell) {
        if (cur.target().stream().anyMatch(t -> t.value().signum() != 0) || cell.length() > 5) {
            return false;
        }
        java.util.regex.Matcher m = SUB_NUMBER.matcher(cell.strip());
        return m.matches() && Integer.parseInt(m.group(1)) == cur.major;
    }

    private static final Pattern SUB_NUMBER = Pattern.compile("^(\\d{1,2})\\.\\d{1,2}$");

    private static boolean plausible(VoteCells.Number num, List<Row> rows, Row cur, boolean sectionJustChanged) {
        Row last = cur != null ? cur : (rows.isEmpty() ? null : rows.get(rows.size() - 1));
        if (num.number() == null) {
            return last != null && last.number != null && nextFigure(last, num.subOnly());
        }
        if (last == null) {
            return num.major() <= 3;
        }
        int expected = last.major + 1;
        // "5(A) by adding the number of shares ...", a wording's line under 5(C) that opens with the number it refers
        // to: a number the table has already given a row is no new row of the same resolution
        return num.major() == expected || num.major() == last.major && !num.number().equals(last.number) && !numbered(rows, num.number())
                || sectionJustChanged && num.major() == 1;
    }

    /**
     * "(1)" under a resolution's number that has no votes of its own, "(2)" under "3(1)": a sub-item in figures comes in
     * its order ("(1)" under a row with its votes is a note's number below the table).
     */
    private static boolean nextFigure(Row last, String sub) {
        if (!Character.isDigit(sub.charAt(1))) {
            return true;
        }
        int n = Integer.parseInt(sub.substring(1, sub.length() - 1));
        return n == 1 ? last.number.indexOf('(') < 0 && !last.hasVotes() : last.number.endsWith("(" + (n - 1) + ")");
    }

    private static boolean numbered(List<Row> rows, String number) {
        for (Row r : rows) {
            if (number.equals(r.number)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "2" opening a line below a row that has a count for every column: the next resolution's number, though the row
     * still lacks percentages its header seemed to promise (an abstention column "No. of votes" without one).
     */
    private static boolean nextRowNumber(Row cur, List<Row> rows, Cell cell) {
        String c = cell.text();
        if (cumulativeNext(cur, cell)) {
            return true;
        }
        if (c.length() > 3 || !Character.isDigit(c.charAt(0)) || !belowCountedRow(cur, cell)) {
            return false;
        }
        VoteCells.Number num = VoteCells.number(c);
        return num != null && num.number() != null && num.rest() == null && plausible(num, rows, cur, false);
    }

    private static final java.util.regex.Pattern CANDIDATE_NUMBER = java.util.regex.Pattern.compile("\\d{1,2}\\.\\d{2}");

    /**
     * "10.01 | To elect Mr. Liao | 899,406,300 | 99.7482 | Yes" then "10.02" or "11.00": a mainland cumulative vote's candidates
     * give votes for only, so the row is never complete by its counts; the next candidate's number, at the start of a
     * line below, opens the next row.
     */
    private static boolean cumulativeNext(Row cur, Cell cell) {
        if (cur == null || cur.number == null || cell.column() != 0 || cur.votesLine < 0 || cell.line() <= cur.votesLine
                || !CANDIDATE_NUMBER.matcher(cell.text()).matches() || !CANDIDATE_NUMBER.matcher(cur.number).matches()) {
            return false;
        }
        java.math.BigDecimal next = new java.math.BigDecimal(cell.text());
        java.math.BigDecimal now = new java.math.BigDecimal(cur.number);
        return next.compareTo(now) > 0 && next.subtract(now).compareTo(java.math.BigDecimal.valueOf(2)) < 0;
    }

    /** A cell opening a line below a row that has a count for every column ("特別決議案" after "5C ... 0"). */
    private static boolean belowCountedRow(Row cur, Cell cell) {
        if (cur == null || cell.column() != 0 || cur.votesLine < 0 || cell.line() <= cur.votesLine) {
            return false;
        }
        return cur.target().stream().filter(t -> !t.percent()).count() >= cur.columns.size();
    }

    /** Whether the row has all the figures its header promises. */
    private static boolean complete(Row r) {
        int pcts = 0;
        int counts = 0;
        for (Token t : r.target()) {
            if (t.percent()) {
                pcts++;
            } else {
                counts++;
            }
        }
        int cols = r.columns.size();
        if (r.columns == DEFAULT_COLUMNS) {
            return false;
        }
        if (pcts == 0) {
            return counts >= 2 * cols;
        }
        // the total of votes cast is a count without a percentage
        int pctCols = r.columns.contains(Column.TOTAL) ? cols - 1 : cols;
        return counts >= cols && pcts >= pctCols;
    }

    /**
     * "election of Mr. Xie" / the counts / "Guanhua as a shareholder" / "representative supervisor" / "(99.7959%)": one
     * cell per line, the wording's next lines stand between a row's counts and its percentages, and a capital there (a
     * name wrapped) opens no new row when the row's percentages come before any other figure or number.
     */
    private static boolean percentagesFollow(Row r, List<Cell> cells, int i) {
        Cell cell = cells.get(i);
        if (cell.afterBlank() || cell.column() > 0 || !r.hasVotes() || complete(r) || r.target().stream().anyMatch(Token::percent)) {
            return false;
        }
        for (int k = i + 1; k < cells.size() && k <= i + 3; k++) {
            Cell next = cells.get(k);
            List<Token> tokens = VoteCells.tokens(next.text());
            if (tokens != null) {
                return !tokens.isEmpty() && tokens.stream().allMatch(Token::percent);
            }
            if (next.afterBlank() || next.column() > 0 || VoteCells.number(next.text()) != null) {
                return false;
            }
        }
        return false;
    }

    private static boolean continues(Row r, Cell cell) {
        String c = cell.text();
        if (cell.afterBlank() || cell.column() > 0 || c.length() > 120) {
            return false;
        }
        String prev = String.join(" ", r.text);
        char first = c.charAt(0);
        if (cell.indented() && r.votesLine >= 0 && !prev.endsWith(".") && !prev.endsWith("。")
                || Character.isLowerCase(first) || CONNECTOR_END.matcher(prev).matches()) {
            return true;
        }
        int stop = c.indexOf('。');
        if (Names.isCjk(first) && c.length() <= 40 && (stop < 0 || stop == c.length() - 1) && !prev.endsWith("。") && !prev.endsWith("；")) {
            return true;
        }
        // the short rest of an unfinished sentence ("... to repurchase" + "A Shares.")
        return c.length() <= 80 && c.endsWith(".") && !prev.endsWith(".") && !prev.endsWith(":");
    }

    /**
     * "…to the Board to repurchase" / "H Shares" / the votes / the next resolution's number: a wording that ends with a
     * class's name, one cell per line, and no other class, total or wording after its figures; the figures are the
     * row's own. A row closed by anything else keeps its class's figures apart.
     */
    /** Shortest line of a paragraph of prose below a table (a full line of the page's width). */
    private static final int MIN_PARAGRAPH_LINE = 60;

    private static void ownFiguresAfterClassName(Row cur) {
        if (cur != null && cur.breakdown && !cur.inTotal && cur.classLabels == 1 && cur.tokens.isEmpty() && !cur.classTokens.isEmpty()) {
            cur.text.add(cur.classLabel);
            cur.tokens.addAll(cur.classTokens);
            cur.classTokens.clear();
            cur.breakdown = false;
        }
    }

    private static Row close(Row cur, List<Row> rows) {
        if (cur != null && !cur.text.isEmpty()) {
            rows.add(cur);
        }
        return null;
    }

    /** "2. Resolutions adopting non-cumulative voting", "二、非累積投票議案": a numbered heading over a group of resolutions. */
    private static final Pattern GROUP_HEADING = Pattern.compile(
            "\\s*(?:resolutions\\s+(?:adopting|by(?:\\s+way\\s+of)?|under|with|not\\s+adopting)\\s+(?:non-?\\s*)?cumulative\\s+voting"
            + "|(?:采用|採用|适用|適用)?(?:非)?累(?:积|積)投票(?:制)?(?:的)?(?:议案|議案))", Pattern.CASE_INSENSITIVE);

    private static boolean parentOfNext(List<Row> rows, int i) {
        return i + 1 < rows.size() && rows.get(i + 1).major == rows.get(i).major && !rows.get(i + 1).number.equals(rows.get(i).number);
    }

    /** A numbered heading with sub-items ("5. To re-elect: (a) ... (b) ...") is not itself put to the vote. */
    private static List<Row> dropParentsAndTrailers(List<Row> rows) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (!r.hasVotes() && GROUP_HEADING.matcher(String.join(" ", r.text)).lookingAt()) {
                continue;
            }
            if (!r.hasVotes()) {
                boolean laterVotes = false;
                boolean parent = false;
                for (int j = i + 1; j < rows.size(); j++) {
                    if (rows.get(j).hasVotes()) {
                        laterVotes = true;
                        parent = rows.get(j).major == r.major && !rows.get(j).number.equals(r.number);
                        break;
                    }
                }
                if (!laterVotes || parent) {
                    continue;
                }
            } else if (r.tokens.stream().allMatch(t -> t.value().signum() == 0) && parentOfNext(rows, i)) {
                // "7.00 | 关于选举…的议案 | - | - | -": the heading of a cumulative vote, dashes where its candidates have votes
                continue;
            }
            out.add(r);
        }
        return out;
    }

    /** Count and percentage of one column. */
    record Figure(Long count, Double percent) {
    }

    /**
     * The number of counts when the row is two or more counts followed by at most as many percentages, e.g.
     * "149,000,000 1,000,000 0" then "99.3333% 0.6667% 0.0000%", or "For Against Total" counts then the "(97.24%)
     * (2.76%)" of For and Against only; 0 when the row is not of that shape.
     */
    private static int countsThenPercents(List<Token> tokens) {
        boolean signs = tokens.stream().anyMatch(Token::percent);
        int counts = 0;
        while (counts < tokens.size() && !percentLike(tokens.get(counts), signs)) {
            counts++;
        }
        int pcts = tokens.size() - counts;
        if (counts < 2 || pcts < 2 || pcts > counts) {
            return 0;
        }
        for (int i = counts; i < tokens.size(); i++) {
            if (!percentLike(tokens.get(i), signs)) {
                return 0;
            }
        }
        return counts;
    }

    /**
     * A percentage: with its sign, or, in a table that prints none ("每项决议案的首行为票数，次行为所占比例(%)"), a decimal
     * of at most 100 after whole counts.
     */
    private static boolean percentLike(Token t, boolean signs) {
        return signs ? t.percent() : t.decimal() && t.value().compareTo(BigDecimal.valueOf(100)) <= 0;
    }

    /** The row's figures by column, pairing counts with their percentages. */
    static java.util.Map<Column, Figure> figures(Row r) {
        List<Token> tokens = r.tokens;
        boolean anyPct = tokens.stream().anyMatch(Token::percent);
        int countsFirst = countsThenPercents(tokens);
        List<Long> counts = new ArrayList<>();
        List<Double> pcts = new ArrayList<>();
        if (!anyPct && countsFirst == 0 && alternating(tokens, r.columns)) {
            for (int i = 0; i + 1 < tokens.size(); i += 2) {
                counts.add(whole(tokens.get(i).value()));
                pcts.add(tokens.get(i + 1).value().doubleValue());
            }
        } else if (countsFirst > 0) {
            // The percentages on a row of their own under the counts: pair them by column, from the first; a last
            // column without one (the total of votes cast) keeps its count alone.
            for (int i = 0; i < countsFirst; i++) {
                counts.add(whole(tokens.get(i).value()));
                pcts.add(countsFirst + i < tokens.size() ? tokens.get(countsFirst + i).value().doubleValue() : null);
            }
        } else {
            for (Token t : tokens) {
                boolean pct = t.percent() || !anyPct && t.decimal() && !counts.isEmpty() && pcts.size() < counts.size()
                        && t.value().compareTo(BigDecimal.valueOf(100)) <= 0;
                if (pct) {
                    if (pcts.size() < counts.size()) {
                        pcts.add(t.value().doubleValue());
                    } else {
                        counts.add(null);
                        pcts.add(t.value().doubleValue());
                    }
                } else {
                    while (pcts.size() < counts.size()) {
                        pcts.add(null);
                    }
                    counts.add(whole(t.value()));
                }
            }
            while (pcts.size() < counts.size()) {
                pcts.add(null);
            }
        }
        java.util.Map<Column, Figure> out = new java.util.EnumMap<>(Column.class);
        for (int i = 0; i < counts.size() && i < r.columns.size(); i++) {
            out.putIfAbsent(r.columns.get(i), new Figure(counts.get(i), pcts.get(i)));
        }
        return out;
    }

    private static boolean alternating(List<Token> tokens, List<Column> columns) {
        if (tokens.size() % 2 != 0 || tokens.size() < 2) {
            return false;
        }
        if (columns != DEFAULT_COLUMNS && tokens.size() == 2 * columns.size()) {
            return true;
        }
        for (int i = 1; i < tokens.size(); i += 2) {
            Token t = tokens.get(i);
            if (t.value().compareTo(BigDecimal.valueOf(100)) > 0 || !t.decimal() && t.value().signum() != 0) {
                return false;
            }
        }
        return tokens.stream().anyMatch(Token::decimal);
    }

    private static Long whole(BigDecimal v) {
        try {
            return v.setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
