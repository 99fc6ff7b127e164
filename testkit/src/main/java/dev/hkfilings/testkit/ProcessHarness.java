package dev.hkfilings.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import dev.hkfilings.testkit.process.ApicurioRegistryProcess;
import dev.hkfilings.testkit.process.KafkaBrokerProcess;

/**
 * The harness without Docker: the broker and Apicurio Registry as child JVMs, started concurrently. Their data lives
 * in a directory under {@code target/harness/} that is deleted when this JVM exits; their logs stay beside it.
 */
final class ProcessHarness extends AbstractHarness {

    private final HarnessSettings settings;
    private final Path runDir;
    private final KafkaBrokerProcess broker;
    private final ApicurioRegistryProcess registry;
    private volatile StartTimes startTimes;

    ProcessHarness(HarnessSettings settings) {
        this.settings = settings;
        this.runDir = createRunDir();
        this.broker = KafkaBrokerProcess.builder(runDir.resolve("broker"))
                .jvmOptions(settings.brokerJvmOptions())
                .logFile(runDir.resolve("broker.log"))
                .build();
        this.registry = ApicurioRegistryProcess.builder(runDir.resolve("registry"))
                .jvmOptions(HarnessSettings.CHILD_JVM_OPTIONS)
                .logFile(runDir.resolve("registry.log"))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "hkfilings-harness-shutdown"));
    }

    @Override
    void start() {
        long begin = System.nanoTime();
        // own threads: the common pool has a single thread on a 2-core machine and would start them one after the other
        CompletableFuture<Long> brokerStart = CompletableFuture.supplyAsync(
                () -> timed(() -> broker.start(settings.startTimeout())), ProcessHarness::ownThread);
        CompletableFuture<Long> registryStart = CompletableFuture.supplyAsync(
                () -> timed(() -> registry.start(settings.startTimeout())), ProcessHarness::ownThread);
        try {
            CompletableFuture.allOf(brokerStart, registryStart).join();
        } catch (CompletionException e) {
            // wait for the other start to end too, so that nothing keeps running half-started
            String brokerError = errorOf(brokerStart);
            String registryError = errorOf(registryStart);
            shutdown();
            IllegalStateException failure = new IllegalStateException("the Kafka test harness could not start"
                    + (brokerError != null ? System.lineSeparator() + "broker: " + brokerError : "")
                    + (registryError != null ? System.lineSeparator() + "registry: " + registryError : ""),
                    e.getCause());
            throw failure;
        }
        startTimes = new StartTimes(millisSince(begin), brokerStart.join(), registryStart.join());
    }

    @Override
    public StartTimes startTimes() {
        return startTimes;
    }

    @Override
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public String schemaRegistryUrl() {
        return registry.confluentUrl();
    }

    @Override
    public synchronized void restartBroker() {
        broker.restart(settings.startTimeout());
    }

    @Override
    public synchronized void stopRegistry() {
        registry.stop(Duration.ofSeconds(10));
    }

    @Override
    public synchronized void startRegistry() {
        if (!registry.isRunning()) {
            registry.start(settings.startTimeout());
        }
    }

    /** Kills both children (their data is thrown away, so there is nothing to shut down cleanly) and deletes the data. */
    private void shutdown() {
        closeAdmin();
        broker.kill();
        registry.kill();
        deleteQuietly(runDir.resolve("broker"));
        deleteQuietly(runDir.resolve("registry"));
    }

    private static Path createRunDir() {
        Path target = Paths.get("target");
        Path base = Files.isDirectory(target) ? target.resolve("harness")
                : Paths.get(System.getProperty("java.io.tmpdir"), "hkfilings-harness");
        try {
            Files.createDirectories(base);
            return Files.createTempDirectory(base, "jvm-" + ProcessHandle.current().pid() + "-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a harness directory in " + base.toAbsolutePath(), e);
        }
    }

    private static void ownThread(Runnable task) {
        Thread thread = new Thread(task, "hkfilings-harness-start");
        thread.setDaemon(true);
        thread.start();
    }

    private static long timed(Runnable action) {
        long begin = System.nanoTime();
        action.run();
        return millisSince(begin);
    }

    private static long millisSince(long begin) {
        return Duration.ofNanos(System.nanoTime() - begin).toMillis();
    }

    private static String errorOf(CompletableFuture<Long> future) {
        try {
            future.join();
            return null;
        } catch (CompletionException e) {
            return String.valueOf(e.getCause().getMessage());
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("hkfilings harness: could not delete " + dir + ": " + e);
        }
    }
}
