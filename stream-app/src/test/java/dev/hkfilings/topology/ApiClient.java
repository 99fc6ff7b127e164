package dev.hkfilings.topology;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hkfilings.http.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/** A test's client of one instance's HTTP API. */
final class ApiClient {

    record Answer(int status, String body, HttpResponse<String> response) {
        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String servedBy() {
            return response.headers().firstValue("X-Hkfilings-Served-By").orElse(null);
        }
    }

    private final HttpClient client = HttpClient.newHttpClient();
    private final int port;

    ApiClient(int port) {
        this.port = port;
    }

    Answer get(String path) {
        try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Polls a route until its answer satisfies the condition. */
    Answer await(String path, Predicate<Answer> done, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        Answer last = get(path);
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + wait + " on GET " + path + "; last answer " + last.status() + " " + last.body());
            }
            Thread.sleep(250);
            last = get(path);
        }
        return last;
    }
}
