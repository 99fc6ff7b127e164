package dev.hkfilings.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hkfilings.http.ApiException;
import dev.hkfilings.http.ApiExchange;
import dev.hkfilings.http.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Asks another instance: a request for a company it holds is passed on as is and its answer returned as is, so
 * the caller cannot tell which instance answered (except by {@link #SERVED_BY}). A forwarded request is never
 * forwarded again: if ownership moved in between, the caller gets a 503 to retry.
 */
final class Forwarder {

    static final String FORWARDED_BY = "X-Hkfilings-Forwarded-By";
    static final String SERVED_BY = "X-Hkfilings-Served-By";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final HostInfo self;

    Forwarder(HostInfo self) {
        this.self = self;
    }

    void forward(HostInfo to, ApiExchange ex) throws IOException, InterruptedException {
        if (ex.header(FORWARDED_BY).isPresent()) {
            throw new ApiException(503, "instance " + address(self) + " was asked by " + ex.header(FORWARDED_BY).get()
                    + " but does not hold the key either (ownership is moving; retry)");
        }
        URI uri = URI.create("http://" + address(to) + ex.uri().getRawPath()
                + (ex.uri().getRawQuery() == null ? "" : "?" + ex.uri().getRawQuery()));
        HttpResponse<byte[]> r = send(to, uri);
        ex.responseHeader(SERVED_BY, r.headers().firstValue(SERVED_BY).orElse(address(to)));
        ex.send(r.statusCode(), r.headers().firstValue("Content-Type").orElse("application/json"), r.body());
    }

    /** GET a JSON answer from another instance; a failure is a 502 naming it. */
    JsonNode getJson(HostInfo from, String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = send(from, URI.create("http://" + address(from) + pathAndQuery));
        if (r.statusCode() != 200) {
            throw new ApiException(502, "instance " + address(from) + " answered " + r.statusCode() + " to " + pathAndQuery);
        }
        return Json.MAPPER.readTree(r.body());
    }

    private HttpResponse<byte[]> send(HostInfo to, URI uri) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header(FORWARDED_BY, address(self)).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ApiException(502, "instance " + address(to) + " did not answer " + uri.getPath() + ": " + e);
        }
    }

    static String address(HostInfo h) {
        return h.host() + ":" + h.port();
    }
}
