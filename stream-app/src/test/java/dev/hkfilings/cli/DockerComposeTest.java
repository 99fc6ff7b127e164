package dev.hkfilings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.hkfilings.topology.StreamAppConfig;
import dev.hkfilings.topology.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.connect.connector.Connector;
import org.apache.kafka.connect.runtime.SourceConnectorConfig;
import org.apache.kafka.connect.runtime.distributed.DistributedConfig;
import org.apache.kafka.server.config.AbstractKafkaConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The top-level {@code docker-compose.yml} cannot run on the build machines (no Docker engine), so it is checked
 * against the code instead: image versions against the Kafka client on the class path, ports and host names between
 * services, the registered connector configurations (real files under {@code deploy/connectors}) against the
 * connectors' ConfigDefs loaded from the plugin directory the compose file mounts, the worker and broker settings
 * against Connect's and Kafka's ConfigDefs, the stream app's command line against its picocli commands and
 * {@link StreamAppConfig}, the topic names against {@link Topics}, and that every long-running service has a health
 * check and keeps its data on a named volume.
 */
class DockerComposeTest {

    private static final Path ROOT = repositoryRoot();
    private static JsonNode compose;
    private static URLClassLoader plugin;

    @BeforeAll
    static void load() throws IOException {
        compose = new YAMLMapper().readTree(ROOT.resolve("docker-compose.yml").toFile());
        plugin = new URLClassLoader(pluginClassPath(), DockerComposeTest.class.getClassLoader());
    }

    @AfterAll
    static void close() throws IOException {
        plugin.close();
    }

    @Test
    void imagesMatchTheKafkaVersionTheCodeIsBuiltOn() throws Exception {
        String kafka = AppInfoParser.getVersion();
        assertThat(image("kafka")).isEqualTo("apache/kafka:" + kafka);
        assertThat(image("kafka-volume-init")).isEqualTo(image("kafka"));
        // Confluent Platform x.y ships Apache Kafka (x-4).y
        String[] ak = kafka.split("\\.");
        String cpMajorMinor = (Integer.parseInt(ak[0]) + 4) + "." + ak[1] + ".";
        for (String service : List.of("schema-registry", "connect", "connect-init")) {
            String image = image(service);
            assertThat(image).as(service).startsWith(service.equals("schema-registry")
                    ? "confluentinc/cp-schema-registry:" : "confluentinc/cp-kafka-connect:");
            assertThat(image.substring(image.indexOf(':') + 1)).as(service + " tag for Kafka " + kafka)
                    .startsWith(cpMajorMinor);
        }
        assertThat(image("stream-app")).isEqualTo(jibTargetImage());
    }

    @Test
    void everyServiceReachesTheOthersOnTheirAdvertisedAddresses() {
        Map<String, String> broker = env("kafka");
        Map<String, String> advertised = listeners(broker.get("KAFKA_ADVERTISED_LISTENERS"));
        String internal = advertised.get(broker.get("KAFKA_INTER_BROKER_LISTENER_NAME"));
        assertThat(internal).isEqualTo("kafka:" + listeners(broker.get("KAFKA_LISTENERS"))
                .get(broker.get("KAFKA_INTER_BROKER_LISTENER_NAME")).split(":")[1]);
        assertThat(advertised.get("HOST")).isEqualTo("localhost:9092");
        assertThat(published("kafka")).contains("9092:9092");

        assertThat(env("schema-registry").get("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS"))
                .isEqualTo("PLAINTEXT://" + internal);
        int registryPort = URI.create(env("schema-registry").get("SCHEMA_REGISTRY_LISTENERS")).getPort();
        String registryUrl = "http://schema-registry:" + registryPort;
        assertThat(published("schema-registry")).contains(registryPort + ":" + registryPort);
        assertThat(healthcheck("schema-registry")).contains("http://localhost:" + registryPort + "/");

        Map<String, String> connect = env("connect");
        assertThat(connect.get("CONNECT_BOOTSTRAP_SERVERS")).isEqualTo(internal);
        assertThat(connect.get("CONNECT_VALUE_CONVERTER_SCHEMA_REGISTRY_URL")).isEqualTo(registryUrl);
        int restPort = URI.create(connect.get("CONNECT_LISTENERS")).getPort();
        assertThat(published("connect")).contains(restPort + ":" + restPort);
        assertThat(healthcheck("connect")).contains("http://localhost:" + restPort + "/");
        assertThat(String.join(" ", strings(service("connect-init").get("entrypoint"))))
                .contains("http://connect:" + restPort + "/connectors/$$name/config");

        ParseResult run = streamAppRun();
        assertThat(run.matchedOptionValue("--bootstrap-servers", "")).isEqualTo(internal);
        assertThat(run.matchedOptionValue("--schema-registry-url", "")).isEqualTo(registryUrl);
        // the HTTP API of the stream app: /api/health is its liveness answer
        assertThat(published("stream-app")).contains("8080:8080");
        assertThat(healthcheck("stream-app")).contains("http://localhost:8080/api/health");
    }

    @Test
    void theStreamAppCommandLineAndSettingsAreAcceptedByTheApp() {
        ParseResult run = streamAppRun();
        assertThat(run.commandSpec().name()).isEqualTo("run");
        Map<String, String> settings = run.matchedOptionValue("-D", Map.of());
        for (String key : settings.keySet()) {
            assertThat(StreamAppConfig.CONFIG.names().contains(key) || key.startsWith(StreamAppConfig.STREAMS_PREFIX)
                    || key.startsWith(StreamAppConfig.EXTRACT_PREFIX)).as("-D %s is a StreamAppConfig setting", key).isTrue();
        }
        Map<String, Object> props = new HashMap<>(settings);
        props.put(StreamAppConfig.BOOTSTRAP_SERVERS, run.matchedOptionValue("--bootstrap-servers", ""));
        props.put(StreamAppConfig.SCHEMA_REGISTRY_URL, run.matchedOptionValue("--schema-registry-url", ""));
        StreamAppConfig config = new StreamAppConfig(props);
        // the Streams state lives on the named volume, not in the container's temporary directory
        assertThat(volumeTargets("stream-app")).contains(config.streamsProperties().getProperty("state.dir"));
        assertThat(Integer.parseInt(env("kafka").get("KAFKA_MESSAGE_MAX_BYTES")))
                .as("the broker takes the largest record the app writes").isGreaterThanOrEqualTo(config.maxRecordBytes());
    }

    @Test
    void registeredConnectorsUseOnlyTheirOwnAndConnectsSettings() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(ROOT.resolve("deploy/connectors"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("feed.json", "inbox.json");
        assertThat(volumes("connect-init")).contains("./deploy/connectors:/etc/hkfilings/connectors:ro");
        assertThat(String.join(" ", strings(service("connect-init").get("entrypoint"))))
                .contains("/etc/hkfilings/connectors/*.json");
        Set<String> connectKeys = SourceConnectorConfig.configDef().names();
        long maxDocument = 0;
        for (Path file : files) {
            Map<String, String> config = new TreeMap<>();
            new ObjectMapper().readTree(file.toFile()).fields()
                    .forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
            Connector connector = (Connector) plugin.loadClass(config.get("connector.class"))
                    .getDeclaredConstructor().newInstance();
            ConfigDef own = connector.config();
            for (String key : config.keySet()) {
                assertThat(own.names().contains(key) || connectKeys.contains(key))
                        .as("%s: %s is a setting of %s or of Connect", file.getFileName(), key, connector.getClass().getSimpleName())
                        .isTrue();
            }
            for (ConfigValue value : own.validate(config)) {
                if (value.name().endsWith(".directory")) {
                    // a path inside the Connect container: it must be a mounted volume, not exist on this machine
                    if (config.containsKey(value.name())) {
                        assertThat(volumeTargets("connect")).as(value.name()).contains(config.get(value.name()));
                    }
                } else {
                    assertThat(value.errorMessages()).as("%s: %s", file.getFileName(), value.name()).isEmpty();
                }
            }
            assertThat(config.get("topic")).as(file.getFileName() + " topic").isEqualTo(Topics.RAW);
            maxDocument = Math.max(maxDocument, Long.parseLong(config.get("max.document.bytes")));
        }
        long producerMax = Long.parseLong(env("connect").get("CONNECT_PRODUCER_MAX_REQUEST_SIZE"));
        assertThat(producerMax).as("the worker's producer sends the largest document").isGreaterThan(maxDocument);
        assertThat(Long.parseLong(env("kafka").get("KAFKA_MESSAGE_MAX_BYTES"))).isGreaterThanOrEqualTo(producerMax);
    }

    @Test
    void theConnectWorkerSettingsAreConnectSettingsAndLoadOurConverterFromTheMountedPlugin() throws Exception {
        Map<String, String> worker = new LinkedHashMap<>();
        env("connect").forEach((k, v) -> worker.put(confluentKey(k, "CONNECT_"), v));
        // class-typed settings (the converters) are loaded through the context class loader: the plugin's, as in a worker
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        DistributedConfig config;
        thread.setContextClassLoader(plugin);
        try {
            config = new DistributedConfig(worker);
        } finally {
            thread.setContextClassLoader(previous);
        }
        Set<String> prefixes = Set.of("producer.", "consumer.", "admin.", "value.converter.", "key.converter.");
        for (String key : worker.keySet()) {
            assertThat(config.values().containsKey(key) || prefixes.stream().anyMatch(key::startsWith))
                    .as("CONNECT_ variable for %s", key).isTrue();
        }
        assertThat(plugin.loadClass(worker.get("value.converter")).getName())
                .isEqualTo("dev.hkfilings.connect.convert.AvroConverter");
        String mountedPlugin = volumes("connect").stream().filter(v -> v.startsWith("./connectors/target/plugin:"))
                .findFirst().orElseThrow();
        assertThat(worker.get("plugin.path").split(",")).contains(mountedPlugin.split(":")[1]);
        Set<String> internalTopics = Set.of(worker.get("config.storage.topic"), worker.get("offset.storage.topic"),
                worker.get("status.storage.topic"));
        for (String topic : internalTopics) {
            assertThat(topic).doesNotStartWith("hkex.");
        }
        assertThat(volumeTargets("connect")).contains("/var/lib/hkfilings/inbox");
    }

    @Test
    void theBrokerSettingsAreKafkaSettings() {
        Set<String> names = AbstractKafkaConfig.CONFIG_DEF.names();
        for (String variable : env("kafka").keySet()) {
            assertThat(names).as(variable).contains(confluentKey(variable, "KAFKA_"));
        }
        assertThat(env("kafka").get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")).isEqualTo("false");
        assertThat(volumeTargets("kafka")).contains(env("kafka").get("KAFKA_LOG_DIRS"));
        assertThat(volumeTargets("kafka-volume-init")).contains(env("kafka").get("KAFKA_LOG_DIRS"));
    }

    @Test
    void longRunningServicesHaveHealthChecksAndDataOnNamedVolumes() {
        Set<String> named = new HashSet<>();
        compose.get("volumes").fieldNames().forEachRemaining(named::add);
        assertThat(named).containsExactlyInAnyOrder("kafka-data", "streams-state");
        for (String service : List.of("kafka", "schema-registry", "connect", "stream-app")) {
            assertThat(service(service).path("healthcheck").path("test").isArray()).as(service + " health check").isTrue();
        }
        assertThat(volumes("kafka")).contains("kafka-data:" + env("kafka").get("KAFKA_LOG_DIRS"));
        assertThat(volumes("stream-app")).anyMatch(v -> v.startsWith("streams-state:"));
        // every "wait until healthy" points at a service that has a health check
        compose.get("services").fields().forEachRemaining(s -> s.getValue().path("depends_on").fields()
                .forEachRemaining(d -> {
                    String condition = d.getValue().path("condition").asText();
                    if (condition.equals("service_healthy")) {
                        assertThat(service(d.getKey()).has("healthcheck")).as(s.getKey() + " waits for " + d.getKey()).isTrue();
                    } else {
                        assertThat(condition).isEqualTo("service_completed_successfully");
                    }
                }));
    }

    // --- the compose file ---

    private static JsonNode service(String name) {
        JsonNode s = compose.path("services").path(name);
        assertThat(s.isMissingNode()).as("service " + name).isFalse();
        return s;
    }

    private static String image(String service) {
        return service(service).path("image").asText();
    }

    private static Map<String, String> env(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        service(service).path("environment").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        return env;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> published(String service) {
        return strings(service(service).path("ports"));
    }

    private static List<String> volumes(String service) {
        return strings(service(service).path("volumes"));
    }

    private static List<String> volumeTargets(String service) {
        return volumes(service).stream().map(v -> v.split(":")[1]).toList();
    }

    private static String healthcheck(String service) {
        return String.join(" ", strings(service(service).path("healthcheck").path("test")));
    }

    /** {@code NAME:host:port,...} as a map of listener name to {@code host:port}. */
    private static Map<String, String> listeners(String value) {
        Map<String, String> out = new HashMap<>();
        Matcher m = Pattern.compile("(\\w+)://([^,]*)").matcher(value);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    /** The images' convention: {@code CONNECT_VALUE_CONVERTER} is {@code value.converter}. */
    private static String confluentKey(String variable, String prefix) {
        return variable.substring(prefix.length()).toLowerCase(Locale.ROOT).replace("___", "-").replace("__", "\u0000")
                .replace('_', '.').replace('\u0000', '_');
    }

    private static ParseResult streamAppRun() {
        CommandLine cl = Main.commandLine(new DefaultComponents());
        ParseResult top = cl.parseArgs(strings(service("stream-app").path("command")).toArray(String[]::new));
        assertThat(top.subcommand()).as("a sub-command").isNotNull();
        return top.subcommand();
    }

    /** {@code <to><image>} of the Jib configuration in stream-app/pom.xml. */
    private static String jibTargetImage() throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(ROOT.resolve("stream-app/pom.xml").toFile());
        NodeList plugins = doc.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element p = (Element) plugins.item(i);
            if ("jib-maven-plugin".equals(p.getElementsByTagName("artifactId").item(0).getTextContent())) {
                Element to = (Element) p.getElementsByTagName("to").item(0);
                String image = to.getElementsByTagName("image").item(0).getTextContent().trim();
                Element parent = (Element) doc.getElementsByTagName("parent").item(0);
                String version = parent.getElementsByTagName("version").item(0).getTextContent().trim();
                return image.replace("${project.version}", version);
            }
        }
        throw new AssertionError("no jib-maven-plugin in stream-app/pom.xml");
    }

    // --- where things are ---

    private static Path repositoryRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("docker-compose.yml"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no docker-compose.yml above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    /**
     * The plugin's jars, as the compose file mounts them (connectors/target/plugin, made by the connectors' package
     * phase); the connectors' compiled classes when only their compile phase ran.
     */
    private static URL[] pluginClassPath() throws IOException {
        Path pluginDir = ROOT.resolve("connectors/target/plugin");
        List<URL> urls = new ArrayList<>();
        if (Files.isDirectory(pluginDir)) {
            try (Stream<Path> s = Files.walk(pluginDir)) {
                s.filter(p -> p.toString().endsWith(".jar") && p.getParent().getFileName().toString().equals("lib"))
                        .forEach(p -> urls.add(url(p)));
            }
        }
        if (urls.isEmpty()) {
            Path classes = ROOT.resolve("connectors/target/classes");
            if (!Files.isDirectory(classes)) {
                throw new IllegalStateException("neither " + pluginDir + " nor " + classes
                        + ": build the connectors first (./mvnw -B -pl connectors,stream-app -am verify)");
            }
            urls.add(url(classes));
        }
        return urls.toArray(URL[]::new);
    }

    private static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
