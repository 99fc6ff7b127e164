package dev.hkfilings.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * A Confluent-protocol registry over HTTP on 127.0.0.1 (JDK HttpServer), backed by an {@link InMemorySchemaRegistry}:
 * tests the REST client's requests, headers, error mapping and retries. Can fail the next requests with 5xx and
 * require an Authorization header.
 */
public final class FakeRegistryServer implements AutoCloseable {

    /** One request as the server saw it. */
    public record Seen(String method, String path, String contentType, String authorization, String body) {
    }

    private static final Pattern SUBJECT_VERSIONS = Pattern.compile("/subjects/([^/]+)/versions");
    private static final Pattern SUBJECT = Pattern.compile("/subjects/([^/]+)");
    private static final Pattern LATEST = Pattern.compile("/subjects/([^/]+)/versions/latest");
    private static final Pattern SCHEMA_ID = Pattern.compile("/schemas/ids/(\\d+)");
    private static final Pattern COMPATIBILITY = Pattern.compile("/compatibility/subjects/([^/]+)/versions/latest");
    private static final Pattern CONFIG = Pattern.compile("/config/([^/]+)");

    private final HttpServer server;
    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry("fake");
    private final ObjectMapper json = new ObjectMapper();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToServe = new AtomicInteger();
    private volatile String requiredAuthorization;

    public FakeRegistryServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Seen> requests() {
        return List.copyOf(seen);
    }

    /** The next {@code count} requests are answered 503. */
    public void failNext(int count) {
        failuresToServe.set(count);
    }

    /** Requests without exactly this Authorization header are answered 401. */
    public void requireAuthorization(String value) {
        requiredAuthorization = value;
    }

    public InMemorySchemaRegistry backend() {
        return registry;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            seen.add(new Seen(method, path, exchange.getRequestHeaders().getFirst("Content-Type"), authorization, body));
            if (failuresToServe.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                respond(exchange, 503, "{\"error_code\":50301,\"message\":\"fake registry is down\"}");
                return;
            }
            if (requiredAuthorization != null && !requiredAuthorization.equals(authorization)) {
                respond(exchange, 401, "{\"error_code\":401,\"message\":\"Unauthorized\"}");
                return;
            }
            try {
                respond(exchange, 200, route(method, path, body).toString());
            } catch (RegistryResponseException e) {
                respond(exchange, e.httpStatus(), json.createObjectNode().put("error_code", e.errorCode())
                        .put("message", e.registryMessage()).toString());
            } catch (SchemaParseException e) {
                respond(exchange, 422, json.createObjectNode().put("error_code", 42201)
                        .put("message", "Invalid schema: " + e.getMessage()).toString());
            }
        }
    }

    private JsonNode route(String method, String path, String body) throws IOException {
        Matcher m;
        if (method.equals("POST") && (m = SUBJECT_VERSIONS.matcher(path)).matches()) {
            return json.createObjectNode().put("id", registry.register(subject(m), schema(body)));
        }
        if (method.equals("POST") && (m = SUBJECT.matcher(path)).matches()) {
            Schema schema = schema(body);
            int id = registry.getId(subject(m), schema);
            return json.createObjectNode().put("subject", subject(m)).put("id", id).put("version", 1)
                    .put("schema", schema.toString());
        }
        if (method.equals("GET") && (m = LATEST.matcher(path)).matches()) {
            RegisteredSchema latest = registry.getLatestVersion(subject(m));
            return json.createObjectNode().put("subject", latest.subject()).put("id", latest.id())
                    .put("version", latest.version()).put("schema", latest.schema().toString());
        }
        if (method.equals("GET") && (m = SCHEMA_ID.matcher(path)).matches()) {
            return json.createObjectNode().put("schema", registry.getSchemaById(Integer.parseInt(m.group(1))).toString());
        }
        if (method.equals("POST") && (m = COMPATIBILITY.matcher(path)).matches()) {
            CompatibilityResult result = registry.testCompatibility(subject(m), schema(body));
            ObjectNode answer = json.createObjectNode().put("is_compatible", result.compatible());
            result.messages().forEach(answer.putArray("messages")::add);
            return answer;
        }
        if (method.equals("GET") && (m = CONFIG.matcher(path)).matches()) {
            return json.createObjectNode().put("compatibilityLevel", registry.getCompatibility(subject(m)));
        }
        if (method.equals("PUT") && (m = CONFIG.matcher(path)).matches()) {
            String level = json.readTree(body).path("compatibility").asText();
            return json.createObjectNode().put("compatibility", registry.setCompatibility(subject(m), level));
        }
        throw new RegistryResponseException(method, path, 404, 404, "HTTP 404 Not Found");
    }

    private static String subject(Matcher m) {
        return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }

    private Schema schema(String body) throws IOException {
        return new Schema.Parser().parse(json.readTree(body).path("schema").asText());
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().put("Content-Type", List.of(RegistryHttp.CONTENT_TYPE));
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static Map<String, Object> clientConfig(String url) {
        return Map.of(RegistryClientConfig.SCHEMA_REGISTRY_URL, url, RegistryClientConfig.RETRIES_WAIT_MS, 10L,
                RegistryClientConfig.RETRIES_MAX_WAIT_MS, 50L);
    }
}
