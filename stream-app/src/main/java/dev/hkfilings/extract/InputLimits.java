package dev.hkfilings.extract;

/** Checks that need no parser, done before a document is handed to one. */
final class InputLimits {

    private InputLimits() {
    }

    /** @return a failure for input that must not be parsed, or null */
    static ExtractionResult check(byte[] content, String fileName, int maxInputBytes) {
        String named = fileName == null ? "" : " (file " + fileName + ")";
        if (content == null || content.length == 0) {
            return ExtractionResult.failure(FailureCode.EMPTY, "the document has 0 bytes" + named, null, "none", 0);
        }
        if (content.length > maxInputBytes) {
            return ExtractionResult.failure(FailureCode.TOO_LARGE, "the document has " + content.length
                    + " bytes, over the limit of " + maxInputBytes + " (" + ExtractConfig.MAX_INPUT_BYTES + ")" + named,
                    null, "none", 0);
        }
        return null;
    }
}
