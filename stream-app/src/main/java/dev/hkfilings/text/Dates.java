package dev.hkfilings.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as HKEX announcements write them, in English and Chinese, to ISO {@link LocalDate}. */
public final class Dates {

    private static final String MONTHS = "(?<![A-Za-z])(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTHS + "\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + ",?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern CHINESE_NUMERALS = Pattern.compile("([零〇○一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日");
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern DMY_NUMERIC = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    /**
     * Where each form can start ({@link FirstCharScan}): a month's first three letters in either case, a digit, a Chinese
     * numeral. Every document's cells and sentences go through these six patterns; the regex engine alone tried
     * each of them at every character.
     */
    static final List<FirstCharScan> FORMS = List.of(
            FirstCharScan.ofPrefixes(MONTH_DAY_YEAR, "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                    .and((t, at) -> at == 0 || !FirstCharScan.isAsciiLetter(t.charAt(at - 1))),
            FirstCharScan.of(DAY_MONTH_YEAR, "0123456789").where(Dates::dayThenWord),
            FirstCharScan.of(CHINESE, "0123456789").where((t, at) -> yearThen(t, at, "年")),
            FirstCharScan.of(CHINESE_NUMERALS, "零〇○一二三四五六七八九"),
            FirstCharScan.of(ISO, "0123456789").where((t, at) -> yearThen(t, at, "-/.")),
            FirstCharScan.of(DMY_NUMERIC, "0123456789").where(Dates::dayThenSlash));

    /*
     * What follows the digits where each digit-led form starts. Every digit of a text was a start for four patterns,
     * and a sentence with a share count or a vote table has dozens: these rule out all but the digits that open a date.
     */

    /** DAY_MONTH_YEAR: one or two digits, an optional "st", "nd", "rd" or "th", at least one space, then a letter. */
    private static boolean dayThenWord(CharSequence t, int at) {
        int i = at + digitsAt(t, at, 2);
        if (i + 1 < t.length() && isOrdinalSuffix(t.charAt(i), t.charAt(i + 1))) {
            i += 2;
        }
        int j = Spaces.skip(t, i);
        return j > i && j < t.length() && FirstCharScan.isAsciiLetter(t.charAt(j));
    }

    private static boolean isOrdinalSuffix(char a, char b) {
        int x = a | 0x20;
        int y = b | 0x20;
        return a < 0x80 && b < 0x80 && (x == 's' && y == 't' || x == 'n' && y == 'd' || x == 'r' && y == 'd' || x == 't' && y == 'h');
    }

    /** CHINESE and ISO: four digits, then (after spaces, for 年) one of the characters. */
    private static boolean yearThen(CharSequence t, int at, String next) {
        if (digitsAt(t, at, 4) != 4) {
            return false;
        }
        int i = at + 4;
        if (next.equals("年")) {
            i = Spaces.skip(t, i);
        }
        return i < t.length() && next.indexOf(t.charAt(i)) >= 0;
    }

    /** DMY_NUMERIC: one or two digits, then a slash. */
    private static boolean dayThenSlash(CharSequence t, int at) {
        int i = at + digitsAt(t, at, 2);
        return i < t.length() && t.charAt(i) == '/';
    }

    /** How many ASCII digits, at most {@code max}, start at the position. */
    private static int digitsAt(CharSequence t, int at, int max) {
        int i = at;
        while (i < t.length() && i - at < max && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
        }
        return i - at;
    }

    private Dates() {
    }

    /** The first date written in the text, in any of the supported forms; empty when none. */
    public static Optional<LocalDate> first(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = Numbers.normalizeWidth(text);
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Candidate c : candidates(t)) {
            if (c.date != null && c.at < bestAt) {
                best = c.date;
                bestAt = c.at;
            }
        }
        return Optional.ofNullable(best);
    }

    private record Candidate(LocalDate date, int at) {
    }

    /** A date found in a text, with where it was written. */
    public record Found(LocalDate date, int start, int end) {
    }

    /**
     * Every date written in the text, in text order, in any of the supported forms (a span that two
     * forms both read is reported once). Linear in the text's length.
     */
    public static List<Found> all(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        String t = Numbers.normalizeWidth(text);
        collect(FORMS.get(0), t, m -> of(m.group(3), month(m.group(1)), m.group(2)), found);
        collect(FORMS.get(1), t, m -> of(m.group(3), month(m.group(2)), m.group(1)), found);
        collect(FORMS.get(2), t, m -> of(m.group(1), Integer.parseInt(m.group(2)), m.group(3)), found);
        collect(FORMS.get(3), t, Dates::ofNumerals, found);
        collect(FORMS.get(4), t, m -> of(m.group(1), Integer.parseInt(m.group(2)), m.group(3)), found);
        collect(FORMS.get(5), t, m -> of(m.group(3), Integer.parseInt(m.group(2)), m.group(1)), found);
        found.sort(Comparator.comparingInt(Found::start));
        List<Found> distinct = new ArrayList<>(found.size());
        int coveredTo = -1;
        for (Found f : found) {
            if (f.start() >= coveredTo) {
                distinct.add(f);
                coveredTo = f.end();
            }
        }
        return distinct;
    }

    private static void collect(FirstCharScan p, String t, java.util.function.Function<Matcher, LocalDate> f, List<Found> into) {
        FirstCharScan.Search s = p.in(t);
        while (s.find()) {
            Matcher m = s.match();
            LocalDate d = f.apply(m);
            if (d != null) {
                into.add(new Found(d, m.start(), m.end()));
            }
        }
    }

    private static Candidate[] candidates(String t) {
        return new Candidate[] {
            find(FORMS.get(0), t, m -> of(m.group(3), month(m.group(1)), m.group(2))),
            find(FORMS.get(1), t, m -> of(m.group(3), month(m.group(2)), m.group(1))),
            find(FORMS.get(2), t, m -> of(m.group(1), Integer.parseInt(m.group(2)), m.group(3))),
            find(FORMS.get(3), t, Dates::ofNumerals),
            find(FORMS.get(4), t, m -> of(m.group(1), Integer.parseInt(m.group(2)), m.group(3))),
            find(FORMS.get(5), t, m -> of(m.group(3), Integer.parseInt(m.group(2)), m.group(1))),
        };
    }

    private static Candidate find(FirstCharScan p, String t, java.util.function.Function<Matcher, LocalDate> f) {
        FirstCharScan.Search s = p.in(t);
        while (s.find()) {
            Matcher m = s.match();
            LocalDate d = f.apply(m);
            if (d != null) {
                return new Candidate(d, m.start());
            }
        }
        return new Candidate(null, Integer.MAX_VALUE);
    }

    private static LocalDate of(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** 二零二三年五月二十六日: year digit by digit, month and day as counted numbers. */
    private static LocalDate ofNumerals(Matcher m) {
        int month = counted(m.group(2));
        int day = counted(m.group(3));
        return month < 1 || day < 1 ? null : of(Integer.toString(numeralYear(m.group(1))), month, Integer.toString(day));
    }

    /** "二零二三": a year written digit by digit in Chinese numerals (零, 〇 or ○ for nought). */
    public static int numeralYear(String digits) {
        int year = 0;
        for (char c : digits.toCharArray()) {
            year = year * 10 + digit(c);
        }
        return year;
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇', '○' -> 0;
            default -> "一二三四五六七八九".indexOf(c) + 1;
        };
    }

    /** "五", "十一", "二十六": a number up to 99 in Chinese numerals as counted (not digit by digit); -1 for anything else. */
    public static int counted(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? digit(s.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens * 10 + units;
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month m : Month.values()) {
            String full = m.name().toLowerCase(Locale.ROOT);
            if (full.equals(n) || full.startsWith(n) && n.length() >= 3) {
                return m.getValue();
            }
        }
        throw new IllegalArgumentException(name);
    }
}
