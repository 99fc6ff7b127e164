package dev.hkfilings.pledge;

import dev.hkfilings.text.ChineseScript;
import dev.hkfilings.text.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Chinese table row whose cells wrapped, one cell per line. The row's line comes first, a line per column ("佛山南嶺投資控股
 * | 是 | 2,700 | ... | 中國光大銀行股份 | 償還債務"), then the second lines of the cells that wrapped, in column order
 * ("有限公司 | 有限公司佛山分行"). Read in turn, the second lines look like further columns; set beside the cells that were
 * cut, they complete them. Only an assignment that leaves every cell it touched complete is taken: any other row is left
 * to the general reading.
 */
final class LineSplitContinuations {

    /** Endings after which a Chinese cell is complete: entity suffixes, and the words that close a term or a purpose. */
    private static final Pattern COMPLETE = Pattern.compile(
            ".*(?:公司|银行|分行|支行|营业部|中心|合伙[)）]|[)）]|止|之日|需求|需要|经营|融资|债务|资金|投资|消费|周转|业务|贷款|担保|质押)$");
    private static final Pattern NAME_TAIL = Pattern.compile("有限|股份|公司|集团|集團|合伙|合夥|[（(]");
    private static final Pattern ROW_LABEL = Pattern.compile("^(?:合计|合計|总计|總計|小计|小計)$");

    /** The row's names and text cells after its figures once completed, and how many of the text cells they used. */
    record Row(List<String> names, List<List<String>> cells, int used) {
    }

    private LineSplitContinuations() {
    }

    /**
     * The row completed, or null when its text cells do not read as {@code columns} first lines followed by the
     * second lines of the cells that were cut.
     *
     * @param names   the text before the row's figures: its first column, when it is one line
     * @param after   the text cells after the row's figures, up to its next figures
     * @param columns how many text columns follow the figures
     */
    static Row complete(List<String> names, List<String> after, int columns) {
        if (names.size() != 1 || after.size() <= columns || !allChinese(after.subList(0, columns + 1))) {
            return null;
        }
        for (String first : after.subList(1, columns)) {
            if (TAIL_START.matcher(ChineseScript.toSimplified(first.strip())).matches()) {
                // "华鼎证券" / "股份有限" / "公司": the line that opens with a company's form goes on with the name above it,
                // no column opens with it
                return null;
            }
        }
        List<String> firstLines = new ArrayList<>(names);
        firstLines.addAll(after.subList(0, columns));
        List<Integer> cut = new ArrayList<>();
        for (int k = 0; k < firstLines.size(); k++) {
            if (!complete(firstLines.get(k))) {
                cut.add(k);
            }
        }
        // the second lines end where the next row's first column or the total row starts
        List<String> seconds = new ArrayList<>();
        for (int k = columns; k < after.size() && seconds.size() < cut.size(); k++) {
            String s = after.get(k);
            if (!Names.isCjk(s.charAt(0)) || ROW_LABEL.matcher(s).matches() || s.equals(names.get(0))) {
                break;
            }
            seconds.add(s);
        }
        // fewer second lines than cut cells: a short first column ("千岛控股") stood whole, the later ones wrapped; and a
        // last candidate that fits nowhere is the next row's name
        for (int n = seconds.size(); n > 0; n--) {
            List<String> joined = joined(firstLines, cut.subList(cut.size() - n, cut.size()), seconds.subList(0, n));
            if (joined != null && !openTerm(joined)) {
                List<List<String>> cells = new ArrayList<>();
                for (String c : joined.subList(1, joined.size())) {
                    cells.add(List.of(c));
                }
                return new Row(List.of(joined.get(0)), cells, columns + n);
            }
        }
        return null;
    }

    /** Whether a cell is a term's first line without its end ("至办理解除质"): a row so read has taken a wrong line. */
    private static boolean openTerm(List<String> cells) {
        for (String c : cells) {
            String t = c.strip();
            if (t.startsWith("至") && !t.endsWith("日") && !t.endsWith("止")) {
                return true;
            }
        }
        return false;
    }

    /** The first lines with each second line set after its cut cell; null when one of them is still not complete. */
    private static List<String> joined(List<String> firstLines, List<Integer> targets, List<String> seconds) {
        List<String> joined = new ArrayList<>(firstLines);
        for (int k = 0; k < seconds.size(); k++) {
            int col = targets.get(k);
            // the holder's name goes on with its suffix ("有限公司"), never with a name of its own
            if (col == 0 && !NAME_TAIL.matcher(seconds.get(k)).lookingAt()) {
                return null;
            }
            // a name cut before its suffix goes on with the suffix ("中國光大銀行股份" + "有限公司佛山分行"), not with the
            // next column ("华鼎证券股份有限" + "自身生产经营": there the suffix was the line right below it)
            String first = ChineseScript.toSimplified(joined.get(col).strip());
            if (!first.startsWith("至") && HEAD.matcher(first).matches()
                    && !TAIL_START.matcher(ChineseScript.toSimplified(seconds.get(k).strip())).matches()) {
                return null;
            }
            String cell = joined.get(col) + seconds.get(k);
            if (!complete(cell) || openTerm(List.of(cell))) {
                return null;
            }
            joined.set(col, cell);
        }
        return joined;
    }

    /** A first line that cannot stand alone: a term's start ("至辦理解除") or a name cut before its suffix ("國聯信達證券"). */
    private static final Pattern HEAD = Pattern.compile("^至.*|.*(?:证券|股份|有限|银行|信托|投资|控股|集团)$");
    /** A company's form, or its rest where the line broke inside it ("国信证券股份有" / "限公司"). */
    private static final Pattern TAIL_START = Pattern.compile("^(?:股份|有限|公司|集团|分行|支行|合伙|[（(]|份有限|限公司|限责任|限合伙).*");

    /**
     * A row set in the middle of its tallest cell: one cell per line, the first lines of the cells that wrapped come
     * before the row's name ("至辦理解除 | 國聯信達證券 | 華晟投資 | 是 | 8600000 | ... | 質押登記之日 | 股份有限公司 |
     * 償還前期質押融資"). Each such first line goes, in column order, before the cell after the figures that goes on
     * with it: a term before its end (之日, 止), a name before its suffix. Null unless every one finds its cell.
     */
    static Row headsAbove(List<String> names, List<String> after, int columns) {
        if (names.size() < 2 || after.size() < columns || columns == 0) {
            return null;
        }
        List<String> heads = names.subList(0, names.size() - 1);
        List<String> cells = new ArrayList<>(after.subList(0, columns));
        int next = 0;
        for (String head : heads) {
            String h = ChineseScript.toSimplified(head.strip());
            if (h.isEmpty() || !Names.isCjk(h.charAt(h.length() - 1)) || !HEAD.matcher(h).matches()) {
                return null;
            }
            boolean term = h.startsWith("至");
            int at = -1;
            for (int k = next; k < cells.size() && at < 0; k++) {
                String c = ChineseScript.toSimplified(cells.get(k).strip());
                if (term ? c.endsWith("日") || c.endsWith("止") : TAIL_START.matcher(c).matches()) {
                    at = k;
                }
            }
            if (at < 0) {
                return null;
            }
            cells.set(at, head.strip() + cells.get(at).strip());
            next = at + 1;
        }
        List<List<String>> out = new ArrayList<>();
        for (String c : cells) {
            out.add(List.of(c));
        }
        return new Row(List.of(names.get(names.size() - 1)), out, columns);
    }

    private static boolean complete(String cell) {
        String c = ChineseScript.toSimplified(cell.strip());
        // "至办理解除质押登记手续之日止": a term is whole at its end only
        return c.startsWith("至") ? c.endsWith("止") || c.endsWith("日") : COMPLETE.matcher(c).matches();
    }

    private static boolean allChinese(List<String> cells) {
        for (String c : cells) {
            if (c.isEmpty() || !Names.isCjk(c.charAt(0)) || !Names.isCjk(c.charAt(c.length() - 1))) {
                return false;
            }
        }
        return true;
    }
}
