package dev.hkfilings.embedded;

import dev.hkfilings.classify.Analyzer;
import dev.hkfilings.extract.TextExtractor;
import dev.hkfilings.testkit.process.ApicurioRegistryProcess;
import dev.hkfilings.testkit.process.KafkaBrokerProcess;
import dev.hkfilings.topology.StreamApp;
import dev.hkfilings.topology.StreamAppConfig;
import dev.hkfilings.topology.TopicProvisioner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline on one machine: a KRaft broker and an Apicurio registry as child JVMs, the stream topology,
 * and an in-process Connect worker running the inbox connector. Everything keeps its data under one directory, so a
 * restart continues where the last run stopped. Started in dependency order and closed in reverse: the inbox stops
 * producing first, the topology commits, then the registry and the broker go.
 */
public final class EmbeddedPipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPipeline.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    /*
     * Why static membership: Kafka Streams' consumers do not leave their group on close (dynamic members never do),
     * so the broker kept the last run's two members and a restart waited for their session timeout (45 s) before
     * the group could rebalance ("Loaded classic group hkfilings-stream with 2 members", then "Member ... has
     * failed, removing it from the group" 45 s after load, in data/kafka/broker.log). KafkaStreams.close with
     * leaveGroup removes static members only, so the embedded run, which is always the one and only instance of
     * its application, gives its threads a fixed group.instance.id (Streams appends the thread index) and leaves
     * the group on close. Even after a crash a restarted static member takes its old place at once instead of
     * waiting for the session timeout. A cluster deployment keeps dynamic members: there several instances share
     * the application id, and each would need its own instance id.
     */
    static final String STATIC_MEMBER_SETTING = StreamAppConfig.STREAMS_PREFIX + "main.consumer.group.instance.id";
    static final String STATIC_MEMBER_ID = "hkfilings-embedded";

    /*
     * C1 only, as the test harness runs it: the broker starts while the registry, the app and two extraction workers
     * load their classes on the same cores, and it is the last of them to be ready. Measured on the 2-core build
     * machine: 5.5 s of CPU to start with tiered compilation, 3.3 s with C1 only. The price is paid in steady state
     * (the broker's share of the CPU per filing), which on one machine is small beside the parsing.
     */
    static final List<String> BROKER_JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final EmbeddedSettings settings;
    private KafkaBrokerProcess broker;
    private ApicurioRegistryProcess registry;
    private StreamApp streams;
    private InboxWorker worker;

    private EmbeddedPipeline(EmbeddedSettings settings) {
        this.settings = settings;
    }

    /**
     * Starts everything and waits until the topology runs and the inbox connector's task runs.
     *
     * @param app starts the stream app on the given configuration (so the caller chooses extractor and analyzer)
     */
    public static EmbeddedPipeline start(EmbeddedSettings settings, Function<StreamAppConfig, StreamApp> app)
            throws Exception {
        settings = locate(settings);
        Path registryHome = settings.registryHome();
        Path pluginPath = settings.pluginPath();
        Files.createDirectories(settings.inbox());
        Files.createDirectories(settings.connectOffsets().getParent());
        Files.createDirectories(settings.streamsDir());

        EmbeddedPipeline pipeline = new EmbeddedPipeline(settings);
        try {
            pipeline.broker = KafkaBrokerProcess.builder(settings.kafkaDir())
                    .ports(settings.brokerPort(), settings.controllerPort()).jvmOptions(BROKER_JVM_OPTIONS).build();
            pipeline.registry = ApicurioRegistryProcess.builder(settings.registryDir()).home(registryHome)
                    .port(settings.registryPort()).persistent(true).build();
            // the two child JVMs start in parallel: each takes a few seconds, mostly class loading
            Background<ApicurioRegistryProcess> registryStart = Background.start("registry-start", () -> {
                pipeline.registry.start(START_TIMEOUT);
                return pipeline.registry;
            });
            try {
                pipeline.broker.start(START_TIMEOUT);
            } catch (RuntimeException | Error e) {
                registryStart.joinAfter(e);
                throw e;
            }
            registryStart.join();
            LOG.info("broker on {} (log {}), registry on {} (log {})", pipeline.broker.bootstrapServers(),
                    pipeline.broker.logFile(), pipeline.registry.url(), pipeline.registry.logFile());

            StreamAppConfig config = streamConfig(settings);
            // hkex.filings.raw exists before the connector writes to it (no broker auto-creation) ...
            if (config.createTopics()) {
                try (TopicProvisioner topics = TopicProvisioner.create(config)) {
                    topics.ensureFixedTopics();
                }
            }
            // ... so the Connect worker and the topology can start side by side: each takes seconds of class loading
            Background<InboxWorker> worker = Background.start("inbox-worker-start", () -> InboxWorker.start(
                    pipeline.broker.bootstrapServers(), pipeline.registry.confluentUrl(), pluginPath,
                    pipeline.settings.connectOffsets(), pipeline.settings.inbox(), START_TIMEOUT));
            try {
                pipeline.streams = app.apply(config);
            } catch (RuntimeException | Error e) {
                pipeline.worker = worker.joinAfter(e);   // closed with the rest below
                throw e;
            }
            pipeline.worker = worker.join();
            pipeline.awaitStreamsRunning();
            return pipeline;
        } catch (Exception | Error e) {
            pipeline.close();
            throw e;
        }
    }

    /**
     * The stream app's configuration on this pipeline, known before anything starts because the ports are fixed:
     * so a caller can start slow parts of the app (the extraction workers) while the broker and the registry start.
     */
    public static StreamAppConfig streamConfig(EmbeddedSettings settings) {
        Map<String, Object> props = new HashMap<>(settings.streamSettings());
        props.put(StreamAppConfig.BOOTSTRAP_SERVERS, "127.0.0.1:" + settings.brokerPort());
        props.put(StreamAppConfig.SCHEMA_REGISTRY_URL,
                "http://127.0.0.1:" + settings.registryPort() + ApicurioRegistryProcess.CCOMPAT_PATH);
        props.put(StreamAppConfig.STATE_DIR, settings.streamsDir().toString());
        props.putIfAbsent(STATIC_MEMBER_SETTING, STATIC_MEMBER_ID);
        // the workers start beside the broker and the registry here: warm-up parses would only take CPU from them
        props.putIfAbsent(StreamAppConfig.EXTRACT_PREFIX + "worker.warmup.parses", "0");
        return new StreamAppConfig(props);
    }

    /**
     * The settings with the registry distribution and the plugin directory found (when not given) and checked, so
     * that a missing build output is reported before anything starts.
     */
    public static EmbeddedSettings locate(EmbeddedSettings settings) {
        Path registryHome = settings.registryHome() != null ? settings.registryHome() : Locations.registryHome();
        Path pluginPath = settings.pluginPath() != null ? settings.pluginPath() : Locations.pluginPath();
        if (!Locations.hasRunnerJar(registryHome)) {
            throw new IllegalStateException("no Apicurio *-runner.jar in " + registryHome
                    + " (--registry-home); the build unpacks it into testkit/target/apicurio");
        }
        if (!Locations.hasPlugin(pluginPath)) {
            throw new IllegalStateException("no hkfilings-connectors-*/ plugin directory in " + pluginPath
                    + " (--plugin-path); the build makes it in connectors/target/plugin");
        }
        return new EmbeddedSettings(settings.dataDir(), settings.inbox(), settings.brokerPort(), settings.controllerPort(),
                settings.registryPort(), registryHome, pluginPath, settings.streamSettings());
    }

    private void awaitStreamsRunning() throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            KafkaStreams.State state = streams.streams().state();
            if (state == KafkaStreams.State.RUNNING) {
                return;
            }
            if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING
                    || state == KafkaStreams.State.PENDING_SHUTDOWN) {
                throw new IllegalStateException("the stream topology stopped while starting: " + state);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the stream topology is not running after " + START_TIMEOUT.toMillis()
                        + " ms (state " + state + ")");
            }
            Thread.sleep(50);
        }
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public String schemaRegistryUrl() {
        return registry.confluentUrl();
    }

    public EmbeddedSettings settings() {
        return settings;
    }

    /** What a user needs to know once everything runs. */
    public String banner() {
        String n = System.lineSeparator();
        return "hkfilings is running (data under " + settings.dataDir() + ")" + n
                + "  drop PDF/HTML/TXT files into  " + settings.inbox() + n
                + "    (a name starting with the stock code, e.g. 06680_pledge.pdf, tags the company;"
                + " processed files move to " + settings.inbox().resolve("finished") + ")" + n
                + "  broker           " + broker.bootstrapServers() + n
                + "  schema registry  " + registry.confluentUrl() + n
                + "  HTTP API         http://localhost:" + streams.httpPort() + "/api/companies  (metrics: /metrics)" + n
                + "  watch one company's events (Avro, Confluent wire format):" + n
                + "    kafka-avro-console-consumer --bootstrap-server " + broker.bootstrapServers()
                + " --topic hkex.company.06680 --from-beginning --isolation-level read_committed"
                + " --property schema.registry.url=" + registry.confluentUrl() + n
                + "  or all events of one type: topics hkex.events.pledge, hkex.events.poll, hkex.events.esg" + n
                + "  Ctrl-C stops everything cleanly; the next run continues where this one stopped.";
    }

    /** Stops the inbox worker, the topology, the registry and the broker, in that order; each step runs even if one fails. */
    @Override
    public void close() {
        step("connect worker", () -> {
            if (worker != null) {
                worker.close();
            }
        });
        step("stream topology", () -> {
            if (streams != null) {
                streams.close(true);
            }
        });
        step("schema registry", () -> {
            if (registry != null) {
                registry.stop(Duration.ofSeconds(20));
            }
        });
        step("kafka broker", () -> {
            if (broker != null) {
                broker.stop(Duration.ofSeconds(30));
            }
        });
    }

    private static void step(String what, Runnable stop) {
        try {
            stop.run();
            LOG.info("stopped the {}", what);
        } catch (RuntimeException e) {
            LOG.error("stopping the {} failed", what, e);
        }
    }
}
