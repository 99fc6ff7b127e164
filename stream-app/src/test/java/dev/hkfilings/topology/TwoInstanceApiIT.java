package dev.hkfilings.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.testing.TypedEvents;
import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.testkit.KafkaHarnessExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of one application (same application.id, own HTTP ports) share the state partitions: every
 * company is answered by either instance, the ones held by the other through it, and the company list of
 * either instance covers both.
 */
@ExtendWith(KafkaHarnessExtension.class)
class TwoInstanceApiIT {

    private static final Duration WAIT = Duration.ofSeconds(180);

    @TempDir
    Path stateDir;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<StreamApp> apps = new ArrayList<>();

    @AfterEach
    void stop() {
        apps.forEach(StreamApp::close);
    }

    @Test
    void aCompanyHeldByTheOtherInstanceIsAnsweredThroughIt(KafkaHarness kafka) throws Exception {
        StreamAppConfig configA = config(kafka, "a");
        // only this test's records: earlier tests' filings on the shared broker are not what it is about
        StartAtEnd.inputsOf(kafka, configA);
        StreamApp a = start(configA);
        StreamApp b = start(config(kafka, "b"));
        awaitRunning(a, b);

        List<String> codes = new ArrayList<>();
        int base = 80_000 + Math.floorMod(run.hashCode(), 9_000);
        for (int i = 0; i < 24; i++) {
            codes.add(String.format("%05d", base + i * 37 % 1000));
        }
        var ser = StateSerdes.create(Map.of("schema.registry.url", kafka.schemaRegistryUrl())).events().serializer();
        try (KafkaProducer<String, AnnouncementEvent> p = new KafkaProducer<>(kafka.producerConfig(), new StringSerializer(), ser)) {
            for (String code : codes) {
                AnnouncementEvent e = TypedEvents.pledge("ti-" + run + "-" + code, code, Instant.parse("2025-06-01T00:00:00Z"),
                        "Holder " + code, 1000, 100, 10.0, 1.0);
                p.send(new ProducerRecord<>(Topics.BY_COMPANY, code, e));
            }
            p.flush();
        }

        // every company through each instance: whichever holds it, the other answers it by forwarding there
        String addressA = "127.0.0.1:" + a.httpPort();
        String addressB = "127.0.0.1:" + b.httpPort();
        Set<String> servedBy = new HashSet<>();
        int forwarded = 0;
        for (StreamApp asked : List.of(a, b)) {
            ApiClient api = new ApiClient(asked.httpPort());
            for (String code : codes) {
                ApiClient.Answer answer = api.await("/api/companies/" + code + "/pledges",
                        r -> r.status() == 200 && r.body().contains("ti-" + run), WAIT);
                assertThat(answer.json().get("positions").get(0).get("shareholder").asText()).isEqualTo("Holder " + code);
                servedBy.add(answer.servedBy());
                if (!answer.servedBy().equals("127.0.0.1:" + asked.httpPort())) {
                    forwarded++;
                }
            }
        }
        assertThat(servedBy).as("instances that answered").isSubsetOf(addressA, addressB);
        assertThat(forwarded).as("answers from the instance not asked").isEqualTo(codes.size());

        // each instance lists every company, its own and the other's: the merge of the two local parts
        int localTotal = 0;
        for (StreamApp app : List.of(a, b)) {
            JsonNode list = new ApiClient(app.httpPort()).get("/api/companies").json();
            List<String> listed = new ArrayList<>();
            list.get("companies").forEach(c -> listed.add(c.get("stockCode").asText()));
            assertThat(listed).containsAll(codes);
            localTotal += new ApiClient(app.httpPort()).get("/api/companies?scope=local").json().get("total").asInt();
        }
        assertThat(localTotal).isEqualTo(new ApiClient(a.httpPort()).get("/api/companies").json().get("total").asInt());
    }

    private StreamAppConfig config(KafkaHarness kafka, String name) {
        Map<String, Object> props = new HashMap<>();
        props.put("bootstrap.servers", kafka.bootstrapServers());
        props.put("schema.registry.url", kafka.schemaRegistryUrl());
        props.put("application.id", "two-" + run);
        props.put("state.dir", stateDir.resolve(name).toString());
        props.put("num.stream.threads", "1");
        // the state input has two partitions or more (another test may have created it), so both instances hold some
        props.put("topics.partitions", "2");
        props.put("http.port", "0");
        props.put("http.host", "127.0.0.1");
        props.put("streams.commit.interval.ms", "200");
        return new StreamAppConfig(props);
    }

    private StreamApp start(StreamAppConfig config) {
        StreamApp app = StreamApp.start(config, new FakeExtractor(), new FakeAnalyzer());
        apps.add(app);
        return app;
    }

    private static void awaitRunning(StreamApp... apps) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!java.util.Arrays.stream(apps).allMatch(x -> x.streams().state() == KafkaStreams.State.RUNNING)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("instances not running: " + java.util.Arrays.stream(apps).map(x -> x.streams().state()).toList());
            }
            Thread.sleep(200);
        }
    }
}
