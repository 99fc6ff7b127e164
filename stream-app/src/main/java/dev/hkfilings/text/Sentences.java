package dev.hkfilings.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Prose cut into sentences, with line-wrap breaks turned into spaces. Abbreviations common in
 * announcements (Mr., No., Co., Ltd. before a bracket...) do not end a sentence. Linear in the text's length.
 */
public final class Sentences {


    /** A sentence and where it starts in the text it was cut from. */
    public record Sentence(String text, int start) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "no", "nos", "co", "inc", "approx",
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
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = false;
            int next = i + 1;
            if (c == '。' || c == '！' || c == '？' || c == '；') {
                end = true;
            } else if (c == '\n' && blankLineFollows(text, i)) {
                end = true;
            } else if (c == '.' && i + 1 < n && Character.isWhitespace(text.charAt(i + 1))) {
                int j = i + 1;
                while (j < n && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                end = j >= n || (Character.isUpperCase(text.charAt(j)) || text.charAt(j) == '“' || text.charAt(j) == '"')
                        && !abbreviationBefore(text, i, j);
            }
            if (end) {
                add(out, text, start, next);
                start = next;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean blankLineFollows(String t, int i) {
        int j = i + 1;
        while (j < t.length() && (t.charAt(j) == ' ' || t.charAt(j) == '\t' || t.charAt(j) == '\r')) {
            j++;
        }
        return j < t.length() && t.charAt(j) == '\n';
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

    private static void add(List<Sentence> out, String text, int from, int to) {
        String s = Spaces.collapse(Names.unwrap(text.substring(from, to))).strip();
        if (!s.isEmpty()) {
            out.add(new Sentence(s, from));
        }
    }
}
