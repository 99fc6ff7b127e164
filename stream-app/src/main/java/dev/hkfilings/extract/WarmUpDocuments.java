package dev.hkfilings.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A filing-like PDF made in memory (two pages of table cells, one per line), so that a worker warms up the same
 * parser paths that real announcements take, without shipping a sample file.
 */
final class WarmUpDocuments {

    private WarmUpDocuments() {
    }

    static byte[] tablePdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < 2; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (int line = 0; line < 50; line++) {
                        cs.beginText();
                        cs.setFont(font, 10);
                        cs.newLineAtOffset(50, 790 - 14 * line);
                        cs.showText(switch (line % 5) {
                            case 0 -> "PLEDGE OF CERTAIN SHARES BY CONTROLLING SHAREHOLDER (Stock Code: 06680)";
                            case 1 -> "Ganzhou Geshuo Investment Management Center (limited partnership)";
                            case 2 -> String.format("%,d", 1_550_000 + 17 * line);
                            case 3 -> "7.01%";
                            default -> "GF Securities Co., Ltd. October 26, 2022";
                        });
                        cs.endText();
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
