package dev.hkfilings.live;

import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * Settings of the live stream, given to the app with the prefix {@code live.} (e.g. {@code live.keepalive.ms})
 * and passed here without it.
 */
public final class LiveConfig extends AbstractConfig {

    public static final String PREFIX = "live.";
    public static final String QUEUE_SIZE = "queue.size";
    public static final String KEEPALIVE_MS = "keepalive.ms";
    public static final String RETRY_MS = "retry.ms";
    public static final String MAX_CLIENTS = "max.clients";
    public static final String RECENT_EVENTS = "recent.events";

    public static final ConfigDef CONFIG = new ConfigDef()
            .define(QUEUE_SIZE, Type.INT, LiveSettings.DEFAULTS.queueSize(), Range.between(1, 1_000_000), Importance.LOW,
                    "Events an SSE client may fall behind before it is disconnected (its browser reconnects).")
            .define(KEEPALIVE_MS, Type.LONG, LiveSettings.DEFAULTS.keepAliveMillis(), Range.between(100, 300_000), Importance.LOW,
                    "Idle time after which a keep-alive comment goes to an SSE client; also how soon a vanished client is noticed.")
            .define(RETRY_MS, Type.LONG, LiveSettings.DEFAULTS.retryMillis(), Range.between(0, 600_000), Importance.LOW,
                    "Reconnect delay the browser is told to use after the stream drops.")
            .define(MAX_CLIENTS, Type.INT, LiveSettings.DEFAULTS.maxClients(), Range.between(1, 10_000), Importance.MEDIUM,
                    "SSE clients connected at once at most (each has a writer thread); more are answered 503.")
            .define(RECENT_EVENTS, Type.INT, LiveSettings.DEFAULTS.recentEvents(), Range.between(0, 10_000), Importance.LOW,
                    "Latest events kept for GET /api/events/recent; the feed re-reads this many per partition at start.");

    public LiveConfig(Map<?, ?> props) {
        super(CONFIG, props);
    }

    public LiveSettings settings() {
        return new LiveSettings(getInt(QUEUE_SIZE), getLong(KEEPALIVE_MS), getLong(RETRY_MS), getInt(MAX_CLIENTS),
                getInt(RECENT_EVENTS));
    }
}
