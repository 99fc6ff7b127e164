package dev.hkfilings.bench;

import dev.hkfilings.extract.ExtractConfig;
import dev.hkfilings.extract.ExtractionResult;
import dev.hkfilings.extract.InProcessExtractor;
import dev.hkfilings.extract.IsolatedExtractor;
import dev.hkfilings.extract.TextExtractor;
import dev.hkfilings.testing.PdfRenderer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Extraction throughput, side by side on the same generated PDFs: Tika in-process on N threads against the isolated
 * worker pool with N workers (and N calling threads), rounds interleaved so that load from elsewhere on the machine
 * hits both; then a 50 MiB PDF through the pool from this JVM (run it with -Xmx1g) at several worker heaps.
 *
 * <p>Another contender (e.g. the full topology) is one more entry in {@link #contenders}: a name and a factory of
 * a document-processing function.
 *
 * <p>Arguments: {@code --threads N --docs N --rounds N --warmup N --big-mib N --worker-jvm-options A,B} (defaults
 * 2, 300, 3, 600, 50, the configured default; {@code --big-mib 0} skips the big PDF).
 */
public final class ExtractionBenchmark {

    /** Something that processes one document; closed after its runs. */
    public interface Contender extends AutoCloseable {
        boolean process(byte[] document);

        /** CPU time used so far by every process that does the work, this JVM included. */
        default long cpuNanos() {
            return appCpuNanos();
        }

        @Override
        default void close() {
        }
    }

    private final int threads;
    private final int docs;
    private final int rounds;
    private final int bigMib;
    private final int warmup;
    private final Map<String, Supplier<Contender>> contenders = new LinkedHashMap<>();

    ExtractionBenchmark(Map<String, String> args) {
        this.threads = Integer.parseInt(args.getOrDefault("threads", "2"));
        this.docs = Integer.parseInt(args.getOrDefault("docs", "300"));
        this.rounds = Integer.parseInt(args.getOrDefault("rounds", "3"));
        this.bigMib = Integer.parseInt(args.getOrDefault("big-mib", "50"));
        this.warmup = Integer.parseInt(args.getOrDefault("warmup", "600"));
        contenders.put("tika in-process", () -> extracting(new InProcessExtractor(ExtractConfig.with(ExtractConfig.MODE, "in-process"))));
        String workerOptions = args.getOrDefault("worker-jvm-options", ExtractConfig.defaults().workerJvmOptions().stream()
                .reduce((a, b) -> a + "," + b).orElse(""));
        contenders.put("isolated pool", () -> {
            IsolatedExtractor pool = new IsolatedExtractor(ExtractConfig.with(ExtractConfig.WORKERS, threads,
                    ExtractConfig.WORKER_JVM_OPTIONS, workerOptions));
            awaitReady(pool);
            Contender extracting = extracting(pool);
            return new Contender() {
                @Override
                public boolean process(byte[] document) {
                    return extracting.process(document);
                }

                @Override
                public long cpuNanos() {
                    return appCpuNanos() + pool.workerPids().stream().mapToLong(ExtractionBenchmark::cpuNanosOf).sum();
                }

                @Override
                public void close() {
                    extracting.close();
                }
            };
        });
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
        }
        new ExtractionBenchmark(args).run();
        System.exit(0);
    }

    void run() throws Exception {
        System.out.printf(Locale.ROOT, "machine: %d cores, load average %.1f, app heap %d MiB; %d threads, %d warm-up docs, "
                        + "%d docs per round, %d rounds%n", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().maxMemory() >> 20, threads, warmup, docs, rounds);
        List<byte[]> corpus = corpus();
        long bytes = corpus.stream().mapToLong(d -> d.length).sum();
        System.out.printf(Locale.ROOT, "corpus: %d distinct PDFs from the seeds, %.1f KiB on average%n", corpus.size(),
                bytes / 1024.0 / corpus.size());

        Map<String, Contender> open = new LinkedHashMap<>();
        for (Map.Entry<String, Supplier<Contender>> c : contenders.entrySet()) {
            open.put(c.getKey(), c.getValue().get());
            measure(open.get(c.getKey()), corpus, warmup); // every worker JVM has to JIT-compile the parsers too
        }
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Map.Entry<String, Contender> c : open.entrySet()) {
                long cpuBefore = c.getValue().cpuNanos();
                double rate = measure(c.getValue(), corpus, docs);
                double cpuMsPerDoc = (c.getValue().cpuNanos() - cpuBefore) / 1e6 / docs;
                rates.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(rate);
                cpu.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(cpuMsPerDoc);
                System.out.printf(Locale.ROOT, "  round %d  %-18s %8.1f docs/s %8.1f CPU ms/doc  (load average %.1f)%n", round,
                        c.getKey(), rate, cpuMsPerDoc, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
        open.values().forEach(Contender::close);

        double baseline = median(rates.values().iterator().next());
        double baselineCpu = median(cpu.values().iterator().next());
        System.out.println();
        System.out.printf(Locale.ROOT, "%-18s %8s %16s %10s %16s %10s%n", "contender", "threads", "docs/s (median)", "ratio",
                "CPU ms/doc", "CPU ratio");
        for (Map.Entry<String, List<Double>> r : rates.entrySet()) {
            double m = median(r.getValue());
            double c = median(cpu.get(r.getKey()));
            System.out.printf(Locale.ROOT, "%-18s %8d %16.1f %10.2f %16.1f %10.2f%n", r.getKey(), threads, m, m / baseline,
                    c, c / baselineCpu);
        }
        System.out.println();
        if (bigMib > 0) {
            bigPdf();
        }
    }

    /** Documents per second over {@code count} documents on {@link #threads} threads. */
    private double measure(Contender contender, List<byte[]> corpus, int count) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    if (!contender.process(corpus.get(i % corpus.size()))) {
                        failed.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " documents failed");
        }
        return count / seconds;
    }

    /** Pledges and poll results of the seeds, with varied numbers so that no two documents are the same. */
    private static List<byte[]> corpus() throws IOException {
        String pledge = Files.readString(Path.of("src/test/resources/seeds/pledge_06680_2022-10-26.txt"));
        String poll = Files.readString(Path.of("src/test/resources/seeds/poll_06680_2022-08-24.txt"));
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String base = i % 2 == 0 ? pledge : poll;
            out.add(PdfRenderer.render(base.replace("06680", String.format(Locale.ROOT, "%05d", 1000 + i))
                    .replace("1,550,000", String.format(Locale.ROOT, "%,d", 1_000_000 + 7_919 * i))));
        }
        return out;
    }

    /** The big ESG report case: the app only moves the bytes; the worker's heap is what the parse needs. */
    private void bigPdf() throws Exception {
        byte[] big = bigPdf(bigMib);
        System.out.printf(Locale.ROOT, "big PDF: %.1f MiB; app heap %d MiB%n", big.length / 1048576.0, Runtime.getRuntime().maxMemory() >> 20);
        for (int heap : new int[] {128, 256, 512, 768}) {
            try (IsolatedExtractor pool = new IsolatedExtractor(ExtractConfig.with(ExtractConfig.WORKERS, 1,
                    ExtractConfig.WORKER_HEAP_MB, heap, ExtractConfig.TIMEOUT_MS, 120_000))) {
                awaitReady(pool);
                ExtractionResult r = pool.extract(big, "esg-big.pdf", "application/pdf");
                System.out.printf(Locale.ROOT, "  worker -Xmx%dm: %s in %d ms, %s pages, %s chars%s%n", heap,
                        r.ok() ? "OK" : r.errorCode(), r.millis(), r.pageCount(), r.text() == null ? "-" : r.text().length(),
                        r.ok() ? "" : " (" + r.reason() + ")");
            }
        }
    }

    /** The ESG seed rendered, with incompressible scanned-photo-like images added until it weighs {@code mib} MiB. */
    static byte[] bigPdf(int mib) throws IOException {
        byte[] esg = PdfRenderer.render(Files.readString(Path.of("src/test/resources/seeds/esg_06680_2021.txt")));
        try (PDDocument doc = Loader.loadPDF(esg); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Random random = new Random(50);
            BufferedImage image = new BufferedImage(1024, 1024, BufferedImage.TYPE_INT_RGB);
            long target = (long) mib << 20;
            for (int i = 0; (long) i * 3 * 1024 * 1024 < target - esg.length; i++) {
                for (int y = 0; y < image.getHeight(); y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        image.setRGB(x, y, random.nextInt());
                    }
                }
                PDImageXObject photo = LosslessFactory.createFromImage(doc, image);
                PDPage page = doc.getPage(i % doc.getNumberOfPages());
                try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                    cs.drawImage(photo, 300, 50, 200, 200);
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static Contender extracting(TextExtractor extractor) {
        return new Contender() {
            @Override
            public boolean process(byte[] document) {
                return extractor.extract(document, null, "application/pdf").ok();
            }

            @Override
            public void close() {
                extractor.close();
            }
        };
    }

    private static void awaitReady(IsolatedExtractor pool) {
        try {
            if (!pool.awaitReady(180_000)) {
                throw new IllegalStateException("workers did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static long appCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static long cpuNanosOf(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(java.time.Duration::toNanos).orElse(0L);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
