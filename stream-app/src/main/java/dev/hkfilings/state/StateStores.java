package dev.hkfilings.state;

/**
 * Names of the state stores and of the public compacted topics that mirror them ({@code hkex.state.<name>}),
 * and the key formats. Keys are strings starting with the stock code, so that all of a company's rows sort
 * together and a prefix scan finds them.
 */
public final class StateStores {

    /** Every event of a company, keyed {@code <stockCode>|<announcementId>}; not mirrored (the company topics are). */
    public static final String COMPANY_EVENTS = "company-events";
    public static final String PLEDGE_POSITIONS = "pledge-positions";
    public static final String COMPANY_SUMMARY = "company-summary";
    public static final String POLL_RESULTS = "poll-results";
    public static final String ESG_KPIS = "esg-kpis";

    public static final String TOPIC_PREFIX = "hkex.state.";
    public static final String SEPARATOR = "|";

    private StateStores() {
    }

    public static String topic(String store) {
        return TOPIC_PREFIX + store;
    }

    public static String key(Object... parts) {
        StringBuilder b = new StringBuilder();
        for (Object p : parts) {
            if (b.length() > 0) {
                b.append(SEPARATOR);
            }
            b.append(p);
        }
        return b.toString();
    }

    /** The lower bound of a company's keys in a store; the upper bound is {@link #prefixEnd}. */
    public static String prefix(String stockCode) {
        return stockCode + SEPARATOR;
    }

    /** Just above every key with the prefix: '|' + 1 is '}'. */
    public static String prefixEnd(String stockCode) {
        return stockCode + "}";
    }
}
