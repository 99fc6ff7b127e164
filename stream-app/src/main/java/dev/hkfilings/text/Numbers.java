package dev.hkfilings.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as announcements write them: thousands separators, full-width digits, units of
 * ten thousand (萬股 / 万股 / "in 10 thousand") and percentages.
 */
public final class Numbers {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d{1,3}(?:[,，]\\d{3})+(?:\\.\\d+)?|[-+]?\\d+(?:\\.\\d+)?");
    private static final Pattern PERCENT = Pattern.compile("([-+]?\\d+(?:\\.\\d+)?)\\s*[%％]");

    /** "(in 10" whose "thousand" a wrapped table header put elsewhere. */
    private static final Pattern TEN_THOUSAND_HEAD = Pattern.compile("\\(in\\s+10(?![\\d,.%])");

    private Numbers() {
    }

    /** Full-width digits and punctuation to ASCII, so one set of patterns reads both. */
    public static String normalizeWidth(String s) {
        if (s == null) {
            return null;
        }
        int n = s.length();
        int first = 0;
        // every char that maps is above U+007F (U+00A0 the lowest); a full-width comma may map, so it starts the copy
        while (first < n && (s.charAt(first) < 0x80 || normalizeWidth(s.charAt(first)) == s.charAt(first))) {
            first++;
        }
        if (first == n) {
            return s; // most texts have nothing to map: no copy
        }
        char[] b = new char[n];
        s.getChars(0, first, b, 0);
        for (int i = first; i < n; i++) {
            char c = s.charAt(i);
            // a full-width comma is a thousands separator only between digits; in a Chinese sentence it stays as written
            b[i] = c == '，' && !(i > 0 && isAsciiDigit(b[i - 1]) && i + 1 < n && isAsciiDigit(normalizeWidth(s.charAt(i + 1)))) ? c : normalizeWidth(c);
        }
        return new String(b);
    }

    /** An ASCII digit, '0' to '9' (not {@link Character#isDigit}, which takes every script's digits). */
    public static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** One character as {@link #normalizeWidth(String)} maps it (a full-width comma always, for matching). */
    public static char normalizeWidth(char c) {
        if (c >= '０' && c <= '９') {
            return (char) (c - '０' + '0');
        } else if (c == '．') {
            return '.';
        } else if (c == '，') {
            return ',';
        } else if (c == '％') {
            return '%';
        } else if (c == '\u00a0' || c == '\u3000') {
            return ' ';
        }
        return c;
    }

    /** The first decimal number in the text, separators removed. */
    public static Optional<BigDecimal> firstDecimal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(normalizeWidth(text));
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(m.group().replace(",", "").replace("，", "")));
    }

    /**
     * A share count in whole shares. {@code unitMultiplier} is 10,000 for tables "in 10 thousand"
     * (萬股), 1 otherwise. Values that are not whole shares after scaling are refused rather than rounded.
     */
    public static Optional<Long> shares(String text, long unitMultiplier) {
        return firstDecimal(text).flatMap(d -> {
            BigDecimal scaled = d.multiply(BigDecimal.valueOf(unitMultiplier));
            try {
                return Optional.of(scaled.setScale(0, RoundingMode.UNNECESSARY).longValueExact());
            } catch (ArithmeticException notWhole) {
                return Optional.empty();
            }
        });
    }

    /** A percentage as written: "7.01%" gives 7.01. Requires the percent sign. */
    public static Optional<Double> percent(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = PERCENT.matcher(normalizeWidth(text));
        return m.find() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
    }

    /** Whether a unit label says the figures are in ten thousands of shares. */
    public static boolean isTenThousandUnit(String label) {
        if (label == null) {
            return false;
        }
        String lower = label.toLowerCase(java.util.Locale.ROOT);
        // every form below has "10", "ten", 萬 or 万 in it, whitespace or not: most labels have none
        if (!lower.contains("10") && !lower.contains("ten") && lower.indexOf('萬') < 0 && lower.indexOf('万') < 0) {
            return false;
        }
        // Spaces.collapse is the \s+ replacement without a regex; the pattern opens with "(in"
        String l = Spaces.collapse(lower);
        return l.contains("(in") && TEN_THOUSAND_HEAD.matcher(l).find() || l.contains("10 thousand") || l.contains("10,000 shares") || l.contains("ten thousand")
                || l.contains("萬股") || l.contains("万股") || l.contains("(萬") || l.contains("(万")
                || l.contains("（萬") || l.contains("（万");
    }
}
