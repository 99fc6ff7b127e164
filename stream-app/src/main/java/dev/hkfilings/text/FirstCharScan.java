package dev.hkfilings.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
public record FirstCharScan(Pattern pattern, String firstChars, Precondition precondition, long[] firstCharBits, String[] prefixes) {

    /** A test that every match starting at a position passes: false rules the position out without the regex. */
    @FunctionalInterface
    public interface Precondition {
        boolean mayMatchAt(CharSequence text, int start);
    }

    public static FirstCharScan of(Pattern pattern, String firstChars) {
        return new FirstCharScan(pattern, firstChars, (text, start) -> true, bits(firstChars), null);
    }

    /** The first characters as a bit set over all chars: one look-up per character of the text. */
    private static long[] bits(String chars) {
        long[] bits = new long[(Character.MAX_VALUE + 1) / 64];
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            bits[c >>> 6] |= 1L << c;
        }
        return bits;
    }

    private boolean mayStartWith(char c) {
        return (firstCharBits[c >>> 6] & 1L << c) != 0;
    }

    /**
     * A scan of a pattern each of whose matches starts with one of the literal prefixes (every alternative's leading
     * letters; a leading {@code \\b} takes no character). ASCII letters are compared in either case, as
     * CASE_INSENSITIVE compares them (and, for a case-sensitive pattern, more often than needed, which is harmless).
     */
    public static FirstCharScan ofPrefixes(Pattern pattern, String... prefixes) {
        StringBuilder first = new StringBuilder();
        String[] lower = new String[prefixes.length];
        for (int i = 0; i < prefixes.length; i++) {
            lower[i] = asciiLowerCase(prefixes[i]);
            char c = lower[i].charAt(0);
            first.append(c);
            if (c >= 'a' && c <= 'z') {
                first.append((char) (c - ('a' - 'A')));
            }
        }
        // Only the prefixes that open with the position's character, folded: the months' dozen prefixes were each
        // compared at every a, d, f, j, m, n, o and s of a text.
        Map<Character, String[]> byFirst = new HashMap<>();
        for (String prefix : lower) {
            byFirst.merge(prefix.charAt(0), new String[] {prefix}, (a, b) -> {
                String[] both = Arrays.copyOf(a, a.length + 1);
                both[a.length] = b[0];
                return both;
            });
        }
        // ASCII first characters by table; the few others (Chinese words) in a short list, without boxing each char
        String[][] ascii = new String[128][];
        StringBuilder otherFirst = new StringBuilder();
        List<String[]> otherPrefixes = new ArrayList<>();
        byFirst.forEach((c, group) -> {
            if (c < 128) {
                ascii[c] = group;
            } else {
                otherFirst.append(c.charValue());
                otherPrefixes.add(group);
            }
        });
        String others = otherFirst.toString();
        String[][] otherGroups = otherPrefixes.toArray(new String[0][]);
        return new FirstCharScan(pattern, first.toString(), (text, at) -> {
            char c = asciiLowerCase(text.charAt(at));
            String[] candidates;
            if (c < 128) {
                candidates = ascii[c];
            } else {
                int k = others.indexOf(c);
                candidates = k < 0 ? null : otherGroups[k];
            }
            if (candidates != null) {
                for (String prefix : candidates) {
                    if (startsWithAsciiIgnoreCase(text, at, prefix)) {
                        return true;
                    }
                }
            }
            return false;
        }, bits(first.toString()), lower);
    }

    /**
     * False when no match can be in the text whose lower case ({@code toLowerCase(Locale.ROOT)}) is given: none of this
     * scan's prefixes occurs in it. Every match starts with a prefix, whose ASCII letters the pattern compares in
     * either case (CASE_INSENSITIVE folds ASCII only) and which lower-cases to the prefix as given; a scan made from
     * first characters alone knows no prefix and answers true.
     */
    public boolean mayOccurIn(String lowerCaseText) {
        return prefixes == null || Keywords.containsAny(lowerCaseText, prefixes);
    }

    /** Whether the pattern finds a match in the sentence, its prefixes looked for in the sentence's lower case first. */
    public boolean findsIn(Sentences.Sentence sentence) {
        return mayOccurIn(sentence.lower()) && in(sentence.text()).find();
    }

    /** Whether the lower-case word starts at the position, ASCII letters compared as CASE_INSENSITIVE compares them. */
    public static boolean startsWithAsciiIgnoreCase(CharSequence text, int at, String lowerCaseWord) {
        if (at + lowerCaseWord.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < lowerCaseWord.length(); k++) {
            if (asciiLowerCase(text.charAt(at + k)) != lowerCaseWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A-Z or a-z: what {@code [A-Za-z]} matches, with or without CASE_INSENSITIVE (which folds ASCII only). */
    public static boolean isAsciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    private static char asciiLowerCase(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static String asciiLowerCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(asciiLowerCase(s.charAt(i)));
        }
        return b.toString();
    }

    /** This scan, trying the regex only where the precondition holds (instead of this scan's own). */
    public FirstCharScan where(Precondition p) {
        return new FirstCharScan(pattern, firstChars, p, firstCharBits, prefixes);
    }

    /** This scan, trying the regex only where both this scan's precondition and {@code p} hold. */
    public FirstCharScan and(Precondition p) {
        Precondition own = precondition;
        return new FirstCharScan(pattern, firstChars, (text, at) -> own.mayMatchAt(text, at) && p.mayMatchAt(text, at), firstCharBits, prefixes);
    }

    /**
     * Where {@code pattern().matcher(text).region(from, to).find()} (default bounds: opaque and anchoring) finds its first
     * match, when that is before {@code before}; else -1. The first position is tried with that very matcher, the
     * later ones only where a match can start, with a matcher over the text cut at {@code to} (so the region's end
     * stays the end) and transparent bounds, so that a {@code \b} after {@code from} sees the character before it as
     * the opaque region does. For patterns whose only look-behind is {@code \b} and that use no MULTILINE anchors; a
     * combining mark at {@code from}, which {@code \b} would look through, takes the plain search.
     */
    public int firstInRegion(String text, int from, int to, int before) {
        Matcher exact = pattern.matcher(text).region(from, to);
        if (from >= to || Character.getType(text.charAt(from)) == Character.NON_SPACING_MARK) {
            return exact.find() && exact.start() < before ? exact.start() : -1;
        }
        if (exact.lookingAt()) {
            return from < before ? from : -1;
        }
        String head = to == text.length() ? text : text.substring(0, to);
        Matcher m = pattern.matcher(head).useTransparentBounds(true).useAnchoringBounds(false);
        int end = Math.min(to, before);
        if (end <= from + 1) {
            return -1;
        }
        // the screened chars copied once (as in Search.find): String.charAt checks the coder and bounds at each
        char[] cs = new char[end - from - 1];
        text.getChars(from + 1, end, cs, 0);
        for (int i = from + 1; i < end; i++) {
            if (mayStartWith(cs[i - from - 1]) && precondition.mayMatchAt(head, i)) {
                m.region(i, to);
                if (m.lookingAt()) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A matcher over the text whose {@link Search#find} steps through the matches as {@code find()} would. */
    public Search in(CharSequence text) {
        return new Search(this, text);
    }

    /** The matches of one text, in order. */
    public static final class Search {
        private final FirstCharScan scan;
        private final CharSequence text;
        /** Made on the first position that passes the cheap tests: most searches (a sentence without the word) need none. */
        private Matcher matcher;
        /**
         * The text's chars as far as a search has asked, copied for the screening loop: through a CharSequence, each
         * charAt was a type check, a coder check and a bounds check, and that loop was a tenth of a poll result's analysis.
         */
        private char[] chars;
        private int next;

        private Search(FirstCharScan scan, CharSequence text) {
            this.scan = scan;
            this.text = text;
        }

        private Matcher matcher() {
            if (matcher == null) {
                matcher = scan.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            return matcher;
        }

        /** Like {@link Matcher#find()}: the next match, starting where the previous one ended; false when none is left. */
        public boolean find() {
            return find(next);
        }

        /** Like {@link Matcher#find(int)}: the first match starting at or after {@code from}. */
        public boolean find(int from) {
            return find(from, text.length());
        }

        /**
         * The first match within {@code [from, to)}, as {@code find()} in the region gives it, for a pattern without
         * look-arounds or {@code \\b} at its end: the region limits what a match takes, but (the bounds being
         * transparent) not what a look-ahead sees.
         */
        public boolean find(int from, int to) {
            int n = to;
            if (chars == null || chars.length < n) {
                // only as far as asked: a search of a title's region must not copy a whole report
                chars = new char[Math.min(n, text.length())];
                text.toString().getChars(0, chars.length, chars, 0);
            }
            char[] cs = chars;
            for (int i = from; i < n; i++) {
                if (scan.mayStartWith(cs[i]) && scan.precondition.mayMatchAt(text, i)) {
                    Matcher matcher = matcher();
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
            return matcher();
        }
    }
}
