package dev.hkfilings.pledge;

import dev.hkfilings.text.ChineseScript;
import dev.hkfilings.text.Dates;
import dev.hkfilings.text.Numbers;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One table cell as read from extracted text, with what kind of value it holds. {@code rowEnd} marks the last
 * cell of a row when the text kept rows (tab-split tables); line-split tables lose rows, so it is never set there.
 */
record Cell(String text, Kind kind, boolean rowEnd) {

    private static final Pattern DATE_START = Pattern.compile(
            "^(?:\\d{4}\\s*年|\\d{4}[-/.]\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)?\\s+[a-z]{3,9}\\.?,?\\s+\\d{4}|[a-z]{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4})",
            Pattern.CASE_INSENSITIVE);

    enum Kind { TEXT, YES_NO, NUMBER, PERCENT, DATE, EMPTY }

    private static final Pattern YES_NO = Pattern.compile("^(?:yes|no|是|否)(?:\\b|[，,(（\\s]|$).*", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("^[-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?\\s*(?:shares|股|万股|萬股)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("^[-+]?\\d+(?:\\.\\d+)?\\s*%$");
    private static final Pattern EMPTY = Pattern.compile("^(?:-|—|–|/|n/a|不适用|不適用|无|無)$", Pattern.CASE_INSENSITIVE);

    static Cell of(String raw, boolean rowEnd) {
        String t = Numbers.normalizeWidth(raw).strip();
        return new Cell(t, kindOf(t), rowEnd);
    }

    Cell withRowEnd() {
        return new Cell(text, kind, true);
    }

    /**
     * The kind, as the patterns tell it. Each pattern runs only on cells that could match it (every match of EMPTY is
     * at most three characters long, of PERCENT and NUMBER starts with a sign or a digit, of YES_NO with y, n, 是 or 否):
     * a table cell is read once per document, and a matcher per pattern per cell was a visible part of a pledge's time.
     */
    static Kind kindOf(String t) {
        if (t.length() <= 3 && EMPTY.matcher(t).matches()) {
            return Kind.EMPTY;
        }
        boolean numeric = !t.isEmpty() && startsNumber(t.charAt(0));
        if (numeric && PERCENT.matcher(t).matches()) {
            return Kind.PERCENT;
        }
        if (numeric && NUMBER.matcher(t).matches()) {
            return Kind.NUMBER;
        }
        if (!t.isEmpty() && "yYnN是否".indexOf(t.charAt(0)) >= 0 && YES_NO.matcher(t).matches() && t.length() <= 40) {
            return Kind.YES_NO;
        }
        if (startsWithDate(t)) {
            return Kind.DATE;
        }
        return Kind.TEXT;
    }

    private static boolean startsNumber(char c) {
        return c >= '0' && c <= '9' || c == '-' || c == '+';
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

    /** A cell that opens with a date ("October 25, 2022", "2022年10月25日", "2022-10-25"). */
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
