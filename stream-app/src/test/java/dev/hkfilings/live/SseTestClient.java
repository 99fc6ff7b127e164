package dev.hkfilings.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A plain SSE client over the JDK's HttpClient: parses the stream and notes when each event arrived. */
final class SseTestClient implements AutoCloseable {

    /** One received event and when (System.nanoTime) it was complete on the client. */
    record Received(String event, String id, String data, long receivedAtNanos) {
    }

    private final BlockingQueue<Received> events = new LinkedBlockingQueue<>();
    private final CountDownLatch connected = new CountDownLatch(1);
    private final Thread reader;
    private volatile InputStream body;
    private volatile int status = -1;
    private volatile String contentType;

    SseTestClient(String url) {
        this(url, null);
    }

    /** @param lastEventId sent as Last-Event-ID, as an EventSource does when it reconnects; null for none */
    SseTestClient(String url, String lastEventId) {
        reader = new Thread(() -> read(url, lastEventId), "sse-test-client");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(String url, String lastEventId) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            HttpResponse<InputStream> r = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            status = r.statusCode();
            contentType = r.headers().firstValue("Content-Type").orElse("");
            body = r.body();
            BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
            String event = "message";
            String id = null;
            StringBuilder data = new StringBuilder();
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith(": connected")) {
                    connected.countDown();
                } else if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Received(event, id, data.toString(), System.nanoTime()));
                    }
                    event = "message";
                    data.setLength(0);
                } else if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("data: ")) {
                    data.append(data.length() > 0 ? "\n" : "").append(line.substring(6));
                }
            }
        } catch (IOException e) {
            // closed by the test, or the server went away: the queue holds what arrived
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            connected.countDown();
        }
    }

    /** Waits for the server's "connected" comment: from then on, every committed event reaches this client. */
    void awaitConnected(Duration timeout) throws InterruptedException {
        if (!connected.await(timeout.toMillis(), TimeUnit.MILLISECONDS) || status != 200) {
            throw new AssertionError("SSE stream did not open within " + timeout + " (HTTP status " + status + ")");
        }
    }

    String contentType() {
        return contentType;
    }

    Received poll(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Everything received until the quiet period passes with nothing new. */
    List<Received> drain(Duration quiet) throws InterruptedException {
        List<Received> out = new ArrayList<>();
        for (Received r; (r = poll(quiet)) != null; ) {
            out.add(r);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            InputStream b = body;
            if (b != null) {
                b.close();
            }
        } catch (IOException ignored) {
            // already closed
        }
        reader.interrupt();
    }
}
