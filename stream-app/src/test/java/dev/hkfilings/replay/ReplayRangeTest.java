package dev.hkfilings.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class ReplayRangeTest {

    private static final String TOPIC = "hkex.filings.raw";
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
    private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);

    @Test
    void timesAreInstantsOffsetDateTimesOrDates() {
        assertThat(ReplayRange.parseTime("--from", "2024-03-01T08:00:00Z")).isEqualTo(Instant.parse("2024-03-01T08:00:00Z"));
        assertThat(ReplayRange.parseTime("--from", "2024-03-01T16:00:00+08:00")).isEqualTo(Instant.parse("2024-03-01T08:00:00Z"));
        assertThat(ReplayRange.parseTime("--to", "2024-03-01")).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
        assertThatThrownBy(() -> ReplayRange.parseTime("--to", "yesterday")).hasMessageContaining("--to 'yesterday' is not an ISO instant");
    }

    @Test
    void offsetsForAllOrSomePartitions() {
        assertThat(OffsetBound.parse("12").forPartition(5)).hasValue(12);
        OffsetBound some = OffsetBound.parse("0:5, 2:7");
        assertThat(some.forPartition(2)).hasValue(7);
        assertThat(some.forPartition(1)).isEmpty();
        assertThat(some.restrictsPartitions()).isTrue();
        assertThatThrownBy(() -> OffsetBound.parse("0:5,0:6")).hasMessageContaining("partition 0 is given twice");
        assertThatThrownBy(() -> OffsetBound.parse("x")).hasMessageContaining("'x' is not an offset");
        assertThatThrownBy(() -> OffsetBound.parse("0:-1")).hasMessageContaining("offset -1 is negative");
        assertThatThrownBy(() -> ReplayRange.of("2024-01-01", null, "3", null)).hasMessageContaining("not both");
        assertThatThrownBy(() -> ReplayRange.of("2024-01-02", "2024-01-01", null, null)).hasMessageContaining("is not before --to");
        assertThatThrownBy(() -> ReplayRange.of(null, null, "a:b", null)).hasMessageContaining("--from-offset");
    }

    @Test
    void rangesAreClampedToWhatThePartitionsHold() {
        MockConsumer<String, byte[]> c = consumer();
        assertThat(ReplayRange.of(null, null, null, null).resolve(c, TOPIC))
                .containsExactly(new PartitionRange(P0, 2, 10), new PartitionRange(P1, 0, 4));
        assertThat(ReplayRange.of(null, null, "5", "100").resolve(c, TOPIC))
                .containsExactly(new PartitionRange(P0, 5, 10), new PartitionRange(P1, 4, 4));
        assertThat(ReplayRange.of(null, null, "1:1", "1:3").resolve(c, TOPIC))
                .containsExactly(new PartitionRange(P1, 1, 3));
        assertThatThrownBy(() -> ReplayRange.of(null, null, "7:1", null).resolve(c, TOPIC))
                .hasMessageContaining("partition 7 does not exist");
    }

    private static MockConsumer<String, byte[]> consumer() {
        MockConsumer<String, byte[]> c = new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name());
        Node n = new Node(0, "h", 1);
        c.updatePartitions(TOPIC, List.of(new PartitionInfo(TOPIC, 0, n, null, null), new PartitionInfo(TOPIC, 1, n, null, null)));
        c.updateBeginningOffsets(Map.of(P0, 2L, P1, 0L));
        c.updateEndOffsets(Map.of(P0, 10L, P1, 4L));
        return c;
    }
}
