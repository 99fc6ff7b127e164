package dev.hkfilings.extract;

/**
 * The outcome of turning a document's bytes into text: either text with what was learned on the way,
 * or a failure with a stable code and a reason that names the problem (it becomes a dead letter).
 *
 * @param errorCode null on success; else e.g. EMPTY, CORRUPT, ENCRYPTED, NO_TEXT_LAYER, TIMEOUT,
 *                  PARSER_CRASHED, UNSUPPORTED_TYPE, TOO_LARGE
 */
public record ExtractionResult(
        String text,
        String detectedContentType,
        String language,
        Integer pageCount,
        boolean hasTextLayer,
        boolean truncated,
        String extractor,
        long millis,
        String errorCode,
        String reason) {

    public boolean ok() {
        return errorCode == null;
    }

    public static ExtractionResult failure(String errorCode, String reason, String detectedContentType, String extractor, long millis) {
        return new ExtractionResult(null, detectedContentType, null, null, false, false, extractor, millis, errorCode, reason);
    }
}
