package dev.hkfilings.topology;

import java.time.Instant;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Decodes an input record's bytes into its Avro value. A record that cannot be decoded goes to the
 * dead-letter sink with its topic, partition and offset, so one bad record never stops the stream.
 */
final class DecodeProcessor<T> implements Processor<String, byte[], String, Object> {

    private final Deserializer<T> deserializer;
    private final String next;
    private final String deadLetterSink;
    private ProcessorContext<String, Object> context;

    DecodeProcessor(Deserializer<T> deserializer, String next, String deadLetterSink) {
        this.deserializer = deserializer;
        this.next = next;
        this.deadLetterSink = deadLetterSink;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, byte[]> record) {
        String topic = context.recordMetadata().map(m -> m.topic()).orElse(null);
        FilingPipeline.Step<T> step = Decoding.decode(deserializer, topic, record.headers(), record.key(), record.value());
        if (step.ok()) {
            context.forward(record.withValue(step.value()), next);
        } else {
            deadLetter(record, step.failure());
        }
    }

    private void deadLetter(Record<String, byte[]> record, Failure f) {
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        context.forward(record.withValue(DeadLetters.of(f, record.key(), null, context.recordMetadata(), now)), deadLetterSink);
    }
}
