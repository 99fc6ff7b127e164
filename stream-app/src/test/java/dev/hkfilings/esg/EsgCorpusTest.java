package dev.hkfilings.esg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.fields.ExpectedFields;
import dev.hkfilings.fields.ExpectedFields.Check;
import java.nio.file.Path;
import java.util.ArrayList;
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
        List<Check> all = new ArrayList<>();
        EsgExtractor extractor = new EsgExtractor();
        for (ExpectedFields.Doc doc : docs) {
            List<Check> checks = ExpectedFields.compare(doc, extractor.extract(oneCellPerLine ? doc.text().replaceAll("(?m)^\t+", "").replaceAll("\t+", "\n") : doc.text()).payload());
            long ok = checks.stream().filter(Check::ok).count();
            System.out.printf("%-45s %4d/%-4d%n", doc.name(), ok, checks.size());
            checks.stream().filter(c -> !c.ok()).forEach(c -> System.out.printf("    %s expected %s got %s%n", c.path(), c.expected(), c.actual()));
            all.addAll(checks);
        }
        double accuracy = all.stream().filter(Check::ok).count() / (double) all.size();
        System.out.printf("esg field accuracy%s %.4f over %d fields%n", oneCellPerLine ? " (one cell per line)" : "", accuracy, all.size());
        return accuracy;
    }
}
