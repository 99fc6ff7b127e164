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
}
