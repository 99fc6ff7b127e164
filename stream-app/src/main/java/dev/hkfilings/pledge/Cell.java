package dev.hkfilings.pledge;

import dev.hkfilings.text.ChineseScript;
import dev.hkfilings.text.Dates;
import dev.hkfilings.text.FirstCharScan;
import dev.hkfilings.text.Numbers;
import dev.hkfilings.text.Spaces;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One table cell as read from extracted text, with what kind of value it holds. {@code rowEnd} marks the last
 * cell of a row when the text kept rows (tab-split tables); line-split tables lose rows, so it is never set there.
 */
record Cell(String text, Kind kind, boolean rowEnd) {

    private static final Pattern DATE_START = Pattern.compile(
            "^(?:\\d{4}\\s*年|[零〇○一二三四五六七八九]{4}\\s*年|\\d{4}[-/.]\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)?\\s+[a-z]{3,9}\\.?,?\\s+\\d{4}|[a-z]{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4})",
            Pattern.CASE_INSENSITIVE);

    enum Kind { TEXT, YES_NO, NUMBER, PERCENT, DATE, EMPTY }

    // "yes, the" in lower case is a header's wrapped "(if yes, the type of restriction)", no answer;
    // "No fixed term" is no answer: after the word only a bracket or a punctuation mark may follow; "是，注明" / "是，請注明"
    // is the header's wrapped "（如是，注明限售类型）"
    private static final Pattern YES_NO = Pattern.compile("^(?!(?-i:yes|no),)(?!是[，,]\\s*(?:请|請)?注明)(?:yes|no|是|否)(?:$|\\s*[，,(（:：;；.\\-–].*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("^[-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?\\s*(?:shares|股|万股|萬股)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("^[-+]?\\d+(?:\\.\\d+)?\\s*%$");
    private static final Pattern EMPTY = Pattern.compile("^(?:-|—|–|/|n/a|nil|不适用|不適用|无|無)$", Pattern.CASE_INSENSITIVE);

    static Cell of(String raw, boolean rowEnd) {
        String t = Numbers.normalizeWidth(raw).strip();
        // "（15.00%）": a percentage bracketed under or beside its figure
        if (bracketedPercent(t)) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return new Cell(t, kindOf(t), rowEnd);
    }

    /** "(25.00%)", "（25.00%）". */
    static boolean bracketedPercent(String t) {
        return t.length() > 3 && (t.charAt(0) == '(' || t.charAt(0) == '（') && (t.charAt(t.length() - 1) == ')' || t.charAt(t.length() - 1) == '）')
                && isPercent(t.substring(1, t.length() - 1).strip());
    }

    Cell withRowEnd() {
        return new Cell(text, kind, true);
    }

    /** This cell with the rest of its text wrapped onto the next line; it keeps its kind, the row end is the rest's. */
    Cell joinedWith(Cell rest) {
        return new Cell(text + rest.text, kind, rest.rowEnd);
    }

    /**
     * The kind, as the patterns tell it ({@link #kindByPatterns}, the definition this is tested against). A table
     * cell is read once per document, and a matcher per pattern per cell was a visible part of a pledge's time: the
     * number and percentage shapes are read by hand, and the other patterns run only on cells that could match them
     * (every match of EMPTY is at most three characters long, of YES_NO starts with y, n, 是 or 否).
     */
    static Kind kindOf(String t) {
        if (t.length() <= 3 && EMPTY.matcher(t).matches()) {
            return Kind.EMPTY;
        }
        if (isPercent(t)) {
            return Kind.PERCENT;
        }
        if (isNumber(t)) {
            return Kind.NUMBER;
        }
        if (!t.isEmpty() && "yYnN是否".indexOf(t.charAt(0)) >= 0 && YES_NO.matcher(t).matches() && t.length() <= 40) {
            return Kind.YES_NO;
        }
        if (mayStartWithDate(t) && startsWithDate(t)) {
            return Kind.DATE;
        }
        return Kind.TEXT;
    }

    /** {@link #PERCENT}: a sign, digits, a fraction, spaces, then {@code %} and nothing else. */
    static boolean isPercent(String t) {
        int i = figure(t, false);
        if (i < 0) {
            return false;
        }
        i = Spaces.skip(t, i);
        return i == t.length() - 1 && t.charAt(i) == '%';
    }

    /**
     * {@link #NUMBER}: a sign, digits (or digits grouped by commas in threes), a fraction, spaces, then one of the
     * share units or nothing.
     */
    static boolean isNumber(String t) {
        int i = figure(t, true);
        if (i < 0) {
            return false;
        }
        i = Spaces.skip(t, i);
        int rest = t.length() - i;
        return rest == 0 || rest == 6 && isSharesWord(t, i)
                || rest == 1 && t.charAt(i) == '股'
                || rest == 2 && t.charAt(i + 1) == '股' && (t.charAt(i) == '万' || t.charAt(i) == '萬');
    }

    /**
     * The end of a figure at the start of the text ({@code [-+]?} digits {@code (?:\.\d+)?}), -1 when there is none.
     * With {@code grouped}, the digits may also be one to three digits and groups of a comma and three digits (the
     * grouped form is taken when a comma follows the first digits; the plain form cannot go past a comma).
     */
    private static int figure(String t, boolean grouped) {
        int n = t.length();
        int i = n > 0 && (t.charAt(0) == '-' || t.charAt(0) == '+') ? 1 : 0;
        int digits = digits(t, i);
        if (digits == 0) {
            return -1;
        }
        i += digits;
        if (grouped && i < n && t.charAt(i) == ',') {
            if (digits > 3) {
                return -1;
            }
            while (i < n && t.charAt(i) == ',') {
                if (digits(t, i + 1) != 3) {
                    return -1;
                }
                i += 4;
            }
        }
        if (i < n && t.charAt(i) == '.') {
            int fraction = digits(t, i + 1);
            if (fraction == 0) {
                return -1;
            }
            i += 1 + fraction;
        }
        return i;
    }

    /** "shares" in any ASCII case, as the pattern's CASE_INSENSITIVE reads it (String.regionMatches would also take "ſ"). */
    private static boolean isSharesWord(String t, int at) {
        for (int k = 0; k < 6; k++) {
            char c = t.charAt(at + k);
            if (c >= 0x80 || (c | 0x20) != "shares".charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String t, int from) {
        int i = from;
        while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    /**
     * Whether {@link #DATE_START} may find a date at the cell's start: every form opens with a digit, or with a run
     * of three to nine letters, an optional dot, spaces and a digit ("Oct. 25, 2022"), or a year in Chinese numerals.
     * Most cells are names, which the letter run's follower rules out.
     */
    static boolean mayStartWithDate(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        // a Hong Kong date in Chinese numerals, "二零二五年九月十五日"
        if (c >= '0' && c <= '9' || "零〇○一二".indexOf(c) >= 0) {
            return true;
        }
        int i = 0;
        while (i < t.length() && FirstCharScan.isAsciiLetter(t.charAt(i))) {
            i++;
        }
        if (i < 3 || i > 9) {
            return false;
        }
        if (i < t.length() && t.charAt(i) == '.') {
            i++;
        }
        int j = Spaces.skip(t, i);
        return j > i && j < t.length() && t.charAt(j) >= '0' && t.charAt(j) <= '9';
    }

    /** The kind by the patterns alone, the definition {@link #kindOf} is tested against. */
    static Kind kindByPatterns(String t) {
        if (EMPTY.matcher(t).matches()) {
            return Kind.EMPTY;
        }
        if (PERCENT.matcher(t).matches()) {
            return Kind.PERCENT;
        }
        if (NUMBER.matcher(t).matches()) {
            return Kind.NUMBER;
        }
        if (YES_NO.matcher(t).matches() && t.length() <= 40) {
            return Kind.YES_NO;
        }
        if (startsWithDate(t)) {
            return Kind.DATE;
        }
        return Kind.TEXT;
    }

    /** A cell that opens with a date ("October 25, 2022", "2022年10月25日", "二零二二年十月二十五日", "2022-10-25"). */
    private static boolean startsWithDate(String t) {
        if (t.length() > 60) {
            return false;
        }
        // The anchored regex first: it fails at the first characters of most cells, where Dates.first scans them six times.
        return DATE_START.matcher(t).find() && Dates.first(t).isPresent();
    }

    LocalDate date() {
        return Dates.first(text).orElse(null);
    }

    Boolean yes() {
        String l = text.toLowerCase(Locale.ROOT);
        return l.startsWith("yes") || l.startsWith("是");
    }

    /** Text folded for keyword tests (Simplified, lower case). */
    String folded() {
        return ChineseScript.toSimplified(text).toLowerCase(Locale.ROOT);
    }
}
