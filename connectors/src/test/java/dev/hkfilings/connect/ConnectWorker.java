package dev.hkfilings.connect;

import dev.hkfilings.testkit.KafkaHarness;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.Herder;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorInfo;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.util.FutureCallback;

/**
 * A real standalone Connect worker, started in-process the way {@code connect-standalone.sh} starts one, loading
 * the plugin from the plugin directory that {@code mvn package} built (system property {@code plugin.path}).
 */
public final class ConnectWorker implements AutoCloseable {

    public static final String FEED_CONNECTOR = "dev.hkfilings.connect.feed.FeedSourceConnector";
    public static final String INBOX_CONNECTOR = "dev.hkfilings.connect.inbox.InboxSourceConnector";
    public static final String AVRO_CONVERTER = "dev.hkfilings.connect.convert.AvroConverter";

    private final Connect<StandaloneHerder> connect;

    private ConnectWorker(Connect<StandaloneHerder> connect) {
        this.connect = connect;
    }

    /** Starts a worker whose source offsets live in {@code offsetsFile}, so a second worker on the same file resumes. */
    public static ConnectWorker start(KafkaHarness harness, Path offsetsFile) {
        String pluginPath = System.getProperty("plugin.path");
        if (pluginPath == null) {
            throw new IllegalStateException("system property plugin.path is not set: run through ./mvnw verify (failsafe)");
        }
        requireNotOnClassPath(FEED_CONNECTOR);
        Map<String, String> props = new HashMap<>();
        props.put("bootstrap.servers", harness.bootstrapServers());
        props.put("offset.storage.file.filename", offsetsFile.toString());
        props.put("offset.flush.interval.ms", "500");
        props.put("plugin.path", pluginPath);
        props.put("plugin.discovery", "service_load");
        props.put("listeners", "http://127.0.0.1:0");
        props.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        props.put("value.converter", AVRO_CONVERTER);
        props.put("value.converter.schema.registry.url", harness.schemaRegistryUrl());
        props.put("producer.max.request.size", String.valueOf(64 * 1024 * 1024));
        props.put("producer.buffer.memory", String.valueOf(128L * 1024 * 1024));
        // Connect's source producers default to one request in flight; with a 200 KB PDF per record and the default
        // 16 KB batches that is one round trip per record. Bigger batches and idempotent pipelining keep order and go fast.
        props.put("producer.linger.ms", "10");
        props.put("producer.batch.size", String.valueOf(4 * 1024 * 1024));
        props.put("producer.enable.idempotence", "true");
        props.put("producer.max.in.flight.requests.per.connection", "5");
        props.put("producer.compression.type", "none");
        props.put("task.shutdown.graceful.timeout.ms", "10000");
        return new ConnectWorker(new ConnectStandalone().startConnect(props));
    }

    /** Proves that the worker can only get the plugin's classes from plugin.path, as a deployed worker would. */
    private static void requireNotOnClassPath(String className) {
        try {
            Class.forName(className, false, ConnectWorker.class.getClassLoader());
        } catch (ClassNotFoundException expected) {
            return;
        }
        throw new IllegalStateException(className + " is on the test class path: the worker must load the plugin from plugin.path");
    }

    public void createConnector(String name, Map<String, String> config) throws Exception {
        Map<String, String> full = new HashMap<>(config);
        full.put("name", name);
        full.put("tasks.max", "1");
        FutureCallback<Herder.Created<ConnectorInfo>> created = new FutureCallback<>();
        connect.herder().putConnectorConfig(name, full, false, created);
        created.get(60, TimeUnit.SECONDS);
    }

    public ConnectorStateInfo status(String name) {
        return connect.herder().connectorStatus(name);
    }

    /** Waits until the connector and its task run. */
    public void awaitRunning(String name) {
        await(Duration.ofSeconds(60), () -> {
            try {
                ConnectorStateInfo status = status(name);
                return "RUNNING".equals(status.connector().state()) && !status.tasks().isEmpty()
                    && status.tasks().stream().allMatch(t -> "RUNNING".equals(t.state()));
            } catch (RuntimeException e) {
                return false;
            }
        }, "connector " + name + " running");
    }

    /** Stops the worker gracefully: tasks stop and their offsets are flushed. */
    @Override
    public void close() {
        connect.stop();
        connect.awaitStop();
    }

    public static void await(Duration timeout, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }
}
