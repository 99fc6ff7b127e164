package dev.hkfilings.bench;

import static dev.hkfilings.bench.BenchmarkDocuments.percentile;

import dev.hkfilings.avro.FilingMetadata;
import dev.hkfilings.avro.FilingSource;
import dev.hkfilings.avro.FilingText;
import dev.hkfilings.classify.AnnouncementAnalyzer;
import dev.hkfilings.classify.Analysis;
import dev.hkfilings.extract.ExtractConfig;
import dev.hkfilings.extract.ExtractionResult;
import dev.hkfilings.extract.TextExtractor;
import dev.hkfilings.testing.PdfRenderer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Profiling harness, not a test (its name matches no surefire include): the analysis ({@link AnnouncementAnalyzer})
 * of the texts the topology benchmark feeds it (the same 5 templates rendered to PDF and extracted by in-process
 * Tika), in a loop for {@code -Dprofile.seconds} (default 20), so that a profiler sees the steady state. Prints the
 * median and p95 per template and overall. Run it with
 * <pre>
 * ./mvnw -B -o -pl stream-app -am verify -DskipITs -Dtest=AnalysisProfile -Dsurefire.failIfNoSpecifiedTests=false \
 *        -DargLine=-XX:StartFlightRecording=filename=/tmp/analysis.jfr,settings=profile
 * </pre>
 */
class AnalysisProfile {

    @Test
    void run() throws Exception {
        int seconds = Integer.getInteger("profile.seconds", 20);
        List<FilingText> texts = texts(Integer.getInteger("profile.docs", 200));
        AnnouncementAnalyzer analyzer = new AnnouncementAnalyzer();
        // What the benchmark measures: each document once after one warm-up pass over all of them.
        texts.forEach(analyzer::analyze);
        golden(analyzer, texts);
        report("after one warm-up pass (as the topology benchmark measures)", analyzer, texts, 1);

        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long runs = 0;
        int sink = 0;
        while (System.nanoTime() < end) {
            for (FilingText t : texts) {
                Analysis a = analyzer.analyze(t);
                sink += a.evidence().size();
                runs++;
            }
        }
        System.out.printf(Locale.ROOT, "%d analyses in %d s (%d)%n", runs, seconds, sink);
        report("steady state", analyzer, texts, 5);
    }

    /**
     * Every analysis of the benchmark texts and of the corpus texts (as stored, and with lines re-wrapped the way
     * line-split PDFs give them), written to target/analysis-golden.txt: a speed-up must leave this file unchanged.
     */
    private static void golden(AnnouncementAnalyzer analyzer, List<FilingText> texts) throws IOException {
        StringBuilder b = new StringBuilder();
        for (FilingText t : texts) {
            b.append(t.getMetadata().getFilingId()).append('\n').append(analyzer.analyze(t)).append('\n');
        }
        Path root = Path.of("src", "test", "resources");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            String text = Files.readString(f);
            FilingMetadata md = FilingMetadata.newBuilder().setFilingId(f.toString()).setSource(FilingSource.INBOX)
                    .setFileName(f.getFileName().toString()).setStockCodes(List.of()).setFetchedAt(Instant.EPOCH).build();
            for (String variant : List.of(text, text.replace('\t', '\n'), text.replace("\n", "\r\n"))) {
                FilingText ft = FilingText.newBuilder().setMetadata(md).setText(variant).setDetectedContentType("text/plain")
                        .setExtractor("plain-text").setExtractionMillis(0L).setExtractedAt(Instant.EPOCH).build();
                b.append(f).append('\n').append(analyzer.analyze(ft)).append('\n');
            }
        }
        Path out = Path.of("target", "analysis-golden.txt");
        Files.writeString(out, b);
        System.out.println("golden: " + out.toAbsolutePath());
    }

    /**
     * Wall and thread-CPU time per document over some passes. The CPU time is what to compare between runs on a shared
     * machine: another process's load stretches the wall time of a document, much less its CPU time.
     */
    private static void report(String label, AnnouncementAnalyzer analyzer, List<FilingText> texts, int passes) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int n = BenchmarkDocuments.TEMPLATES.size();
        List<List<double[]>> perTemplate = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            perTemplate.add(new ArrayList<>());
        }
        List<double[]> all = new ArrayList<>();
        for (int pass = 0; pass < passes; pass++) {
            for (int i = 0; i < texts.size(); i++) {
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                analyzer.analyze(texts.get(i));
                double[] v = {(System.nanoTime() - t0) / 1e6, (mx.getCurrentThreadCpuTime() - c0) / 1e6};
                all.add(v);
                perTemplate.get(i % n).add(v);
            }
        }
        StringBuilder b = new StringBuilder(label + ": " + line("all", all));
        for (int i = 0; i < n; i++) {
            b.append(line("  " + BenchmarkDocuments.TEMPLATES.get(i), perTemplate.get(i)));
        }
        System.out.print(b);
    }

    private static String line(String name, List<double[]> values) {
        double[] wall = values.stream().mapToDouble(v -> v[0]).toArray();
        double[] cpu = values.stream().mapToDouble(v -> v[1]).toArray();
        return name + ": wall median " + fmt(percentile(wall, 50)) + " ms, p95 " + fmt(percentile(wall, 95)) + " ms; cpu median "
                + fmt(percentile(cpu, 50)) + " ms, p95 " + fmt(percentile(cpu, 95)) + " ms\n";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static List<FilingText> texts(int n) throws Exception {
        BenchmarkDocuments documents = BenchmarkDocuments.load();
        List<FilingText> out = new ArrayList<>(n);
        try (TextExtractor tika = new ExtractConfig(Map.of("extract.mode", "in-process")).newExtractor()) {
            for (int i = 0; i < n; i++) {
                String code = BenchmarkDocuments.code(i);
                String text = documents.text(i);
                String id = "profile-" + i;
                ExtractionResult r = tika.extract(PdfRenderer.render(text), id + ".pdf", "application/pdf");
                if (!r.ok()) {
                    throw new IllegalStateException("document " + i + " failed: " + r.reason());
                }
                FilingMetadata md = FilingMetadata.newBuilder()
                        .setFilingId(id).setSource(FilingSource.FEED).setFileName(id + ".pdf")
                        .setStockCodes(List.of(code)).setFetchedAt(Instant.now())
                        .setContentType("application/pdf").build();
                out.add(FilingText.newBuilder().setMetadata(md).setText(r.text())
                        .setDetectedContentType(r.detectedContentType()).setExtractor("in-process")
                        .setExtractionMillis(r.millis()).setExtractedAt(Instant.now()).build());
            }
        }
        return out;
    }
}
