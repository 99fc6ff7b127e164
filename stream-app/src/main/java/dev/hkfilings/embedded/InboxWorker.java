package dev.hkfilings.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.Herder;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorInfo;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.util.FutureCallback;

/**
 * An in-process standalone Connect worker running the inbox connector. The connector and its converter are named by
 * class only and come from {@code plugin.path}, as in any deployed worker: this module does not depend on the
 * connectors module. Source offsets live in a file, so a restarted worker resumes.
 */
final class InboxWorker implements AutoCloseable {

    static final String CONNECTOR_NAME = "inbox";
    static final String INBOX_CONNECTOR = "dev.hkfilings.connect.inbox.InboxSourceConnector";
    static final String AVRO_CONVERTER = "dev.hkfilings.connect.convert.AvroConverter";
    private static final int MAX_REQUEST_BYTES = 64 * 1024 * 1024;

    private final Connect<StandaloneHerder> connect;

    private InboxWorker(Connect<StandaloneHerder> connect) {
        this.connect = connect;
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
        // the REST API is not needed here; an ephemeral port keeps it out of the way of a real worker
        props.put("listeners", "http://127.0.0.1:0");
        props.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        props.put("value.converter", AVRO_CONVERTER);
        props.put("value.converter.schema.registry.url", registryUrl);
        props.put("producer.max.request.size", String.valueOf(MAX_REQUEST_BYTES));
        props.put("producer.buffer.memory", String.valueOf(2L * MAX_REQUEST_BYTES));
        props.put("producer.linger.ms", "5");
        props.put("task.shutdown.graceful.timeout.ms", "10000");
        InboxWorker worker = new InboxWorker(new ConnectStandalone().startConnect(props));
        try {
            Map<String, String> connector = new HashMap<>();
            connector.put("name", CONNECTOR_NAME);
            connector.put("connector.class", INBOX_CONNECTOR);
            connector.put("tasks.max", "1");
            connector.put("inbox.directory", inbox.toString());
            FutureCallback<Herder.Created<ConnectorInfo>> created = new FutureCallback<>();
            worker.connect.herder().putConnectorConfig(CONNECTOR_NAME, connector, true, created);
            created.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            worker.awaitRunning(timeout);
            return worker;
        } catch (Exception | Error e) {
            worker.close();
            throw e;
        }
    }

    private void awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no status";
        while (System.nanoTime() < deadline) {
            try {
                ConnectorStateInfo status = connect.herder().connectorStatus(CONNECTOR_NAME);
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
        connect.stop();
        connect.awaitStop();
    }
}
