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
            if (b.length() > 0 && !(isCjk(b.charAt(b.length() - 1)) && isCjk(s.charAt(0))) && b.charAt(b.length() - 1) != '(') {
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
        c = c.replaceAll("(?<=\\p{IsHan}) (?=[\\p{IsHan}（「])|(?<=[\\p{IsHan}）」]) (?=\\p{IsHan})", "");
        c = c.replaceAll("^[\"“”'‘’]+|[\"“”'‘’,;:]+$", "").strip();
        return c.isEmpty() ? null : c;
    }

    public static boolean isCjk(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN;
    }
}
