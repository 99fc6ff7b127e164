package dev.hkfilings.reliability;

import dev.hkfilings.testkit.KafkaHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real standalone Connect worker running the inbox connector, as a child process started the way
 * {@code connect-standalone.sh} starts one ({@code ConnectStandalone worker.properties connector.properties}), from the
 * app's fat jar, which carries connect-runtime; the connector itself comes from {@code plugin.path}
 * ({@code connectors/target/plugin}). Source offsets live in a file, so a restarted worker resumes.
 */
final class ConnectWorkerProcess implements AutoCloseable {

    private final LoggedProcess process;

    private ConnectWorkerProcess(List<String> command, Path log) {
        this.process = new LoggedProcess("connect worker", command, log, Duration.ofSeconds(30));
    }

    static ConnectWorkerProcess inbox(KafkaHarness kafka, Path dir, Path inbox) throws IOException {
        Files.createDirectories(dir);
        Path plugins = Path.of("..", "connectors", "target", "plugin").toAbsolutePath().normalize();
        if (!Files.isDirectory(plugins)) {
            throw new IllegalStateException("no Connect plugin directory at " + plugins + ": build the connectors module first");
        }
        Path worker = dir.resolve("worker.properties");
        Files.writeString(worker, String.join("\n",
                "bootstrap.servers=" + kafka.bootstrapServers(),
                "offset.storage.file.filename=" + dir.resolve("offsets.dat"),
                "offset.flush.interval.ms=500",
                "plugin.path=" + plugins,
                "plugin.discovery=service_load",
                "listeners=http://127.0.0.1:0",
                "key.converter=org.apache.kafka.connect.storage.StringConverter",
                "value.converter=dev.hkfilings.connect.convert.AvroConverter",
                "value.converter.schema.registry.url=" + kafka.schemaRegistryUrl(),
                "producer.max.request.size=" + 64 * 1024 * 1024,
                "producer.buffer.memory=" + 128L * 1024 * 1024,
                "producer.linger.ms=5",
                "task.shutdown.graceful.timeout.ms=10000", ""));
        Path connector = dir.resolve("inbox.properties");
        Files.writeString(connector, String.join("\n",
                "name=inbox",
                "connector.class=dev.hkfilings.connect.inbox.InboxSourceConnector",
                "tasks.max=1",
                "inbox.directory=" + inbox.toAbsolutePath(),
                "inbox.file.stable.ms=300",
                "inbox.poll.interval.ms=200",
                // small batches: acknowledgements (and moves) come all through the run, so a kill lands between them
                "inbox.batch.max.files=10", ""));
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", Path.of("target", "stream-app.jar").toAbsolutePath().toString(),
                "org.apache.kafka.connect.cli.ConnectStandalone", worker.toString(), connector.toString());
        return new ConnectWorkerProcess(cmd, dir.resolve("connect.log"));
    }

    ConnectWorkerProcess start() throws IOException {
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

    String describe() {
        return process.describe();
    }

    /** SIGTERM, then SIGKILL if it has not stopped after 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.stop();
    }
}
