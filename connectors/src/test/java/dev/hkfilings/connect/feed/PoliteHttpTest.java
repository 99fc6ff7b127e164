package dev.hkfilings.connect.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PoliteHttpTest {

    private final LocalHkexSite site;
    private PoliteHttp http;

    PoliteHttpTest() throws Exception {
        site = new LocalHkexSite();
    }

    @AfterEach
    void close() {
        if (http != null) {
            http.close();
        }
        site.close();
    }

    private PoliteHttp http(double rate, int retries) {
        http = new PoliteHttp(new PoliteHttp.Settings("test-agent/1.0 (ops@example.org)", rate, retries, 10, 100,
            Duration.ofSeconds(5), Duration.ofSeconds(5)));
        return http;
    }

    private URI uri(String path) {
        return URI.create(site.baseUrl() + path);
    }

    @Test
    void retries429And500ThenReadsTheBody() throws Exception {
        site.document("/doc.pdf", "%PDF-1.4 body".getBytes(StandardCharsets.UTF_8));
        site.failFirst("/doc.pdf", 429, 500, 503);

        Fetched fetched = http(100, 5).get(uri("/doc.pdf"), 1024);

        assertThat(fetched.ok()).isTrue();
        assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.4 body");
        assertThat(site.requests()).extracting(LocalHkexSite.Request::status).containsExactly(429, 500, 503, 200);
    }

    @Test
    void givesUpAfterTheRetriesWithTheLastStatusAsReason() throws Exception {
        site.document("/doc.pdf", new byte[] {1});
        site.failFirst("/doc.pdf", 500, 500, 500);

        Fetched fetched = http(100, 2).get(uri("/doc.pdf"), 1024);

        assertThat(fetched.ok()).isFalse();
        assertThat(fetched.failure()).contains("HTTP 500 from " + uri("/doc.pdf")).contains("gave up after 3 attempts");
        assertThat(site.requestsFor("/doc.pdf")).isEqualTo(3);
    }

    @Test
    void a404IsNotRetried() throws Exception {
        Fetched fetched = http(100, 5).get(uri("/missing.pdf"), 1024);

        assertThat(fetched.failure()).isEqualTo("HTTP 404 from " + uri("/missing.pdf"));
        assertThat(site.requestsFor("/missing.pdf")).isEqualTo(1);
    }

    @Test
    void aBodyOverTheLimitIsNotKept() throws Exception {
        site.document("/big.pdf", new byte[5000]);

        Fetched fetched = http(100, 0).get(uri("/big.pdf"), 4096);

        assertThat(fetched.ok()).isFalse();
        assertThat(fetched.tooLarge()).isTrue();
        assertThat(fetched.declaredLength()).isEqualTo(5000L);
        assertThat(fetched.failure()).isEqualTo("document is 5000 bytes, limit is 4096");
    }

    @Test
    void requestsAreSpacedToTheRateAndCarryTheUserAgent() throws Exception {
        site.document("/a.pdf", new byte[] {1});
        PoliteHttp client = http(5, 0);

        long start = System.nanoTime();
        for (int i = 0; i < 6; i++) {
            client.get(uri("/a.pdf"), 1024);
        }
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(site.requests()).hasSize(6).extracting(LocalHkexSite.Request::userAgent)
            .containsOnly("test-agent/1.0 (ops@example.org)");
        // the first request starts at once, each further one at least 200 ms after the one before
        assertThat(elapsedMillis).as("6 requests at 5 requests/s").isGreaterThanOrEqualTo(5 * 200);
    }
}
