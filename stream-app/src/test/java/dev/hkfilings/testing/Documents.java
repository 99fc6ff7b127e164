package dev.hkfilings.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Documents for tests, good and hostile, made in memory: DOCX and HTML filings, and the broken or malicious inputs
 * that extraction must survive (truncated, corrupted, encrypted, scanned, decompression and entity bombs...).
 */
public final class Documents {

    private Documents() {
    }

    /** A DOCX with one paragraph per line of {@code text}, made with POI. */
    public static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTML page with a script that must not reach the text. */
    public static byte[] html(String title, String body) {
        String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<script>document.write('SCRIPT-TEXT-MUST-NOT-APPEAR'); while(true){}</script></head><body><h1>" + title
                + "</h1>" + String.join("", body.lines().map(l -> "<p>" + l + "</p>").toList()) + "</body></html>";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /** The text in a legacy encoding without any declaration (Big5, GB18030...), as old systems write files. */
    public static byte[] encoded(String text, String charset) {
        return text.getBytes(Charset.forName(charset));
    }

    /** The first {@code fraction} of a PDF, like a download cut short. */
    public static byte[] truncated(byte[] pdf, double fraction) {
        return java.util.Arrays.copyOf(pdf, (int) (pdf.length * fraction));
    }

    /** The PDF with its body overwritten by random bytes (header and trailer kept), seeded for replay. */
    public static byte[] corrupted(byte[] pdf, long seed) {
        byte[] copy = pdf.clone();
        Random random = new Random(seed);
        int from = 16, to = copy.length - 64;
        for (int i = from; i < to; i++) {
            copy[i] = (byte) random.nextInt(256);
        }
        return copy;
    }

    /** Random bytes, e.g. to be named {@code filing.pdf}. */
    public static byte[] junk(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** The PDF protected with a user password, so it cannot be opened without one. */
    public static byte[] encrypted(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of {@code pages} pages with one short line each: page count is what it stresses, made in seconds. */
    public static byte[] manyPages(int pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.font.PDType1Font font =
                    new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.newLineAtOffset(50, 780);
                    cs.showText("Environmental, social and governance report, page " + i + " of " + pages);
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF whose pages are only images of text, like a scan: no text layer. */
    public static byte[] scanned(int pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BufferedImage image = new BufferedImage(600, 800, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 600, 800);
            g.setColor(Color.BLACK);
            for (int y = 60; y < 760; y += 24) {
                g.drawString("PLEDGE OF SHARES BY CONTROLLING SHAREHOLDER 1,550,000 shares", 40, y);
            }
            g.dispose();
            PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(xobject, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A small PDF whose one page content stream, filtered by Flate and then run-length decoding, inflates to
     * {@code inflatedMiB} MiB of run-length pairs (0x81 0x20: 128 blanks each), that is 64 times as many MiB of blanks:
     * a decompression bomb (4096 MiB, 256 GiB of blanks, fit in about 4 MB). PDFBox holds the output of every filter of
     * a chain but the last in memory, so this bomb runs a worker with a heap under 4 GiB out of memory within seconds on
     * any machine (were the chain ever streamed, out of time).
     */
    public static byte[] pdfBomb(int inflatedMiB) {
        byte[] pairs = new byte[1 << 20];
        for (int i = 0; i < pairs.length; i += 2) {
            pairs[i] = (byte) 0x81; // run-length decoding: repeat the next byte 257 - 0x81 = 128 times
            pairs[i + 1] = ' ';
        }
        org.apache.pdfbox.cos.COSArray filters = new org.apache.pdfbox.cos.COSArray();
        filters.add(COSName.FLATE_DECODE);
        filters.add(COSName.RUN_LENGTH_DECODE);
        return inflatingPdf(pairs, inflatedMiB, filters);
    }

    /**
     * A small PDF whose one page content stream, one Flate filter, inflates to {@code inflatedMiB} MiB of blanks. PDFBox
     * streams a single filter, so this one costs time, not memory: a fast machine reads 4 GiB of blanks in about 15 s
     * and finds a page without text, a slower one runs into a time-box of 20 s.
     */
    public static byte[] flatePdfBomb(int inflatedMiB) {
        return inflatingPdf(" ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII), inflatedMiB, COSName.FLATE_DECODE);
    }

    /**
     * A one-page PDF whose content stream is {@code unit} repeated {@code times} times, deflated, under the given filter.
     * Made in a moment: one fully flushed deflate block of the unit, repeated, since a full flush leaves no
     * back-references into earlier blocks.
     */
    private static byte[] inflatingPdf(byte[] unit, int times, org.apache.pdfbox.cos.COSBase filter) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(9, true);
        deflater.setInput(unit);
        byte[] buf = new byte[1 << 16];
        int blockLength = deflater.deflate(buf, 0, buf.length, java.util.zip.Deflater.FULL_FLUSH);
        deflater.end();
        byte[] block = java.util.Arrays.copyOf(buf, blockLength);
        java.util.zip.Adler32 adler = new java.util.zip.Adler32();
        for (int i = 0; i < times; i++) {
            adler.update(unit);
        }
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            org.apache.pdfbox.cos.COSStream stream = doc.getDocument().createCOSStream();
            try (OutputStream raw = stream.createRawOutputStream()) {
                raw.write(new byte[] {0x78, (byte) 0xDA}); // zlib header
                for (int i = 0; i < times; i++) {
                    raw.write(block);
                }
                raw.write(new byte[] {0x03, 0x00}); // final empty fixed-Huffman block
                long sum = adler.getValue();
                raw.write(new byte[] {(byte) (sum >>> 24), (byte) (sum >>> 16), (byte) (sum >>> 8), (byte) sum});
            }
            stream.setItem(COSName.FILTER, filter);
            page.setContents(new PDStream(stream));
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX whose document.xml declares a "billion laughs" entity and uses it in a paragraph. */
    public static byte[] docxEntityBomb() {
        byte[] docx = docx("An innocent looking announcement");
        StringBuilder dtd = new StringBuilder("<!DOCTYPE w:document [<!ENTITY lol0 \"lollollollollollollollollollol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        return rewriteZipEntry(docx, "word/document.xml", xml -> {
            String withDtd = xml.replaceFirst("\\?>", "?>" + dtd);
            return withDtd.replace("An innocent looking announcement", "&lol9;");
        });
    }

    /** A DOCX whose document.xml inflates from a few hundred KB to {@code inflatedMiB} MiB of text. */
    public static byte[] docxZipBomb(int inflatedMiB) {
        byte[] filler = "lol ".repeat(256 * 1024).getBytes(StandardCharsets.US_ASCII);
        return rewriteZipEntry(docx("placeholder"), "word/document.xml", (xml, out) -> {
            int at = xml.indexOf("placeholder");
            out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < inflatedMiB; i++) {
                out.write(filler); // streamed: the bomb is never whole in this JVM's memory
            }
            out.write(xml.substring(at + "placeholder".length()).getBytes(StandardCharsets.UTF_8));
        });
    }

    private interface EntryWriter {
        void write(String original, OutputStream out) throws IOException;
    }

    private static byte[] rewriteZipEntry(byte[] zip, String name, java.util.function.UnaryOperator<String> edit) {
        return rewriteZipEntry(zip, name, (xml, out) -> out.write(edit.apply(xml).getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] rewriteZipEntry(byte[] zip, String name, EntryWriter writer) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    writer.write(new String(data, StandardCharsets.UTF_8), out);
                } else {
                    out.write(data);
                }
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
