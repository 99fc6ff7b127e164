package dev.hkfilings.connect;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hkfilings.connect.feed.FeedSourceConnector;
import dev.hkfilings.connect.inbox.InboxSourceConnector;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigValidationTest {

    @TempDir
    Path root;

    @Test
    void aMissingInboxDirectoryFailsTheStartNamingTheKey() {
        String missing = root.resolve("nope").toString();

        assertThatThrownBy(() -> new InboxSourceConnector().start(Map.of("inbox.directory", missing)))
            .isInstanceOf(ConnectException.class)
            .hasMessageContaining("Invalid value " + missing + " for configuration inbox.directory: directory does not exist");
        assertThatThrownBy(() -> new InboxSourceConnector().start(Map.of()))
            .hasMessageContaining("inbox.directory");
    }

    @Test
    void aBadUrlFailsTheStartNamingTheKey() {
        assertThatThrownBy(() -> new FeedSourceConnector().start(Map.of("feed.base.url", "ftp://example.org")))
            .isInstanceOf(ConnectException.class)
            .hasMessageContaining("for configuration feed.base.url: must be an absolute http:// or https:// URL");
        assertThatThrownBy(() -> new FeedSourceConnector().start(Map.of("feed.base.url", "not a url")))
            .hasMessageContaining("feed.base.url");
    }

    @Test
    void backfillNeedsItsStartDate() {
        assertThatThrownBy(() -> new FeedSourceConnector().start(Map.of("feed.mode", "backfill")))
            .hasMessageContaining("backfill.from.date").hasMessageContaining("is required when feed.mode=backfill");
        assertThatThrownBy(() -> new FeedSourceConnector().start(Map.of("feed.mode", "backfill", "backfill.from.date", "2025-13-01")))
            .hasMessageContaining("backfill.from.date").hasMessageContaining("yyyy-MM-dd");
    }
}
