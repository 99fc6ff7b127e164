package dev.hkfilings.topology;

/** Where to cut a string so that its UTF-8 form fits a byte budget, never inside a surrogate pair. */
final class Utf8Cut {

    private Utf8Cut() {
    }

    /** The length of the longest prefix of {@code s} whose UTF-8 encoding takes at most {@code maxBytes}. */
    static int charsWithin(String s, int maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative, not " + maxBytes);
        }
        // no char takes more than three bytes (a surrogate pair takes four for two chars): most texts need no count
        if (s.length() <= maxBytes / 3) {
            return s.length();
        }
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int width;
            int chars = 1;
            if (c < 0x80) {
                width = 1;
            } else if (c < 0x800) {
                width = 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                width = 4;
                chars = 2;
            } else {
                // a lone surrogate is written as '?' by the UTF-8 encoder: counting three is on the safe side
                width = 3;
            }
            if (bytes + width > maxBytes) {
                return i;
            }
            bytes += width;
            i += chars - 1;
        }
        return s.length();
    }
}
