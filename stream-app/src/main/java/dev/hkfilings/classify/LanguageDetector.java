package dev.hkfilings.classify;

import dev.hkfilings.text.ChineseScript;

/**
 * The language of an announcement: {@code en}, {@code zh-Hant} or {@code zh-Hans}. English announcements carry
 * the issuer's Chinese name in the header and Chinese ones carry English names and terms, so the decision weighs
 * Han characters against Latin words rather than looking for any of them; the script is then told by the
 * characters that only one of Traditional and Simplified Chinese uses.
 */
public final class LanguageDetector {

    private LanguageDetector() {
    }

    /** The language, or null for a text with neither enough Latin nor Han characters to tell. */
    public static String detect(String text) {
        if (text == null) {
            return null;
        }
        int han = 0;
        int latinWords = 0;
        // One copy into an array: most announcements carry a Chinese name, so the text is stored as UTF-16, and
        // String.charAt then checks the coder and the index at each character.
        int wasLatin = 0;
        for (char c : text.toCharArray()) {
            int latin;
            if (c < 0x80) {
                // Below U+0080 the letters are A-Z and a-z. Counted without a branch on the letter test: in English
                // text letters and spaces alternate too irregularly for the branch predictor.
                int lower = c | 0x20;
                latin = (lower - 'a' >>> 31 ^ 1) & ('z' - lower >>> 31 ^ 1);
            } else {
                latin = c < 0x250 && Character.isLetter(c) ? 1 : 0;
                // No Han character sits below U+2E80; the script look-up is a binary search, so skip it for Latin text.
                if (c >= '\u2E80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
            latinWords += latin & ~wasLatin;
            wasLatin = latin;
        }
        if (han + latinWords < 3) {
            return null;
        }
        // One Han character carries about as much as half an English word.
        if (han < latinWords * 2) {
            return "en";
        }
        int[] counts = ChineseScript.scriptCounts(text);
        return counts[1] > counts[0] ? "zh-Hans" : "zh-Hant";
    }
}
