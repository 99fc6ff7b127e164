package dev.hkfilings.topology;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.ResolutionKind;
import dev.hkfilings.testing.TypedEvents;
import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.testkit.KafkaHarnessExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a test (its name matches no surefire include; it asserts nothing about speed). Run it with
 * <pre>
 * ./mvnw -B -pl stream-app -am verify -DskipITs -Dtest=ApiBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *        -Dbench.companies=3000 -Dbench.events=100 -Dbench.requests=20000 -Dbench.clients=4
 * </pre>
 * and read {@code stream-app/target/benchmark/api.txt}. Loads companies × events typed events straight onto
 * {@code hkex.events.by-company} (no Tika), waits until the state tables hold all of them, then measures
 * {@code GET /api/companies/{code}} latency from a JDK HttpClient load loop over random codes.
 */
@ExtendWith(KafkaHarnessExtension.class)
class ApiBenchmark {

    @TempDir
    Path stateDir;

    @Test
    void run(KafkaHarness kafka) throws Exception {
        int companies = Integer.getInteger("bench.companies", 3000);
        int perCompany = Integer.getInteger("bench.events", 100);
        int requests = Integer.getInteger("bench.requests", 20_000);
        int clients = Integer.getInteger("bench.clients", 4);
        String runId = Long.toString(System.currentTimeMillis(), 36);
        kafka.createTopic(Topics.BY_COMPANY, 3, false);

        Map<String, Object> props = new HashMap<>();
        props.put("bootstrap.servers", kafka.bootstrapServers());
        props.put("schema.registry.url", kafka.schemaRegistryUrl());
        props.put("application.id", "api-bench-" + runId);
        props.put("state.dir", stateDir.toString());
        props.put("num.stream.threads", "2");
        props.put("http.port", "0");
        props.put("http.host", "127.0.0.1");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < companies; i++) {
            codes.add(String.format("%05d", 10_000 + i));
        }
        try (StreamApp app = StreamApp.start(new StreamAppConfig(props), new FakeExtractor(), new FakeAnalyzer())) {
            long l0 = System.nanoTime();
            load(kafka, codes, perCompany, runId);
            double loadSecs = (System.nanoTime() - l0) / 1e9;
            long f0 = System.nanoTime();
            HttpClient client = HttpClient.newBuilder().build();
            String base = "http://127.0.0.1:" + app.httpPort();
            awaitFolded(client, base, codes, perCompany);
            double foldSecs = (System.nanoTime() - f0) / 1e9;

            String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
            measure(client, base, codes, Math.min(2000, requests), clients);   // warm-up
            double[] ms = measure(client, base, codes, requests, clients);
            String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();
            Arrays.sort(ms);
            String report = String.format(
                    "GET /api/companies/{code}: %d companies x %d events (%d events), %d requests, %d client threads%n"
                            + "  p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n"
                            + "  events produced in %.1f s; all folded into the state tables %.1f s later%n"
                            + "  load average before/after the measurement: %s / %s; cores: %d%n",
                    companies, perCompany, (long) companies * perCompany, requests, clients,
                    pct(ms, 50), pct(ms, 90), pct(ms, 99), ms[ms.length - 1], loadSecs, foldSecs,
                    loadBefore, loadAfter, Runtime.getRuntime().availableProcessors());
            Path out = Path.of("target", "benchmark", "api.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.println(report);
        }
    }

    private static void load(KafkaHarness kafka, List<String> codes, int perCompany, String runId) {
        var ser = StateSerdes.create(Map.of("schema.registry.url", kafka.schemaRegistryUrl())).events().serializer();
        Map<String, Object> c = new HashMap<>(kafka.producerConfig());
        c.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        c.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        c.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        Instant t0 = Instant.parse("2020-01-01T00:00:00Z");
        try (KafkaProducer<String, AnnouncementEvent> p = new KafkaProducer<>(c, new StringSerializer(), ser)) {
            for (int n = 0; n < perCompany; n++) {
                for (int i = 0; i < codes.size(); i++) {
                    String code = codes.get(i);
                    String id = runId + "-" + code + "-" + n;
                    Instant at = t0.plusSeconds(86_400L * n + i);
                    AnnouncementEvent e = switch (n % 10) {
                        case 0 -> TypedEvents.pledge(id, code, at, "Holder " + (n % 3), 10_000_000, 100_000L * (n + 1), n, n / 10.0);
                        case 3 -> TypedEvents.poll(id, code, at, LocalDate.of(2020, 1, 1).plusDays(n),
                                TypedEvents.resolution("1", ResolutionKind.ORDINARY, 99.0, true),
                                TypedEvents.resolution("2", ResolutionKind.SPECIAL, 60.0 + n % 30, n % 2 == 0));
                        case 7 -> TypedEvents.esg(id, code, at, 2000 + n / 10, "Total GHG emissions", "tCO2e", 1000.0 + n);
                        default -> TypedEvents.other(id, code, at);
                    };
                    p.send(new ProducerRecord<>(Topics.BY_COMPANY, code, e));
                }
            }
            p.flush();
        }
    }

    /** Waits until a sample of companies (and the company count) shows every event folded in. */
    private static void awaitFolded(HttpClient client, String base, List<String> codes, int perCompany) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        List<String> sample = List.of(codes.get(0), codes.get(codes.size() / 2), codes.get(codes.size() - 1));
        while (true) {
            boolean done = get(client, base + "/api/companies").contains("\"total\":" + codes.size());
            for (String code : sample) {
                String body = get(client, base + "/api/companies/" + code);
                done &= body.contains("\"PLEDGE\":" + (perCompany + 9) / 10) && countsSum(body) == perCompany;
            }
            if (done) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the state tables did not fold all events in time");
            }
            Thread.sleep(1000);
        }
    }

    private static long countsSum(String summaryJson) throws Exception {
        var counts = dev.hkfilings.http.Json.MAPPER.readTree(summaryJson).get("counts");
        long sum = 0;
        if (counts != null) {
            for (var v : counts) {
                sum += v.asLong();
            }
        }
        return sum;
    }

    private static double[] measure(HttpClient client, String base, List<String> codes, int requests, int clients) throws Exception {
        double[] ms = new double[requests];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < clients; t++) {
                int from = t * requests / clients;
                int to = (t + 1) * requests / clients;
                fs.add(pool.submit(() -> {
                    for (int i = from; i < to; i++) {
                        String code = codes.get(ThreadLocalRandom.current().nextInt(codes.size()));
                        long s = System.nanoTime();
                        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/companies/" + code)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        ms[i] = (System.nanoTime() - s) / 1e6;
                        if (r.statusCode() != 200) {
                            throw new AssertionError(code + " answered " + r.statusCode() + ": " + r.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return ms;
    }

    private static String get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static double pct(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
