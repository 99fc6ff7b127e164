package dev.hkfilings.poll;

import dev.hkfilings.avro.ResolutionKind;
import dev.hkfilings.poll.ResolutionTableReader.Row;
import dev.hkfilings.poll.VoteCells.Column;
import dev.hkfilings.poll.VoteCells.Token;
import dev.hkfilings.text.Cells.Cell;
import dev.hkfilings.text.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mainland layout of a shareholders' meeting resolutions announcement (股东大会决议公告) that A+H issuers file in
 * Hong Kong: one block per resolution, "1、议案名称：《…》", "审议结果：通过", then a small table with a row per share class
 * and the total (普通股合计), or the figures in prose ("同意1,234股，占…99.9%；反对…"). Director elections by
 * cumulative voting (累积投票) come as one table, a row per candidate with the votes received and 是/否 for elected.
 * The tables of minority (5%以下) shareholders' votes repeat resolutions already read and are passed over.
 */
final class ResolutionBlockReader {

    private static final Pattern BLOCK_START = Pattern.compile(
            "^(\\d{1,2}(?:\\.\\d{1,2})?)\\s*[、.．]?\\s*(?:议案名称|議案名稱)\\s*[:：]\\s*(.*)$");
    /** "第1項決議案：批准…" then "贊成票數為…股（約…%）": a Hong Kong announcement that gives each result in a sentence. */
    private static final Pattern NUMBERED_RESOLUTION = Pattern.compile(
            "^第\\s*(\\d{1,2})\\s*(?:項|项)\\s*(?:普通|特別|特别)?(?:決議案|决议案)\\s*[:：]\\s*(.*)$");
    /** "1、审议通过《…》" with its result in prose: the shape of Shenzhen-listed issuers' announcements. */
    private static final Pattern PROSE_START = Pattern.compile(
            "^(\\d{1,2}(?:\\.\\d{1,2})?)\\s*[、.．]\\s*(?:审议|審議)(?:并|並)?(?:通过|通過)?(?:了)?\\s*([《<].*)$");
    private static final Pattern RESULT = Pattern.compile(
            "^(?:审议结果|審議結果|表决结果|表決結果)\\s*[:：]\\s*(不通过|不通過|未通过|未通過|否决|否決|通过|通過)");
    private static final Pattern SECTION = Pattern.compile("^(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}\\s*、)");
    private static final Pattern CUMULATIVE = Pattern.compile("累积投票|累積投票");
    private static final Pattern NOT_CUMULATIVE = Pattern.compile("非累积投票|非累積投票");
    private static final Pattern CANDIDATE = Pattern.compile("^(\\d{1,2}\\.\\d{1,2})\\s*(.*)$");
    private static final Pattern ELECTED = Pattern.compile("^(是|否)$");
    private static final Pattern TOTAL = Pattern.compile("^(?:普通股|出席)?(?:合计|合計|总计|總計|总体|總體)\\s*[:：]?$");
    private static final Pattern PROSE_FIGURE = Pattern.compile(
            "(同意|赞成|贊成|反对|反對|弃权|棄權)(?:票数|票數)?(?:为|為)?\\s*[:：]?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*(?:股|票)[^；;。]*?(\\d{1,3}(?:\\.\\d+)?)\\s*[%％]");
    private static final Pattern MINORITY = Pattern.compile("中小(?:股东|股東|投资者|投資者)|5%以下|百分之五以下");
    private static final Pattern KIND_STATEMENT = Pattern.compile(
            // "议案1.00、2.00（含子议案2.01至2.05）及3.00均为特别决议议案": the sub-items named in brackets
            "(?:议案|議案)\\s*([\\d.、，,及和与與至议案議（）()含子\\s]+?)\\s*(?:均)?(?:为|為|属于|屬於)(特别|特別|普通)(?:决议|決議)");
    /** "本议案为特别决议议案", "本议案为普通决议议案": the block's own kind, the word in group 1. */
    private static final Pattern THIS_ONE_KIND = Pattern.compile("本(?:项|項)?(?:议案|議案)(?:为|為|属于|屬於)(特别|特別|普通)(?:决议|決議)");
    /** "其余议案均为普通决议议案": the kind of every resolution the notes do not name. */
    private static final Pattern REST_KIND = Pattern.compile(
            "(?:其余|其餘|其他)(?:各项|各項)?(?:议案|議案)?\\s*(?:均)?(?:为|為|属于|屬於)(特别|特別|普通)(?:决议|決議)");
    /** The key under which {@link #kindsStated} gives the kind of the resolutions it does not name. */
    static final String THE_REST = "*";
    private static final Pattern DIGITS = Pattern.compile("\\d{1,2}(?:\\.\\d{1,2})?");

    private ResolutionBlockReader() {
    }

    /** Whether the text is in this layout: only then are its resolutions read by blocks. */
    static boolean applies(String text) {
        return text.contains("议案名称") || text.contains("議案名稱")
                || (text.contains("表决结果") || text.contains("表決結果")) && PROSE_FIGURE.matcher(text).find();
    }

    static List<Row> read(List<Cell> cells) {
        List<Row> rows = new ArrayList<>();
        Block block = null;
        boolean cumulative = false;
        ResolutionKind sectionKind = ResolutionKind.UNKNOWN;
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i).text();
            Matcher start = blockStart(c);
            if (start != null) {
                close(block, rows);
                block = new Block(start.group(1), start.group(2), cells.get(i), sectionKind);
                continue;
            }
            VoteCells.ResolutionKindHint hint = VoteCells.section(c);
            if (hint != null) {
                close(block, rows);
                block = null;
                sectionKind = hint == VoteCells.ResolutionKindHint.ORDINARY ? ResolutionKind.ORDINARY : ResolutionKind.SPECIAL;
                continue;
            }
            if (SECTION.matcher(c).find()) {
                close(block, rows);
                block = null;
                cumulative = CUMULATIVE.matcher(c).find() && !NOT_CUMULATIVE.matcher(c).find();
                continue;
            }
            if (cumulative) {
                i = candidate(cells, i, rows);
                continue;
            }
            if (block != null) {
                i = block.take(cells, i);
            }
        }
        close(block, rows);
        return rows;
    }

    private static Matcher blockStart(String cell) {
        for (Pattern p : List.of(BLOCK_START, NUMBERED_RESOLUTION, PROSE_START)) {
            Matcher m = p.matcher(cell);
            if (m.matches()) {
                return m;
            }
        }
        return null;
    }

    /** "议案1至议案5为普通决议议案", "议案6为特别决议议案": the kinds the explanatory notes give by number. */
    static Map<String, ResolutionKind> kindsStated(String text) {
        Map<String, ResolutionKind> out = new java.util.HashMap<>();
        Matcher m = KIND_STATEMENT.matcher(text);
        while (m.find()) {
            ResolutionKind kind = m.group(2).equals("普通") ? ResolutionKind.ORDINARY : ResolutionKind.SPECIAL;
            String list = m.group(1);
            Matcher d = DIGITS.matcher(list);
            String prev = null;
            int prevEnd = 0;
            while (d.find()) {
                String n = d.group();
                if (prev != null && list.substring(prevEnd, d.start()).contains("至") && !prev.contains(".") && !n.contains(".")) {
                    for (int k = Integer.parseInt(prev) + 1; k < Integer.parseInt(n) && k - Integer.parseInt(prev) < 60; k++) {
                        out.putIfAbsent(Integer.toString(k), kind);
                    }
                } else if (prev != null && list.substring(prevEnd, d.start()).contains("至") && sameMajor(prev, n)) {
                    // "2.01至2.05": the sub-items between, written as the ends are
                    String major = prev.substring(0, prev.indexOf('.') + 1);
                    int width = prev.length() - major.length();
                    for (int k = Integer.parseInt(prev.substring(major.length())) + 1; k < Integer.parseInt(n.substring(major.length())); k++) {
                        out.putIfAbsent(major + String.format(java.util.Locale.ROOT, "%0" + width + "d", k), kind);
                    }
                }
                out.putIfAbsent(n, kind);
                prev = n;
                prevEnd = d.end();
            }
        }
        Matcher rest = REST_KIND.matcher(text);
        if (rest.find()) {
            out.put(THE_REST, rest.group(1).equals("普通") ? ResolutionKind.ORDINARY : ResolutionKind.SPECIAL);
        }
        return out;
    }

    /** "2.01" and "2.05": sub-items of one resolution, their decimals written alike. */
    private static boolean sameMajor(String a, String b) {
        int dot = a.indexOf('.');
        return dot > 0 && dot == b.indexOf('.') && a.startsWith(b.substring(0, dot + 1)) && a.length() == b.length() && a.length() - dot <= 3;
    }

    /** The kind stated for resolution {@code number}: its own, else its parent's ("2.00" or "2" for "2.03"), else the rest's. */
    static ResolutionKind statedKind(Map<String, ResolutionKind> stated, String number) {
        ResolutionKind own = number == null ? null : stated.get(number);
        if (own == null && number != null && number.indexOf('.') > 0) {
            String major = number.substring(0, number.indexOf('.'));
            own = stated.getOrDefault(major + ".00", stated.get(major));
        }
        return own != null ? own : stated.getOrDefault(THE_REST, ResolutionKind.UNKNOWN);
    }

    /** A candidate's row of the cumulative voting table: number, name, votes received, their share, elected or not. */
    private static int candidate(List<Cell> cells, int i, List<Row> rows) {
        Matcher m = CANDIDATE.matcher(cells.get(i).text());
        if (!m.matches()) {
            return i;
        }
        Row r = new Row();
        r.number = m.group(1);
        r.major = Integer.parseInt(r.number.substring(0, r.number.indexOf('.')));
        r.kind = ResolutionKind.ORDINARY;
        r.columns = List.of(Column.FOR);
        r.source.add(cells.get(i));
        if (!m.group(2).isBlank()) {
            r.text.add(m.group(2).strip());
        }
        int j = i + 1;
        for (; j < cells.size() && j <= i + 8; j++) {
            Cell cell = cells.get(j);
            List<Token> tokens = VoteCells.tokens(cell.text());
            Matcher elected = ELECTED.matcher(cell.text());
            if (tokens != null) {
                r.tokens.addAll(tokens);
            } else if (elected.matches()) {
                r.statedPassed = elected.group(1).equals("是");
                r.source.add(cell);
                break;
            } else if (r.tokens.isEmpty() && CANDIDATE.matcher(cell.text()).matches() == false) {
                r.text.add(cell.text());
            } else {
                j--;
                break;
            }
            r.source.add(cell);
        }
        if (r.tokens.size() >= 2 && !r.text.isEmpty()) {
            // votes received and their share of the votes present: a pair, whatever the percent sign
            r.tokens.set(1, new Token(r.tokens.get(1).value(), true, true));
            r.columns = List.of(Column.FOR);
            rows.add(r);
            return Math.min(j, cells.size() - 1);
        }
        return i;
    }

    private static void close(Block b, List<Row> rows) {
        if (b != null) {
            Row r = b.row();
            if (r != null) {
                rows.add(r);
            }
        }
    }

    /** One resolution's block, gathered cell by cell until the next block or section starts. */
    private static final class Block {
        final Row row = new Row();
        final List<Column> columns = new ArrayList<>();
        List<Token> total;
        final List<List<Token>> classRows = new ArrayList<>();
        final StringBuilder prose = new StringBuilder();
        boolean nameDone;
        boolean minority;

        Block(String number, String name, Cell cell, ResolutionKind sectionKind) {
            row.number = number;
            int dot = number.indexOf('.');
            row.major = Integer.parseInt(dot < 0 ? number : number.substring(0, dot));
            row.kind = sectionKind;
            row.source.add(cell);
            if (!name.isBlank()) {
                row.text.add(name.strip());
                nameDone = name.contains("》") || !name.contains("《");
            }
        }

        /** Takes the cell at i (and the figures after a row label); answers the last index used. */
        int take(List<Cell> cells, int i) {
            Cell cell = cells.get(i);
            String c = cell.text();
            Matcher result = RESULT.matcher(c);
            if (result.find()) {
                String word = result.group(1);
                row.statedPassed = !(word.startsWith("不") || word.startsWith("未") || word.startsWith("否"));
                row.source.add(cell);
                nameDone = true;
                appendProse(c);
                return i;
            }
            if (!nameDone) {
                row.text.add(c);
                row.source.add(cell);
                nameDone = c.contains("》") || row.text.size() > 3;
                return i;
            }
            Matcher own = THIS_ONE_KIND.matcher(c);
            if (own.find()) {
                row.kind = own.group(1).equals("普通") ? ResolutionKind.ORDINARY : ResolutionKind.SPECIAL;
            }
            if (MINORITY.matcher(c).find()) {
                minority = true;
            }
            List<Column> labels = VoteCells.labels(c);
            if (!labels.isEmpty() && total == null && classRows.isEmpty()) {
                columns.addAll(labels);
                return i;
            }
            // "普通股合计： 1,008,222,500 99.9343 421,500 …": a row whose cells came out separated by spaces, in one cell
            int digit = firstDigit(c);
            List<Token> inCell = digit > 0 ? VoteCells.tokens(c.substring(digit)) : null;
            String label = inCell == null ? c : c.substring(0, digit).strip();
            boolean isTotal = TOTAL.matcher(label).matches();
            if (isTotal || ResolutionTableReader.CLASS_LABEL_CELL.matches(label)) {
                List<Token> figures = new ArrayList<>();
                if (inCell != null) {
                    figures.addAll(inCell);
                }
                int j = i + 1;
                List<Token> t;
                while (j < cells.size() && (t = VoteCells.tokens(cells.get(j).text())) != null) {
                    figures.addAll(t);
                    row.source.add(cells.get(j));
                    j++;
                }
                if (!figures.isEmpty()) {
                    row.source.add(cell);
                    if (isTotal) {
                        total = figures;
                    } else {
                        classRows.add(figures);
                    }
                }
                return j - 1;
            }
            if (!minority) {
                appendProse(c);
            }
            return i;
        }

        /** The index of the first digit after a label's "A股" (none at 0), or -1. */
        private static int firstDigit(String c) {
            for (int k = 1; k < c.length(); k++) {
                char ch = c.charAt(k);
                if (ch >= '0' && ch <= '9' && (c.charAt(k - 1) == ' ' || c.charAt(k - 1) == '\t' || c.charAt(k - 1) == '：' || c.charAt(k - 1) == ':')) {
                    return k;
                }
            }
            return -1;
        }

        private void appendProse(String c) {
            if (prose.length() < 4_000) {
                if (cutAtLineEnd(prose, c)) {
                    // "…股份总数的0." / "0115%。", "…99.0657%；反" / "对7,791,900股": one figure or word that the page's line ended in
                    prose.setLength(prose.length() - 1);
                }
                prose.append(c).append('\n');
            }
        }

        /** Whether the text so far ends (before its line break) in a figure or a Chinese word that the next line goes on with. */
        private static boolean cutAtLineEnd(StringBuilder prose, String next) {
            int n = prose.length();
            if (n < 3 || next.isEmpty() || prose.charAt(n - 1) != '\n') {
                return false;
            }
            char last = prose.charAt(n - 2);
            char first = next.charAt(0);
            if (Names.isCjk(last) && Names.isCjk(first)) {
                return true;
            }
            return Character.isDigit(first)
                    && (Character.isDigit(last) || (last == '.' || last == ',') && Character.isDigit(prose.charAt(n - 3)));
        }

        /** The row with the block's result, or null when the block gave no figures and no outcome. */
        Row row() {
            List<Token> figures = total != null ? total : classRows.size() == 1 ? classRows.get(0) : null;
            List<Column> cols = columns.isEmpty() ? List.of(Column.FOR, Column.AGAINST, Column.ABSTAIN) : List.copyOf(columns);
            if (figures == null) {
                figures = proseFigures();
                cols = List.of(Column.FOR, Column.AGAINST, Column.ABSTAIN);
            }
            if (figures == null && row.statedPassed == null) {
                return null;
            }
            if (figures != null) {
                row.tokens.addAll(figures);
            }
            row.columns = cols;
            return row;
        }

        /** 同意/反对/弃权 with their counts and percentages, the first of each, before any minority breakdown. */
        private List<Token> proseFigures() {
            Matcher m = PROSE_FIGURE.matcher(prose);
            Token[] out = new Token[6];
            boolean any = false;
            while (m.find()) {
                int col = switch (m.group(1)) {
                    case "同意", "赞成", "贊成" -> 0;
                    case "反对", "反對" -> 1;
                    default -> 2;
                };
                if (out[2 * col] != null) {
                    break;
                }
                out[2 * col] = new Token(new java.math.BigDecimal(m.group(2).replace(",", "")), false, false);
                out[2 * col + 1] = new Token(new java.math.BigDecimal(m.group(3)), true, true);
                any = true;
            }
            if (!any || out[0] == null) {
                return null;
            }
            List<Token> tokens = new ArrayList<>();
            for (int k = 0; k < 6 && out[k] != null; k++) {
                tokens.add(out[k]);
            }
            return tokens;
        }
    }
}
