package dev.hkfilings.text;

/**
 * Keyword tests that readers wrote as {@code s.matches(".*(a|b|c).*")}. Java's regex tries such an alternation at
 * every position of the string (an O(length x keywords) backtracking walk per test, several per table header);
 * {@link String#contains} per keyword is a vectorised scan. Same answers: see the equivalences on each method.
 */
public final class Keywords {

    private Keywords() {
    }

    /** Whether the text contains any of the keywords: {@code s.matches("(?s).*(a|b).*")}. */
    public static boolean containsAny(String s, String... keywords) {
        for (String k : keywords) {
            if (s.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code s.matches(".*(a|b).*")} without DOTALL: {@code .} stops at line terminators, so a text with one never
     * matches, and one without matches when it contains a keyword.
     */
    public static boolean lineContainsAny(String s, String... keywords) {
        return !hasLineTerminator(s) && containsAny(s, keywords);
    }

    /**
     * Whether the text has one of the characters {@code .} does not match without DOTALL or UNIX_LINES: a reader
     * that asks {@link #lineContainsAny} a dozen times of one header tests this once and then {@link #containsAny}.
     */
    public static boolean hasLineTerminator(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
