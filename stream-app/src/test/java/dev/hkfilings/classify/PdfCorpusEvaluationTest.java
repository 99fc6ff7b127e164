package dev.hkfilings.classify;

import dev.hkfilings.extract.ExtractConfig;
import dev.hkfilings.extract.ExtractionResult;
import dev.hkfilings.extract.InProcessExtractor;
import dev.hkfilings.testing.PdfRenderer;
import org.junit.jupiter.api.AfterAll;

/**
 * The corpus rendered to real PDFs (tables with one cell per line, long lines wrapped, Chinese in an embedded CJK
 * font) and read back by Tika, so the analyzer is judged on the text a PDF filing really gives. Same bar.
 */
class PdfCorpusEvaluationTest extends CorpusEvaluationTest {

    private static final InProcessExtractor TIKA = new InProcessExtractor(ExtractConfig.with(ExtractConfig.MODE, "in-process"));

    @AfterAll
    static void close() {
        TIKA.close();
    }

    @Override
    protected boolean evaluated(Doc doc) {
        return !TAB_SPLIT_ONLY.contains(doc.name());
    }

    @Override
    protected String textOf(Doc doc) {
        ExtractionResult r = TIKA.extract(PdfRenderer.render(doc.text()), doc.name() + ".pdf", "application/pdf");
        if (!r.ok()) {
            throw new IllegalStateException(doc.name() + ": Tika could not read the rendered PDF: " + r.errorCode() + " " + r.reason());
        }
        return r.text();
    }
}
