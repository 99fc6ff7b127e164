package dev.hkfilings.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checked with PDFBox's own text stripper, independently of the Tika code under test elsewhere. */
class PdfRendererTest {

    @Test
    void rendersEnglishOverSeveralPagesWithCellsOnTheirOwnLines() throws IOException {
        StringBuilder text = new StringBuilder("Name of shareholder\tNumber of pledged shares\tPledgee\n");
        for (int i = 1; i <= 120; i++) {
            text.append("Row ").append(i).append(" of a long table that goes on\t").append(i * 1000).append("\tGF Securities\n");
        }
        try (PDDocument doc = Loader.loadPDF(PdfRenderer.render(text.toString()))) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(3);
            String stripped = new PDFTextStripper().getText(doc);
            assertThat(stripped.lines().map(String::strip)).containsSubsequence("Name of shareholder", "Number of pledged shares",
                    "Pledgee", "Row 120 of a long table that goes on", "120000", "GF Securities");
        }
    }

    @Test
    void rendersChineseWithAnEmbeddedFontAndWrapsLongLines(@TempDir Path dir) throws IOException {
        String longLine = "本公司董事會宣佈控股股東已將其持有的本公司股份質押予廣發證券股份有限公司".repeat(6);
        Path file = PdfRenderer.renderToFile("江西金力永磁科技股份有限公司\n股份质押公告\n" + longLine, dir.resolve("sub/zh.pdf"));
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(file))) {
            String stripped = new PDFTextStripper().getText(doc);
            assertThat(stripped).contains("江西金力永磁科技股份有限公司", "股份质押公告");
            assertThat(stripped.replaceAll("\\s", "")).contains(longLine);
            assertThat(stripped.lines().filter(l -> l.contains("本公司")).count()).isGreaterThan(1);
        }
    }
}
