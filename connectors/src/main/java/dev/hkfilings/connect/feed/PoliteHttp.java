package dev.hkfilings.connect.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GETs for the exchange's site as a polite client: requests are spaced to a configured rate, carry a
 * configured User-Agent, and 429, 5xx and timeouts are retried with exponential backoff (honouring
 * Retry-After). Bodies are read up to a size limit and never further.
 */
public final class PoliteHttp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PoliteHttp.class);

    /** The knobs of {@link PoliteHttp}. */
    public record Settings(String userAgent, double requestsPerSecond, int maxRetries, long backoffMillis,
                           long maxBackoffMillis, Duration connectTimeout, Duration requestTimeout) {
    }

    private final Settings settings;
    private final Pause pause = new Pause();
    private final RateLimiter limiter;
    private final HttpClient client;

    public PoliteHttp(Settings settings) {
        this.settings = settings;
        this.limiter = new RateLimiter(settings.requestsPerSecond(), pause);
        this.client = HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    }

    /** GETs a URI; never throws for HTTP or network failures (they become {@link Fetched#failure()}), only when stopped. */
    public Fetched get(URI uri, long maxBytes) throws InterruptedIOException {
        String lastFailure = null;
        int attempts = settings.maxRetries() + 1;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            limiter.acquire();
            long retryAfterMillis = -1;
            HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "*/*")
                .GET()
                .build();
            try {
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                String contentType = response.headers().firstValue("Content-Type").orElse(null);
                OptionalLong length = response.headers().firstValueAsLong("Content-Length");
                try (InputStream in = response.body()) {
                    if (status >= 200 && status < 300) {
                        return readLimited(in, contentType, length, maxBytes);
                    }
                }
                lastFailure = "HTTP " + status + " from " + uri;
                if (status != 429 && status < 500) {
                    return new Fetched(null, contentType, null, false, lastFailure);
                }
                retryAfterMillis = response.headers().firstValueAsLong("Retry-After").orElse(-1) * 1000;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while fetching " + uri);
            } catch (InterruptedIOException e) {
                if (pause.isStopped()) {
                    throw e;
                }
                lastFailure = "request to " + uri + " timed out: " + e.getMessage();
            } catch (IOException e) {
                lastFailure = "request to " + uri + " failed: " + e;
            }
            if (attempt < attempts) {
                long backoff = Math.min(settings.maxBackoffMillis(), settings.backoffMillis() << Math.min(20, attempt - 1));
                long wait = Math.max(backoff, Math.min(retryAfterMillis, settings.maxBackoffMillis()));
                LOG.info("{}; retry {} of {} in {} ms", lastFailure, attempt, settings.maxRetries(), wait);
                pause.sleep(wait);
            }
        }
        String reason = lastFailure + (attempts > 1 ? " (gave up after " + attempts + " attempts)" : "");
        LOG.warn("{}", reason);
        return new Fetched(null, null, null, false, reason);
    }

    private static Fetched readLimited(InputStream in, String contentType, OptionalLong length, long maxBytes) throws IOException {
        if (length.isPresent() && length.getAsLong() > maxBytes) {
            return new Fetched(null, contentType, length.getAsLong(), true,
                "document is " + length.getAsLong() + " bytes, limit is " + maxBytes);
        }
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            return new Fetched(null, contentType, null, true, "document is more than " + maxBytes + " bytes, the limit");
        }
        return new Fetched(body, contentType, (long) body.length, false, null);
    }

    /** Ends any wait in progress; later requests fail fast. */
    @Override
    public void close() {
        pause.stop();
    }

    Pause pause() {
        return pause;
    }
}
