package dev.hkfilings.testkit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.AppInfoParser;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

import dev.hkfilings.testkit.process.FreePorts;

/**
 * The harness with a Docker engine: {@code apache/kafka} (the Kafka version on the class path) and Confluent's Schema
 * Registry through Testcontainers. Host ports are fixed up front so that a restarted container keeps its address.
 */
final class DockerHarness extends AbstractHarness {

    static final String REGISTRY_IMAGE = "confluentinc/cp-schema-registry:8.1.0";
    private static final int KAFKA_PORT = 9092;
    private static final int REGISTRY_PORT = 8081;

    private final HarnessSettings settings;
    private final int kafkaHostPort = FreePorts.next();
    private final int registryHostPort = FreePorts.next();
    private final Network network = Network.newNetwork();
    private final KafkaContainer kafka;
    private final GenericContainer<?> registry;
    private volatile StartTimes startTimes;

    @SuppressWarnings("resource")
    DockerHarness(HarnessSettings settings) {
        this.settings = settings;
        String limit = String.valueOf(MAX_RECORD_BYTES);
        this.kafka = new KafkaContainer(DockerImageName.parse("apache/kafka:" + AppInfoParser.getVersion()))
                .withNetwork(network)
                .withNetworkAliases("kafka")
                .withListener("kafka:19092")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .withEnv("KAFKA_MESSAGE_MAX_BYTES", limit)
                .withEnv("KAFKA_REPLICA_FETCH_MAX_BYTES", limit)
                .withEnv("KAFKA_SOCKET_REQUEST_MAX_BYTES", String.valueOf(2L * MAX_RECORD_BYTES))
                .withEnv("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                .withEnv("KAFKA_BROKER_SESSION_TIMEOUT_MS", "2000")
                .withEnv("KAFKA_BROKER_HEARTBEAT_INTERVAL_MS", "500")
                .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
                        .withPortBindings(fixed(kafkaHostPort, KAFKA_PORT)))
                .withStartupTimeout(settings.startTimeout());
        this.registry = new GenericContainer<>(DockerImageName.parse(REGISTRY_IMAGE))
                .withNetwork(network)
                .withExposedPorts(REGISTRY_PORT)
                .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
                .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:" + REGISTRY_PORT)
                .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://kafka:19092")
                .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
                        .withPortBindings(fixed(registryHostPort, REGISTRY_PORT)))
                .dependsOn(kafka)
                .waitingFor(Wait.forHttp("/subjects").forStatusCode(200))
                .withStartupTimeout(settings.startTimeout());
    }

    @Override
    void start() {
        long begin = System.nanoTime();
        long brokerMillis;
        try {
            // the registry keeps its schemas in a Kafka topic, so it starts after the broker
            kafka.start();
            brokerMillis = Duration.ofNanos(System.nanoTime() - begin).toMillis();
            registry.start();
        } catch (RuntimeException e) {
            registry.stop();
            kafka.stop();
            throw new IllegalStateException("the Docker harness could not start (" + MODE_PROPERTY
                    + "=process runs the broker and registry without Docker): " + e.getMessage(), e);
        }
        long total = Duration.ofNanos(System.nanoTime() - begin).toMillis();
        startTimes = new StartTimes(total, brokerMillis, total - brokerMillis);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            closeAdmin();
            registry.stop();
            kafka.stop();
            network.close();
        }, "hkfilings-harness-shutdown"));
    }

    @Override
    public StartTimes startTimes() {
        return startTimes;
    }

    @Override
    public String bootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String schemaRegistryUrl() {
        return "http://" + registry.getHost() + ":" + registryHostPort;
    }

    @Override
    public void restartBroker() {
        docker().restartContainerCmd(kafka.getContainerId()).withTimeout(15).exec();
        awaitBroker();
    }

    @Override
    public void stopRegistry() {
        docker().stopContainerCmd(registry.getContainerId()).withTimeout(10).exec();
    }

    @Override
    public void startRegistry() {
        docker().startContainerCmd(registry.getContainerId()).exec();
        awaitRegistry();
    }

    private void awaitBroker() {
        long deadline = System.nanoTime() + settings.startTimeout().toNanos();
        try (Admin probe = Admin.create(java.util.Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            while (true) {
                try {
                    if (!probe.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    if (notYet instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while waiting for the broker container", notYet);
                    }
                }
                check(deadline, "the restarted Kafka container");
            }
        }
    }

    private void awaitRegistry() {
        long deadline = System.nanoTime() + settings.startTimeout().toNanos();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(schemaRegistryUrl() + "/subjects"))
                .timeout(Duration.ofSeconds(2)).build();
        while (true) {
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the registry container", e);
            } catch (java.io.IOException notYet) {
                // still starting
            }
            check(deadline, "the restarted registry container");
        }
    }

    private void check(long deadline, String what) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException(what + " did not answer within " + settings.startTimeout());
        }
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        }
    }

    private static DockerClient docker() {
        return DockerClientFactory.instance().client();
    }

    private static List<PortBinding> fixed(int hostPort, int containerPort) {
        return List.of(new PortBinding(Ports.Binding.bindPort(hostPort), new ExposedPort(containerPort)));
    }
}
