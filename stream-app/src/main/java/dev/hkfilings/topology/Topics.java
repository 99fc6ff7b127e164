package dev.hkfilings.topology;

import dev.hkfilings.avro.AnnouncementType;
import dev.hkfilings.state.StateStores;
import java.util.List;
import java.util.regex.Pattern;

/** The topic names of the pipeline. */
public final class Topics {

    public static final String RAW = "hkex.filings.raw";
    public static final String TEXT = "hkex.filings.text";
    public static final String DLQ = "hkex.filings.dlq";
    public static final String PLEDGE = "hkex.events.pledge";
    public static final String POLL = "hkex.events.poll";
    public static final String ESG = "hkex.events.esg";
    public static final String OTHER = "hkex.events.other";
    public static final String COMPANY_PREFIX = "hkex.company.";
    /** Every typed event again, keyed by stock code: the input of the state tables, partitioned by company. */
    public static final String BY_COMPANY = "hkex.events.by-company";
    public static final String STATE_PLEDGE_POSITIONS = StateStores.topic(StateStores.PLEDGE_POSITIONS);
    public static final String STATE_COMPANY_SUMMARY = StateStores.topic(StateStores.COMPANY_SUMMARY);
    public static final String STATE_POLL_RESULTS = StateStores.topic(StateStores.POLL_RESULTS);
    public static final String STATE_ESG_KPIS = StateStores.topic(StateStores.ESG_KPIS);

    /** Keyed by filing or announcement id, so compaction keeps the newest version of each. */
    public static final List<String> COMPACTED = List.of(TEXT, PLEDGE, POLL, ESG, OTHER,
            STATE_PLEDGE_POSITIONS, STATE_COMPANY_SUMMARY, STATE_POLL_RESULTS, STATE_ESG_KPIS);
    /**
     * Kept by time: raw documents are large, dead letters are a log of failures, not a state, and the by-company
     * log is only the input of the state tables, whose folded result lives in their own changelogs.
     */
    public static final List<String> DELETE_RETENTION = List.of(RAW, DLQ, BY_COMPANY);

    private static final Pattern STOCK_CODE = Pattern.compile("\\d{5}");

    private Topics() {
    }

    public static String company(String stockCode) {
        if (stockCode == null || !STOCK_CODE.matcher(stockCode).matches()) {
            throw new IllegalArgumentException("not a five-digit stock code: " + stockCode);
        }
        return COMPANY_PREFIX + stockCode;
    }

    /** The market-wide topic of a typed class; none for OTHER, which has its own topic. */
    public static String marketWide(AnnouncementType type) {
        return switch (type) {
            case PLEDGE -> PLEDGE;
            case POLL -> POLL;
            case ESG -> ESG;
            case OTHER -> OTHER;
        };
    }
}
