package dev.hkfilings.text;

/** Whitespace runs collapsed without a regex: the readers do it to every sentence and header of a document. */
public final class Spaces {

    private Spaces() {
    }

    /** {@code s.replaceAll("\\s+", " ")}: each run of {@code [ \t\n\x0B\f\r]} becomes one space. */
    public static String collapse(String s) {
        int n = s.length();
        // The chars copied once and compacted in place (no char becomes more than one): String.charAt checks the coder
        // and the bounds at each, and every sentence of an announcement comes through here.
        char[] b = s.toCharArray();
        int i = 0;
        while (i < n && !(isSpace(b[i]) && (b[i] != ' ' || i + 1 < n && isSpace(b[i + 1])))) {
            i++;
        }
        if (i == n) {
            return s; // no run to collapse and no other whitespace character to replace
        }
        // no run touches b[i] from before (the scan above stops at a run's first char), so the compaction starts there
        return new String(b, 0, compact(b, i, n, b, i));
    }

    /**
     * {@code collapse(new String(src, from, to - from)).strip()}, written through {@code buf} (at least {@code to - from}
     * long) into one new string.
     */
    public static String collapseAndStrip(char[] src, int from, int to, char[] buf) {
        int k = compact(src, from, to, buf, 0);
        // as String.strip: Character.isWhitespace at both ends (no surrogate is whitespace, so char by char is the same)
        int a = 0;
        while (a < k && Character.isWhitespace(buf[a])) {
            a++;
        }
        int b = k;
        while (b > a && Character.isWhitespace(buf[b - 1])) {
            b--;
        }
        return new String(buf, a, b - a);
    }

    /**
     * Copies {@code src[from, to)} to {@code dst} from {@code at} on, each run of whitespace as one space, and returns
     * where the copy ends. {@code dst} may be {@code src} with {@code at <= from}: no char becomes more than one.
     */
    private static int compact(char[] src, int from, int to, char[] dst, int at) {
        int k = at;
        boolean inRun = false;
        for (int i = from; i < to; i++) {
            char c = src[i];
            if (isSpace(c)) {
                if (!inRun) {
                    dst[k++] = ' ';
                }
                inRun = true;
            } else {
                dst[k++] = c;
                inRun = false;
            }
        }
        return k;
    }

    /** The index after the run of {@code \s} characters that starts at {@code from} ({@code from} when there is none). */
    public static int skip(CharSequence s, int from) {
        int i = from;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The characters of the regex class {@code \s} (without UNICODE_CHARACTER_CLASS). */
    public static boolean isRegexSpace(char c) {
        return isSpace(c);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
