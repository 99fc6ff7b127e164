package dev.hkfilings.text;

import java.util.regex.Pattern;

/**
 * The page number a PDF prints at the foot of each page ("– 1 –", "- 12 -", "Page 3", "第3頁"), which text extraction
 * puts wherever the page broke: in the middle of a table or a sentence. A bare number is not one of them: in a table
 * one cell per line, it is a figure.
 */
public final class PageMarks {

    private static final Pattern PAGE_MARK = Pattern.compile(
            "^(?:[-–—]\\s*\\d{1,3}\\s*[-–—]|(?i:page)\\s+\\d{1,3}(?:\\s+(?i:of)\\s+\\d{1,3})?|第\\s*\\d{1,3}\\s*[页頁](?:\\s*[，,]?\\s*共\\s*\\d{1,3}\\s*[页頁])?)$");

    private PageMarks() {
    }

    /** Spaces before a bare number that only a page number set in the middle or at the right of the foot has. */
    private static final int PAGE_NUMBER_INDENT = 20;

    /** Whether the stripped line is only a page number, or a bare number far indented ("                    2"). */
    public static boolean isPageMark(String line) {
        String l = line.strip();
        if (l.isEmpty() || l.length() > 24) {
            return false;
        }
        if (isBareNumber(l) && line.indexOf(l) >= PAGE_NUMBER_INDENT && line.substring(0, line.indexOf(l)).isBlank()) {
            return true;
        }
        return "-–—Pp第".indexOf(l.charAt(0)) >= 0 && PAGE_MARK.matcher(l).matches();
    }

    /**
     * Whether the line is only a number of one to three digits ("42"): a page's number where nothing else can stand
     * (alone between blank lines, under a running header); a figure anywhere else.
     */
    public static boolean isBareNumber(String line) {
        String l = line.strip();
        if (l.isEmpty() || l.length() > 3) {
            return false;
        }
        for (int k = 0; k < l.length(); k++) {
            if (l.charAt(k) < '0' || l.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }
}
