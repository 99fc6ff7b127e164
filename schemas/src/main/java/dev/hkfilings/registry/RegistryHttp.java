package dev.hkfilings.registry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends JSON requests to the registry: content type, auth header, retries with exponential backoff on connection
 * errors and 5xx (moving on to the next URL), and 4xx mapped to {@link RegistryResponseException}.
 */
final class RegistryHttp {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final String ACCEPT = CONTENT_TYPE + ", application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";
    private static final Logger LOG = LoggerFactory.getLogger(RegistryHttp.class);
    // every serde builds a client; sharing the JDK client (one selector thread and connection pool each) keeps a
    // Streams app with many serdes from holding as many threads
    private static final Map<Duration, HttpClient> CLIENTS = new ConcurrentHashMap<>();

    private final List<String> baseUrls;
    private final Optional<String> authorization;
    private final int maxRetries;
    private final long retryWaitMs;
    private final long retryMaxWaitMs;
    private final Duration readTimeout;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicInteger preferredUrl = new AtomicInteger();

    RegistryHttp(List<String> baseUrls, Optional<String> authorization, int maxRetries, Duration retryWait,
                 Duration retryMaxWait, Duration connectTimeout, Duration readTimeout) {
        this.baseUrls = baseUrls.stream().map(String::trim).map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u)
                .toList();
        this.authorization = authorization;
        this.maxRetries = maxRetries;
        this.retryWaitMs = retryWait.toMillis();
        this.retryMaxWaitMs = retryMaxWait.toMillis();
        this.readTimeout = readTimeout;
        this.http = CLIENTS.computeIfAbsent(connectTimeout, timeout -> HttpClient.newBuilder().connectTimeout(timeout)
                .version(HttpClient.Version.HTTP_1_1).build());
    }

    ObjectMapper json() {
        return json;
    }

    long requestCount() {
        return requests.get();
    }

    /** Sends the request and returns the parsed JSON answer ({@link NullNode} for an empty body). */
    JsonNode send(String method, String path, JsonNode body) {
        String payload = body == null ? null : body.toString();
        Exception lastFailure = null;
        String lastUrl = null;
        int first = preferredUrl.get();
        for (int attempt = 0; attempt <= maxRetries; attempt++) {
            int index = (first + attempt) % baseUrls.size();
            String url = baseUrls.get(index) + path;
            lastUrl = url;
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(readTimeout)
                    .header("Accept", ACCEPT)
                    .method(method, payload == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(payload));
            if (payload != null) {
                request.header("Content-Type", CONTENT_TYPE);
            }
            authorization.ifPresent(value -> request.header("Authorization", value));
            requests.incrementAndGet();
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status < 300) {
                    preferredUrl.set(index);
                    return parse(response.body());
                }
                if (status < 500) {
                    throw refused(method, url, status, response.body());
                }
                lastFailure = new IOException("HTTP " + status + ": " + abbreviate(response.body()));
            } catch (IOException e) {
                lastFailure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RegistryException("Interrupted while calling the schema registry: " + method + " " + url, e);
            }
            if (attempt < maxRetries) {
                long wait = backoff(attempt);
                LOG.debug("Schema registry request {} {} failed ({}); retry {} of {} in {} ms", method, url,
                        lastFailure, attempt + 1, maxRetries, wait);
                sleep(wait, method, url);
            }
        }
        throw new RegistryUnavailableException("Schema registry unavailable: " + method + " " + lastUrl + " failed after "
                + (maxRetries + 1) + " attempt(s); last error: " + describe(lastFailure), lastUrl, lastFailure);
    }

    private long backoff(int attempt) {
        long wait = retryWaitMs << Math.min(attempt, 30);
        return Math.min(wait < 0 ? Long.MAX_VALUE : wait, retryMaxWaitMs);
    }

    private static void sleep(long millis, String method, String url) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryException("Interrupted while waiting to retry " + method + " " + url, e);
        }
    }

    private JsonNode parse(String body) throws IOException {
        if (body == null || body.isBlank()) {
            return NullNode.getInstance();
        }
        return json.readTree(body);
    }

    private RegistryResponseException refused(String method, String url, int status, String body) {
        int errorCode = status;
        String message = abbreviate(body);
        try {
            JsonNode error = json.readTree(body);
            if (error != null && error.isObject()) {
                errorCode = error.path("error_code").asInt(status);
                if (error.hasNonNull("message")) {
                    message = error.get("message").asText();
                }
            }
        } catch (IOException | RuntimeException notJson) {
            // the body stays the message: some proxies answer with HTML
        }
        return new RegistryResponseException(method, url, status, errorCode, message);
    }

    private static String describe(Exception failure) {
        if (failure == null) {
            return "none";
        }
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        return body.length() > 500 ? body.substring(0, 500) + "..." : body;
    }
}
