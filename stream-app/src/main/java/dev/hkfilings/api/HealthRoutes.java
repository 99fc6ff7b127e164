package dev.hkfilings.api;

import dev.hkfilings.http.Router;
import dev.hkfilings.http.Routes;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;

/** {@code GET /api/health}: 200 while the streams run or rebalance, 503 otherwise, with the state either way. */
final class HealthRoutes implements Routes {

    private final ApiContext context;

    HealthRoutes(ApiContext context) {
        this.context = context;
    }

    @Override
    public void register(Router router) {
        router.get("/api/health", ex -> {
            KafkaStreams.State state = context.streams().state();
            boolean up = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", up ? "UP" : "DOWN");
            body.put("streams", state.name());
            body.put("instance", context.self().host() + ":" + context.self().port());
            body.put("applicationId", context.config().applicationId());
            ex.json(up ? 200 : 503, body);
        });
    }
}
