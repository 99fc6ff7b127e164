package dev.hkfilings.connect.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedCursorTest {

    private static FeedEntry entry(String id, String time) {
        return new FeedEntry(id, "t", Instant.parse(time), "/x.pdf", "pdf", "1KB", List.of(), List.of(), null, List.of(), "SEHK", "en");
    }

    @Test
    void entriesOfTheSameMinuteAreTellApartByIdAcrossARestart() {
        FeedEntry a = entry("101", "2025-04-29T09:00:00Z");
        FeedEntry b = entry("102", "2025-04-29T09:00:00Z");
        FeedEntry c = entry("99", "2025-04-29T09:01:00Z");
        FeedEntry old = entry("50", "2025-04-29T08:59:00Z");

        FeedCursor afterA = FeedCursor.start().after(a);
        Map<String, Object> stored = new HashMap<>(afterA.toOffset());
        FeedCursor restored = FeedCursor.fromOffset(stored);

        assertThat(restored.isNew(a)).isFalse();
        assertThat(restored.isNew(b)).isTrue();
        assertThat(restored.isNew(c)).isTrue();
        assertThat(restored.isNew(old)).isFalse();
        FeedCursor afterB = restored.after(b);
        assertThat(afterB.idsAtThatTime()).containsExactlyInAnyOrder("101", "102");
        assertThat(afterB.after(c).idsAtThatTime()).containsExactly("99");
    }

    @Test
    void noStoredOffsetMeansEverythingIsNew() {
        assertThat(FeedCursor.fromOffset(null).isNew(entry("1", "2000-01-01T00:00:00Z"))).isTrue();
    }

    @Test
    void emitOrderIsReleaseTimeThenNumericId() {
        List<FeedEntry> sorted = List.of(entry("100", "2025-04-29T09:01:00Z"), entry("20", "2025-04-29T09:00:00Z"),
            entry("3", "2025-04-29T09:00:00Z")).stream().sorted(FeedCursor.ORDER).toList();

        assertThat(sorted).extracting(FeedEntry::newsId).containsExactly("3", "20", "100");
    }
}
