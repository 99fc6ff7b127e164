package dev.hkfilings.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.AnnouncementType;
import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.testkit.KafkaHarnessExtension;
import dev.hkfilings.topology.StreamApp;
import dev.hkfilings.topology.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a test (its name matches no surefire or failsafe include; it asserts nothing about speed):
 * commit-to-SSE latency. A real StreamApp serves /api/stream; events are committed one transaction each onto
 * the market-wide topics the way the app's exactly-once producer commits them, and for each one the time from
 * {@code commitTransaction()} returning to the event being complete on an SSE client (same JVM, same clock) is
 * recorded. Run it with
 * <pre>
 * ./mvnw -B -pl stream-app -am verify -DskipITs -Dtest=SseLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *        -Dbench.events=200
 * </pre>
 * and read {@code stream-app/target/benchmark/sse-latency.txt}.
 */
@ExtendWith(KafkaHarnessExtension.class)
class SseLatencyBenchmark {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AnnouncementType[] TYPES = {AnnouncementType.PLEDGE, AnnouncementType.POLL, AnnouncementType.ESG, AnnouncementType.OTHER};

    @TempDir
    Path stateDir;

    @Test
    void commitToSseLatency(KafkaHarness kafka) throws Exception {
        int events = Integer.getInteger("bench.events", 200);
        int warmUp = Integer.getInteger("bench.warmup", 20);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String code = "9" + String.format("%04d", Math.floorMod(run.hashCode(), 10_000));
        List<Long> micros = new ArrayList<>();
        String loadBefore;
        String loadAfter;
        try (StreamApp app = LiveApps.start(kafka, stateDir, "sse-bench-" + run, "in-process")) {
            String base = "http://localhost:" + app.httpPort();
            LiveStreamIT.awaitFeedReady(base);
            try (SseTestClient client = new SseTestClient(base + "/api/stream?company=" + code);
                 KafkaProducer<String, AnnouncementEvent> producer = LiveApps.eventProducer(kafka, "sse-bench-" + run)) {
                client.awaitConnected(WAIT);
                loadBefore = loadAverage();
                for (int i = 0; i < warmUp + events; i++) {
                    String id = "bench-" + run + "-" + i;
                    AnnouncementType type = TYPES[i % TYPES.length];
                    producer.beginTransaction();
                    producer.send(new ProducerRecord<>(Topics.marketWide(type), id, LiveApps.event(id, code, type)));
                    producer.commitTransaction();
                    long committed = System.nanoTime();
                    SseTestClient.Received r = client.poll(WAIT);
                    if (r == null) {
                        throw new AssertionError("event " + id + " not on the stream within " + WAIT);
                    }
                    String got = JSON.readTree(r.data()).get("announcementId").asText();
                    if (!got.equals(id)) {
                        throw new AssertionError("expected " + id + " next on the stream, got " + got);
                    }
                    if (i >= warmUp) {
                        micros.add(Math.max(0, (r.receivedAtNanos() - committed) / 1_000));
                    }
                }
                loadAfter = loadAverage();
            }
        }
        Collections.sort(micros);
        long within1s = micros.stream().filter(m -> m <= 1_000_000).count();
        String report = String.format(Locale.ROOT,
                "commit-to-SSE latency, %d events (after %d warm-up), one transaction each, company-filtered client%n"
                        + "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; within 1 s: %d of %d%n"
                        + "load average before: %s; after: %s; cores: %d; at %s%n",
                micros.size(), warmUp, pct(micros, 50), pct(micros, 90), pct(micros, 99), micros.get(micros.size() - 1) / 1000.0,
                within1s, micros.size(), loadBefore, loadAfter, Runtime.getRuntime().availableProcessors(), Instant.now());
        Path out = Path.of("target", "benchmark", "sse-latency.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.print(report);
        System.err.print(report);
    }

    private static double pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1000.0;
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "n/a";
        }
    }
}
