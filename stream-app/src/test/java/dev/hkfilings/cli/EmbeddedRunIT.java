package dev.hkfilings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.AnnouncementType;
import dev.hkfilings.serde.SpecificAvroDeserializer;
import dev.hkfilings.testing.PdfRenderer;
import dev.hkfilings.testkit.process.FreePorts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar's {@code run} with no cluster named: it starts the embedded broker, registry, Connect worker and
 * topology in a fresh working directory; a PDF dropped into {@code ./inbox} comes out as a typed event on its company
 * topic; after SIGTERM and a restart on the same {@code ./data}, the next PDF comes out and nothing is duplicated.
 */
class EmbeddedRunIT {

    private static final String COMPANY_TOPIC = "hkex.company.06680";
    private static final Pattern READY = Pattern.compile("ready in (\\d+) ms");
    private static final Duration START = Duration.ofMinutes(5);

    @TempDir
    Path work;

    private final int brokerPort = FreePorts.next();
    private final int controllerPort = FreePorts.next();
    private final int registryPort = FreePorts.next();
    private Process app;

    @AfterEach
    void stopApp() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroy();
            if (!app.waitFor(2, TimeUnit.MINUTES)) {
                app.destroyForcibly();
            }
        }
    }

    @Test
    void aDroppedPdfBecomesATypedEventAndARestartContinuesWithoutDuplicates() throws Exception {
        Path log1 = work.resolve("run1.log");
        app = start(log1);
        long ready1 = awaitReady(app, log1);
        System.out.println("first start: ready in " + ready1 + " ms");
        assertThat(Files.readString(log1)).contains("drop PDF/HTML/TXT files into  " + work.resolve("inbox"))
                .contains("--topic " + COMPANY_TOPIC);

        drop("06680_pledge.pdf", "seeds/pledge_06680_2022-10-26.txt");
        Map<String, List<AnnouncementEvent>> first = readUntil(e -> e.getType() == AnnouncementType.PLEDGE, log1);
        String pledgeKey = keyOf(first, AnnouncementType.PLEDGE);

        app.destroy();   // SIGTERM
        assertThat(app.waitFor(2, TimeUnit.MINUTES)).as("the app stops within 2 minutes of SIGTERM").isTrue();
        assertThat(app.exitValue()).as("exit code after SIGTERM; log:\n%s", tail(log1)).isZero();
        assertThat(Files.readString(log1)).contains("stopped the connect worker", "stopped the kafka broker");
        assertThat(work.resolve("inbox/finished/06680_pledge.pdf")).exists();

        Path log2 = work.resolve("run2.log");
        app = start(log2);
        long ready2 = awaitReady(app, log2);
        System.out.println("restart: ready in " + ready2 + " ms");

        drop("06680_poll.pdf", "seeds/poll_06680_2022-08-24.txt");
        Map<String, List<AnnouncementEvent>> all = readUntil(e -> e.getType() == AnnouncementType.POLL, log2);
        String pollKey = keyOf(all, AnnouncementType.POLL);

        assertThat(pollKey).isNotEqualTo(pledgeKey);
        assertThat(all.get(pledgeKey)).as("records of the pledge announcement after the restart").hasSize(1);
        assertThat(all.get(pollKey)).as("records of the poll announcement").hasSize(1);
        assertThat(all).as("every key on %s once", COMPANY_TOPIC).allSatisfy((key, events) -> assertThat(events).hasSize(1));
    }

    private Process start(Path log) throws IOException {
        Path jar = Path.of("target", "stream-app.jar").toAbsolutePath();
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-jar", jar.toString(), "run",
                "--broker-port", String.valueOf(brokerPort), "--controller-port", String.valueOf(controllerPort),
                "--registry-port", String.valueOf(registryPort),
                "-D", "num.stream.threads=1", "-D", "extract.workers=1", "-D", "http.port=0")
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static long awaitReady(Process app, Path log) throws Exception {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = READY.matcher(Files.readString(log));
            if (m.find()) {
                return Long.parseLong(m.group(1));
            }
            if (!app.isAlive()) {
                throw new AssertionError("the app exited with " + app.exitValue() + " before it was ready:\n" + tail(log));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not ready within " + START + ":\n" + tail(log));
    }

    /** Written beside the inbox and moved in, so the connector never sees half a file. */
    private void drop(String name, String seed) throws IOException {
        Path staged = PdfRenderer.renderToFile(resource(seed), work.resolve("staging").resolve(name));
        Files.move(staged, work.resolve("inbox").resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Reads the company topic from the beginning (read_committed) until an event matches, then on to its end;
     * returns the events per key.
     */
    private Map<String, List<AnnouncementEvent>> readUntil(Predicate<AnnouncementEvent> wanted, Path log) throws Exception {
        String registry = "http://127.0.0.1:" + registryPort + "/apis/ccompat/v7";
        SpecificAvroDeserializer<AnnouncementEvent> de = new SpecificAvroDeserializer<>(AnnouncementEvent.class);
        de.configure(Map.of("schema.registry.url", registry, "specific.avro.reader", true), false);
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + brokerPort,
                ConsumerConfig.GROUP_ID_CONFIG, "embedded-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, List<AnnouncementEvent>> byKey = new HashMap<>();
        boolean found = false;
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        try (KafkaConsumer<String, AnnouncementEvent> consumer = new KafkaConsumer<>(config, new StringDeserializer(), de)) {
            consumer.subscribe(List.of(COMPANY_TOPIC));
            while (System.nanoTime() < deadline) {
                if (!app.isAlive()) {
                    throw new AssertionError("the app exited with " + app.exitValue() + ":\n" + tail(log));
                }
                for (ConsumerRecord<String, AnnouncementEvent> r : consumer.poll(Duration.ofMillis(500))) {
                    byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.value());
                    found |= wanted.test(r.value());
                }
                if (found && atEnd(consumer)) {
                    return byKey;
                }
            }
        }
        throw new AssertionError("no matching event on " + COMPANY_TOPIC + " within 4 minutes (read " + byKey.keySet()
                + "); app log:\n" + tail(log));
    }

    private static boolean atEnd(KafkaConsumer<String, AnnouncementEvent> consumer) {
        if (consumer.assignment().isEmpty()) {
            return false;
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static String keyOf(Map<String, List<AnnouncementEvent>> byKey, AnnouncementType type) {
        List<String> keys = byKey.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(v -> v.getType() == type)).map(Map.Entry::getKey).toList();
        assertThat(keys).as("keys of %s events", type).hasSize(1);
        return keys.get(0);
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = EmbeddedRunIT.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
