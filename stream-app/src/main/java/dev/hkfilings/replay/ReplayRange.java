package dev.hkfilings.replay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Which records of the raw topic to replay: by record time ({@code from} inclusive, {@code to} exclusive), by
 * offsets ({@code fromOffset} inclusive, {@code toOffset} exclusive), or everything retained when nothing is given.
 * Times and offsets are not mixed.
 */
public record ReplayRange(Optional<Instant> from, Optional<Instant> to,
                          Optional<OffsetBound> fromOffset, Optional<OffsetBound> toOffset) {

    public ReplayRange {
        if ((from.isPresent() || to.isPresent()) && (fromOffset.isPresent() || toOffset.isPresent())) {
            throw new IllegalArgumentException("give the range by time (--from/--to) or by offsets (--from-offset/--to-offset), not both");
        }
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw new IllegalArgumentException("--from " + from.get() + " is not before --to " + to.get());
        }
    }

    public static ReplayRange of(String from, String to, String fromOffset, String toOffset) {
        return new ReplayRange(Optional.ofNullable(from).map(s -> parseTime("--from", s)),
                Optional.ofNullable(to).map(s -> parseTime("--to", s)),
                Optional.ofNullable(fromOffset).map(s -> bound("--from-offset", s)),
                Optional.ofNullable(toOffset).map(s -> bound("--to-offset", s)));
    }

    /** An ISO instant ({@code 2024-03-01T08:00:00Z}), a date-time with offset ({@code ...+08:00}) or a date (00:00 UTC). */
    public static Instant parseTime(String option, String text) {
        String s = text.strip();
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException notDate) {
                    throw new IllegalArgumentException(option + " '" + text + "' is not an ISO instant "
                            + "(2024-03-01T08:00:00Z), date-time with offset (2024-03-01T16:00:00+08:00) or date (2024-03-01)");
                }
            }
        }
    }

    private static OffsetBound bound(String option, String text) {
        try {
            return OffsetBound.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " " + e.getMessage());
        }
    }

    /** The offsets to read on each partition of {@code topic}, clamped to what the partition holds. */
    public List<PartitionRange> resolve(Consumer<?, ?> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic);
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " does not exist");
        }
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo p : infos) {
            int n = p.partition();
            boolean named = fromOffset.map(b -> !b.restrictsPartitions() || b.perPartition().containsKey(n)).orElse(true)
                    && toOffset.map(b -> !b.restrictsPartitions() || b.perPartition().containsKey(n)).orElse(true);
            if (named) {
                partitions.add(new TopicPartition(topic, n));
            }
        }
        for (OffsetBound b : List.of(fromOffset, toOffset).stream().flatMap(Optional::stream).toList()) {
            for (int n : b.perPartition().keySet()) {
                if (n >= infos.size()) {
                    throw new IllegalArgumentException("partition " + n + " does not exist: " + topic + " has "
                            + infos.size() + " partition(s)");
                }
            }
        }
        partitions.sort(java.util.Comparator.comparingInt(TopicPartition::partition));
        Map<TopicPartition, Long> earliest = consumer.beginningOffsets(partitions);
        Map<TopicPartition, Long> latest = consumer.endOffsets(partitions);
        Map<TopicPartition, Long> starts = new HashMap<>(earliest);
        Map<TopicPartition, Long> ends = new HashMap<>(latest);
        from.ifPresent(t -> starts.putAll(atTime(consumer, partitions, t, latest)));
        to.ifPresent(t -> ends.putAll(atTime(consumer, partitions, t, latest)));
        List<PartitionRange> ranges = new ArrayList<>();
        for (TopicPartition tp : partitions) {
            long lo = earliest.get(tp);
            long hi = latest.get(tp);
            long start = starts.get(tp);
            long end = ends.get(tp);
            OptionalLong f = fromOffset.map(b -> b.forPartition(tp.partition())).orElse(OptionalLong.empty());
            OptionalLong e = toOffset.map(b -> b.forPartition(tp.partition())).orElse(OptionalLong.empty());
            if (f.isPresent()) {
                start = f.getAsLong();
            }
            if (e.isPresent()) {
                end = e.getAsLong();
            }
            start = Math.min(Math.max(start, lo), hi);
            end = Math.min(Math.max(end, start), hi);
            ranges.add(new PartitionRange(tp, start, end));
        }
        return ranges;
    }

    /** The first offset at or after the time on each partition; the end where there is none. */
    private static Map<TopicPartition, Long> atTime(Consumer<?, ?> consumer, List<TopicPartition> partitions, Instant t,
                                                    Map<TopicPartition, Long> latest) {
        Map<TopicPartition, Long> query = new HashMap<>();
        partitions.forEach(tp -> query.put(tp, t.toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query);
        Map<TopicPartition, Long> out = new HashMap<>();
        for (TopicPartition tp : partitions) {
            OffsetAndTimestamp o = found.get(tp);
            out.put(tp, o == null ? latest.get(tp) : o.offset());
        }
        return out;
    }
}
