package dev.hkfilings.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One request and its answer: path and query parameters, and JSON or text responses. Streaming handlers (SSE)
 * use {@link #raw()} and must close its response body themselves.
 */
public final class ApiExchange {

    private final HttpExchange exchange;
    private final Map<String, String> pathParams;
    private final Map<String, String> query;
    private boolean responded;

    ApiExchange(HttpExchange exchange, Map<String, String> pathParams) {
        this.exchange = exchange;
        this.pathParams = pathParams;
        this.query = parseQuery(exchange.getRequestURI());
    }

    public String pathParam(String name) {
        String v = pathParams.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no path parameter " + name);
        }
        return v;
    }

    public Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name)).filter(s -> !s.isBlank());
    }

    public Map<String, String> queryParams() {
        return query;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    public URI uri() {
        return exchange.getRequestURI();
    }

    /** The underlying exchange, for handlers that stream (e.g. Server-Sent Events). */
    public HttpExchange raw() {
        responded = true;
        return exchange;
    }

    public void json(Object body) throws IOException {
        json(200, body);
    }

    public void json(int status, Object body) throws IOException {
        send(status, "application/json", Json.MAPPER.writeValueAsBytes(body));
    }

    public void text(int status, String contentType, String body) throws IOException {
        send(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public void send(int status, String contentType, byte[] body) throws IOException {
        responded = true;
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!head) {
                out.write(body);
            }
        }
    }

    boolean responded() {
        return responded;
    }

    private static Map<String, String> parseQuery(URI uri) {
        Map<String, String> m = new LinkedHashMap<>();
        String q = uri.getRawQuery();
        if (q == null || q.isEmpty()) {
            return m;
        }
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            m.putIfAbsent(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return m;
    }
}
