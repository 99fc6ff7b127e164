package dev.hkfilings.text;

import java.util.regex.Pattern;

/** Names that a PDF table wrapped over several lines, joined back into one. */
public final class Names {

    private Names() {
    }

    /**
     * Joins wrapped fragments: "Jiangxi Ruide Venture" + "Investment Co., Ltd." is one name. Chinese
     * fragments join without a space; whitespace runs collapse to one space.
     */
    public static String join(Iterable<String> fragments) {
        StringBuilder b = new StringBuilder();
        for (String f : fragments) {
            String s = f == null ? "" : f.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (b.length() > 0 && !joinsTight(b, s) && b.charAt(b.length() - 1) != '(') {
                b.append(' ');
            }
            b.append(s);
        }
        return clean(b.toString());
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");
    private static final Pattern CJK_GAP = Pattern.compile(
            "(?<=\\p{IsHan}) (?=[\\p{IsHan}（「\\d])|(?<=[\\p{IsHan}）」\\d]) (?=\\p{IsHan})");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\"“”'‘’]+|[\"“”'‘’,;:]+$");

    /** Whitespace collapsed (and dropped between Chinese characters), stray bold markers and trailing punctuation removed. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String c = onlyCommonChars(s) ? cleanInOnePass(s) : cleanByRegex(s);
        return c.isEmpty() ? null : c;
    }

    /** The definition of {@link #clean} (before the null for an empty result), which {@link #cleanInOnePass} computes faster. */
    static String cleanByRegex(String s) {
        String c = SPACES.matcher(s.replace("**", "")).replaceAll(" ").strip();
        // A line wrap inside Chinese text is no space: "本公司会" + "议室" is one word.
        c = CJK_GAP.matcher(c).replaceAll("");
        return EDGE_PUNCTUATION.matcher(c).replaceAll("").strip();
    }

    /**
     * Whether {@link #cleanInOnePass} equals {@link #cleanByRegex} on the text: no whitespace that {@code strip()} drops
     * but the space class does not collapse, no surrogates (the regex sees code points) and no line terminator that
     * {@code $} would stop before.
     */
    private static boolean onlyCommonChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && (Character.isSurrogate(c) || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || Character.isWhitespace(c) && c != '\u3000')
                    || c < 0x20 && Character.isWhitespace(c) && !isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    /** The characters {@link #SPACES} collapses. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00a0' || c == '\u3000';
    }

    /**
     * {@link #cleanByRegex} without its three regexes (each a scan with look-arounds per line of every header): spaces
     * collapsed and stripped, a space between Chinese characters dropped, then the quotes and punctuation at the ends.
     */
    static String cleanInOnePass(String s) {
        String t = s.contains("**") ? s.replace("**", "") : s;
        int n = t.length();
        // A char array rather than a StringBuilder: appending char by char was most of reading a header. A space is
        // written only for a run of at least one whitespace character, so the text never outgrows the array.
        char[] b = new char[n];
        int len = 0;
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (isSpace(c)) {
                space = len > 0;
                continue;
            }
            if (space) {
                b[len++] = ' ';
                space = false;
            }
            b[len++] = c;
        }
        // Spaces are now single and inner: each has a non-space on both sides, as the regex's look-arounds saw them.
        // (Writing at w <= i never overwrites b[i - 1] before it is read: a removed gap puts w at least one behind.)
        int w = 0;
        for (int i = 0; i < len; i++) {
            char c = b[i];
            if (c == ' ' && cjkGap(b[i - 1], b[i + 1])) {
                continue;
            }
            b[w++] = c;
        }
        int from = 0;
        while (from < w && isQuote(b[from])) {
            from++;
        }
        int to = w;
        while (to > from && (isQuote(b[to - 1]) || b[to - 1] == ',' || b[to - 1] == ';' || b[to - 1] == ':')) {
            to--;
        }
        while (from < to && b[from] == ' ') {
            from++;
        }
        while (to > from && b[to - 1] == ' ') {
            to--;
        }
        return new String(b, from, to - from);
    }

    private static boolean cjkGap(char before, char after) {
        return isCjk(before) && (isCjk(after) || after == '（' || after == '「' || Numbers.isAsciiDigit(after))
                || (isCjk(before) || before == '）' || before == '」' || Numbers.isAsciiDigit(before)) && isCjk(after);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '\'' || c == '‘' || c == '’';
    }

    /**
     * Whether two wrapped pieces join without a space: Chinese text has none between characters, nor between
     * a character and the digits or Latin letters beside it (2022年12 + 月31日), and a number a narrow column cut
     * in two (2,40 + 6,913,500股) is one number.
     */
    private static boolean joinsTight(CharSequence before, String after) {
        return joinsTight(before, after.charAt(0));
    }

    private static boolean joinsTight(CharSequence before, char first) {
        char last = before.charAt(before.length() - 1);
        if (isCjk(last) && isCjk(first) || isCjkText(last) || isCjkText(first)) {
            return true;
        }
        return (Character.isDigit(last) || last == ',' || last == '.') && (Character.isDigit(first) || first == '%')
                && containsCjk(before, Math.max(0, before.length() - 12));
    }

    /**
     * Line breaks removed the way {@link #join} joins fragments; blank lines (paragraph breaks) kept. As
     * {@link #unwrapByChars}, with the text between line breaks copied in one piece rather than char by char: every
     * sentence of a poll announcement goes through here.
     */
    public static String unwrap(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        int i = text.indexOf('\n');
        if (i < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(n);
        b.append(text, 0, i);
        while (i < n) {
            // text.charAt(i) is a line break here
            int j = i + 1;
            while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\r')) {
                j++;
            }
            int resume;
            if (j >= n || text.charAt(j) == '\n' || b.length() == 0) {
                b.append('\n');
                resume = i + 1;
            } else {
                while (b.length() > 0 && (b.charAt(b.length() - 1) == ' ' || b.charAt(b.length() - 1) == '\r')) {
                    b.setLength(b.length() - 1);
                }
                if (b.length() > 0 && b.charAt(b.length() - 1) == '\n') {
                    b.append('\n');
                } else if (b.length() > 0 && !joinsTight(b, text.charAt(j))) {
                    b.append(' ');
                }
                resume = j;
            }
            int next = text.indexOf('\n', resume);
            if (next < 0) {
                next = n;
            }
            b.append(text, resume, next);
            i = next;
        }
        return b.toString();
    }

    /** The char-by-char definition of {@link #unwrap}. */
    static String unwrapByChars(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '\n') {
                b.append(c);
                continue;
            }
            int j = i + 1;
            while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\r')) {
                j++;
            }
            if (j >= n || text.charAt(j) == '\n' || b.length() == 0) {
                b.append('\n');
                continue;
            }
            while (b.length() > 0 && (b.charAt(b.length() - 1) == ' ' || b.charAt(b.length() - 1) == '\r')) {
                b.setLength(b.length() - 1);
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) == '\n') {
                b.append('\n');
            } else if (b.length() > 0 && !joinsTight(b, text.substring(j, j + 1))) {
                b.append(' ');
            }
            i = j - 1;
        }
        return b.toString();
    }

    private static boolean isCjkText(char c) {
        return isCjk(c) || c >= '\u3000' && c <= '\u303f' || c >= '\uff00' && c <= '\uffef';
    }

    private static boolean containsCjk(CharSequence s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (isCjk(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public static boolean isCjk(char c) {
        // No Han character sits below U+2E80; the script look-up is a binary search, so skip it for Latin text.
        return c >= '\u2E80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
