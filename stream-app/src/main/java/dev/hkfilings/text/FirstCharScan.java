package dev.hkfilings.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex searched for only where a match can start. {@link Matcher#find()} tries a pattern that opens with neither a
 * plain literal nor a fixed string (an alternation, a case-insensitive word, a digit class) at every position of the
 * text, tens of nanoseconds each: for a few readers that scan whole announcements that was most of their time.
 * Given the characters every match starts with, the pattern is tried only at those positions, with transparent,
 * non-anchoring bounds so that look-arounds, {@code \b} and {@code ^} see the whole text: the matches are
 * {@code find()}'s own. The first characters must cover every alternative, both cases of an ASCII letter under
 * CASE_INSENSITIVE; a test checks each scan against the plain search on the test texts.
 */
public record FirstCharScan(Pattern pattern, String firstChars, Precondition precondition) {

    /** A test that every match starting at a position passes: false rules the position out without the regex. */
    @FunctionalInterface
    public interface Precondition {
        boolean mayMatchAt(CharSequence text, int start);
    }

    public static FirstCharScan of(Pattern pattern, String firstChars) {
        return new FirstCharScan(pattern, firstChars, (text, start) -> true);
    }

    /** This scan, trying the regex only where the precondition also holds. */
    public FirstCharScan where(Precondition p) {
        return new FirstCharScan(pattern, firstChars, p);
    }

    /** A matcher over the text whose {@link Search#find} steps through the matches as {@code find()} would. */
    public Search in(CharSequence text) {
        return new Search(this, text);
    }

    /** The matches of one text, in order. */
    public static final class Search {
        private final FirstCharScan scan;
        private final CharSequence text;
        private final Matcher matcher;
        private int next;

        private Search(FirstCharScan scan, CharSequence text) {
            this.scan = scan;
            this.text = text;
            this.matcher = scan.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        /** Like {@link Matcher#find()}: the next match, starting where the previous one ended; false when none is left. */
        public boolean find() {
            return find(next);
        }

        /** Like {@link Matcher#find(int)}: the first match starting at or after {@code from}. */
        public boolean find(int from) {
            int n = text.length();
            for (int i = from; i < n; i++) {
                if (scan.firstChars.indexOf(text.charAt(i)) >= 0 && scan.precondition.mayMatchAt(text, i)) {
                    matcher.region(i, n);
                    if (matcher.lookingAt()) {
                        // find() resumes after an empty match one character on, so as not to find it again.
                        next = matcher.end() == i ? i + 1 : matcher.end();
                        return true;
                    }
                }
            }
            next = n + 1;
            return false;
        }

        /** The last match: its start, end and groups. */
        public Matcher match() {
            return matcher;
        }
    }
}
