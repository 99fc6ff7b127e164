package dev.hkfilings.connect.feed;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * One listing the task reads (a board in a language, live or over a backfill range) and how far it got.
 * Its source partition names the range too, so that a new backfill range starts afresh.
 */
final class FeedPartition {

    final String board;
    final String language;
    final Map<String, String> sourcePartition;
    FeedCursor cursor;
    /** Backfill only: the next day to query. */
    LocalDate nextDay;

    FeedPartition(String board, String language, Map<String, String> sourcePartition, FeedCursor cursor) {
        this.board = board;
        this.language = language;
        this.sourcePartition = sourcePartition;
        this.cursor = cursor;
    }

    /** en or zh, as FilingMetadata says it. */
    String languageName() {
        return language.equals("c") ? "zh" : "en";
    }

    /** SEHK or GEM, as the exchange says it. */
    String market() {
        return board.toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return sourcePartition.toString();
    }
}
