package dev.hkfilings.serde.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

import dev.hkfilings.registry.FakeRegistryServer;
import dev.hkfilings.testkit.KafkaHarness;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link SerdeBenchmark} against a registry: the test harness's real Apicurio registry
 * ({@code -Dbench.registry=harness}, the default) or a local Confluent-protocol fake ({@code -Dbench.registry=fake}),
 * then prints round trips per second against the 200,000/s target.
 */
public final class SerdeBenchmarkMain {

    private static final double TARGET_ROUND_TRIPS_PER_SECOND = 200_000;

    private SerdeBenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        String mode = System.getProperty("bench.registry", "harness");
        FakeRegistryServer fake = null;
        String url;
        if (mode.equals("fake")) {
            fake = new FakeRegistryServer();
            url = fake.url();
        } else {
            url = KafkaHarness.shared().schemaRegistryUrl();
        }
        System.out.println("registry (" + mode + "): " + url);
        Path cpuReport = Files.createTempFile("serde-bench-cpu", ".txt");
        Options options = new OptionsBuilder()
                .include(SerdeBenchmark.class.getName())
                .jvmArgsAppend("-D" + SerdeBenchmark.REGISTRY_URL_PROPERTY + "=" + url, "-Xmx512m",
                        "-D" + SerdeBenchmark.CPU_REPORT_PROPERTY + "=" + cpuReport,
                        "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=java.lang,java.math,java.util,org.apache.avro,dev.hkfilings")
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        if (fake != null) {
            System.out.println("requests the registry received over all trials: " + fake.requests().size());
            fake.close();
        }
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            double score = result.getPrimaryResult().getScore();
            System.out.printf("%s: %,.0f ops/s (± %,.0f)%n", name.substring(name.lastIndexOf('.') + 1), score,
                    result.getPrimaryResult().getScoreError());
            if (name.endsWith(".roundTrip")) {
                System.out.printf("round trips per second on one thread (wall clock): %,.0f (target %,.0f: %s)%n", score,
                        TARGET_ROUND_TRIPS_PER_SECOND, score >= TARGET_ROUND_TRIPS_PER_SECOND ? "met" : "not met");
            }
        }
        System.out.print(Files.readString(cpuReport));
        Files.delete(cpuReport);
        System.exit(0); // the harness's child processes are stopped by its shutdown hook
    }
}
