package dev.hkfilings.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.connector.policy.ConnectorClientConfigOverridePolicy;
import org.apache.kafka.connect.connector.policy.NoneConnectorClientConfigOverridePolicy;
import org.apache.kafka.connect.runtime.Herder;
import org.apache.kafka.connect.runtime.isolation.LoaderSwap;
import org.apache.kafka.connect.runtime.isolation.Plugins;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorInfo;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.runtime.standalone.StandaloneConfig;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.util.FutureCallback;

/**
 * An in-process standalone Connect worker running the inbox connector. The connector and its converter are named by
 * class only and come from {@code plugin.path}, as in any deployed worker: this module does not depend on the
 * connectors module. Source offsets live in a file, so a restarted worker resumes.
 *
 * <p>The worker runs without Connect's REST server: nothing here talks to it, and starting Jetty and Jersey cost
 * several seconds of the embedded run's start-up (measured: 7 s of a 32 s start on a loaded machine). The herder
 * is built the way {@link ConnectStandalone} builds it (file offset store, standalone herder) and driven directly.
 */
final class InboxWorker implements AutoCloseable {

    static final String CONNECTOR_NAME = "inbox";
    static final String INBOX_CONNECTOR = "dev.hkfilings.connect.inbox.InboxSourceConnector";
    static final String AVRO_CONVERTER = "dev.hkfilings.connect.convert.AvroConverter";
    private static final int MAX_REQUEST_BYTES = 64 * 1024 * 1024;

    /** The worker id Connect would derive from its REST address; with no REST server, a fixed name. */
    static final String WORKER_ID = "hkfilings-embedded-inbox";

    private final StandaloneHerder herder;

    private InboxWorker(StandaloneHerder herder) {
        this.herder = herder;
    }

    /** Starts the worker and the inbox connector, and waits until its task runs. */
    static InboxWorker start(String bootstrapServers, String registryUrl, Path pluginPath, Path offsetsFile,
                             Path inbox, Duration timeout) throws Exception {
        Map<String, String> props = new HashMap<>();
        props.put("bootstrap.servers", bootstrapServers);
        props.put("offset.storage.file.filename", offsetsFile.toString());
        props.put("offset.flush.interval.ms", "1000");
        props.put("plugin.path", pluginPath.toString());
        // the plugin's jars carry META-INF/services entries: no 3-4 s class path scan
        props.put("plugin.discovery", "service_load");
        props.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        props.put("value.converter", AVRO_CONVERTER);
        props.put("value.converter.schema.registry.url", registryUrl);
        props.put("producer.max.request.size", String.valueOf(MAX_REQUEST_BYTES));
        props.put("producer.buffer.memory", String.valueOf(2L * MAX_REQUEST_BYTES));
        props.put("producer.linger.ms", "5");
        props.put("task.shutdown.graceful.timeout.ms", "10000");
        InboxWorker worker = new InboxWorker(startHerder(props));
        try {
            Map<String, String> connector = new HashMap<>();
            connector.put("name", CONNECTOR_NAME);
            connector.put("connector.class", INBOX_CONNECTOR);
            connector.put("tasks.max", "1");
            connector.put("inbox.directory", inbox.toString());
            FutureCallback<Herder.Created<ConnectorInfo>> created = new FutureCallback<>();
            worker.herder.putConnectorConfig(CONNECTOR_NAME, connector, true, created);
            created.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            worker.awaitRunning(timeout);
            return worker;
        } catch (Exception | Error e) {
            worker.close();
            throw e;
        }
    }

    private static StandaloneHerder startHerder(Map<String, String> props) {
        Plugins plugins = new Plugins(props);
        try (LoaderSwap ignored = plugins.withClassLoader(plugins.delegatingLoader())) {
            StandaloneConfig config = new StandaloneConfig(props);
            // the one connector here is ours and overrides no client settings
            ConnectorClientConfigOverridePolicy policy = new NoneConnectorClientConfigOverridePolicy();
            StandaloneHerder herder = new HerderFactory().create(config, plugins, policy);
            herder.start();
            return herder;
        }
    }

    /** {@link ConnectStandalone#createHerder} is protected and does not use its REST arguments. */
    private static final class HerderFactory extends ConnectStandalone {
        StandaloneHerder create(StandaloneConfig config, Plugins plugins, ConnectorClientConfigOverridePolicy policy) {
            return createHerder(config, WORKER_ID, plugins, policy, null, null);
        }
    }

    private void awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no status";
        while (System.nanoTime() < deadline) {
            try {
                ConnectorStateInfo status = herder.connectorStatus(CONNECTOR_NAME);
                last = status.connector().state() + ", tasks " + status.tasks().stream().map(t -> t.state()
                        + (t.trace() == null ? "" : ": " + t.trace())).toList();
                if (status.tasks().stream().anyMatch(t -> "FAILED".equals(t.state()))
                        || "FAILED".equals(status.connector().state())) {
                    throw new IllegalStateException("the inbox connector failed: " + last);
                }
                if ("RUNNING".equals(status.connector().state()) && !status.tasks().isEmpty()
                        && status.tasks().stream().allMatch(t -> "RUNNING".equals(t.state()))) {
                    return;
                }
            } catch (org.apache.kafka.connect.errors.NotFoundException notYet) {
                last = "not created yet";
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the inbox connector is not running after " + timeout.toMillis() + " ms: " + last);
    }

    /** Stops the tasks (which flush their offsets) and the worker. */
    @Override
    public void close() {
        herder.stop();
    }
}
