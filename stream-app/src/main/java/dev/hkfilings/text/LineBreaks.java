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
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isBreak(c)) {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    private static boolean isBreak(char c) {
        // Most characters are printable ASCII above the controls: one comparison rules them out.
        return c <= '\r' ? c >= '\n' : c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
