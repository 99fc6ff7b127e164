package dev.hkfilings.extract;

/**
 * The outcome of turning a document's bytes into text: either text with what was learned on the way,
 * or a failure with a stable code and a reason that names the problem (it becomes a dead letter).
 *
 * @param errorCode null on success; else the name of a {@link FailureCode}
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

    public static ExtractionResult success(String text, String detectedContentType, String language, Integer pageCount,
                                           boolean truncated, String extractor, long millis) {
        return new ExtractionResult(text, detectedContentType, language, pageCount, true, truncated, extractor, millis, null, null);
    }

    public static ExtractionResult failure(FailureCode code, String reason, String detectedContentType, String extractor, long millis) {
        boolean textLayer = code != FailureCode.NO_TEXT_LAYER;
        return new ExtractionResult(null, detectedContentType, null, null, textLayer, false, extractor, millis, code.name(), reason);
    }

    /** The same result with the wall-clock time the caller saw (which includes the hop to a worker). */
    public ExtractionResult withMillis(long elapsedMillis) {
        return new ExtractionResult(text, detectedContentType, language, pageCount, hasTextLayer, truncated, extractor,
                elapsedMillis, errorCode, reason);
    }

    public static ExtractionResult failure(String errorCode, String reason, String detectedContentType, String extractor, long millis) {
        return new ExtractionResult(null, detectedContentType, null, null, false, false, extractor, millis, errorCode, reason);
    }
}
