package dev.hkfilings.topology;

import dev.hkfilings.avro.DeadLetterStage;
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
        if (record.value() == null) {
            deadLetter(record, Failure.of(DeadLetterStage.DESERIALIZE, ErrorCodes.NO_VALUE,
                    "record with key '" + record.key() + "' on " + topic + " has no value (a tombstone); nothing to process"));
            return;
        }
        T value;
        try {
            value = deserializer.deserialize(topic, record.headers(), record.value());
        } catch (RuntimeException e) {
            if (RegistryOutage.isOutage(e)) {
                // the registry is away, the record is fine: never dead-letter it; the thread is replaced and the
                // record retried from the last commit
                throw e instanceof RegistryOutage.RegistryOutageException o ? o
                        : new RegistryOutage.RegistryOutageException("schema registry unreachable while decoding " + topic, e);
            }
            deadLetter(record, Failure.of(DeadLetterStage.DESERIALIZE, ErrorCodes.BAD_RECORD,
                    "could not deserialize the " + record.value().length + "-byte value on " + topic + ": " + e.getMessage(), e));
            return;
        }
        if (value == null) {
            deadLetter(record, Failure.of(DeadLetterStage.DESERIALIZE, ErrorCodes.BAD_RECORD,
                    "the value on " + topic + " deserialized to null"));
            return;
        }
        context.forward(record.withValue(value), next);
    }

    private void deadLetter(Record<String, byte[]> record, Failure f) {
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        context.forward(record.withValue(DeadLetters.of(f, record.key(), null, context.recordMetadata(), now)), deadLetterSink);
    }
}
