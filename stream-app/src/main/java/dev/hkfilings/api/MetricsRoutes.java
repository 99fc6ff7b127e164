package dev.hkfilings.api;

import dev.hkfilings.http.Router;
import dev.hkfilings.http.Routes;

/** {@code GET /metrics}: the Prometheus text format of the Kafka Streams metrics and the pipeline's counters. */
final class MetricsRoutes implements Routes {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final ApiContext context;

    MetricsRoutes(ApiContext context) {
        this.context = context;
    }

    @Override
    public void register(Router router) {
        router.get("/metrics", ex -> ex.text(200, CONTENT_TYPE, context.metrics().scrape()));
    }
}
