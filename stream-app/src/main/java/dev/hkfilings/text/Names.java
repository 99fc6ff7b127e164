package dev.hkfilings.text;

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

    /** Whitespace collapsed (and dropped between Chinese characters), stray bold markers and trailing punctuation removed. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String c = s.replace("**", "").replaceAll("[\\s\\u00a0\\u3000]+", " ").strip();
        // A line wrap inside Chinese text is no space: "本公司会" + "议室" is one word.
        c = c.replaceAll("(?<=\\p{IsHan}) (?=[\\p{IsHan}（「\\d])|(?<=[\\p{IsHan}）」\\d]) (?=\\p{IsHan})", "");
        c = c.replaceAll("^[\"“”'‘’]+|[\"“”'‘’,;:]+$", "").strip();
        return c.isEmpty() ? null : c;
    }

    /**
     * Whether two wrapped pieces join without a space: Chinese text has none between characters, nor between
     * a character and the digits or Latin letters beside it (2022年12 + 月31日), and a number a narrow column cut
     * in two (2,40 + 6,913,500股) is one number.
     */
    private static boolean joinsTight(CharSequence before, String after) {
        char last = before.charAt(before.length() - 1);
        char first = after.charAt(0);
        if (isCjk(last) && isCjk(first) || isCjkText(last) || isCjkText(first)) {
            return true;
        }
        return (Character.isDigit(last) || last == ',' || last == '.') && (Character.isDigit(first) || first == '%')
                && containsCjk(before, Math.max(0, before.length() - 12));
    }

    /** Line breaks removed the way {@link #join} joins fragments; blank lines (paragraph breaks) kept. */
    public static String unwrap(String text) {
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
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN;
    }
}
