package dev.hkfilings.live;

import dev.hkfilings.http.Router;
import dev.hkfilings.http.Routes;
import dev.hkfilings.topology.StreamAppConfig;
import java.util.HashMap;
import java.util.Map;

/**
 * The live side of the app, as one route group that owns its resources: the feed from the committed event
 * topics, the hub, the live routes and the dashboard page. The HTTP server closes it when it stops.
 */
public final class LiveStream implements Routes, AutoCloseable {

    private final EventHub hub;
    private final EventFeed feed;

    private LiveStream(EventHub hub, EventFeed feed) {
        this.hub = hub;
        this.feed = feed;
    }

    public static LiveStream start(StreamAppConfig config) {
        LiveSettings settings = new LiveConfig(config.originalsWithPrefix(LiveConfig.PREFIX)).settings();
        EventHub hub = new EventHub(settings);
        Map<String, Object> consumer = new HashMap<>();
        consumer.put("bootstrap.servers", config.bootstrapServers());
        consumer.put("client.id", config.applicationId() + "-live-feed");
        EventFeed feed = new EventFeed(consumer, config.serdeConfig(), hub, settings.recentEvents()).start();
        return new LiveStream(hub, feed);
    }

    @Override
    public void register(Router router) {
        new LiveRoutes(hub, feed::isReady).register(router);
        new DashboardRoutes().register(router);
    }

    public EventHub hub() {
        return hub;
    }

    public boolean isReady() {
        return feed.isReady();
    }

    @Override
    public void close() {
        hub.close();
        feed.close();
    }
}
