package dev.hkfilings.topology;

import dev.hkfilings.avro.AnnouncementType;
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

    /** Keyed by filing or announcement id, so compaction keeps the newest version of each. */
    public static final List<String> COMPACTED = List.of(TEXT, PLEDGE, POLL, ESG, OTHER);
    /** Kept by time: raw documents are large, and dead letters are a log of failures, not a state. */
    public static final List<String> DELETE_RETENTION = List.of(RAW, DLQ);

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
