package dev.hkfilings.cli;

import dev.hkfilings.topology.StreamApp;
import dev.hkfilings.topology.StreamAppConfig;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs the stream topology (hkex.filings.raw → text → typed events) until stopped.")
final class RunCommand implements Callable<Integer> {

    @Option(names = "--bootstrap-servers", required = true, description = "Kafka brokers, host:port[,host:port].")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", required = true, description = "Confluent-compatible schema registry base URL.")
    String schemaRegistryUrl;

    @Option(names = "--config", description = "A properties file with any StreamAppConfig and extract.* settings.")
    Path configFile;

    @Option(names = {"-D", "--set"}, description = "A setting, key=value; wins over --config.")
    Map<String, String> settings = new HashMap<>();

    private final Components components;

    RunCommand(Components components) {
        this.components = components;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Map<String, Object> props = new HashMap<>();
        if (configFile != null) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(configFile)) {
                p.load(r);
            }
            p.forEach((k, v) -> props.put(k.toString(), v));
        }
        props.putAll(settings);
        props.put(StreamAppConfig.BOOTSTRAP_SERVERS, bootstrapServers);
        props.put(StreamAppConfig.SCHEMA_REGISTRY_URL, schemaRegistryUrl);
        StreamAppConfig config = new StreamAppConfig(props);
        CountDownLatch stopped = new CountDownLatch(1);
        StreamApp app = StreamApp.start(config, components.extractor(config.extractSettings()), components.analyzer());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
        return 0;
    }
}
