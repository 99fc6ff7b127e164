package dev.hkfilings.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.classify.AnnouncementAnalyzer;
import dev.hkfilings.cli.FileClassifier;
import dev.hkfilings.extract.ExtractConfig;
import dev.hkfilings.extract.TextExtractor;
import dev.hkfilings.testing.PdfRenderer;
import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.testkit.KafkaHarnessExtension;
import dev.hkfilings.topology.FilingPipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 7: 1,000 mutated copies of the seed PDFs, through {@code classify} (its default isolated extraction, every
 * file, and the packaged jar once on a sample) and through the running app. No uncaught exception, every input gets its line or
 * its outcome. The mutation seed is printed; replay a failure with {@code -Dreliability.fuzz.seed=N}
 * ({@code -Dreliability.fuzz.count=N} changes the number of mutants).
 */
@ExtendWith({KafkaHarnessExtension.class, ReliabilitySummary.class})
class FuzzIT {

    static final long SEED = Long.getLong("reliability.fuzz.seed", System.nanoTime());
    static final int COUNT = Integer.getInteger("reliability.fuzz.count", 1_000);
    static final int JAR_SAMPLE = 40;

    @Test
    void mutatedPdfsNeverEscapeClassifyOrTheTopologyUnaccounted(KafkaHarness kafka) throws Exception {
        System.out.println("fuzz seed " + SEED + " (replay with -Dreliability.fuzz.seed=" + SEED + "), " + COUNT + " mutants");
        String appId = Scenarios.unique("reliab-fuzz");
        Path dir = Files.createDirectories(Path.of("target", "reliability", appId, "mutants").toAbsolutePath());
        List<byte[]> seeds = new ArrayList<>();
        for (String t : RawFilings.TEXTS.subList(0, 2)) {
            seeds.add(PdfRenderer.render(RawFilings.resource(t)));
        }
        for (String t : RawFilings.TEXTS.subList(3, 6)) {
            seeds.add(PdfRenderer.render(RawFilings.resource(t)));
        }
        Mutator mutator = new Mutator(SEED);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            Path f = dir.resolve(String.format("mutant-%04d.pdf", i));
            Files.write(f, mutator.mutate(seeds.get(i % seeds.size())));
            files.add(f);
        }

        Map<String, String> settings = Map.of("application.id", appId, "extract.timeout.ms", "20000");
        Accounting accounting = Accounting.begin(kafka, "7 fuzz " + COUNT + " mutants", Scenarios.config(kafka, settings));
        Accounting.startAtEnd(kafka, appId);
        try (accounting; AppProcess app = AppProcess.of(kafka, appId, settings).start(); RawFilings raw = new RawFilings(kafka, accounting)) {
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            for (Path f : files) {
                String name = f.getFileName().toString();
                sends.add(raw.send(appId + "-" + name, name, "application/pdf", Files.readAllBytes(f)));
            }
            RawFilings.await(sends);
            // while the app works through them: the same mutants through classify, which uses the other core
            classifyIsolated(files);
            classifyWithTheJar(files.subList(0, Math.min(JAR_SAMPLE, files.size())));
            Outcomes o = accounting.awaitAllAccounted(appId, Duration.ofMinutes(6), app::isAlive, "the app died: " + app.describe());
            Scenarios.recordAndCheck(o, "seed " + SEED);
            assertThat(app.log()).as("the stream thread must never die").doesNotContain("stream thread failed");
        }
    }

    /**
     * Every mutant through FileClassifier on the extractor the classify command uses by default (one isolated worker)
     * and the real analyzer, each within a minute. In-process Tika is not held to that: one mutant (a ToUnicode range
     * of millions of codes) kept it busy for 90 s.
     */
    private static void classifyIsolated(List<Path> files) throws Exception {
        ExecutorService one = Executors.newSingleThreadExecutor();
        try (TextExtractor extractor = new ExtractConfig(Map.of(ExtractConfig.MODE, "isolated", ExtractConfig.WORKERS, "1",
                ExtractConfig.TIMEOUT_MS, "20000")).newExtractor()) {
            FileClassifier classifier = new FileClassifier(new FilingPipeline(extractor, new AnnouncementAnalyzer()));
            int deadLetters = 0;
            for (Path f : files) {
                Future<FileClassifier.Outcome> out = one.submit(() -> classifier.classify(f));
                FileClassifier.Outcome o;
                try {
                    o = out.get(60, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    throw new AssertionError("classify hangs on " + f + " (seed " + SEED + ")");
                }
                assertThat(o.read()).as(f.toString()).isTrue();
                assertThat(o.json().has("type") || o.json().has("deadLetter")).as(o.json().toString()).isTrue();
                if (o.json().has("deadLetter")) {
                    deadLetters++;
                    assertThat(o.json().get("deadLetter").get("reason").asText()).as(o.json().toString()).isNotBlank();
                }
            }
            System.out.println("classify (isolated): " + files.size() + " mutants, " + deadLetters + " dead letters");
        } finally {
            one.shutdownNow();
        }
    }

    /** The packaged {@code classify} command on a sample: one JSON line per file, no stack trace. */
    private static void classifyWithTheJar(List<Path> files) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", Path.of("target", "stream-app.jar").toAbsolutePath().toString(), "classify"));
        files.forEach(f -> cmd.add(f.toString()));
        Path out = files.get(0).getParent().resolve("classify-jar.out");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(files.get(0).getParent().resolve("classify-jar.err").toFile())).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("classify jar finishes").isTrue();
        List<String> lines = Files.readAllLines(out).stream().filter(l -> l.startsWith("{")).toList();
        String err = Files.readString(files.get(0).getParent().resolve("classify-jar.err"));
        assertThat(lines).as("one JSON line per file; stderr:\n" + err).hasSize(files.size());
        assertThat(err).doesNotContain("Exception in thread");
        System.out.println("classify jar: " + files.size() + " mutants, exit code " + p.exitValue());
    }
}
