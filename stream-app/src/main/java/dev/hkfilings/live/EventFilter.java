package dev.hkfilings.live;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which events a client wants: one company or all, one type or all. Bad values are refused with a message
 * naming the parameter, never silently widened to "everything".
 */
public record EventFilter(String company, String type) {

    public static final Set<String> TYPES = Set.of("pledge", "poll", "esg", "other");
    private static final Pattern STOCK_CODE = Pattern.compile("\\d{1,5}");

    public static final EventFilter ALL = new EventFilter(null, null);

    /**
     * A filter from the query parameters; null or blank means "any".
     *
     * @throws IllegalArgumentException naming the bad parameter
     */
    public static EventFilter of(String company, String type) {
        String c = blank(company) ? null : company.strip();
        String t = blank(type) ? null : type.strip().toLowerCase(Locale.ROOT);
        if (c != null) {
            if (!STOCK_CODE.matcher(c).matches()) {
                throw new IllegalArgumentException("company must be a stock code of up to five digits (06680), not '" + company + "'");
            }
            c = "0".repeat(5 - c.length()) + c;   // 6680 and 06680 are the same company
        }
        if (t != null && !TYPES.contains(t)) {
            throw new IllegalArgumentException("type must be one of " + TYPES + ", not '" + type + "'");
        }
        return new EventFilter(c, t);
    }

    public boolean test(LiveEvent e) {
        return (company == null || company.equals(e.stockCode())) && (type == null || type.equals(e.type()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
