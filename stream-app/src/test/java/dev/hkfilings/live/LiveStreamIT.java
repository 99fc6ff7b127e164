package dev.hkfilings.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.AnnouncementType;
import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.testkit.KafkaHarnessExtension;
import dev.hkfilings.topology.StreamApp;
import dev.hkfilings.topology.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live stream of a real StreamApp on the real broker and registry: events committed to the market-wide
 * topics reach SSE clients by their filters, and an aborted transaction's events never do.
 */
@ExtendWith(KafkaHarnessExtension.class)
class LiveStreamIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path stateDir;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private KafkaHarness kafka;
    private StreamApp app;
    private String base;

    @BeforeEach
    void start(KafkaHarness kafka) throws Exception {
        this.kafka = kafka;
        app = LiveApps.start(kafka, stateDir, "live-" + run, "in-process");
        base = "http://localhost:" + app.httpPort();
        awaitFeedReady(base);
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aCompanyFilteredClientReceivesExactlyThatCompanysNewCommittedEvent() throws Exception {
        // codes no other test uses, so events other tests commit meanwhile cannot match the filter
        String mine = String.format("%05d", 90_000 + ThreadLocalRandom.current().nextInt(9_999));
        String other = String.format("%05d", 80_000 + ThreadLocalRandom.current().nextInt(9_999));
        try (SseTestClient company = new SseTestClient(base + "/api/stream?company=" + mine);
             SseTestClient pledges = new SseTestClient(base + "/api/stream?type=pledge");
             KafkaProducer<String, AnnouncementEvent> producer = LiveApps.eventProducer(kafka, "live-it-" + run)) {
            company.awaitConnected(WAIT);
            pledges.awaitConnected(WAIT);
            assertThat(company.contentType()).startsWith("text/event-stream");

            // an aborted transaction: read_committed keeps its event away from every client
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(Topics.POLL, "aborted-" + run, LiveApps.event("aborted-" + run, mine, AnnouncementType.POLL)));
            producer.flush();
            producer.abortTransaction();

            producer.beginTransaction();
            producer.send(new ProducerRecord<>(Topics.ESG, "other-" + run, LiveApps.event("other-" + run, other, AnnouncementType.ESG)));
            producer.send(new ProducerRecord<>(Topics.PLEDGE, "mine-" + run, LiveApps.event("mine-" + run, mine, AnnouncementType.PLEDGE)));
            producer.send(new ProducerRecord<>(Topics.OTHER, "other2-" + run, LiveApps.event("other2-" + run, other, AnnouncementType.OTHER)));
            producer.commitTransaction();

            SseTestClient.Received first = company.poll(WAIT);
            assertThat(first).as("the company's event within " + WAIT).isNotNull();
            assertThat(first.event()).isEqualTo("announcement");
            assertThat(first.id()).startsWith(Topics.PLEDGE + "-");
            JsonNode e = JSON.readTree(first.data());
            assertThat(e.get("announcementId").asText()).isEqualTo("mine-" + run);
            assertThat(e.get("stockCode").asText()).isEqualTo(mine);
            assertThat(e.get("type").asText()).isEqualTo("PLEDGE");
            assertThat(e.get("title").asText()).isEqualTo("Announcement mine-" + run);
            // nothing else follows for this client: not the other company's events, not the aborted one
            assertThat(company.drain(Duration.ofSeconds(3))).isEmpty();

            // the type filter sees the pledge of this run (and any pledge other tests commit), never another type
            List<JsonNode> seen = new java.util.ArrayList<>();
            for (SseTestClient.Received r : pledges.drain(Duration.ofSeconds(3))) {
                seen.add(JSON.readTree(r.data()));
            }
            assertThat(seen).extracting(n -> n.get("type").asText()).containsOnly("PLEDGE");
            assertThat(seen).extracting(n -> n.get("announcementId").asText()).contains("mine-" + run)
                    .doesNotContain("aborted-" + run, "other-" + run, "other2-" + run);
        }
        // the recent list has the committed events, not the aborted one
        String recent = get(base + "/api/events/recent?company=" + mine).body();
        assertThat(recent).contains("mine-" + run).doesNotContain("aborted-" + run);
    }

    @Test
    void aClientThatReconnectsWithItsLastEventIdGetsTheEventsItMissed() throws Exception {
        String mine = String.format("%05d", 70_000 + ThreadLocalRandom.current().nextInt(9_999));
        String firstId;
        try (KafkaProducer<String, AnnouncementEvent> producer = LiveApps.eventProducer(kafka, "live-resume-" + run)) {
            try (SseTestClient before = new SseTestClient(base + "/api/stream?company=" + mine)) {
                before.awaitConnected(WAIT);
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(Topics.POLL, "seen-" + run, LiveApps.event("seen-" + run, mine, AnnouncementType.POLL)));
                producer.commitTransaction();
                SseTestClient.Received seen = before.poll(WAIT);
                assertThat(seen).as("the first event within " + WAIT).isNotNull();
                firstId = seen.id();
            }
            // while the client is away
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(Topics.PLEDGE, "missed1-" + run, LiveApps.event("missed1-" + run, mine, AnnouncementType.PLEDGE)));
            producer.send(new ProducerRecord<>(Topics.ESG, "missed2-" + run, LiveApps.event("missed2-" + run, mine, AnnouncementType.ESG)));
            producer.commitTransaction();
            awaitRecent(mine, "missed2-" + run);

            try (SseTestClient back = new SseTestClient(base + "/api/stream?company=" + mine, firstId)) {
                back.awaitConnected(WAIT);
                List<String> ids = new java.util.ArrayList<>();
                for (SseTestClient.Received r : back.drain(Duration.ofSeconds(3))) {
                    assertThat(r.event()).isEqualTo("announcement");
                    ids.add(JSON.readTree(r.data()).get("announcementId").asText());
                }
                assertThat(ids).containsExactlyInAnyOrder("missed1-" + run, "missed2-" + run);
            }
            // an id the app never had: a resync event says the gap cannot be filled
            try (SseTestClient lost = new SseTestClient(base + "/api/stream?company=" + mine, Topics.POLL + "-0-999999999")) {
                lost.awaitConnected(WAIT);
                SseTestClient.Received r = lost.poll(WAIT);
                assertThat(r).isNotNull();
                assertThat(r.event()).isEqualTo("resync");
                assertThat(JSON.readTree(r.data()).get("lastEventId").asText()).isEqualTo(Topics.POLL + "-0-999999999");
            }
        }
    }

    private void awaitRecent(String company, String announcementId) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!get(base + "/api/events/recent?company=" + company).body().contains(announcementId)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(announcementId + " not among the recent events within " + WAIT);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void badFiltersAreAnsweredWithA400NamingTheParameter() throws Exception {
        HttpResponse<String> r = get(base + "/api/stream?type=dividend");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("type must be one of");
        assertThat(get(base + "/api/stream?company=HSBC").body()).contains("company must be a stock code");
        assertThat(get(base + "/api/events/recent?limit=0").statusCode()).isEqualTo(400);
        HttpResponse<String> head = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/stream"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
    }

    @Test
    void aClientThatDisconnectsIsDroppedByTheServer() throws Exception {
        SseTestClient c = new SseTestClient(base + "/api/stream");
        c.awaitConnected(WAIT);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (clients() < 1) {
            assertThat(System.nanoTime()).as("client registered").isLessThan(deadline);
            Thread.sleep(50);
        }
        assertThat(get(base + "/metrics").body()).contains("hkfilings_sse_clients 1.0");
        c.close();
        // the server notices at its next write at the latest (a keep-alive, 15 s by default)
        while (clients() > 0) {
            assertThat(System.nanoTime()).as("client dropped after disconnect").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private int clients() throws Exception {
        return JSON.readTree(get(base + "/api/stream/status").body()).get("clients").asInt();
    }

    static void awaitFeedReady(String base) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            HttpResponse<String> r = get(base + "/api/stream/status");
            if (r.statusCode() == 200 && JSON.readTree(r.body()).get("feed").asText().equals("READY")) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("live feed not ready within " + WAIT + ": " + r.body());
            }
            Thread.sleep(100);
        }
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
