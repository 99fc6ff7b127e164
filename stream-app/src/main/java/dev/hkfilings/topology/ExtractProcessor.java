package dev.hkfilings.topology;

import dev.hkfilings.avro.FilingText;
import dev.hkfilings.avro.RawFiling;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** Raw filing → its text, keyed by filing id, to the text topic and to the analysis; a filing without usable text → dead letter. */
final class ExtractProcessor implements Processor<String, RawFiling, String, Object> {

    private final FilingPipeline pipeline;
    private final String textSink;
    private final String analyze;
    private final String deadLetterSink;
    private ProcessorContext<String, Object> context;

    ExtractProcessor(FilingPipeline pipeline, String textSink, String analyze, String deadLetterSink) {
        this.pipeline = pipeline;
        this.textSink = textSink;
        this.analyze = analyze;
        this.deadLetterSink = deadLetterSink;
    }

    /** Extraction is down (no worker could be started); the record is retried by a replacement thread. */
    static final class ExtractionUnavailableException extends RuntimeException {
        ExtractionUnavailableException(String message) {
            super(message);
        }
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, RawFiling> record) {
        RawFiling raw = record.value();
        String filingId = raw.getMetadata().getFilingId();
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        FilingPipeline.Step<FilingText> step = pipeline.extract(raw, now);
        if (!step.ok() && ErrorCodes.UNAVAILABLE.equals(step.failure().errorCode())) {
            // no parser to run on is not the document's fault: abort the transaction and retry, never dead-letter
            throw new ExtractionUnavailableException("filing " + filingId + ": " + step.failure().reason());
        }
        if (step.ok()) {
            Record<String, Object> text = new Record<>(filingId, step.value(), record.timestamp(), record.headers());
            context.forward(text, textSink);
            context.forward(text, analyze);
        } else {
            context.forward(new Record<String, Object>(filingId,
                    DeadLetters.of(step.failure(), filingId, raw.getMetadata(), context.recordMetadata(), now),
                    record.timestamp(), record.headers()), deadLetterSink);
        }
    }
}
