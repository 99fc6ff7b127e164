package dev.hkfilings.text;

import java.util.regex.Pattern;

/**
 * {@code pattern.matcher(s).matches()} for a pattern every match of which starts with one of a few characters: a
 * string starting with any other character is answered without a matcher. The table readers test each cell of a
 * document against a handful of such whole-cell patterns, and making a matcher for each was most of their time.
 * ASCII letters are taken in both cases, as CASE_INSENSITIVE compares them; a test checks each use against the
 * plain {@code matches()} on the test texts.
 */
public final class AnchoredMatch {

    private final Pattern pattern;
    private final String firstChars;

    private AnchoredMatch(Pattern pattern, String firstChars) {
        this.pattern = pattern;
        this.firstChars = firstChars;
    }

    /** The pattern, whose matches all start with one of {@code firstChars} (in either case for ASCII letters). */
    public static AnchoredMatch of(Pattern pattern, String firstChars) {
        StringBuilder both = new StringBuilder();
        for (int i = 0; i < firstChars.length(); i++) {
            char c = firstChars.charAt(i);
            both.append(c);
            if (c >= 'a' && c <= 'z') {
                both.append((char) (c - ('a' - 'A')));
            } else if (c >= 'A' && c <= 'Z') {
                both.append((char) (c + ('a' - 'A')));
            }
        }
        return new AnchoredMatch(pattern, both.toString());
    }

    public Pattern pattern() {
        return pattern;
    }

    /** As {@code pattern().matcher(s).matches()}. */
    public boolean matches(String s) {
        if (!s.isEmpty() && firstChars.indexOf(s.charAt(0)) < 0) {
            return false;
        }
        return pattern.matcher(s).matches();
    }
}
