package dev.hkfilings.connect.feed;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a listing was read up to: the release time of the last emitted entry and the ids already emitted at
 * that time. Several announcements share a release minute, so the time alone would skip or repeat some.
 */
public record FeedCursor(long releasedAtMillis, Set<String> idsAtThatTime) {

    public static final String RELEASED_AT = "releasedAt";
    public static final String IDS = "ids";

    /** The order in which entries are emitted: by release time, then by news id. */
    public static final Comparator<FeedEntry> ORDER = Comparator.comparing(FeedEntry::releasedAt)
        .thenComparingLong(FeedEntry::newsIdNumber)
        .thenComparing(FeedEntry::newsId);

    public static FeedCursor start() {
        return new FeedCursor(Long.MIN_VALUE, Set.of());
    }

    public static FeedCursor fromOffset(Map<String, Object> offset) {
        if (offset == null || !(offset.get(RELEASED_AT) instanceof Number released)) {
            return start();
        }
        Object ids = offset.get(IDS);
        Set<String> set = ids == null || ids.toString().isEmpty()
            ? Set.of()
            : new LinkedHashSet<>(Arrays.asList(ids.toString().split(",")));
        return new FeedCursor(released.longValue(), Set.copyOf(set));
    }

    public boolean isNew(FeedEntry entry) {
        long at = entry.releasedAt().toEpochMilli();
        return at > releasedAtMillis || at == releasedAtMillis && !idsAtThatTime.contains(entry.newsId());
    }

    public FeedCursor after(FeedEntry entry) {
        long at = entry.releasedAt().toEpochMilli();
        if (at > releasedAtMillis) {
            return new FeedCursor(at, Set.of(entry.newsId()));
        }
        Set<String> ids = new LinkedHashSet<>(idsAtThatTime);
        ids.add(entry.newsId());
        return new FeedCursor(releasedAtMillis, Set.copyOf(ids));
    }

    public Map<String, Object> toOffset() {
        Map<String, Object> offset = new HashMap<>();
        offset.put(RELEASED_AT, releasedAtMillis);
        offset.put(IDS, idsAtThatTime.stream().sorted().collect(Collectors.joining(",")));
        return offset;
    }

    public boolean isStart() {
        return releasedAtMillis == Long.MIN_VALUE;
    }

    public Instant releasedAt() {
        return Instant.ofEpochMilli(releasedAtMillis);
    }
}
