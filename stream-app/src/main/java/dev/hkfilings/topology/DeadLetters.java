package dev.hkfilings.topology;

import dev.hkfilings.avro.DeadLetter;
import dev.hkfilings.avro.FilingMetadata;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** Builds the dead letter for a failure, with where the failed record came from. */
public final class DeadLetters {

    private DeadLetters() {
    }

    static DeadLetter of(Failure f, String filingId, FilingMetadata metadata, Optional<RecordMetadata> source, Instant now) {
        return of(f, filingId, metadata, source.map(RecordMetadata::topic).orElse(null),
                source.map(RecordMetadata::partition).orElse(null), source.map(RecordMetadata::offset).orElse(null), now);
    }

    /** For a record read outside Kafka Streams (the {@code replay} command). */
    public static DeadLetter of(Failure f, String filingId, FilingMetadata metadata, String sourceTopic,
                                Integer sourcePartition, Long sourceOffset, Instant now) {
        return DeadLetter.newBuilder()
                .setFilingId(filingId)
                .setStage(f.stage())
                .setErrorCode(f.errorCode())
                .setReason(f.reason())
                .setExceptionClass(f.exceptionClass())
                .setSourceTopic(sourceTopic)
                .setSourcePartition(sourcePartition)
                .setSourceOffset(sourceOffset)
                .setMetadata(metadata)
                .setFailedAt(now)
                .build();
    }
}
