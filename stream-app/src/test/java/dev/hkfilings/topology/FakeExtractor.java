package dev.hkfilings.topology;

import dev.hkfilings.extract.ExtractionResult;
import dev.hkfilings.extract.TextExtractor;
import java.nio.charset.StandardCharsets;

/** In-memory extractor for topology unit tests: the bytes are the text, except for a few markers that fail. */
public final class FakeExtractor implements TextExtractor {

    @Override
    public ExtractionResult extract(byte[] content, String fileName, String declaredContentType) {
        String s = new String(content, StandardCharsets.UTF_8);
        if (s.contains("%CORRUPT")) {
            return ExtractionResult.failure("CORRUPT", "not a readable PDF: missing xref table", "application/pdf", "fake", 1);
        }
        if (s.startsWith("%UNAVAILABLE")) {
            return ExtractionResult.failure("UNAVAILABLE", "no extraction worker became free", null, "none", 1);
        }
        if (s.startsWith("%THROW")) {
            throw new IllegalStateException("extractor bug");
        }
        return new ExtractionResult(s, "text/plain", "en", 1, true, false, "fake", 1, null, null);
    }

    @Override
    public void close() {
    }
}
