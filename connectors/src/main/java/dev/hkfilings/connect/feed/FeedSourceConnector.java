package dev.hkfilings.connect.feed;

import dev.hkfilings.connect.SingleTaskSourceConnector;
import java.util.Map;
import org.apache.kafka.connect.source.ExactlyOnceSupport;

/**
 * HKEXnews source connector: the live latest-announcements feed, or a backfill over a date range through
 * the title search. One task, because the request rate is a budget for the whole site.
 */
public class FeedSourceConnector extends SingleTaskSourceConnector {

    public FeedSourceConnector() {
        super("HKEXnews feed", FeedSourceConfig.CONFIG_DEF, FeedSourceConfig::new, FeedSourceTask.class);
    }

    @Override
    public ExactlyOnceSupport exactlyOnceSupport(Map<String, String> connectorConfig) {
        return ExactlyOnceSupport.SUPPORTED;
    }
}
