package dev.hkfilings.live;

import dev.hkfilings.http.ManagedRoutes;
import dev.hkfilings.http.Router;
import dev.hkfilings.topology.StreamAppConfig;
import java.util.HashMap;
import java.util.Map;

/**
 * The live side of the app, as one route group that owns its running parts: the feed from the committed event
 * topics, the hub, the live routes and the dashboard page. The HTTP server starts it once it serves and closes
 * it when it stops; until started, the routes answer with an empty stream and the status STARTING.
 */
public final class LiveStream implements ManagedRoutes {

    private final StreamAppConfig config;
    private final LiveSettings settings;
    private final EventHub hub;
    private volatile EventFeed feed;

    public LiveStream(StreamAppConfig config) {
        this.config = config;
        this.settings = new LiveConfig(config.originalsWithPrefix(LiveConfig.PREFIX)).settings();
        this.hub = new EventHub(settings);
    }

    @Override
    public synchronized void start() {
        if (feed != null) {
            return;
        }
        Map<String, Object> consumer = new HashMap<>();
        consumer.put("bootstrap.servers", config.bootstrapServers());
        consumer.put("client.id", config.applicationId() + "-live-feed");
        feed = new EventFeed(consumer, config.serdeConfig(), hub, settings.recentEvents()).start();
    }

    @Override
    public void register(Router router) {
        new LiveRoutes(hub, this::isReady).register(router);
        new DashboardRoutes().register(router);
    }

    public EventHub hub() {
        return hub;
    }

    public boolean isReady() {
        EventFeed f = feed;
        return f != null && f.isReady();
    }

    @Override
    public synchronized void close() {
        hub.close();
        if (feed != null) {
            feed.close();
        }
    }
}
