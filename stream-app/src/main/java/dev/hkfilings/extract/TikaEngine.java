package dev.hkfilings.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika on the current thread: detects the type from the bytes, parses, and turns every way a parse can go wrong
 * into a {@link FailureCode}. Thread-safe; used directly in-process and inside each isolated worker.
 */
public final class TikaEngine {

    private static final MediaType PDF = MediaType.application("pdf");
    /** The document kinds filings come as; anything else (zip, images, executables...) is refused before parsing. */
    private static final Set<MediaType> SUPPORTED = Set.of(PDF, MediaType.TEXT_HTML, MediaType.application("xhtml+xml"),
            MediaType.TEXT_PLAIN, MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
            MediaType.application("msword"), MediaType.application("rtf"));
    /** Below this many non-blank characters per page on average, a PDF is taken as a scan. */
    private static final int MIN_CHARS_PER_PAGE = 8;
    private static final long WARM_UP_MAX_MILLIS = 10_000;
    static final String TIKA_VERSION = versionOf(Tika.getString());

    private final AutoDetectParser parser;
    private final Detector detector;
    private final MediaTypeRegistry registry;
    private final int maxTextChars;

    public TikaEngine(int maxTextChars) {
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.parser = new AutoDetectParser(config);
        this.detector = config.getDetector();
        this.registry = config.getMediaTypeRegistry();
        this.maxTextChars = maxTextChars;
    }

    public ExtractionResult parse(byte[] content, String fileName, String declaredContentType) {
        long start = System.nanoTime();
        String extractor = "tika-" + TIKA_VERSION;
        if (content == null || content.length == 0) {
            return ExtractionResult.failure(FailureCode.EMPTY, "the document has 0 bytes" + named(fileName), null, extractor, 0);
        }
        MediaType type;
        try (TikaInputStream in = TikaInputStream.get(content)) {
            // no file name in the metadata: the bytes decide, a name like "x.pdf" on junk must not
            type = detector.detect(in, new Metadata()).getBaseType();
        } catch (IOException | RuntimeException e) {
            return fail(FailureCode.CORRUPT, "cannot detect the type: " + describe(e), null, extractor, start);
        }
        String detected = type.toString();
        if (MediaType.OCTET_STREAM.equals(type)) {
            ExtractionResult legacy = legacyEncodedText(content, start);
            if (legacy != null) {
                return legacy;
            }
        }
        if (!isSupported(type)) {
            return fail(FailureCode.UNSUPPORTED_TYPE, "detected type " + detected + " is not a supported document type"
                    + " (PDF, HTML, DOCX, DOC, RTF, plain text)" + named(fileName)
                    + (declaredContentType != null ? ", declared as " + declaredContentType : ""), detected, extractor, start);
        }
        if (PDF.equals(type) && isTruncatedPdf(content)) {
            return fail(FailureCode.CORRUPT, "truncated PDF: no %%EOF marker at the end of its " + content.length + " bytes"
                    + named(fileName), detected, extractor, start);
        }

        BodyContentHandler handler = new BodyContentHandler(maxTextChars);
        Metadata metadata = new Metadata();
        boolean truncated = false;
        try (TikaInputStream in = TikaInputStream.get(content)) {
            parser.parse(in, handler, metadata, context());
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                return parseFailure(e, detected, fileName, extractor, start);
            }
            truncated = true;
        } catch (ZeroByteFileException e) {
            return fail(FailureCode.EMPTY, "the document has no content" + named(fileName), detected, extractor, start);
        } catch (EncryptedDocumentException e) {
            return fail(FailureCode.ENCRYPTED, "the " + detected + " is password-protected" + named(fileName), detected, extractor, start);
        } catch (TikaException | IOException | RuntimeException e) {
            if (hasCause(e, "InvalidPasswordException") || hasCause(e, "EncryptedDocumentException")) {
                return fail(FailureCode.ENCRYPTED, "the " + detected + " is password-protected" + named(fileName), detected, extractor, start);
            }
            return parseFailure(e, detected, fileName, extractor, start);
        } catch (OutOfMemoryError e) {
            handler = null;
            return fail(FailureCode.OUT_OF_MEMORY, "parsing the " + content.length + "-byte " + detected
                    + " ran out of memory (a decompression bomb or a document too big for the heap)" + named(fileName), detected, extractor, start);
        } catch (StackOverflowError e) {
            return fail(FailureCode.CORRUPT, "the " + detected + " is nested too deeply to parse" + named(fileName), detected, extractor, start);
        } catch (LinkageError | AssertionError e) {
            return fail(FailureCode.PARSER_CRASHED, "the parser for " + detected + " failed" + named(fileName) + ": " + e, detected, extractor, start);
        }

        extractor = extractor + "/" + parserName(metadata);
        String text = handler.toString();
        Integer pages = metadata.getInt(PagedText.N_PAGES);
        long visible = text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count();
        if (PDF.equals(type) && pages != null && pages > 0 && visible < (long) MIN_CHARS_PER_PAGE * pages) {
            return new ExtractionResult(null, detected, null, pages, false, false, extractor, elapsed(start),
                    FailureCode.NO_TEXT_LAYER.name(), "the PDF has " + pages + " page(s) but only " + visible
                    + " characters of text: a scan or images without a text layer (no OCR is run)" + named(fileName));
        }
        if (visible == 0) {
            return fail(FailureCode.EMPTY, "the " + detected + " contains no text" + named(fileName), detected, extractor, start);
        }
        return ExtractionResult.success(text, detected, ScriptLanguage.detect(text), pages, truncated, extractor, elapsed(start));
    }

    private static ExtractionResult parseFailure(Throwable e, String detected, String fileName, String extractor, long start) {
        String why = describe(e);
        if (why.contains("DOCTYPE")) {
            return fail(FailureCode.CORRUPT, "the " + detected + " declares an XML DOCTYPE, which is refused (entity expansion: "
                    + "a possible entity bomb)" + named(fileName) + ": " + why, detected, extractor, start);
        }
        if (why.matches("(?is).*(zip bomb|maximum length|maximum allowed|too large|exceeds|max.*size).*")) {
            return fail(FailureCode.TOO_LARGE, "the " + detected + " inflates beyond the parser's limits (a decompression "
                    + "bomb?)" + named(fileName) + ": " + why, detected, extractor, start);
        }
        return fail(FailureCode.CORRUPT, "cannot parse " + detected + named(fileName) + ": " + why, detected, extractor, start);
    }

    /**
     * Text in a legacy encoding (Big5, GB18030, Shift_JIS...) has no magic, and Tika's detector calls it binary. If a
     * charset detector finds an encoding in which the bytes decode to clean text, it is text.
     */
    private ExtractionResult legacyEncodedText(byte[] content, long start) {
        CharsetDetector charsetDetector = new CharsetDetector();
        charsetDetector.setText(content);
        CharsetMatch match = charsetDetector.detect();
        if (match == null || match.getConfidence() < 10) {
            return null;
        }
        String text;
        try {
            text = new String(content, java.nio.charset.Charset.forName(match.getName()));
        } catch (RuntimeException unknownCharset) {
            return null;
        }
        long bad = text.chars().filter(c -> c == 0xFFFD || Character.isISOControl(c) && !Character.isWhitespace(c)).count();
        if (bad * 200 > text.length()) {
            return null;
        }
        boolean truncated = text.length() > maxTextChars;
        if (truncated) {
            text = text.substring(0, maxTextChars);
        }
        return ExtractionResult.success(text, "text/plain; charset=" + match.getName(), ScriptLanguage.detect(text), null,
                truncated, "tika-" + TIKA_VERSION + "/CharsetDetector", elapsed(start));
    }

    /** Loads the parsers and gets the common paths compiled by the JIT before the first real document. */
    public void warmUp(int parses) {
        warmUp(parses, WARM_UP_MAX_MILLIS);
    }

    /** At most {@code maxMillis}: on a crowded machine a worker must still start well within its start timeout. */
    public void warmUp(int parses, long maxMillis) {
        long deadline = System.currentTimeMillis() + maxMillis;
        byte[] html = "<html><body><p>Poll results of the annual general meeting 股東週年大會投票結果</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] pdf = WarmUpDocuments.tablePdf();
        for (int i = 0; i < parses && System.currentTimeMillis() < deadline; i++) {
            parse(pdf, null, null);
            if (i % 10 == 0) {
                parse(html, null, null);
            }
        }
    }

    private boolean isSupported(MediaType type) {
        for (MediaType t = type; t != null; t = registry.getSupertype(t)) {
            if (SUPPORTED.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static ParseContext context() {
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, pdf);
        return context;
    }

    /** The spec asks for %%EOF in the last 1024 bytes; a cut download has none, and PDFBox would quietly recover a part. */
    static boolean isTruncatedPdf(byte[] content) {
        int from = Math.max(0, content.length - 1024);
        byte[] marker = "%%EOF".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = content.length - marker.length; i >= from; i--) {
            for (int j = 0; j < marker.length; j++) {
                if (content[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }

    private static String parserName(Metadata metadata) {
        String[] parsedBy = metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY);
        if (parsedBy.length == 0) {
            return "unknown";
        }
        String last = parsedBy[parsedBy.length - 1];
        return last.substring(last.lastIndexOf('.') + 1);
    }

    private static boolean hasCause(Throwable e, String simpleName) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getSimpleName().equals(simpleName)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message is the one that names the problem ("Header doesn't contain versioninfo"...). */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage() != null ? root.getMessage().strip() : root.getClass().getSimpleName();
        // Tika's wrappers ("TIKA-198: Illegal IOException from ...PDFParser@1a2b") say nothing about the document
        msg = msg.replaceAll("^(TIKA-198: )?(Illegal|Unexpected) \\w+ from \\S+: ", "");
        int newline = msg.indexOf('\n');
        if (newline > 0) {
            msg = msg.substring(0, newline).strip();
        }
        if (root instanceof RuntimeException && !(root instanceof IllegalArgumentException) && !msg.contains(" ")) {
            msg = root.getClass().getSimpleName() + ": " + msg; // a parser bug: the exception's name is the useful part
        }
        return msg.length() > 400 ? msg.substring(0, 400) + "..." : msg;
    }

    private static String named(String fileName) {
        return fileName == null ? "" : " (file " + fileName + ")";
    }

    private static ExtractionResult fail(FailureCode code, String reason, String type, String extractor, long start) {
        return ExtractionResult.failure(code, reason, type, extractor, elapsed(start));
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String versionOf(String tikaString) {
        int space = tikaString.lastIndexOf(' ');
        return space >= 0 ? tikaString.substring(space + 1) : tikaString;
    }
}
