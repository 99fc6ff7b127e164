package dev.hkfilings.topology;

import static dev.hkfilings.topology.TopologyEndToEndTest.pdfFiling;
import static dev.hkfilings.topology.TopologyEndToEndTest.seed;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.avro.ResolutionKind;
import dev.hkfilings.classify.AnnouncementAnalyzer;
import dev.hkfilings.extract.ExtractConfig;
import dev.hkfilings.serde.SpecificAvroSerializer;
import dev.hkfilings.testing.TypedEvents;
import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.testkit.KafkaHarnessExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP API of a running StreamApp on the real broker and registry: seed PDFs through Tika and the analyzer
 * for 06680, and typed events of a company of this run's own (so its answers are exact although the broker is
 * shared) put straight onto the state input.
 */
@ExtendWith(KafkaHarnessExtension.class)
class HttpApiIT {

    private static final Duration WAIT = Duration.ofSeconds(180);
    private static final Instant T0 = Instant.parse("2025-03-03T02:00:00Z");

    @TempDir
    Path stateDir;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String code = "9" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
    private KafkaHarness kafka;
    private StreamApp app;
    private ApiClient api;

    @BeforeEach
    void start(KafkaHarness kafka) throws Exception {
        this.kafka = kafka;
        Map<String, Object> props = new HashMap<>();
        props.put("bootstrap.servers", kafka.bootstrapServers());
        props.put("schema.registry.url", kafka.schemaRegistryUrl());
        props.put("application.id", "api-" + run);
        props.put("state.dir", stateDir.toString());
        props.put("num.stream.threads", "1");
        props.put("topics.partitions", "2");
        props.put("http.port", "0");
        props.put("http.host", "127.0.0.1");
        props.put("streams.commit.interval.ms", "200");
        StreamAppConfig config = new StreamAppConfig(props);
        // only this test's filings: re-extracting every earlier test's PDFs on the shared broker took most of a minute
        StartAtEnd.inputsOf(kafka, config);
        app = StreamApp.start(config, new ExtractConfig(config.extractSettings()).newExtractor(), new AnnouncementAnalyzer());
        api = new ApiClient(app.httpPort());
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everyRouteAnswersFromTheStateOfAKnownSetOfFilings() throws Exception {
        Map<String, RawFiling> pdfs = Map.of(
                "pledge-" + run, pdfFiling("pledge-" + run, seed("seeds/pledge_06680_2022-10-26.txt")),
                "poll-" + run, pdfFiling("poll-" + run, seed("seeds/poll_06680_2022-08-24.txt")),
                "esg-" + run, pdfFiling("esg-" + run, seed("seeds/esg_06680_2021.txt")));
        produceRaw(pdfs);
        List<AnnouncementEvent> typed = List.of(
                TypedEvents.pledge("p1-" + run, code, T0, "Holder A", 1_000_000, 200_000, 20.0, 5.0),
                TypedEvents.pledge("p2-" + run, code, T0.plusSeconds(86_400), "Holder A", 1_000_000, 500_000, 50.0, 12.5),
                TypedEvents.poll("m1-" + run, code, T0.plusSeconds(3600), LocalDate.of(2025, 3, 1),
                        TypedEvents.resolution("1", ResolutionKind.ORDINARY, 98.5, true),
                        TypedEvents.resolution("2", ResolutionKind.SPECIAL, 62.0, false)),
                TypedEvents.esg("e1-" + run, code, T0.plusSeconds(7200), 2024, "Total GHG emissions", "tCO2e", 4321.0),
                TypedEvents.other("o1-" + run, code, T0.plusSeconds(10)));
        produceTyped(typed);

        assertThat(api.await("/api/health", a -> a.status() == 200, WAIT).json().get("status").asText()).isEqualTo("UP");
        JsonNode summary = api.await("/api/companies/" + code,
                a -> a.status() == 200 && a.json().get("counts").size() == 4, WAIT).json();
        Map<String, Integer> counts = new HashMap<>();
        summary.get("counts").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asInt()));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("PLEDGE", 2, "POLL", 1, "ESG", 1, "OTHER", 1));
        assertThat(summary.get("controllingPercentOfCapitalPledged").asDouble()).isEqualTo(12.5);
        assertThat(summary.get("companyNameEn").asText()).isEqualTo("Company " + code + " Limited");
        assertThat(summary.get("latest").toString()).contains("p2-" + run).contains("m1-" + run).doesNotContain("p1-" + run);

        JsonNode pledges = api.get("/api/companies/" + code + "/events?type=pledge").json();
        assertThat(pledges.get("total").asInt()).isEqualTo(2);
        assertThat(pledges.get("events").get(0).get("announcementId").asText()).isEqualTo("p2-" + run);
        JsonNode window = api.get("/api/companies/" + code + "/events?from=2025-03-03T01:00:00Z&to=2025-03-03").json();
        assertThat(ids(window.get("events"))).containsExactlyInAnyOrder("p1-" + run, "m1-" + run, "e1-" + run, "o1-" + run);

        JsonNode positions = api.get("/api/companies/" + code + "/pledges").json();
        assertThat(positions.get("positions")).singleElement().satisfies(p -> {
            assertThat(p.get("shareholder").asText()).isEqualTo("Holder A");
            assertThat(p.get("sharesPledged").asLong()).isEqualTo(500_000L);
            assertThat(p.get("announcementId").asText()).isEqualTo("p2-" + run);
        });
        assertThat(positions.get("history")).extracting(h -> h.get("sharesPledged").asLong()).containsExactly(200_000L, 500_000L);

        JsonNode polls = api.get("/api/companies/" + code + "/polls").json();
        assertThat(polls.get("latestMeeting").get("announcementId").asText()).isEqualTo("m1-" + run);
        assertThat(polls.get("contested")).singleElement().satisfies(c -> {
            assertThat(c.get("number").asText()).isEqualTo("2");
            assertThat(c.get("reason").asText()).isEqualTo("FAILED");
        });
        JsonNode esg = api.get("/api/companies/" + code + "/esg?year=2024").json();
        assertThat(esg.get("kpis")).singleElement().satisfies(k -> assertThat(k.get("value").asDouble()).isEqualTo(4321.0));

        JsonNode top = api.get("/api/pledges/top?by=controlling&limit=1000").json();
        assertThat(top.get("companies").toString()).contains("\"stockCode\":\"" + code + "\"");
        assertThat(api.get("/api/companies").json().get("companies").toString()).contains("\"" + code + "\"");
        // paged by stock code: two pages of one cover the first two companies, in order, and say where the next starts.
        // The state topic is shared with earlier tests and the app may still be folding their events: the pages are
        // read again until the list stood still between them (its rows' counts change meanwhile, so codes are compared).
        JsonNode all;
        JsonNode first;
        JsonNode second;
        long settleBy = System.nanoTime() + WAIT.toNanos();
        while (true) {
            all = api.get("/api/companies").json();
            first = api.get("/api/companies?limit=1").json();
            second = api.get("/api/companies?limit=1&offset=" + first.get("nextOffset").asInt()).json();
            boolean stood = first.get("total").asInt() == all.get("total").asInt()
                    && second.get("total").asInt() == all.get("total").asInt();
            if (stood || System.nanoTime() > settleBy) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(all.get("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(first.get("total").asInt()).isEqualTo(all.get("total").asInt());
        assertThat(first.get("companies")).singleElement().extracting(c -> c.get("stockCode"))
                .isEqualTo(all.get("companies").get(0).get("stockCode"));
        assertThat(second.get("companies")).singleElement().extracting(c -> c.get("stockCode"))
                .isEqualTo(all.get("companies").get(1).get("stockCode"));
        assertThat(api.get("/api/companies?offset=" + all.get("total").asInt()).json().get("nextOffset").isNull()).isTrue();
        assertThat(api.get("/api/companies?limit=0").status()).isEqualTo(400);

        // the seed PDFs went through Tika and the analyzer into the same tables
        JsonNode seeded = api.await("/api/companies/06680/events?limit=10000",
                a -> a.status() == 200 && ids(a.json().get("events")).containsAll(pdfs.keySet()), WAIT).json();
        assertThat(ids(seeded.get("events"))).containsAll(pdfs.keySet());
        assertThat(api.get("/api/companies/06680/events?type=poll&limit=10000").json().get("events").toString())
                .contains("poll-" + run).doesNotContain("pledge-" + run);
        assertThat(api.get("/api/companies/6680").json().get("stockCode").asText()).isEqualTo("06680");

        // errors name the problem
        assertError(api.get("/api/companies/1234567"), 400, "1234567");
        assertError(api.get("/api/companies/" + code + "/events?type=dividend"), 400, "dividend");
        assertError(api.get("/api/companies/" + code + "/events?from=2025-02-01&to=2025-01-01"), 400, "after");
        assertError(api.get("/api/companies/" + code + "/events?from=yesterday"), 400, "yesterday");
        assertError(api.get("/api/pledges/top?by=mood"), 400, "mood");
        assertError(api.get("/api/nothing"), 404, "/api/nothing");
        String unknown = code.equals("99999") ? "99998" : "99999";
        assertError(api.get("/api/companies/" + unknown), 404, unknown);

        ApiClient.Answer metrics = api.get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("hkfilings_filings_in_total").contains("hkfilings_events_out_total{type=\"pledge\"}")
                .contains("hkfilings_tika_extraction_seconds_count").contains("kafka_stream_");
        assertThat(counter(metrics.body(), "hkfilings_filings_in_total")).isGreaterThanOrEqualTo(3.0);
        assertThat(api.get("/api/openapi.yaml").body()).contains("/api/companies/{code}/pledges:");

        // the public state topics carry the same rows
        assertThat(keysOf(Topics.STATE_COMPANY_SUMMARY)).contains(code);
        assertThat(keysOf(Topics.STATE_PLEDGE_POSITIONS)).contains(code + "|Holder A");
    }

    private List<String> keysOf(String topic) {
        List<String> keys = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(kafka.consumerConfig("state-" + UUID.randomUUID()),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            c.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline && !keys.contains(code) && !keys.contains(code + "|Holder A")) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
                    keys.add(r.key());
                }
            }
        }
        return keys;
    }

    private static double counter(String text, String name) {
        return text.lines().filter(l -> l.startsWith(name + " ")).mapToDouble(l -> Double.parseDouble(l.substring(name.length() + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in /metrics"));
    }

    private static void assertError(ApiClient.Answer a, int status, String mentioned) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.json().get("status").asInt()).isEqualTo(status);
        assertThat(a.json().get("message").asText()).contains(mentioned);
    }

    private static List<String> ids(JsonNode events) {
        List<String> out = new ArrayList<>();
        events.forEach(e -> out.add(e.get("announcementId").asText()));
        return out;
    }

    private void produceRaw(Map<String, RawFiling> filings) {
        SpecificAvroSerializer<RawFiling> ser = new SpecificAvroSerializer<>();
        ser.configure(Map.of("schema.registry.url", kafka.schemaRegistryUrl()), false);
        try (KafkaProducer<String, RawFiling> p = new KafkaProducer<>(kafka.producerConfig(), new StringSerializer(), ser)) {
            filings.forEach((id, f) -> p.send(new ProducerRecord<>(Topics.RAW, id, f)));
            p.flush();
        }
    }

    private void produceTyped(List<AnnouncementEvent> events) {
        var ser = StateSerdes.create(Map.of("schema.registry.url", kafka.schemaRegistryUrl())).events().serializer();
        try (KafkaProducer<String, AnnouncementEvent> p = new KafkaProducer<>(kafka.producerConfig(), new StringSerializer(), ser)) {
            events.forEach(e -> p.send(new ProducerRecord<>(Topics.BY_COMPANY, e.getStockCode(), e)));
            p.flush();
        }
    }
}
