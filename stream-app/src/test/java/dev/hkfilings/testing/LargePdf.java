package dev.hkfilings.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** A real PDF of at least a given size: the text of {@link PdfRenderer} plus an incompressible picture, as in a large ESG report. */
public final class LargePdf {

    private LargePdf() {
    }

    public static byte[] render(String text, int minBytes) {
        try (PDDocument doc = Loader.loadPDF(PdfRenderer.render(text)); ByteArrayOutputStream out = new ByteArrayOutputStream(minBytes + (1 << 20))) {
            // random RGB pixels do not compress: width x height x 3 bytes end up in the file
            int side = (int) Math.ceil(Math.sqrt(minBytes / 3.0)) + 16;
            BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
            SplittableRandom rnd = new SplittableRandom(42);
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    img.setRGB(x, y, rnd.nextInt(1 << 24));
                }
            }
            PDImageXObject picture = LosslessFactory.createFromImage(doc, img);
            PDPage last = doc.getPage(doc.getNumberOfPages() - 1);
            try (PDPageContentStream cs = new PDPageContentStream(doc, last, PDPageContentStream.AppendMode.APPEND, true)) {
                cs.drawImage(picture, 50, 50, 200, 200);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
