package dev.hkfilings.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Prose cut into sentences, with line-wrap breaks turned into spaces. Abbreviations common in
 * announcements (Mr., No., Co., Ltd. before a bracket...) do not end a sentence. Linear in the text's length.
 */
public final class Sentences {


    /** A sentence and where it starts in the text it was cut from. */
    public static final class Sentence {
        private final String text;
        private final int start;
        private String lower;

        public Sentence(String text, int start) {
            this.text = text;
            this.start = start;
        }

        public String text() {
            return text;
        }

        public int start() {
            return start;
        }

        /**
         * The text in lower case (Locale.ROOT), made on first use and shared by the readers that look for words in every
         * sentence ({@link FirstCharScan#findsIn}): a scan of each sentence cost two to three times as much as its lower case
         * and a few searches of that.
         */
        public String lower() {
            if (lower == null) {
                lower = text.toLowerCase(Locale.ROOT);
            }
            return lower;
        }

        @Override
        public String toString() {
            return "Sentence[text=" + text + ", start=" + start + "]";
        }
    }

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "mdm", "dr", "no", "nos", "co", "inc", "approx",
            "e.g", "i.e", "prof", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "rm", "a.m", "p.m", "etc", "vs", "ltd", "limited");

    private Sentences() {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int n = text.length();
        // one copy into an array: String.charAt checks the coder and the bounds at each char
        char[] t = text.toCharArray();
        // one buffer for the collapsed sentences without CJK, which are compacted straight from the array
        char[] buf = new char[n];
        int start = 0;
        int wide = 0;
        for (int i = 0; i < n; i++) {
            char c = t[i];
            wide |= c;
            boolean end = false;
            int next = i + 1;
            if (c == '。' || c == '！' || c == '？' || c == '；') {
                end = true;
            } else if (c == '\n' && blankLineFollows(t, i)) {
                end = true;
            } else if (c == '.' && i + 1 < n && Character.isWhitespace(t[i + 1])) {
                int j = i + 1;
                while (j < n && Character.isWhitespace(t[j])) {
                    j++;
                }
                end = j >= n || (Character.isUpperCase(t[j]) || t[j] == '“' || t[j] == '"')
                        && !abbreviationBefore(text, i, j);
            }
            if (end) {
                add(out, text, t, buf, start, next, wide < NO_CJK_BELOW);
                start = next;
                wide = 0;
            }
        }
        add(out, text, t, buf, start, n, wide < NO_CJK_BELOW);
        return out;
    }

    /**
     * No CJK character sits below U+2E80. The OR of a sentence's chars is below it when every char is; a sentence
     * whose OR is not may still have none, and takes the general path.
     */
    private static final int NO_CJK_BELOW = 0x2E80;

    private static boolean blankLineFollows(char[] t, int i) {
        int j = i + 1;
        while (j < t.length && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r')) {
            j++;
        }
        return j < t.length && t[j] == '\n';
    }

    private static boolean abbreviationBefore(String t, int dot, int nextWordStart) {
        int s = dot;
        while (s > 0 && (Character.isLetter(t.charAt(s - 1)) || t.charAt(s - 1) == '.')) {
            s--;
        }
        String word = t.substring(s, dot).toLowerCase(java.util.Locale.ROOT);
        if (word.equals("ltd") || word.equals("limited") || word.equals("co") || word.equals("inc")) {
            // "Co., Ltd. (the Company)" continues; "... Co., Ltd. The board" ends: only a bracket or lowercase continues
            return t.charAt(nextWordStart) == '(';
        }
        return ABBREVIATIONS.contains(word) || word.length() == 1;
    }

    private static void add(List<Sentence> out, String text, char[] t, char[] buf, int from, int to, boolean noCjk) {
        // Names.unwrap joins a line break into nothing only next to CJK text; elsewhere it leaves whitespace, which
        // collapse and strip then make what they make of the break itself (FastTextEquivalenceTest checks this).
        // Without CJK the sentence is collapsed and stripped in one copy from the text's array: cut out, copied to
        // an array, collapsed and stripped, each sentence was three or four copies.
        String s = noCjk ? Spaces.collapseAndStrip(t, from, to, buf) : Spaces.collapse(Names.unwrap(text.substring(from, to))).strip();
        if (!s.isEmpty()) {
            out.add(new Sentence(s, from));
        }
    }
}
