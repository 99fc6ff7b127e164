package dev.hkfilings.topology;

import dev.hkfilings.metrics.PipelineMetrics;
import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.ContentStatus;
import dev.hkfilings.avro.DeadLetterStage;
import dev.hkfilings.avro.FilingMetadata;
import dev.hkfilings.avro.FilingText;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.classify.Analysis;
import dev.hkfilings.classify.Analyzer;
import dev.hkfilings.extract.ExtractionResult;
import dev.hkfilings.extract.TextExtractor;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The two steps of the pipeline as plain functions, so that the topology's processors and the
 * {@code classify} command run exactly the same code: raw filing → text, and text → events.
 */
public final class FilingPipeline {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,5}");

    /**
     * Room a text record leaves for everything but the text (metadata, Avro framing, headers): the text of a
     * filing record must fit in the producer's max.request.size, or the send fails the task on every retry.
     */
    static final int RECORD_OVERHEAD_BYTES = 64 * 1024;

    private final TextExtractor extractor;
    private final Analyzer analyzer;
    private final PipelineMetrics metrics;
    private final int maxTextBytes;

    public FilingPipeline(TextExtractor extractor, Analyzer analyzer) {
        this(extractor, analyzer, PipelineMetrics.unread());
    }

    public FilingPipeline(TextExtractor extractor, Analyzer analyzer, PipelineMetrics metrics) {
        this(extractor, analyzer, metrics, StreamAppConfig.DEFAULT_MAX_RECORD_BYTES);
    }

    /** @param maxRecordBytes the largest record the text goes out in; longer texts are cut and marked truncated */
    public FilingPipeline(TextExtractor extractor, Analyzer analyzer, PipelineMetrics metrics, int maxRecordBytes) {
        if (maxRecordBytes <= 2 * RECORD_OVERHEAD_BYTES) {
            throw new IllegalArgumentException("maxRecordBytes must exceed " + 2 * RECORD_OVERHEAD_BYTES + ", not " + maxRecordBytes);
        }
        this.extractor = extractor;
        this.analyzer = analyzer;
        this.metrics = metrics;
        this.maxTextBytes = maxRecordBytes - RECORD_OVERHEAD_BYTES;
    }

    public PipelineMetrics metrics() {
        return metrics;
    }

    /** Text of a raw filing, or why there is none. */
    public Step<FilingText> extract(RawFiling raw, Instant now) {
        metrics.filingIn();
        Step<FilingText> step = extractText(raw, now);
        // an unavailable extractor is retried, not dead-lettered
        if (!step.ok() && !ErrorCodes.UNAVAILABLE.equals(step.failure().errorCode())) {
            metrics.deadLetter(step.failure().stage().name());
        }
        return step;
    }

    private Step<FilingText> extractText(RawFiling raw, Instant now) {
        if (raw.getContentStatus() != ContentStatus.PRESENT || raw.getContent() == null) {
            String why = raw.getContentStatusReason() == null ? "" : ": " + raw.getContentStatusReason();
            return Step.failed(Failure.of(DeadLetterStage.INGEST, ErrorCodes.NO_CONTENT,
                    "the connector carried no document (contentStatus " + raw.getContentStatus() + ")" + why));
        }
        byte[] bytes = bytes(raw.getContent());
        ExtractionResult r;
        long started = System.nanoTime();
        try {
            r = extractor.extract(bytes, raw.getMetadata().getFileName(), raw.getMetadata().getContentType());
            metrics.extraction(java.time.Duration.ofNanos(System.nanoTime() - started));
        } catch (RuntimeException e) {
            return Step.failed(Failure.of(DeadLetterStage.EXTRACT, ErrorCodes.EXTRACTOR_FAILED,
                    "the extractor failed on " + bytes.length + " bytes: " + e, e));
        }
        if (!r.ok()) {
            return Step.failed(Failure.of(DeadLetterStage.EXTRACT, r.errorCode(), r.reason()));
        }
        return Step.ok(toFilingText(raw, r, now, maxTextBytes));
    }

    static FilingText toFilingText(RawFiling raw, ExtractionResult r, Instant now, int maxTextBytes) {
        String text = r.text() == null ? "" : r.text();
        int fits = Utf8Cut.charsWithin(text, maxTextBytes);
        return FilingText.newBuilder()
                .setMetadata(raw.getMetadata())
                .setText(fits == text.length() ? text : text.substring(0, fits))
                .setDetectedContentType(r.detectedContentType())
                .setLanguage(r.language())
                .setPageCount(r.pageCount())
                .setHasTextLayer(r.hasTextLayer())
                .setTruncated(r.truncated() || fits < text.length())
                .setExtractor(r.extractor() == null ? "unknown" : r.extractor())
                .setExtractionMillis(r.millis())
                .setExtractedAt(now)
                .build();
    }

    /** Text that needs no extraction (a plain-text file), in the form the extract step produces. */
    public static FilingText plainText(FilingMetadata metadata, String text, String contentType, Instant now) {
        return FilingText.newBuilder()
                .setMetadata(metadata)
                .setText(text)
                .setDetectedContentType(contentType)
                .setExtractor("plain-text")
                .setExtractionMillis(0L)
                .setExtractedAt(now)
                .build();
    }

    /** The analysis and the events to route (one per issuer), or why the text cannot be routed. */
    public Step<Routed> analyze(FilingText text, Instant now) {
        Step<Routed> step = analyzeText(text, now);
        if (step.ok()) {
            metrics.eventsOut(step.value().analysis().type(), step.value().events().size());
        } else {
            metrics.deadLetter(step.failure().stage().name());
        }
        return step;
    }

    private Step<Routed> analyzeText(FilingText text, Instant now) {
        Analysis a;
        try {
            a = analyzer.analyze(text);
        } catch (RuntimeException e) {
            return Step.failed(Failure.of(DeadLetterStage.CLASSIFY, ErrorCodes.ANALYZER_FAILED,
                    "the analyzer failed: " + e, e));
        }
        List<String> codes = a.stockCodes().isEmpty() ? text.getMetadata().getStockCodes() : a.stockCodes();
        Set<String> normalised = new LinkedHashSet<>();
        for (String c : codes) {
            String s = c == null ? "" : c.strip();
            if (!DIGITS.matcher(s).matches()) {
                return Step.failed(Failure.of(DeadLetterStage.ROUTE, ErrorCodes.BAD_STOCK_CODE,
                        "stock code '" + c + "' is not one to five digits, so it names no company topic"), a);
            }
            normalised.add("0".repeat(5 - s.length()) + s);
        }
        if (normalised.isEmpty()) {
            return Step.failed(Failure.of(DeadLetterStage.ROUTE, ErrorCodes.NO_STOCK_CODE,
                    "classified as " + a.type() + " but neither the metadata nor the text names a stock code"), a);
        }
        Analysis routed = new Analysis(a.type(), a.confidence(), a.evidence(), a.payload(), a.missingFields(),
                new ArrayList<>(normalised), a.companyNameEn(), a.companyNameZh(), a.title(), a.language(), a.classifierVersion());
        return Step.ok(new Routed(routed, routed.toEvents(text, now)));
    }

    private static byte[] bytes(ByteBuffer b) {
        ByteBuffer d = b.duplicate();
        byte[] out = new byte[d.remaining()];
        d.get(out);
        return out;
    }

    /** An analysis with its events, at least one. */
    public record Routed(Analysis analysis, List<AnnouncementEvent> events) {
    }

    /**
     * The result of one step: a value, or a failure (with the analysis when it got that far).
     */
    public record Step<T>(T value, Failure failure, Analysis analysis) {

        static <T> Step<T> ok(T value) {
            return new Step<>(value, null, null);
        }

        static <T> Step<T> failed(Failure f) {
            return new Step<>(null, f, null);
        }

        static <T> Step<T> failed(Failure f, Analysis a) {
            return new Step<>(null, f, a);
        }

        public boolean ok() {
            return failure == null;
        }
    }
}
