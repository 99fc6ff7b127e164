package dev.hkfilings.text;

import java.util.Locale;

/**
 * Whether a line is written in capitals, {@code s.equals(s.toUpperCase(Locale.ROOT))}, without the copy for the
 * common case: a line of ASCII characters only is upper case exactly when it has no letter {@code a-z}. Any other
 * line takes the library's answer, which also covers letters that upper-case to two characters.
 */
public final class UpperCase {

    private UpperCase() {
    }

    public static boolean isUpperCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                // upper-casing changes this letter whatever follows: no need to read on (most lines stop here)
                return false;
            }
            if (c >= 0x80) {
                return s.equals(s.toUpperCase(Locale.ROOT));
            }
        }
        return true;
    }

    /** The Latin letters of a line (a heading in capitals has more than a few). */
    public static int latinLetters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // Below U+0080 the letters are A-Z and a-z: the table look-up only for the rest.
            if (c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : c < 0x250 && Character.isLetter(c)) {
                n++;
            }
        }
        return n;
    }
}
