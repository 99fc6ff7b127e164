package dev.hkfilings.pledge;

import dev.hkfilings.text.ChineseScript;
import dev.hkfilings.text.Keywords;
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
 * one column, or two where two text columns meet (a row's purpose and the next row's name, "Replenishing working capital"
 * / "Rosmead Group Co., Ltd."; a pledgee and a purpose); it is then cut where a line opens a new phrase.
 */
final class WrappedCellRows {

    /** Most runs of text lines cut in two that are tried; a table's rows seldom have more than a few. */
    private static final int MAX_CUTS = 12;
    /** Most ways of cutting tried before the table is left to the other readers: the search must stay a table's cost. */
    private static final int MAX_TRIES = 20_000;
    private static final Set<String> CONNECTORS = Set.of("of", "and", "the", "for", "an", "a", "to", "in", "on", "at", "by", "with",
            "from", "or", "under", "its", "which");

    private WrappedCellRows() {
    }

    /**
     * The cells of {@code run} as rows of a cell per label, a column's wrapped lines joined into one cell and each row's
     * last cell marked; null when no cut gives whole rows of one kind per column, when two cuts do, or when too many
     * ways of cutting had to be tried.
     */
    static List<Cell> rows(List<Cell> run, List<String> labels) {
        int columns = labels.size();
        List<List<Cell>> groups = new ArrayList<>();
        for (Cell c : run) {
            List<Cell> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (kind(c) == Slot.TEXT && last != null && kind(last.get(0)) == Slot.TEXT) {
                last.add(c);
            } else {
                List<Cell> g = new ArrayList<>();
                g.add(c);
                groups.add(g);
            }
        }
        List<List<Integer>> cuts = new ArrayList<>();
        int cuttable = 0;
        String firstLine = run.isEmpty() ? "" : run.get(0).text();
        for (List<Cell> g : groups) {
            List<Integer> starts = kind(g.get(0)) != Slot.TEXT ? List.of() : chinese(g) ? chineseStarts(g, firstLine) : phraseStarts(g);
            cuts.add(starts);
            cuttable += starts.isEmpty() ? 0 : 1;
        }
        if (cuttable > MAX_CUTS) {
            return null;
        }
        // "Until the date on" / … / "Jiangbei Rural" / "Commercial Bank" / "Co., Ltd." / "Replenishing working capital":
        // text columns side by side (a term, the pledgee, the purpose) run together, a run cut more than once; tried only
        // where fewer cuts a run fit nowhere
        for (int perGroup = 1; perGroup <= MAX_CUTS_PER_RUN; perGroup++) {
            int most = 0;
            boolean more = perGroup == 1;
            for (List<Integer> starts : cuts) {
                most += Math.min(perGroup, starts.size());
                more |= starts.size() >= perGroup;
            }
            if (!more) {
                return null;
            }
            List<Cell> found = rows(groups, cuts, labels, most, perGroup);
            if (found != null) {
                return found == NO_ANSWER ? null : found;
            }
        }
        return null;
    }

    /** Most columns of text side by side in one row that a run of lines is cut into. */
    private static final int MAX_CUTS_PER_RUN = 3;

    private static boolean chinese(List<Cell> lines) {
        for (Cell line : lines) {
            String t = line.text();
            if (t.isEmpty() || !Names.isCjk(t.charAt(0)) && !Names.isCjk(t.charAt(t.length() - 1))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Chinese lines give no sign where a phrase opens, but some where one ends: a name's form or a bank's branch
     * ("中信证券股份" / "有限公司"), a term's last day ("…登记手续之" / "日"); and a line that opens as the table's first
     * row did ("滨鸿控股集团" / "有限公司" again) opens a row of the same holder.
     */
    static List<Integer> chineseStarts(List<Cell> lines, String firstRowLine) {
        List<Integer> starts = new ArrayList<>();
        StringBuilder above = new StringBuilder();
        for (int i = 1; i < lines.size(); i++) {
            // the lines so far, the last word whole however the line cut it ("…手续之" / "日")
            above.append(ChineseScript.toSimplified(lines.get(i - 1).text().strip()));
            if (ZH_PHRASE_END.matcher(above).find() || lines.get(i).text().equals(firstRowLine)) {
                starts.add(i);
            }
        }
        return starts;
    }

    private static final Pattern ZH_PHRASE_END = Pattern.compile("(?:公司|银行|分行|支行|合伙[）)]|之日|日止|为止|先生|女士)$");

    /** What {@link #rows(List, List, List, int, int)} gives when the cuts found two fits or tried too many: no retry. */
    private static final List<Cell> NO_ANSWER = java.util.Collections.unmodifiableList(new ArrayList<>());

    /**
     * The rows with at most {@code perGroup} cuts in each run of text lines; null when no cut fits, {@link #NO_ANSWER}
     * when two do or too many were tried.
     */
    private static List<Cell> rows(List<List<Cell>> groups, List<List<Integer>> cuts, List<String> labels, int mostCuts, int perGroup) {
        int columns = labels.size();
        // fewest cuts first: the first count of cuts that fits decides, and two fits there are a doubt, not an answer
        int cutSlots = columns - groups.size() % columns;
        for (int wanted = (cutSlots == columns ? 0 : cutSlots); wanted <= mostCuts; wanted += columns) {
            List<List<List<Cell>>> fits = new ArrayList<>();
            int[] tries = {0};
            search(groups, cuts, 0, wanted, perGroup, new ArrayList<>(), labels, fits, tries);
            if (tries[0] > MAX_TRIES) {
                return NO_ANSWER;
            }
            if (fits.size() == 1) {
                return cells(fits.get(0), columns);
            }
            if (fits.size() > 1) {
                return NO_ANSWER;
            }
        }
        return null;
    }

    private static void search(List<List<Cell>> groups, List<List<Integer>> cuts, int g, int wanted, int perGroup,
            List<List<Cell>> slots, List<String> labels, List<List<List<Cell>>> fits, int[] tries) {
        if (fits.size() > 1 || ++tries[0] > MAX_TRIES || wanted > perGroup * (groups.size() - g)) {
            return;
        }
        if (g == groups.size()) {
            if (wanted == 0 && slots.size() % labels.size() == 0 && consistent(slots, labels)) {
                fits.add(new ArrayList<>(slots));
            }
            return;
        }
        List<Cell> group = groups.get(g);
        cut(groups, cuts, g, group, 0, 0, wanted, perGroup, perGroup, slots, labels, fits, tries);
        slots.add(group);
        search(groups, cuts, g + 1, wanted, perGroup, slots, labels, fits, tries);
        slots.remove(slots.size() - 1);
    }

    /**
     * Run {@code g} cut once more at one of its starts from the {@code next}-th on, the piece from line {@code from} set in
     * the slots and the rest after it; then the search goes on, and the rest is cut again while {@code left} allows.
     */
    private static void cut(List<List<Cell>> groups, List<List<Integer>> cuts, int g, List<Cell> group, int from, int next, int wanted,
            int left, int perGroup, List<List<Cell>> slots, List<String> labels, List<List<List<Cell>>> fits, int[] tries) {
        List<Integer> starts = cuts.get(g);
        for (int a = next; wanted > 0 && left > 0 && a < starts.size(); a++) {
            int at = starts.get(a);
            slots.add(group.subList(from, at));
            slots.add(group.subList(at, group.size()));
            search(groups, cuts, g + 1, wanted - 1, perGroup, slots, labels, fits, tries);
            slots.remove(slots.size() - 1);
            cut(groups, cuts, g, group, at, a + 1, wanted - 1, left - 1, perGroup, slots, labels, fits, tries);
            slots.remove(slots.size() - 1);
        }
    }

    /** A cell's kind for the columns' test: a row's type ("Release", "Pledge") is a kind of its own, no text. */
    private enum Slot { TEXT, TYPE, YES_NO, NUMBER, PERCENT, DATE, EMPTY }

    private static Slot kind(Cell c) {
        return switch (c.kind()) {
            // "release of the pledge" in lower case is a wrapped term's middle ("Until the date of" / …), no row's type
            case TEXT -> !Character.isLowerCase(c.text().charAt(0)) && TransactionTableReader.typeCell(c.text()) != null ? Slot.TYPE : Slot.TEXT;
            case YES_NO -> Slot.YES_NO;
            case NUMBER -> Slot.NUMBER;
            case PERCENT -> Slot.PERCENT;
            case DATE -> Slot.DATE;
            case EMPTY -> Slot.EMPTY;
        };
    }

    /**
     * Every column one kind in every row, an empty mark fitting any but the first and a term in words fitting a column of
     * dates ("Until the date on which the pledgee applies for release"), with a figure in some column, and each typed
     * column under a label that names its kind: a header that came apart line by line cuts into labels that do not.
     */
    private static boolean consistent(List<List<Cell>> slots, List<String> labels) {
        int columns = labels.size();
        boolean figure = false;
        for (int c = 0; c < columns; c++) {
            Slot kind = null;
            boolean words = false;
            for (int s = c; s < slots.size(); s += columns) {
                Slot here = kind(slots.get(s).get(0));
                if (here == Slot.EMPTY) {
                    if (c == 0) {
                        // a row opens with its name or type, never a dash; rows cut one cell late would
                        return false;
                    }
                    continue;
                }
                if (here == Slot.TEXT) {
                    words = true;
                    kind = kind == null ? here : kind;
                } else if (kind == null || kind == here || kind == Slot.TEXT && here == Slot.DATE) {
                    kind = here;
                } else {
                    return false;
                }
            }
            if (words && kind != Slot.TEXT && kind != Slot.DATE || kind != null && !labelled(kind, labels.get(c))) {
                return false;
            }
            figure |= kind == Slot.NUMBER;
        }
        return figure;
    }

    private static boolean labelled(Slot kind, String label) {
        String l = ChineseScript.toSimplified(label).toLowerCase(Locale.ROOT);
        return switch (kind) {
            // a Chinese table's percentages often come without their sign, under "比例"
            case NUMBER -> Keywords.containsAny(l, "number", "shares", "amount", "数量", "股数", "比例");
            case PERCENT -> Keywords.containsAny(l, "%", "percent", "proportion", "ratio", "approximate", "比例");
            case DATE -> Keywords.containsAny(l, "date", "term", "period", "commencement", "expiry", "from", "until", "日", "期");
            case YES_NO -> Keywords.containsAny(l, "whether", "restricted", "supplement", "controlling", "yes", "是否");
            case TYPE -> Keywords.containsAny(l, "pledge", "release", "type", "nature", "transaction", "类型", "性质");
            default -> true;
        };
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
            out.add(Cell.of(joined(lines), rowEnd));
        }
        return out;
    }

    private static String joined(List<Cell> lines) {
        StringBuilder b = new StringBuilder(lines.get(0).text());
        for (Cell line : lines.subList(1, lines.size())) {
            boolean cjk = Names.isCjk(b.charAt(b.length() - 1)) && Names.isCjk(line.text().charAt(0));
            b.append(cjk ? "" : " ").append(line.text());
        }
        return b.toString();
    }

    /**
     * The lines of a run of text lines that open a phrase of their own: a capital after a line that ends one (not with
     * "of", "for an", a comma or a hyphen), and no company's form ("Co., Ltd.", "Limited") or branch ("Hangzhou Branch")
     * that ends a name. None for Chinese lines, which give no such sign.
     */
    static List<Integer> phraseStarts(List<Cell> lines) {
        Prefixes p = new Prefixes(lines);
        return p.signsEnd == lines.size() ? p.starts : List.of();
    }

    private static boolean opens(String above, String t) {
        if (t.isEmpty() || above.isEmpty() || !Character.isUpperCase(t.charAt(0)) && t.charAt(0) != '%') {
            return false;
        }
        char end = above.charAt(above.length() - 1);
        if (end == ',' || end == '-' || end == '&' || end == '(' || end == '/') {
            return false;
        }
        String lastWord = above.substring(above.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        // the patterns last: most lines are decided by their first character and the line above
        return !CONNECTORS.contains(lastWord) && !TransactionTableReader.continuesName(t) && !BRANCH.matcher(t).matches();
    }

    /**
     * The phrases of every leading run of {@code lines}, from one reading of them: the lines joined where {@link
     * #phraseStarts} cuts them, a table's labels each wrapped over lines of its own. The labels are tried at several
     * lengths, one for each count of lines above the first figure that may be the first row's name.
     */
    static final class Prefixes {
        private final List<Cell> lines;
        private final List<Integer> starts = new ArrayList<>();
        /** Where a line gives no sign of a phrase's start (a Chinese or empty line): runs reaching past it are one phrase. */
        private final int signsEnd;

        Prefixes(List<Cell> lines) {
            this.lines = lines;
            int end = lines.size();
            for (int i = 1; i < lines.size(); i++) {
                String above = lines.get(i - 1).text();
                String t = lines.get(i).text();
                if (t.isEmpty() || above.isEmpty() || Names.isCjk(t.charAt(0)) || Names.isCjk(above.charAt(above.length() - 1))) {
                    end = i;
                    break;
                }
                if (opens(above, t)) {
                    starts.add(i);
                }
            }
            signsEnd = end;
        }

        /** The phrases of the first {@code end} lines. */
        List<String> phrases(int end) {
            List<String> out = new ArrayList<>();
            int from = 0;
            if (end <= signsEnd) {
                for (int start : starts) {
                    if (start >= end) {
                        break;
                    }
                    out.add(joined(lines.subList(from, start)));
                    from = start;
                }
            }
            out.add(joined(lines.subList(from, end)));
            return out;
        }
    }

    /**
     * Chinese labels one per line, each wrapped over lines of its own with no sign of where ("是否為控" / "股股東", "佔其所持"
     * / "股份比例"): a line ends its label when it ends as a table's labels do ("名稱", "類型", "數量", "起始日", "質權人",
     * "比例", "用途", …); a bracket ("（%）") goes with the label above. Null when the last line ends no label: the lines
     * then run into the first row's name.
     */
    static List<String> chineseLabels(List<Cell> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text().strip();
            if (cur.length() > 0 && (t.startsWith("（") || t.startsWith("(")) && !out.isEmpty() && endsLabel(cur)) {
                cur.append(t);
                continue;
            }
            if (cur.isEmpty() && !out.isEmpty() && CLOSED_BRACKET.matcher(t).matches()) {
                // "本次质押数量" / "（股）": the unit in brackets on a line of its own, with the label above
                out.set(out.size() - 1, out.get(out.size() - 1) + t);
                continue;
            }
            cur.append(t);
            // "是否为控股股东" / "或第一大股东及" / "其一致行动人": a line that opens with a conjunction goes on with the label above
            boolean goesOn = i + 1 < lines.size() && CONJUNCTION_FIRST.matcher(lines.get(i + 1).text().strip()).lookingAt();
            // "單位：萬股", "詳情如下：" above the labels: a line of its own
            if (endsLabel(cur) && !goesOn || t.endsWith("：") || t.endsWith(":") || t.contains("单位") || t.contains("單位")) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) {
            return null;
        }
        return out;
    }

    private static final Pattern CLOSED_BRACKET = Pattern.compile("[（(][^（()）]{1,8}[)）]");
    private static final Pattern CONJUNCTION_FIRST = Pattern.compile("[或及和与與]");

    private static boolean endsLabel(CharSequence label) {
        String f = ChineseScript.toSimplified(label.toString());
        if (f.endsWith("质押") && (f.startsWith("本次") || f.startsWith("累计"))) {
            // "本次质押" / "股数": what was pledged, its count on the next line
            return false;
        }
        for (String end : LABEL_ENDS) {
            if (f.endsWith(end)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> LABEL_ENDS = List.of("名称", "类型", "股东", "数量", "股数", "总数", "售股", "质押", "始日", "期日", "日期",
            "权人", "比例", "用途", "情况", "金额", "期限", "原因", "时间", "行动人", "%）", "%)");

    /** Whether line {@code i} of {@code lines} opens a phrase of its own ({@link #phraseStarts}). */
    static boolean opensPhrase(List<Cell> lines, int i) {
        return opens(lines.get(i - 1).text(), lines.get(i).text());
    }

    private static final Pattern BRANCH = Pattern.compile("^(?:[A-Z][\\w'.&-]*\\s+){0,3}(?:Branch|Sub-[Bb]ranch)\\b.*");
}
