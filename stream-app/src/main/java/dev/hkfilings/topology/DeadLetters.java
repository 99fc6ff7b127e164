package dev.hkfilings.topology;

import dev.hkfilings.avro.DeadLetter;
import dev.hkfilings.avro.FilingMetadata;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** Builds the dead letter for a failure, with where the failed record came from. */
final class DeadLetters {

    private DeadLetters() {
    }

    static DeadLetter of(Failure f, String filingId, FilingMetadata metadata, Optional<RecordMetadata> source, Instant now) {
        return DeadLetter.newBuilder()
                .setFilingId(filingId)
                .setStage(f.stage())
                .setErrorCode(f.errorCode())
                .setReason(f.reason())
                .setExceptionClass(f.exceptionClass())
                .setSourceTopic(source.map(RecordMetadata::topic).orElse(null))
                .setSourcePartition(source.map(RecordMetadata::partition).orElse(null))
                .setSourceOffset(source.map(RecordMetadata::offset).orElse(null))
                .setMetadata(metadata)
                .setFailedAt(now)
                .build();
    }
}
