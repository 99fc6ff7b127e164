package dev.hkfilings.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut at its line breaks, as {@code Pattern.compile("\\R").split(text, -1)} cuts it. {@code \R} starts with no
 * literal, so the regex split tried its alternation at every position of a whole announcement; this looks at each
 * character once. A line break is {@code \r\n} or one of {@code \n \u000B \f \r \u0085 \u2028 \u2029}.
 */
public final class LineBreaks {

    private LineBreaks() {
    }

    /** The lines, trailing empty ones kept (the regex split with limit -1); the text itself when it has no break. */
    public static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int at = breakAt(text, 0); at >= 0; at = breakAt(text, start)) {
            lines.add(text.substring(start, at));
            start = afterBreak(text, at);
        }
        lines.add(text.substring(start));
        return lines;
    }

    /** Where the first line break at or after {@code from} is, -1 when there is none: for cutting lines one by one. */
    public static int breakAt(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isBreak(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Where the line after the break at {@code at} starts: {@code \r\n} is one break. */
    public static int afterBreak(String text, int at) {
        return text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n' ? at + 2 : at + 1;
    }

    private static boolean isBreak(char c) {
        // Most characters are printable ASCII above the controls: one comparison rules them out.
        return c <= '\r' ? c >= '\n' : c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
