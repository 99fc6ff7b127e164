package dev.hkfilings.live;

import dev.hkfilings.http.ManagedRoutes;
import dev.hkfilings.http.Router;
import dev.hkfilings.topology.StreamAppConfig;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
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

    /** @param metrics where the stream's gauges go ({@code /metrics}): connected clients, events sent */
    public LiveStream(StreamAppConfig config, MeterRegistry metrics) {
        this.config = config;
        this.settings = new LiveConfig(config.originalsWithPrefix(LiveConfig.PREFIX)).settings();
        this.hub = new EventHub(settings);
        Gauge.builder("hkfilings.sse.clients", hub, EventHub::clients)
                .description("Clients connected to the live stream (GET /api/stream)").register(metrics);
        FunctionCounter.builder("hkfilings.sse.events.published", hub, EventHub::published)
                .description("Committed events the live stream has sent out to its clients").register(metrics);
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
