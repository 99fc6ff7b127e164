package dev.hkfilings.testkit.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildJvmTest {

    @TempDir
    Path dir;

    @Test
    void childHaltsWhenItsParentIsKilled() throws Exception {
        Process parent = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), OrphanMaker.class.getName(),
                dir.resolve("sleeper.log").toString())
                .redirectErrorStream(true)
                .start();
        long childPid;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertThat(line).as("the parent's first output line").startsWith("child pid ");
            childPid = Long.parseLong(line.substring("child pid ".length()).trim());
        }
        ProcessHandle child = ProcessHandle.of(childPid).orElseThrow();
        awaitLogLine(dir.resolve("sleeper.log"), "sleeper up");

        parent.destroyForcibly();
        assertThat(parent.waitFor(20, TimeUnit.SECONDS)).isTrue();

        try {
            child.onExit().get(30, TimeUnit.SECONDS);
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.isAlive()).isFalse();
    }

    @Test
    void failureNamesTheChildAndShowsTheEndOfItsLog() throws Exception {
        ChildJvm child = new ChildJvm("failing child", System.getProperty("java.class.path"), List.of("-Xmx32m"),
                FailingMain.class.getName(), List.of(), Map.of(), dir.resolve("failing.log"));
        child.start();
        // not ProcessHandle.of(pid): the child fails at once and may be gone before its handle is asked for
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        IllegalStateException failure = child.failure("exited before it was ready");
        assertThat(failure.getMessage())
                .contains("failing child")
                .contains("exited with code 3")
                .contains("failing-main: something recognisable went wrong")
                .contains(dir.resolve("failing.log").toString());
    }

    @Test
    void aBrokerThatCannotStartFailsWithItsLog() {
        KafkaBrokerProcess broker = KafkaBrokerProcess.builder(dir.resolve("broker"))
                .jvmOptions(List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"))
                .property("node.id", "not-a-number")
                .build();
        try {
            assertThatThrownBy(() -> broker.start(Duration.ofSeconds(90)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("kafka broker: exited before it was ready")
                    .hasMessageContaining("Invalid value not-a-number");
        } finally {
            broker.kill();
        }
    }

    @Test
    void aTakenFixedPortIsReportedWithTheBrokersOwnWords() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            KafkaBrokerProcess broker = KafkaBrokerProcess.builder(dir.resolve("broker"))
                    .jvmOptions(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"))
                    .ports(taken.getLocalPort(), FreePorts.next())
                    .build();
            assertThatThrownBy(() -> broker.start(Duration.ofSeconds(90)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("kafka broker")
                    .hasMessageContaining("Address already in use");
            assertThat(broker.isRunning()).isFalse();
        }
    }

    @Test
    void aMissingRegistryDistributionSaysHowToGetIt() {
        assertThatThrownBy(() -> ApicurioRegistryProcess.builder(dir.resolve("registry")).home(dir.resolve("nothing")).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("run the build first");
    }

    private static void awaitLogLine(Path log, String line) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!ChildJvm.tail(log, 20).contains(line)) {
            assertThat(System.nanoTime()).as("'" + line + "' in " + log).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
