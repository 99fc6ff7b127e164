package dev.hkfilings.replay;

import org.apache.kafka.common.TopicPartition;

/** The offsets of one partition to replay: from {@code start} up to but not including {@code end}. */
public record PartitionRange(TopicPartition partition, long start, long end) {

    public long size() {
        return Math.max(0, end - start);
    }

    @Override
    public String toString() {
        return "partition " + partition.partition() + ": " + start + ".." + end;
    }
}
