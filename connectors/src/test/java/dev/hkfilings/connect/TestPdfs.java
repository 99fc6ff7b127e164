package dev.hkfilings.connect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Real PDF documents, written with PDFBox. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** A one-page PDF with the given lines of text. */
    public static byte[] announcement(String... lines) throws IOException {
        return pdf(0, 0, lines);
    }

    /**
     * A PDF of about {@code approxBytes}: the text plus an incompressible image, so every file differs (the seed) and
     * has a realistic size.
     */
    public static byte[] ofSize(int approxBytes, long seed, String... lines) throws IOException {
        return pdf(approxBytes, seed, lines);
    }

    private static byte[] pdf(int approxBytes, long seed, String... lines) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                if (approxBytes > 0) {
                    int side = (int) Math.max(8, Math.sqrt(approxBytes / 3.0));
                    java.awt.image.BufferedImage noise = new java.awt.image.BufferedImage(side, side, java.awt.image.BufferedImage.TYPE_INT_RGB);
                    Random random = new Random(seed);
                    for (int y = 0; y < side; y++) {
                        for (int x = 0; x < side; x++) {
                            noise.setRGB(x, y, random.nextInt(0xFFFFFF));
                        }
                    }
                    PDImageXObject image = LosslessFactory.createFromImage(document, noise);
                    content.drawImage(image, 50, 50, 100, 100);
                }
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(50, 720);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -15);
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
