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

    /** Whether the stripped line is only a page number. */
    public static boolean isPageMark(String line) {
        String l = line.strip();
        return l.length() <= 24 && !l.isEmpty() && "-–—Pp第".indexOf(l.charAt(0)) >= 0 && PAGE_MARK.matcher(l).matches();
    }
}
