package dev.hkfilings.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders a text into a real multi-page A4 PDF, as an exchange filing would be, for tests.
 *
 * <p>Each tab-separated cell of a line goes on its own line, so that Tika gives back the line-split table shape of
 * real filings. Long lines wrap. Text that Helvetica cannot show (Chinese) is set in an embedded CJK font found on
 * the machine (fonts-wqy-microhei, installed by {@code .ci/run}; override with the system property or environment
 * variable {@code HKFILINGS_CJK_FONT}).
 */
public final class PdfRenderer {

    private static final float FONT_SIZE = 10f;
    private static final float LEADING = 14f;
    private static final float MARGIN = 50f;
    private static final List<Path> CJK_FONT_CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));

    private PdfRenderer() {
    }

    /** @return the bytes of a PDF showing {@code text}, one or more pages */
    public static byte[] render(String text) {
        try {
            if (helveticaCanShow(text)) {
                return render(text, doc -> new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            }
            // the parsed CJK font is shared, and PDFBox reads it again when it subsets at save time: one at a time
            synchronized (PdfRenderer.class) {
                TrueTypeFont cjk = cjkFont();
                return render(text, doc -> PDType0Font.load(doc, cjk, true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface FontLoader {
        PDFont load(PDDocument doc) throws IOException;
    }

    private static byte[] render(String text, FontLoader loader) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = loader.load(doc);
            new Layout(doc, font).write(lines(text, font));
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Renders {@code text} into {@code file} (parent folders created) and returns the file. */
    public static Path renderToFile(String text, Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            return Files.write(file, render(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CJK font in use, for messages and for tests that need one. */
    public static Path cjkFontFile() {
        String configured = System.getProperty("HKFILINGS_CJK_FONT", System.getenv("HKFILINGS_CJK_FONT"));
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path candidate : CJK_FONT_CANDIDATES) {
            if (Files.isReadable(candidate)) {
                return candidate;
            }
        }
        try (Stream<Path> files = Files.walk(Path.of("/usr/share/fonts"))) {
            return files.filter(p -> p.toString().matches("(?i).*(wqy|cjk|uming|ukai|droidsansfallback).*\\.tt[fc]"))
                    .findFirst()
                    .orElseThrow(PdfRenderer::noCjkFont);
        } catch (IOException e) {
            throw noCjkFont();
        }
    }

    private static IllegalStateException noCjkFont() {
        return new IllegalStateException("no CJK font found to render Chinese text: install fonts-wqy-microhei "
                + "(apt-get install fonts-wqy-microhei, as .ci/run does) or set HKFILINGS_CJK_FONT to a .ttf/.ttc file");
    }

    private static boolean helveticaCanShow(String text) throws IOException {
        try {
            new PDType1Font(Standard14Fonts.FontName.HELVETICA).encode(text.replaceAll("[\\t\\r\\n]", " "));
            return true;
        } catch (IllegalArgumentException notWinAnsi) {
            return false;
        }
    }

    private static TrueTypeFont cjkFontCache;

    /** Parsed once: a CJK collection is several MB. Callers hold the class lock. */
    private static TrueTypeFont cjkFont() throws IOException {
        if (cjkFontCache == null) {
            Path file = cjkFontFile();
            if (file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
                List<TrueTypeFont> fonts = new ArrayList<>();
                new TrueTypeCollection(file.toFile()).processAllFonts(fonts::add);
                cjkFontCache = fonts.get(0);
            } else {
                cjkFontCache = new org.apache.fontbox.ttf.TTFParser().parse(
                        new org.apache.pdfbox.io.RandomAccessReadBufferedFile(file.toFile()));
            }
        }
        return cjkFontCache;
    }

    /** Splits the text into the lines to draw: cells on their own lines, long lines wrapped, unknown glyphs as '?'. */
    private static List<String> lines(String text, PDFont font) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        List<String> out = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            for (String cell : line.split("\t", -1)) {
                if (line.contains("\t") && cell.isBlank()) {
                    continue;
                }
                wrap(showable(cell, font), font, width, out);
            }
        }
        return out;
    }

    private static String showable(String s, PDFont font) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(Character.isISOControl(cp) ? ' ' : cp));
            try {
                font.encode(c);
                b.append(c);
            } catch (IllegalArgumentException | IOException e) {
                b.append('?');
            }
        });
        return b.toString();
    }

    private static void wrap(String line, PDFont font, float width, List<String> out) throws IOException {
        String rest = line;
        while (textWidth(rest, font) > width) {
            int cut = rest.length();
            while (cut > 1 && textWidth(rest.substring(0, cut), font) > width) {
                cut--;
            }
            int space = rest.lastIndexOf(' ', cut);
            if (space > cut / 2) {
                cut = space; // break Latin text between words; Chinese has no spaces and breaks anywhere
            }
            if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
                cut--;
            }
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        out.add(rest);
    }

    private static float textWidth(String s, PDFont font) throws IOException {
        return font.getStringWidth(s) / 1000f * FONT_SIZE;
    }

    private static final class Layout {
        private final PDDocument doc;
        private final PDFont font;
        private PDPageContentStream stream;
        private float y;

        Layout(PDDocument doc, PDFont font) {
            this.doc = doc;
            this.font = font;
        }

        void write(List<String> lines) throws IOException {
            newPage();
            for (String line : lines) {
                if (y < MARGIN) {
                    newPage();
                }
                if (!line.isEmpty()) {
                    stream.beginText();
                    stream.setFont(font, FONT_SIZE);
                    stream.newLineAtOffset(MARGIN, y);
                    stream.showText(line);
                    stream.endText();
                }
                y -= LEADING;
            }
            stream.close();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }
    }
}
