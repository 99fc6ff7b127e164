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
        boolean inWord = false;
        // One copy into an array: most announcements carry a Chinese name, so the text is stored as UTF-16, and
        // String.charAt then checks the coder and the index at each character.
        for (char c : text.toCharArray()) {
            // Below U+0080 the letters are A-Z and a-z: the table look-up only for the rest.
            boolean latin = c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : c < 0x250 && Character.isLetter(c);
            if (latin && !inWord) {
                latinWords++;
            }
            inWord = latin;
            // No Han character sits below U+2E80; the script look-up is a binary search, so skip it for Latin text.
            if (c >= '\u2E80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            }
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
