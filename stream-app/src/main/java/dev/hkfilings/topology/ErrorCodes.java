package dev.hkfilings.topology;

/**
 * Dead-letter codes the topology itself assigns. Extraction failures keep the extractor's own code
 * (EMPTY, CORRUPT, ENCRYPTED, NO_TEXT_LAYER, TIMEOUT, PARSER_CRASHED, UNSUPPORTED_TYPE, TOO_LARGE).
 */
public final class ErrorCodes {

    /** The value could not be deserialized (not Avro in the wire format, unknown schema id, wrong schema). */
    public static final String BAD_RECORD = "BAD_RECORD";
    /** A record without a value (a tombstone) on an input topic. */
    public static final String NO_VALUE = "NO_VALUE";
    /** The connector carried no bytes: contentStatus is not PRESENT. */
    public static final String NO_CONTENT = "NO_CONTENT";
    /** The extractor threw instead of returning a failed result. */
    public static final String EXTRACTOR_FAILED = "EXTRACTOR_FAILED";
    /** The analyzer threw on this text. */
    public static final String ANALYZER_FAILED = "ANALYZER_FAILED";
    /** Neither the metadata nor the text named an issuer, so there is no company topic to route to. */
    public static final String NO_STOCK_CODE = "NO_STOCK_CODE";
    /** A stock code that is not one to five digits, so no valid topic name. */
    public static final String BAD_STOCK_CODE = "BAD_STOCK_CODE";

    /**
     * The extractor's code for "no worker could parse" (not the document's fault): the topology retries such a
     * record instead of dead-lettering it.
     */
    public static final String UNAVAILABLE = "UNAVAILABLE";

    private ErrorCodes() {
    }
}
