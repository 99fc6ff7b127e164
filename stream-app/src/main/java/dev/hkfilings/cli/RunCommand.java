package dev.hkfilings.cli;

import dev.hkfilings.embedded.EmbeddedPipeline;
import dev.hkfilings.embedded.EmbeddedSettings;
import dev.hkfilings.embedded.SampleFilings;
import dev.hkfilings.extract.TextExtractor;
import dev.hkfilings.topology.StreamApp;
import dev.hkfilings.topology.StreamAppConfig;
import dev.hkfilings.topology.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the stream topology (hkex.filings.raw → text → typed events) until stopped.",
                "Without --bootstrap-servers it starts the embedded default on this machine: a Kafka broker, a schema "
                        + "registry, a Connect worker watching --inbox, and the topology, all keeping their data "
                        + "under --data-dir."})
final class RunCommand implements Callable<Integer> {

    @Option(names = "--bootstrap-servers", description = "Kafka brokers, host:port[,host:port]. Absent: the embedded default.")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", description = "Confluent-compatible schema registry base URL (with --bootstrap-servers).")
    String schemaRegistryUrl;

    @Option(names = "--config", description = "A properties file with any StreamAppConfig and extract.* settings.")
    Path configFile;

    @Option(names = "--security-config", paramLabel = "FILE",
            description = "With --bootstrap-servers: a properties file with Kafka client security (security.protocol, sasl.*, "
                    + "ssl.*) for every client, and schema-registry authentication (basic.auth.*, bearer.auth.*).")
    Path securityConfig;

    @Option(names = {"-D", "--set"}, description = "A setting, key=value; wins over --config.")
    Map<String, String> settings = new HashMap<>();

    @Option(names = "--inbox", defaultValue = "inbox", description = "Embedded: the directory watched for new filings (default: ${DEFAULT-VALUE}).")
    Path inbox;

    @Option(names = "--data-dir", defaultValue = "data", description = "Embedded: where broker, registry, Connect and Streams keep their data (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--broker-port", defaultValue = "" + EmbeddedSettings.DEFAULT_BROKER_PORT, description = "Embedded: the broker's port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int brokerPort;

    @Option(names = "--controller-port", defaultValue = "" + EmbeddedSettings.DEFAULT_CONTROLLER_PORT, description = "Embedded: the KRaft controller's port (default: ${DEFAULT-VALUE}).")
    int controllerPort;

    @Option(names = "--registry-port", defaultValue = "" + EmbeddedSettings.DEFAULT_REGISTRY_PORT, description = "Embedded: the schema registry's port (default: ${DEFAULT-VALUE}).")
    int registryPort;

    @Option(names = "--registry-home", description = "Embedded: the unpacked Apicurio Registry (default: testkit/target/apicurio above the jar or the working directory).")
    Path registryHome;

    @Option(names = "--plugin-path", description = "Embedded: the Connect plugin directory (default: connectors/target/plugin above the jar or the working directory).")
    Path pluginPath;

    @Option(names = "--no-samples", description = "Embedded: do not put the repository's sample filings (samples/*.pdf) into the inbox on the first run.")
    boolean noSamples;

    @Spec
    CommandSpec spec;

    private final Components components;

    RunCommand(Components components) {
        this.components = components;
    }

    @Override
    public Integer call() throws Exception {
        Map<String, Object> props = settings();
        if (bootstrapServers == null) {
            if (schemaRegistryUrl != null) {
                throw new ParameterException(spec.commandLine(),
                        "--schema-registry-url needs --bootstrap-servers (without both, run starts the embedded default)");
            }
            if (securityConfig != null) {
                throw new ParameterException(spec.commandLine(),
                        "--security-config needs --bootstrap-servers (the embedded default runs without security)");
            }
            return runEmbedded(props);
        }
        if (schemaRegistryUrl == null) {
            throw new ParameterException(spec.commandLine(), "--bootstrap-servers needs --schema-registry-url");
        }
        CliSettings cluster;
        StreamAppConfig appConfig;
        try {
            cluster = CliSettings.of(configFile, securityConfig, settings, bootstrapServers, schemaRegistryUrl);
            appConfig = cluster.streamAppConfig();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        // fail in seconds with the address named, before Streams would retry an unreachable cluster for minutes
        ClusterCheck.connect(cluster, "hkfilings-run-check").close();
        ClusterCheck.registry(cluster);
        StreamApp app = start(appConfig);
        StopSignal stop = StopSignal.install();
        stop.await();
        app.close();
        return 0;
    }

    private int runEmbedded(Map<String, Object> props) throws Exception {
        EmbeddedSettings embedded;
        try {
            embedded = new EmbeddedSettings(dataDir, inbox, brokerPort, controllerPort, registryPort,
                    registryHome, pluginPath, props);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        embedded = EmbeddedPipeline.locate(embedded);
        // installed before anything starts, so that a Ctrl-C during start-up also stops the child JVMs in order
        StopSignal stop = StopSignal.install();
        PrintWriter out = spec.commandLine().getOut();
        out.println("starting the embedded pipeline (data under " + embedded.dataDir() + ") ...");
        List<String> samples = feedSamples(embedded, out);
        out.flush();
        // the extraction workers spend seconds loading Tika: they start now, beside the broker and the registry,
        // instead of holding up the topology's first records once everything else is up
        TextExtractor extractor = components.extractor(EmbeddedPipeline.streamConfig(embedded).extractSettings());
        EmbeddedPipeline started;
        try {
            started = EmbeddedPipeline.start(embedded, config -> StreamApp.start(config, extractor, components.analyzer()));
        } catch (Exception | Error e) {
            extractor.close();
            throw e;
        }
        try (EmbeddedPipeline pipeline = started) {
            out.println(pipeline.banner());
            if (!samples.isEmpty()) {
                out.println("  the samples' events: topics " + samples.stream().map(RunCommand::sampleTopic)
                        .filter(t -> t != null).distinct().sorted().collect(Collectors.joining(", ")));
            }
            out.println("ready in " + sinceProcessStart().toMillis() + " ms");
            out.flush();
            stop.await();
            out.println("stopping ...");
            out.flush();
        }
        out.println("stopped");
        out.flush();
        return 0;
    }

    /** On a fresh data directory, the sample filings go into the inbox so that the first run shows events at once. */
    private List<String> feedSamples(EmbeddedSettings embedded, PrintWriter out) throws IOException {
        if (noSamples || !SampleFilings.isFresh(embedded.dataDir())) {
            return List.of();
        }
        Optional<Path> dir = SampleFilings.locate();
        if (dir.isEmpty()) {
            return List.of();
        }
        List<String> copied = SampleFilings.copyInto(dir.get(), embedded.inbox());
        out.println("first run: put " + copied.size() + " sample filings from " + dir.get() + " into " + embedded.inbox()
                + " (--no-samples skips this)");
        return copied;
    }

    /** The company topic of a sample named after the inbox convention, {@code 02788_pledge.pdf}. */
    private static String sampleTopic(String fileName) {
        return fileName.matches("\\d{5}_.*") ? Topics.company(fileName.substring(0, 5)) : null;
    }

    private StreamApp start(StreamAppConfig config) {
        return StreamApp.start(config, components.extractor(config.extractSettings()), components.analyzer());
    }

    private Map<String, Object> settings() throws IOException {
        Map<String, Object> props = new HashMap<>();
        if (configFile != null) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(configFile)) {
                p.load(r);
            }
            p.forEach((k, v) -> props.put(k.toString(), v));
        }
        props.putAll(settings);
        return props;
    }

    private static Duration sinceProcessStart() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()))
                .orElseGet(() -> Duration.ofMillis(java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()));
    }
}
