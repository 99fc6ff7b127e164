package dev.hkfilings.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.hkfilings.http.ApiException;
import dev.hkfilings.http.Json;
import dev.hkfilings.http.Router;
import dev.hkfilings.http.Routes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The live routes: {@code GET /api/stream?company=&type=} (Server-Sent Events of every committed event that
 * matches), {@code GET /api/stream/status} (whether the feed is reading, clients, events sent) and
 * {@code GET /api/events/recent?company=&type=&limit=} (the latest events, for a page that has just loaded).
 */
public final class LiveRoutes implements Routes {

    private static final int MAX_RECENT = 500;

    private final EventHub hub;
    private final BooleanSupplier feedReady;

    public LiveRoutes(EventHub hub, BooleanSupplier feedReady) {
        this.hub = hub;
        this.feedReady = feedReady;
    }

    @Override
    public void register(Router router) {
        router.get("/api/stream", ex -> {
            EventFilter filter = filter(ex.query("company").orElse(null), ex.query("type").orElse(null));
            if (!hub.hasRoom()) {
                throw new ApiException(503, "the live stream already has its maximum of clients; try again later");
            }
            HttpExchange raw = ex.raw();
            raw.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            raw.getResponseHeaders().set("Cache-Control", "no-cache");
            raw.getResponseHeaders().set("X-Accel-Buffering", "no");   // a buffering reverse proxy would hold events back
            if ("HEAD".equals(raw.getRequestMethod())) {
                raw.sendResponseHeaders(200, -1);   // the headers of a stream, without the stream
                raw.close();
                return;
            }
            // headers go out at once (chunked body), so the browser's EventSource opens before the first event
            raw.sendResponseHeaders(200, 0);
            try {
                // an EventSource that reconnects sends the id of the last event it got; lastEventId for other clients
                String lastEventId = raw.getRequestHeaders().getFirst("Last-Event-ID");
                hub.subscribe(filter, raw.getResponseBody(), raw::close,
                        lastEventId != null ? lastEventId : ex.query("lastEventId").orElse(null));
            } catch (EventHub.TooManyClientsException e) {
                raw.close();   // lost the race for the last place; the EventSource retries after its delay
            }
        });
        router.get("/api/stream/status", ex -> {
            // READY once the feed is positioned on every event topic: from then on each commit reaches the clients
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("feed", feedReady.getAsBoolean() ? "READY" : "STARTING");
            body.put("clients", hub.clients());
            body.put("published", hub.published());
            ex.json(body);
        });
        router.get("/api/events/recent", ex -> {
            EventFilter filter = filter(ex.query("company").orElse(null), ex.query("type").orElse(null));
            int limit = limit(ex.query("limit").orElse("50"));
            List<JsonNode> out = new ArrayList<>();
            for (LiveEvent e : hub.recent(filter, limit)) {
                out.add(Json.MAPPER.readTree(e.json()));
            }
            ex.json(out);
        });
    }

    private static EventFilter filter(String company, String type) {
        try {
            return EventFilter.of(company, type);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static int limit(String s) {
        try {
            int n = Integer.parseInt(s.strip());
            if (n >= 1 && n <= MAX_RECENT) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ApiException.badRequest("limit must be a whole number from 1 to " + MAX_RECENT + ", not '" + s + "'");
    }
}
