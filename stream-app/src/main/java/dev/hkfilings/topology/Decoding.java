package dev.hkfilings.topology;

import dev.hkfilings.avro.DeadLetterStage;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/** An input record's bytes to its Avro value, or why not: shared by the topology's decode step and {@code replay}. */
public final class Decoding {

    private Decoding() {
    }

    public static <T> FilingPipeline.Step<T> decode(Deserializer<T> deserializer, String topic, Headers headers,
                                                    String key, byte[] value) {
        if (value == null) {
            return FilingPipeline.Step.failed(Failure.of(DeadLetterStage.DESERIALIZE, ErrorCodes.NO_VALUE,
                    "record with key '" + key + "' on " + topic + " has no value (a tombstone); nothing to process"));
        }
        T decoded;
        try {
            decoded = deserializer.deserialize(topic, headers, value);
        } catch (RuntimeException e) {
            if (RegistryOutage.isOutage(e)) {
                // the registry is away, the record is fine: never dead-letter it; the caller fails and the record is
                // retried (the stream thread is replaced and resumes from the last commit)
                throw e instanceof RegistryOutage.RegistryOutageException o ? o
                        : new RegistryOutage.RegistryOutageException("schema registry unreachable while decoding " + topic, e);
            }
            return FilingPipeline.Step.failed(Failure.of(DeadLetterStage.DESERIALIZE, ErrorCodes.BAD_RECORD,
                    "could not deserialize the " + value.length + "-byte value on " + topic + ": " + e.getMessage(), e));
        }
        if (decoded == null) {
            return FilingPipeline.Step.failed(Failure.of(DeadLetterStage.DESERIALIZE, ErrorCodes.BAD_RECORD,
                    "the value on " + topic + " deserialized to null"));
        }
        return FilingPipeline.Step.ok(decoded);
    }
}
