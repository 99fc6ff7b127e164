package dev.hkfilings.reliability;

import dev.hkfilings.testkit.KafkaHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged app ({@code java -Xmx1g -jar target/stream-app.jar run ...}) as a child process, as an operator runs
 * it: started, killed with SIGKILL, started again on the same state directory. Its output goes to a log file under
 * {@code target/reliability/}, kept for diagnosis.
 */
final class AppProcess implements AutoCloseable {

    private final LoggedProcess process;

    private AppProcess(List<String> command, Path log) {
        this.process = new LoggedProcess("app", command, log, Duration.ofSeconds(60));
    }

    /**
     * @param settings {@code -D} settings of {@code run} on top of the ones every scenario needs
     */
    static AppProcess of(KafkaHarness kafka, String name, Map<String, String> settings) throws IOException {
        Path dir = Path.of("target", "reliability", name).toAbsolutePath();
        Files.createDirectories(dir);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", Path.of("target", "stream-app.jar").toAbsolutePath().toString(), "run",
                "--bootstrap-servers", kafka.bootstrapServers(), "--schema-registry-url", kafka.schemaRegistryUrl()));
        for (var e : defaults(dir).entrySet()) {
            if (!settings.containsKey(e.getKey())) {
                cmd.addAll(List.of("-D", e.getKey() + "=" + e.getValue()));
            }
        }
        settings.forEach((k, v) -> cmd.addAll(List.of("-D", k + "=" + v)));
        return new AppProcess(cmd, dir.resolve("app.log"));
    }

    static Map<String, String> defaults(Path dir) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("state.dir", dir.resolve("state").toString());
        d.put("num.stream.threads", "1");
        d.put("extract.workers", "1");
        d.put("extract.worker.heap.mb", "384");
        // several instances on one host: no fixed HTTP API port
        d.put("http.port", "0");
        // the warm-up (up to 10 s of sample parses per worker) makes a production worker fast from its first
        // document; here it would only add to every start and restart of every scenario
        d.put("extract.worker.warmup.parses", "0");
        // A SIGKILLed member is only noticed when its session times out; the classic group protocol's rebalance
        // then waits for it, so a restarted or surviving instance gets the partitions back only after
        // session.timeout.ms (45 s by default). 10 s keeps a scenario short and is above the broker's
        // group.min.session.timeout.ms (6 s); heartbeats stay at a third of it.
        d.put("streams.session.timeout.ms", "10000");
        d.put("streams.heartbeat.interval.ms", "3000");
        return d;
    }

    /**
     * Settings for a scenario that kills an instance. A surviving instance (and a restarted one whenever Kafka Streams
     * did not keep its process id in the state directory) has other transactional ids than the killed one, so it
     * cannot fence the killed one's open transaction, which then holds back every read_committed reader of the partitions it wrote to until the broker
     * aborts it at transaction.timeout.ms (150 s with the default 60 s parse time-box). Plain-text filings parse in
     * milliseconds, so a 10 s time-box and a 25 s transaction timeout are ample (the app refuses a transaction
     * timeout that a parse could outlast).
     */
    static Map<String, String> forKilling(String applicationId) {
        return Map.of("application.id", applicationId, "extract.timeout.ms", "10000",
                "streams.producer.transaction.timeout.ms", "25000");
    }

    AppProcess start() throws IOException {
        process.start();
        return this;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook runs, no transaction is committed or aborted, no offset flushed. */
    void kill9() throws InterruptedException {
        process.kill9();
    }

    String log() {
        return process.log();
    }

    String describe() {
        return process.describe();
    }

    /** SIGTERM, then SIGKILL if it has not stopped after 60 s. */
    @Override
    public void close() throws InterruptedException {
        process.stop();
    }
}
