package dev.hkfilings.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Tells English from Traditional and Simplified Chinese by script alone: enough for HKEX filings, which are one of
 * the three, and cheap compared with the parse. Anything else is "other".
 */
public final class ScriptLanguage {

    /** Characters whose Traditional and Simplified forms differ, and that are common in announcements; pairwise aligned. */
    private static final String TRADITIONAL = "國會東發說這時為與個們來對現資產業務權證於關聯書據報額點議決條項應開實經濟價額總數萬億並質押董監購買賣認證結屆當選舉屬稱變動區";
    private static final String SIMPLIFIED  = "国会东发说这时为与个们来对现资产业务权证于关联书据报额点议决条项应开实经济价额总数万亿并质押董监购买卖认证结届当选举属称变动区";
    private static final Set<String> ENGLISH_WORDS = Set.of("the", "of", "and", "to", "in", "a", "is", "for", "on", "by",
            "with", "as", "that", "be", "are", "shares", "company", "which", "at", "or");
    private static final int SAMPLE_CHARS = 200_000;

    private ScriptLanguage() {
    }

    /** @return en, zh-Hant, zh-Hans, zh (undecided script), other, or null for text without letters */
    public static String detect(String text) {
        if (text == null) {
            return null;
        }
        int end = Math.min(text.length(), SAMPLE_CHARS);
        long han = 0, latin = 0, otherLetters = 0, trad = 0, simp = 0;
        for (int i = 0; i < end; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN) {
                han++;
                if (cp < 0x10000) {
                    char c = (char) cp;
                    // a character in both strings at the same index has one form: it counts for neither
                    int t = TRADITIONAL.indexOf(c), s = SIMPLIFIED.indexOf(c);
                    if (t >= 0 && s != t) {
                        trad++;
                    } else if (s >= 0 && t != s) {
                        simp++;
                    }
                }
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            } else if (Character.isLetter(cp)) {
                otherLetters++;
            }
        }
        long letters = han + latin + otherLetters;
        if (letters == 0) {
            return null;
        }
        // a Han character carries about a word, so a third of the letters is already a Chinese text
        if (han * 3 >= letters) {
            return trad > simp ? "zh-Hant" : simp > trad ? "zh-Hans" : "zh";
        }
        if (latin >= otherLetters && looksEnglish(text, end)) {
            return "en";
        }
        return "other";
    }

    private static boolean looksEnglish(String text, int end) {
        int words = 0, english = 0;
        for (String w : text.substring(0, Math.min(end, 20_000)).toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (!w.isEmpty()) {
                words++;
                if (ENGLISH_WORDS.contains(w)) {
                    english++;
                }
            }
        }
        return words > 0 && english * 100 >= words * 8 || words > 0 && words < 20;
    }
}
