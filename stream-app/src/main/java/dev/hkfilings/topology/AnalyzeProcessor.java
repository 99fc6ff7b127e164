package dev.hkfilings.topology;

import dev.hkfilings.avro.FilingText;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** Text → classification, typed fields and one event per issuer; text that cannot be routed → dead letter. */
final class AnalyzeProcessor implements Processor<String, FilingText, String, Object> {

    private final FilingPipeline pipeline;
    private final String route;
    private final String deadLetterSink;
    private ProcessorContext<String, Object> context;

    AnalyzeProcessor(FilingPipeline pipeline, String route, String deadLetterSink) {
        this.pipeline = pipeline;
        this.route = route;
        this.deadLetterSink = deadLetterSink;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, FilingText> record) {
        FilingText text = record.value();
        String announcementId = text.getMetadata().getFilingId();
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        FilingPipeline.Step<FilingPipeline.Routed> step = pipeline.analyze(text, now);
        if (step.ok()) {
            context.forward(new Record<String, Object>(announcementId, step.value(), record.timestamp(), record.headers()), route);
        } else {
            context.forward(new Record<String, Object>(announcementId,
                    DeadLetters.of(step.failure(), announcementId, text.getMetadata(), context.recordMetadata(), now),
                    record.timestamp(), record.headers()), deadLetterSink);
        }
    }
}
