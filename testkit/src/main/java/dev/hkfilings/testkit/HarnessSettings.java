package dev.hkfilings.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The harness settings, read from system properties:
 * <ul>
 *   <li>{@value KafkaHarness#MODE_PROPERTY}: {@code process} or {@code docker}; default docker when a Docker engine
 *       answers, else process.</li>
 *   <li>{@value #START_TIMEOUT_PROPERTY}: seconds to wait for the broker and for the registry to start, default 120
 *       (generous, because the build machines are shared).</li>
 *   <li>{@value #BROKER_JVM_OPTIONS_PROPERTY}: the broker JVM's options, comma-separated; default
 *       {@link #CHILD_JVM_OPTIONS}. Benchmarks that measure throughput through the broker pass options without
 *       {@code -XX:TieredStopAtLevel=1}, so the broker runs compiled as a deployed one would.</li>
 * </ul>
 */
record HarnessSettings(Mode mode, Duration startTimeout, List<String> brokerJvmOptions) {

    static final String START_TIMEOUT_PROPERTY = "hkfilings.harness.startTimeoutSeconds";
    static final String BROKER_JVM_OPTIONS_PROPERTY = "hkfilings.harness.brokerJvmOptions";

    /**
     * C1 only: the children start while other JVMs compete for the same two cores, and for short test runs the
     * optimising compiler costs more CPU than it gives back.
     */
    static final List<String> CHILD_JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    enum Mode { PROCESS, DOCKER }

    HarnessSettings {
        if (startTimeout.isNegative() || startTimeout.isZero()) {
            throw new IllegalArgumentException(START_TIMEOUT_PROPERTY + " must be positive, not " + startTimeout);
        }
        brokerJvmOptions = List.copyOf(brokerJvmOptions);
    }

    static HarnessSettings fromSystemProperties() {
        String timeout = System.getProperty(START_TIMEOUT_PROPERTY, "120");
        Duration startTimeout;
        try {
            startTimeout = Duration.ofSeconds(Long.parseLong(timeout.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(START_TIMEOUT_PROPERTY + " must be a number of seconds, not '" + timeout + "'");
        }
        return new HarnessSettings(mode(System.getProperty(KafkaHarness.MODE_PROPERTY)), startTimeout,
                jvmOptions(System.getProperty(BROKER_JVM_OPTIONS_PROPERTY)));
    }

    /** Comma-separated JVM options, or {@link #CHILD_JVM_OPTIONS} when none are configured. */
    static List<String> jvmOptions(String configured) {
        if (configured == null || configured.isBlank()) {
            return CHILD_JVM_OPTIONS;
        }
        return Arrays.stream(configured.split(",")).map(String::trim).filter(o -> !o.isEmpty()).toList();
    }

    static Mode mode(String configured) {
        if (configured != null && !configured.isBlank()) {
            switch (configured.trim().toLowerCase(Locale.ROOT)) {
                case "process":
                    return Mode.PROCESS;
                case "docker":
                    return Mode.DOCKER;
                default:
                    throw new IllegalArgumentException("system property " + KafkaHarness.MODE_PROPERTY
                            + " must be 'process' or 'docker', not '" + configured + "'");
            }
        }
        // asking Testcontainers costs seconds when there is no engine; only ask when an engine may be there
        if (!dockerMayBeThere()) {
            return Mode.PROCESS;
        }
        try {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable() ? Mode.DOCKER : Mode.PROCESS;
        } catch (RuntimeException | LinkageError e) {
            return Mode.PROCESS;
        }
    }

    private static boolean dockerMayBeThere() {
        if (System.getenv("DOCKER_HOST") != null) {
            return true;
        }
        String home = System.getProperty("user.home", "");
        String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
        return Files.exists(Paths.get("/var/run/docker.sock"))
                || Files.exists(Paths.get(home, ".docker", "run", "docker.sock"))
                || Files.exists(Paths.get(home, ".testcontainers.properties"))
                || (runtimeDir != null && Files.exists(Path.of(runtimeDir, "docker.sock")));
    }
}
