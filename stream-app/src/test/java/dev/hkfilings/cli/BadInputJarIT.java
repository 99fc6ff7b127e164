package dev.hkfilings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.testkit.KafkaHarnessExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad command-line input to the packaged jar: each exits non-zero, soon, with a message that names the problem.
 * "Soon" is asserted with a generous bound (30 s, the client timeouts are 10 s): a loaded machine must not make
 * it flaky, a client retrying for its default minute must fail it.
 */
@ExtendWith(KafkaHarnessExtension.class)
class BadInputJarIT {

    private static final Path JAR = Path.of("target", "stream-app.jar");
    private static final Duration SOON = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void anUnknownOptionIsAUsageError() throws Exception {
        Outcome o = run(Map.of(), "replay", "--no-such-option");
        assertThat(o.code).as(o.toString()).isEqualTo(2);
        assertThat(o.err).contains("Unknown option: '--no-such-option'").contains("Usage:");
    }

    @Test
    void anUnreachableBrokerIsNamed() throws Exception {
        for (String command : List.of("replay", "run")) {
            Outcome o = run(Map.of(), command, "--bootstrap-servers", "127.0.0.1:1", "--schema-registry-url", "http://127.0.0.1:1");
            assertThat(o.code).as(o.toString()).isEqualTo(3);
            assertThat(o.err).contains("cannot reach the Kafka cluster at 127.0.0.1:1");
            assertThat(o.took).as(o.toString()).isLessThan(SOON);
        }
    }

    @Test
    void theBrokerCanComeFromTheEnvironment() throws Exception {
        Outcome o = run(Map.of("HKF_BOOTSTRAP_SERVERS", "127.0.0.1:1"), "topics");
        assertThat(o.code).as(o.toString()).isEqualTo(3);
        assertThat(o.err).contains("cannot reach the Kafka cluster at 127.0.0.1:1");
        assertThat(o.took).as(o.toString()).isLessThan(SOON);
    }

    @Test
    void aMalformedRegistryUrlIsAUsageError(KafkaHarness kafka) throws Exception {
        Outcome o = run(Map.of(), "replay", "--bootstrap-servers", kafka.bootstrapServers(), "--schema-registry-url", "registry:8081");
        assertThat(o.code).as(o.toString()).isEqualTo(2);
        assertThat(o.err).contains("schema registry").contains("registry:8081").contains("http://");
    }

    @Test
    void aRegistryUrlWhereNothingListensIsNamed(KafkaHarness kafka) throws Exception {
        String url = "http://127.0.0.1:" + freePort();
        for (String command : List.of("replay", "run")) {
            Outcome o = run(Map.of(), command, "--bootstrap-servers", kafka.bootstrapServers(), "--schema-registry-url", url);
            assertThat(o.code).as(o.toString()).isEqualTo(3);
            assertThat(o.err).contains("cannot reach the schema registry at " + url);
            assertThat(o.took).as(o.toString()).isLessThan(SOON);
        }
    }

    @Test
    void aRegistryUrlThatIsNotTheRegistryIsNamed(KafkaHarness kafka) throws Exception {
        String notTheApi = kafka.schemaRegistryUrl().replaceAll("/apis/ccompat/v7/?$", "") + "/nothing-here";
        Outcome o = run(Map.of(), "replay", "--bootstrap-servers", kafka.bootstrapServers(), "--schema-registry-url", notTheApi);
        assertThat(o.code).as(o.toString()).isEqualTo(3);
        assertThat(o.err).contains(notTheApi).contains("HTTP 404");
    }

    @Test
    void aSecurityFileWithOtherSettingsIsNamed() throws Exception {
        Path security = Files.writeString(dir.resolve("security.properties"), "security.protocol=SASL_SSL\nacks=all\n");
        Outcome o = run(Map.of("HKF_SECURITY_CONFIG", security.toString()), "topics", "--bootstrap-servers", "127.0.0.1:1");
        assertThat(o.code).as(o.toString()).isEqualTo(2);
        assertThat(o.err).contains("'acks' is not a security setting").contains(security.toString());
    }

    private Outcome run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith(EnvironmentDefaults.PREFIX));
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", args) + " still runs after 2 minutes");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        return new Outcome(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8), took);
    }

    record Outcome(int code, String out, String err, Duration took) {
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
