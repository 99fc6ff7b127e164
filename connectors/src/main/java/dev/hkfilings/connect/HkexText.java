package dev.hkfilings.connect;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text conventions of HKEXnews listings: release times, stock codes, escaped values. */
public final class HkexText {

    /** The exchange publishes times in Hong Kong local time. */
    public static final ZoneId HONG_KONG = ZoneId.of("Asia/Hong_Kong");

    private static final List<DateTimeFormatter> TIME_FORMATS = List.of(
        DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm"),
        DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm"),
        DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss"),
        DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm:ss"));
    private static final Pattern BARE_UNICODE_ESCAPE = Pattern.compile("\\\\?u(00[0-9a-fA-F]{2})");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:<br\\s*/?>|,|;|\\n)\\s*", Pattern.CASE_INSENSITIVE);

    private HkexText() {
    }

    /** A release time as {@code 29/04/2025 17:00} or {@code 29-04-2025 17:00} (Hong Kong time). */
    public static Optional<Instant> releaseTime(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        for (DateTimeFormatter format : TIME_FORMATS) {
            try {
                return Optional.of(LocalDateTime.parse(trimmed, format).atZone(HONG_KONG).toInstant());
            } catch (DateTimeParseException e) {
                // try the next shape
            }
        }
        return Optional.empty();
    }

    /** HKEX's five-digit stock code with leading zeros, or empty when the value is not a code. */
    public static Optional<String> stockCode(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = raw.trim();
        if (!digits.matches("\\d{1,5}")) {
            return Optional.empty();
        }
        return Optional.of("0".repeat(5 - digits.length()) + digits);
    }

    /** Splits a value that lists several items ({@code 00700<br/>00005}). */
    public static List<String> splitList(String raw) {
        List<String> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        for (String part : LIST_SEPARATOR.split(decode(raw))) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    /** Undoes the escapes seen in listing values: {@code u003c}-style escapes and HTML entities. */
    public static String decode(String raw) {
        if (raw == null) {
            return null;
        }
        String text = replace(BARE_UNICODE_ESCAPE.matcher(raw), m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
        text = replace(NUMERIC_ENTITY.matcher(text),
            m -> new String(Character.toChars(Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
            .replace("&nbsp;", " ").replace("&amp;", "&");
    }

    private static String replace(Matcher matcher, java.util.function.Function<Matcher, String> replacement) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
