package dev.hkfilings.esg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.fields.ExpectedFields;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Field-level accuracy of the ESG extractor on the development corpus; prints the per-document table. */
class EsgCorpusTest {

    @Test
    void readsTheCorpusFields() {
        assertThat(accuracy(false)).isGreaterThanOrEqualTo(0.95);
    }

    /** Tika writes a PDF table either way: the same documents with every cell on its own line. */
    @Test
    void readsTheCorpusFieldsWithOneCellPerLine() {
        assertThat(accuracy(true)).isGreaterThanOrEqualTo(0.95);
    }

    private static double accuracy(boolean oneCellPerLine) {
        List<ExpectedFields.Doc> docs = ExpectedFields.load(Path.of("src/test/resources/corpus/esg"));
        assertThat(docs).hasSizeGreaterThanOrEqualTo(6);
        return ExpectedFields.accuracy("esg", docs, new EsgExtractor(), oneCellPerLine);
    }
}
