package dev.hkfilings.testkit.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;

/**
 * A single-node Apache Kafka broker (KRaft, combined broker and controller) running as a child JVM from the Kafka
 * jars on a class path, listening on 127.0.0.1. The ports and the data directory are fixed when the object is built,
 * so {@link #restart(Duration)} brings the same broker back with its data.
 *
 * <p>Plain class with no JUnit dependency, so that the embedded run mode can use it too.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    /** The largest record the broker accepts (a whole ESG report PDF is one record). */
    public static final int MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

    private final Path workDir;
    /** Attempts when a port chosen by the system was taken by someone else before the broker could bind it. */
    private static final int BIND_ATTEMPTS = 3;

    private final boolean systemChosenPorts;
    private final Map<String, String> overrides;
    private final Path properties;
    private volatile int brokerPort;
    private volatile int controllerPort;
    private volatile boolean startedOnce;
    private final String clusterId;
    private final ChildJvm child;

    private KafkaBrokerProcess(Builder builder) {
        this.workDir = builder.workDir.toAbsolutePath();
        this.systemChosenPorts = builder.brokerPort <= 0;
        this.brokerPort = systemChosenPorts ? FreePorts.next() : builder.brokerPort;
        this.controllerPort = systemChosenPorts ? FreePorts.next() : builder.controllerPort;
        this.overrides = Map.copyOf(builder.overrides);
        this.properties = workDir.resolve("server.properties");
        this.clusterId = existingClusterId(workDir.resolve("data")).orElseGet(() -> Uuid.randomUuid().toString());
        Path logFile = builder.logFile != null ? builder.logFile.toAbsolutePath() : workDir.resolve("broker.log");
        try {
            Files.createDirectories(workDir);
            writeProperties(properties, serverProperties(overrides));
            Path log4j = workDir.resolve("log4j2.xml");
            Files.writeString(log4j, LOG4J2_CONFIG, StandardCharsets.UTF_8);
            List<String> jvm = new ArrayList<>(builder.jvmOptions);
            jvm.add("-Dlog4j2.configurationFile=" + log4j.toUri());
            jvm.add("-Djava.awt.headless=true");
            this.child = new ChildJvm("kafka broker", builder.classpath, jvm, KafkaBrokerMain.class.getName(),
                    List.of(properties.toString(), clusterId), Map.of(), logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the broker directory " + workDir, e);
        }
    }

    /**
     * The cluster id of a data directory formatted by an earlier run: formatting with another id fails even with
     * {@code --ignore-formatted}, so a new process on old data (the embedded run mode after a restart) must reuse it.
     */
    private static Optional<String> existingClusterId(Path dataDir) {
        Path meta = dataDir.resolve("meta.properties");
        if (!Files.isRegularFile(meta)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + meta, e);
        }
        return Optional.ofNullable(properties.getProperty("cluster.id")).filter(id -> !id.isBlank());
    }

    public static Builder builder(Path workDir) {
        return new Builder(workDir);
    }

    /**
     * Starts the broker and waits until it serves metadata with itself as a live broker. On failure the child is
     * killed and the exception shows the end of its log.
     */
    public synchronized void start(Duration timeout) {
        for (int attempt = 1; ; attempt++) {
            child.start();
            try {
                awaitReady(timeout);
                startedOnce = true;
                return;
            } catch (RuntimeException e) {
                child.kill();
                boolean portTaken = ChildJvm.tail(child.logFile(), 60).contains("Address already in use");
                if (startedOnce || !systemChosenPorts || !portTaken || attempt >= BIND_ATTEMPTS) {
                    throw e;
                }
                choosePortsAgain();
            }
        }
    }

    private void choosePortsAgain() {
        brokerPort = FreePorts.next();
        controllerPort = FreePorts.next();
        try (Stream<Path> files = Files.exists(workDir.resolve("data")) ? Files.walk(workDir.resolve("data")) : Stream.empty()) {
            // the failed attempt may have written metadata naming the old ports; nothing was served yet, so start afresh
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            writeProperties(properties, serverProperties(overrides));
        } catch (IOException e) {
            throw new UncheckedIOException("could not rewrite " + properties, e);
        }
    }

    /** Stops the broker (SIGTERM, which makes Kafka shut down cleanly), killing it if it takes longer than {@code grace}. */
    public void stop(Duration grace) {
        child.stop(grace);
    }

    /** Kills the broker at once, like a crash. */
    public void kill() {
        child.kill();
    }

    /** Stops the broker and starts it again on the same ports and data directory. */
    public synchronized void restart(Duration timeout) {
        stop(Duration.ofSeconds(15));
        start(timeout);
    }

    public boolean isRunning() {
        return child.isAlive();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    public int brokerPort() {
        return brokerPort;
    }

    public Path workDir() {
        return workDir;
    }

    public Path logFile() {
        return child.logFile();
    }

    public long pid() {
        return child.pid();
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(15));
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, 50,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200,
                AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, 50,
                AdminClientConfig.RETRY_BACKOFF_MAX_MS_CONFIG, 200);
        try (Admin admin = Admin.create(config)) {
            while (true) {
                if (!child.isAlive()) {
                    throw child.failure("exited before it was ready");
                }
                try {
                    Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(1000))
                            .nodes().get(1500, TimeUnit.MILLISECONDS);
                    if (!nodes.isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException notYet) {
                    // the broker is still starting; keep asking until the deadline
                }
                if (System.nanoTime() > deadline) {
                    throw child.failure("not ready on " + bootstrapServers() + " after " + timeout.toMillis() + " ms");
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw child.failure("interrupted while waiting for it to start");
        }
    }

    private Map<String, String> serverProperties(Map<String, String> overrides) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", workDir.resolve("data").toString());
        // topics are created deliberately (compacted company topics); auto-creation would make them uncompacted
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "1");
        p.put("default.replication.factor", "1");
        p.put("message.max.bytes", String.valueOf(MAX_MESSAGE_BYTES));
        p.put("replica.fetch.max.bytes", String.valueOf(MAX_MESSAGE_BYTES));
        // a produce request carries a whole batch plus headers, so it must be allowed to exceed one record
        p.put("socket.request.max.bytes", String.valueOf(2 * MAX_MESSAGE_BYTES));
        // a single broker: internal topics with replication 1, or exactly-once cannot work at all
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // with the default 9 s session a restarted broker is refused as a duplicate of its dead self for that long
        p.put("broker.heartbeat.interval.ms", "500");
        p.put("broker.session.timeout.ms", "2000");
        p.put("controlled.shutdown.enable", "true");
        p.putAll(overrides);
        return p;
    }

    private static void writeProperties(Path file, Map<String, String> values) throws IOException {
        Properties properties = new Properties();
        properties.putAll(values);
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "written by " + KafkaBrokerProcess.class.getName());
        }
    }

    // The child's stdout already goes to its log file; this config keeps any log4j2 file on the class path
    // (a module's log4j2-test.xml, the Kafka test kit's log4j2.yaml) from deciding where the broker logs.
    private static final String LOG4J2_CONFIG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Configuration status="warn">
              <Appenders>
                <Console name="out" target="SYSTEM_OUT">
                  <PatternLayout pattern="%d{HH:mm:ss.SSS} %-5p [%c{1}] %m%n"/>
                </Console>
              </Appenders>
              <Loggers>
                <Logger name="org.apache.kafka.common.config.AbstractConfig" level="warn"/>
                <Logger name="kafka.server.KafkaConfig" level="warn"/>
                <Root level="info">
                  <AppenderRef ref="out"/>
                </Root>
              </Loggers>
            </Configuration>
            """;

    /** Settings of a broker process; everything has a default except the work directory. */
    public static final class Builder {
        private final Path workDir;
        private String classpath = System.getProperty("java.class.path");
        private final List<String> jvmOptions = new ArrayList<>(List.of("-Xmx512m", "-XX:+UseSerialGC"));
        private final Map<String, String> overrides = new LinkedHashMap<>();
        private Path logFile;
        private int brokerPort;
        private int controllerPort;

        private Builder(Path workDir) {
            this.workDir = workDir;
        }

        /** The child's class path; it must hold kafka_2.13 and its dependencies. Default: this JVM's class path. */
        public Builder classpath(String classpath) {
            this.classpath = classpath;
            return this;
        }

        /** Replaces the default JVM options ({@code -Xmx512m -XX:+UseSerialGC}). */
        public Builder jvmOptions(List<String> options) {
            jvmOptions.clear();
            jvmOptions.addAll(options);
            return this;
        }

        /** A broker property that replaces the default. */
        public Builder property(String name, String value) {
            overrides.put(name, value);
            return this;
        }

        /** Where the broker's output goes; default {@code broker.log} in the work directory. */
        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        /** Fixed ports instead of free ones chosen by the system. */
        public Builder ports(int brokerPort, int controllerPort) {
            this.brokerPort = brokerPort;
            this.controllerPort = controllerPort;
            return this;
        }

        public KafkaBrokerProcess build() {
            if (classpath == null || classpath.isBlank()) {
                throw new IllegalArgumentException("the broker class path is empty");
            }
            return new KafkaBrokerProcess(this);
        }
    }
}
