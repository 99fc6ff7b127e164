package dev.hkfilings.topology;

import static dev.hkfilings.bench.BenchmarkDocuments.percentile;

import dev.hkfilings.avro.AnnouncementEvent;
import dev.hkfilings.avro.ContentStatus;
import dev.hkfilings.avro.DeadLetter;
import dev.hkfilings.avro.FilingMetadata;
import dev.hkfilings.avro.FilingSource;
import dev.hkfilings.avro.FilingText;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.bench.BenchmarkDocuments;
import dev.hkfilings.bench.CpuByProcess;
import dev.hkfilings.bench.CpuByThread;
import dev.hkfilings.bench.MachineCpu;
import dev.hkfilings.bench.SteadyRate;
import dev.hkfilings.bench.StreamThreadTime;
import dev.hkfilings.bench.WarmUp;
import dev.hkfilings.classify.Analysis;
import dev.hkfilings.classify.AnnouncementAnalyzer;
import dev.hkfilings.classify.Analyzer;
import dev.hkfilings.extract.ExtractConfig;
import dev.hkfilings.extract.ExtractionResult;
import dev.hkfilings.extract.IsolatedExtractor;
import dev.hkfilings.extract.TextExtractor;
import dev.hkfilings.serde.SpecificAvroDeserializer;
import dev.hkfilings.serde.SpecificAvroSerializer;
import dev.hkfilings.testing.PdfRenderer;
import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.testkit.KafkaHarnessExtension;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a test: it is not in the default test run (its name matches no surefire include) and asserts
 * nothing about speed. Run it with
 * <pre>
 * ./mvnw -B -pl stream-app -am verify -DskipITs -Dtest=TopologyBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *        -Dbench.docs=3000 -Dbench.warmup=2000 -Dbench.warmup.rounds=15 -Dbench.threads=2 \
 *        -Dhkfilings.harness.brokerJvmOptions=-Xmx1g,-XX:+UseSerialGC
 * </pre>
 * and read {@code stream-app/target/benchmark/topology.txt}. On the same generated PDFs and thread count it measures,
 * side by side: (1) Tika in-process alone, (2) classification + field extraction time per document as a share of its
 * Tika time, from phase (1) and, paired, with each document parsed again and analysed right after, (3) the full
 * topology (isolated Tika workers + analysis + routing, exactly-once) on the real broker, with the analysis's CPU time
 * as its stream threads run it, (4) Tika in-process again.
 * Sides (1), (3) and (4) each report a first-to-last rate and a steady one ({@link SteadyRate}); (4) shows whether the
 * machine's speed changed during the run.
 */
@ExtendWith(KafkaHarnessExtension.class)
class TopologyBenchmark {

    @TempDir
    Path stateDir;

    @Test
    void run(KafkaHarness kafka) throws Exception {
        int docs = Integer.getInteger("bench.docs", 300);
        int threads = Integer.getInteger("bench.threads", 2);
        String runId = Long.toString(System.currentTimeMillis(), 36);
        List<RawFiling> filings = generate(docs, runId, docs);
        // The same warm-up on both sides, in rounds until the JIT compilers of every JVM involved are quiet: after
        // 4,000 documents the app's and the broker's C2 threads still took a third of the topology's CPU per document.
        int warmUpDocs = Integer.getInteger("bench.warmup", 400);
        List<RawFiling> warmUpDocuments = generate(warmUpDocs, runId + "w", 200);
        WarmUp warmUp = new WarmUp(warmUpDocs, Integer.getInteger("bench.warmup.rounds", 6),
                Double.parseDouble(System.getProperty("bench.warmup.jit", "0.05")));
        long pdfBytes = filings.stream().mapToLong(f -> f.getMetadata().getContentLength()).sum();

        // 1. Tika in-process alone, T threads
        Map<String, Object> inProcess = Map.of("extract.mode", "in-process");
        double[] tikaMs = new double[docs];
        List<FilingText> texts = new ArrayList<>(docs);
        double tikaThroughput;
        double tikaSteady;
        String tikaWarmUp;
        Map<String, CpuByProcess.Share> tikaCpu;
        String tikaMachine;
        Analyzer analyzer = new AnnouncementAnalyzer();
        String analysisWarmUp;
        double[] pairedShare = new double[docs];
        long[] pairedTikaNs = new long[docs];
        long[] pairedAnalysisNs = new long[docs];
        // the paired analysis's CPU time too: a wall time longer than the CPU time is a wait (GC, preemption), not work
        double[] pairedAnalysisCpuMs = new double[docs];
        java.lang.management.ThreadMXBean threadMx = java.lang.management.ManagementFactory.getThreadMXBean();
        try (TextExtractor tika = new ExtractConfig(inProcess).newExtractor()) {
            tikaWarmUp = warmUp.run(n -> extractAll(tika, warmUpDocuments, threads, new double[warmUpDocs], new long[warmUpDocs]));
            CpuByProcess cpu0 = CpuByProcess.snapshot();
            MachineCpu machine0 = MachineCpu.snapshot();
            long t0 = System.nanoTime();
            long[] tikaFinished = new long[docs];
            List<ExtractionResult> results = extractAll(tika, filings, threads, tikaMs, tikaFinished);
            double secs = (System.nanoTime() - t0) / 1e9;
            tikaThroughput = docs / secs;
            tikaSteady = SteadyRate.perSecond(tikaFinished);
            tikaCpu = CpuByProcess.snapshot().msPerDocSince(cpu0, docs);
            tikaMachine = MachineCpu.snapshot().coresSince(machine0);
            for (int i = 0; i < docs; i++) {
                texts.add(FilingPipeline.toFilingText(filings.get(i), results.get(i), Instant.now(), Integer.MAX_VALUE));
            }
            // warmed like Tika: passes over the texts until this JVM's JIT is quiet. A pass takes well under a second,
            // and a loop of the analysis alone went on compiling for 50 s on two cores: far more passes are allowed here.
            analysisWarmUp = new WarmUp(docs, Integer.getInteger("bench.warmup.analysis.rounds", 200), warmUp.quietJitMsPerDoc())
                    .run(n -> texts.forEach(analyzer::analyze));
            // Each document parsed and then analysed, back to back on this thread: the two times of a pair see the
            // same machine. The phases above are minutes apart, and this machine's speed was seen to change by 1.7x
            // from one phase to the next, which moved the per-phase share as much as any change to the analysis.
            for (int i = 0; i < docs; i++) {
                RawFiling f = filings.get(i);
                long p0 = System.nanoTime();
                tika.extract(f.getContent().array(), f.getMetadata().getFileName(), "application/pdf");
                long p1 = System.nanoTime();
                long c1 = threadMx.getCurrentThreadCpuTime();
                analyzer.analyze(texts.get(i));
                pairedAnalysisCpuMs[i] = (threadMx.getCurrentThreadCpuTime() - c1) / 1e6;
                pairedAnalysisNs[i] = System.nanoTime() - p1;
                pairedTikaNs[i] = p1 - p0;
                pairedShare[i] = (double) pairedAnalysisNs[i] / pairedTikaNs[i];
            }
        }

        // 2. classification + field extraction per document, against that document's Tika time
        double[] analyzeMs = new double[docs];
        for (int i = 0; i < docs; i++) {
            long a0 = System.nanoTime();
            analyzer.analyze(texts.get(i));
            analyzeMs[i] = (System.nanoTime() - a0) / 1e6;
        }
        double[] share = new double[docs];
        for (int i = 0; i < docs; i++) {
            share[i] = analyzeMs[i] / tikaMs[i];
        }
        String shareByTemplate = byTemplate(share);

        // 3. the full topology on the real broker, isolated Tika, the same thread count
        Map<String, Object> props = new HashMap<>();
        props.put("bootstrap.servers", kafka.bootstrapServers());
        props.put("schema.registry.url", kafka.schemaRegistryUrl());
        props.put("application.id", "bench-" + runId);
        props.put("state.dir", stateDir.toString());
        props.put("http.port", "0");
        props.put("num.stream.threads", Integer.toString(threads));
        props.put("topics.partitions", Integer.toString(threads));
        props.put("extract.mode", "isolated");
        props.put("extract.workers", Integer.toString(threads));
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("bench.app."))
                .forEach(k -> props.put(k.substring("bench.app.".length()), System.getProperty(k)));
        StreamAppConfig config = new StreamAppConfig(props);
        StartAtEnd.inputsOf(kafka, config);
        TextExtractor workers = new ExtractConfig(config.extractSettings()).newExtractor();
        if (workers instanceof IsolatedExtractor ie && !ie.awaitReady(120_000)) {
            throw new IllegalStateException("extraction workers did not start");
        }
        TimedExtractor isolated = new TimedExtractor(workers);
        TimedAnalyzer timedAnalyzer = new TimedAnalyzer(analyzer);
        double topologyThroughput;
        double topologySteady;
        String topologyWarmUp;
        String appThreads;
        String streamThreadTime;
        String machine;
        long topologySecsMillis;
        Map<String, CpuByProcess.Share> topologyCpu;
        double inTopologyAnalysisMs;
        try (StreamApp app = StreamApp.start(config, isolated, timedAnalyzer);
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(kafka.producerConfig(), new StringSerializer(), new ByteArraySerializer());
             KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(kafka.consumerConfig("bench-reader-" + runId),
                     new StringDeserializer(), new ByteArrayDeserializer())) {
            SpecificAvroSerializer<RawFiling> ser = new SpecificAvroSerializer<>();
            ser.configure(Map.of("schema.registry.url", kafka.schemaRegistryUrl()), false);
            consumer.subscribe(List.of(Topics.PLEDGE, Topics.POLL, Topics.ESG, Topics.OTHER, Topics.DLQ));
            topologyWarmUp = warmUp.run(n -> {
                List<RawFiling> round = WarmUp.renamed(warmUpDocuments, n);
                produce(producer, ser, round, threads);
                awaitOutputs(consumer, round, Duration.ofMinutes(30), null);
            });
            List<byte[]> serialized = filings.stream().map(f -> ser.serialize(Topics.RAW, f)).toList();
            CpuByProcess cpu0 = CpuByProcess.snapshot();
            CpuByThread threads0 = CpuByThread.snapshot(TopologyBenchmark::threadGroup);
            MachineCpu machine0 = MachineCpu.snapshot();
            StreamThreadTime streams0 = StreamThreadTime.snapshot(app.streams());
            long extractNs0 = isolated.nanos();
            long analysisCpuNs0 = timedAnalyzer.cpuNanos();
            long analysed0 = timedAnalyzer.calls();
            // the phase's bounds, to cut a profile (JFR, a CPU sampler) to the measured part
            System.out.println("topology phase from " + Instant.now());
            // the console is buffered by the test runner: a profiler started by hand waits for this file instead
            Files.writeString(Files.createDirectories(Path.of("target", "benchmark")).resolve("topology-phase"), Instant.now().toString());
            long t0 = System.nanoTime();
            for (int i = 0; i < docs; i++) {
                producer.send(rawRecord(filings.get(i), serialized.get(i), i, threads));
            }
            producer.flush();
            List<ConsumerRecord<String, byte[]>> outputs = new ArrayList<>(docs);
            awaitOutputs(consumer, filings, Duration.ofMinutes(30), outputs);
            long wallNs = System.nanoTime() - t0;
            topologySecsMillis = wallNs / 1_000_000;
            machine = MachineCpu.snapshot().coresSince(machine0);
            streamThreadTime = StreamThreadTime.snapshot(app.streams()).msPerDocSince(streams0, docs,
                    isolated.nanos() - extractNs0, wallNs, threads);
            topologyThroughput = docs / (topologySecsMillis / 1000.0);
            topologyCpu = CpuByProcess.snapshot().msPerDocSince(cpu0, docs);
            appThreads = CpuByThread.snapshot(TopologyBenchmark::threadGroup).msPerDocSince(threads0, docs);
            inTopologyAnalysisMs = (timedAnalyzer.cpuNanos() - analysisCpuNs0) / 1e6 / Math.max(1, timedAnalyzer.calls() - analysed0);
            System.out.println("topology phase until " + Instant.now());
            topologySteady = SteadyRate.perSecond(finishingTimes(outputs, kafka.schemaRegistryUrl()));
        }

        // 4. Tika in-process again, after the topology: a host that changed speed between the phases shows as a
        // difference between the two in-process rates, and the ratio is also given against their mean.
        double tikaAfterSteady;
        // with each process's CPU: the broker may still be busy with the topics the topology just wrote
        Map<String, CpuByProcess.Share> tikaAfterCpu;
        try (TextExtractor tika = new ExtractConfig(inProcess).newExtractor()) {
            extractAll(tika, warmUpDocuments, threads, new double[warmUpDocs], new long[warmUpDocs]);
            long[] finished = new long[docs];
            CpuByProcess cpu0 = CpuByProcess.snapshot();
            extractAll(tika, filings, threads, new double[docs], finished);
            tikaAfterCpu = CpuByProcess.snapshot().msPerDocSince(cpu0, docs);
            tikaAfterSteady = SteadyRate.perSecond(finished);
        }
        double tikaMeanSteady = (tikaSteady + tikaAfterSteady) / 2;

        String report = String.format(Locale.ROOT, """
                Topology benchmark (%s)
                documents: %d generated PDFs (%d templates: pledge, poll, notice of EGM, interim results, pledge of assets), %.1f KB on average
                threads: %d (Tika threads in-process; stream threads and isolated worker JVMs in the topology)
                cores: %d
                warm-up: at most %d round(s) of %d documents, until the JIT threads of all JVMs use <= %.2f ms CPU per doc
                
                1. Tika in-process alone:          %8.1f docs/s   (steady: %.1f docs/s; per doc: median %.1f ms, p95 %.1f ms)
                   warm-up: %s
                   CPU by process: %s
                   machine: %s
                2. classify + fields per doc:      median %.3f ms, p95 %.3f ms
                   warm-up: %s
                   as a share of that doc's Tika:  median %.2f%%, p95 %.2f%%, total %.2f%%   (target <= 5%%)
                   by template (median / p95):     %s
                   paired (each doc parsed, then analysed, back to back): median %.2f%%, p95 %.2f%%, total %.2f%%
                   paired by template (median / p95): %s
                   analysis per template, median / p95 in us: alone %s; paired, CPU %s
                3. full topology, real broker:     %8.1f docs/s   (steady: %.1f docs/s; %d docs in %d ms, isolated Tika, exactly_once_v2)
                   warm-up: %s
                   CPU by process: %s
                   this JVM's Java threads: %s
                   stream threads' time per doc: %s
                   analysis in the stream threads: %.3f ms CPU per analysed doc = %.2f%% of the workers' CPU per doc   (target <= 5%%)
                   machine: %s
                   topology / Tika in-process:     %.2f first record to last output, %.2f steady   (target >= 0.80)
                4. Tika in-process again, after the topology: steady %.1f docs/s (before it: %.1f)
                   CPU by process: %s
                   topology / mean of the two:     %.2f steady
                steady: documents per second between the finishing times of the %.0fth and %.0fth percentile document (event processedAt
                in the topology), leaving out the wait for the first fetch and, at the end, for the slower partition and the last commit
                """,
                Instant.now(), docs, BenchmarkDocuments.TEMPLATES.size(), pdfBytes / 1024.0 / docs, threads, Runtime.getRuntime().availableProcessors(),
                warmUp.maxRounds(), warmUpDocs, warmUp.quietJitMsPerDoc(),
                tikaThroughput, tikaSteady, percentile(tikaMs, 50), percentile(tikaMs, 95), tikaWarmUp, CpuByProcess.format(tikaCpu), tikaMachine,
                percentile(analyzeMs, 50), percentile(analyzeMs, 95), analysisWarmUp,
                100 * percentile(share, 50), 100 * percentile(share, 95), 100 * Arrays.stream(analyzeMs).sum() / Arrays.stream(tikaMs).sum(),
                shareByTemplate,
                100 * percentile(pairedShare, 50), 100 * percentile(pairedShare, 95), 100.0 * Arrays.stream(pairedAnalysisNs).sum() / Arrays.stream(pairedTikaNs).sum(), byTemplate(pairedShare),
                byTemplate(analyzeMs, 1000, "%.0f / %.0f"), byTemplate(pairedAnalysisCpuMs, 1000, "%.0f / %.0f"),
                topologyThroughput, topologySteady, docs, topologySecsMillis, topologyWarmUp, CpuByProcess.format(topologyCpu), appThreads,
                streamThreadTime, inTopologyAnalysisMs,
                100 * inTopologyAnalysisMs / topologyCpu.getOrDefault("extraction workers", new CpuByProcess.Share(Double.NaN, 0, 0)).total(),
                machine,
                topologyThroughput / tikaThroughput, topologySteady / tikaSteady,
                tikaAfterSteady, tikaSteady, CpuByProcess.format(tikaAfterCpu), topologySteady / tikaMeanSteady, 100 * SteadyRate.TRIM, 100 * (1 - SteadyRate.TRIM));
        System.out.println(report);
        Path out = Path.of("target", "benchmark", "topology.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** The workers' extractor, adding up the time the stream threads wait for it. */
    private static final class TimedExtractor implements TextExtractor {
        private final TextExtractor delegate;
        private final LongAdder nanos = new LongAdder();

        TimedExtractor(TextExtractor delegate) {
            this.delegate = delegate;
        }

        long nanos() {
            return nanos.sum();
        }

        @Override
        public ExtractionResult extract(byte[] content, String fileName, String declaredContentType) {
            long t0 = System.nanoTime();
            try {
                return delegate.extract(content, fileName, declaredContentType);
            } finally {
                nanos.add(System.nanoTime() - t0);
            }
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    /**
     * The app's analyzer, adding up the CPU time of each analysis on the stream thread that runs it: the analysis as
     * the pipeline runs it, right after the thread's wait for a worker and its own Kafka and Avro work, where phase 2
     * times it in a hot loop that keeps everything it touches in the caches.
     */
    private static final class TimedAnalyzer implements Analyzer {
        private final Analyzer delegate;
        private final LongAdder cpuNanos = new LongAdder();
        private final LongAdder calls = new LongAdder();
        private final java.lang.management.ThreadMXBean threadMx = java.lang.management.ManagementFactory.getThreadMXBean();

        TimedAnalyzer(Analyzer delegate) {
            this.delegate = delegate;
        }

        long cpuNanos() {
            return cpuNanos.sum();
        }

        long calls() {
            return calls.sum();
        }

        @Override
        public Analysis analyze(FilingText text) {
            long c0 = threadMx.getCurrentThreadCpuTime();
            try {
                return delegate.analyze(text);
            } finally {
                cpuNanos.add(threadMx.getCurrentThreadCpuTime() - c0);
                calls.increment();
            }
        }
    }

    /** What a thread of this JVM works for during the topology phase, by its name. */
    private static String threadGroup(String name) {
        if (name.contains("StreamThread") && name.contains("producer")) {
            return "stream producers";
        }
        if (name.contains("StreamThread")) {
            return "stream threads (decode, worker I/O, analysis, routing, state)";
        }
        if (name.startsWith("live-event-feed") || name.contains("hkfilings-live-feed")) {
            return "live feed";
        }
        // the test thread sends the raw filings and polls the outputs
        if (name.equals("main") || name.contains("producer-") || name.contains("bench-reader") || name.contains("consumer-")) {
            return "benchmark's producer and reader";
        }
        return "other";
    }

    private static List<ExtractionResult> extractAll(TextExtractor tika, List<RawFiling> filings, int threads, double[] ms,
                                                     long[] finishedMillis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ExtractionResult>> futures = new ArrayList<>();
            for (int i = 0; i < filings.size(); i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    RawFiling f = filings.get(n);
                    byte[] bytes = f.getContent().array();
                    long t0 = System.nanoTime();
                    ExtractionResult r = tika.extract(bytes, f.getMetadata().getFileName(), "application/pdf");
                    ms[n] = (System.nanoTime() - t0) / 1e6;
                    finishedMillis[n] = System.currentTimeMillis();
                    if (!r.ok()) {
                        throw new IllegalStateException("benchmark document " + n + " failed: " + r.reason());
                    }
                    return r;
                }));
            }
            List<ExtractionResult> results = new ArrayList<>();
            for (Future<ExtractionResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void produce(KafkaProducer<String, byte[]> producer, SpecificAvroSerializer<RawFiling> ser, List<RawFiling> filings,
                                int partitions) {
        for (int i = 0; i < filings.size(); i++) {
            producer.send(rawRecord(filings.get(i), ser.serialize(Topics.RAW, filings.get(i)), i, partitions));
        }
        producer.flush();
    }

    /**
     * The i-th filing goes to partition i mod T, so that each stream thread gets the same share, as each Tika thread
     * does from the in-process side's shared queue: hashed keys split a few thousand filings unevenly, and the thread
     * with fewer then idles while the other finishes.
     */
    private static ProducerRecord<String, byte[]> rawRecord(RawFiling f, byte[] value, int i, int partitions) {
        return new ProducerRecord<>(Topics.RAW, i % partitions, f.getMetadata().getFilingId(), value);
    }

    /** When the stream finished each filing: its event's {@code processedAt}, or its dead letter's {@code failedAt}. */
    private static long[] finishingTimes(List<ConsumerRecord<String, byte[]>> outputs, String registryUrl) {
        SpecificAvroDeserializer<AnnouncementEvent> events = new SpecificAvroDeserializer<>(AnnouncementEvent.class);
        events.configure(Map.of("schema.registry.url", registryUrl), false);
        SpecificAvroDeserializer<DeadLetter> deadLetters = new SpecificAvroDeserializer<>(DeadLetter.class);
        deadLetters.configure(Map.of("schema.registry.url", registryUrl), false);
        return outputs.stream().mapToLong(r -> r.topic().equals(Topics.DLQ)
                ? deadLetters.deserialize(r.topic(), r.value()).getFailedAt().toEpochMilli()
                : events.deserialize(r.topic(), r.value()).getProcessedAt().toEpochMilli()).toArray();
    }

    /**
     * Every filing ends on exactly one of the market-wide topics or the DLQ: waits until all have. With
     * {@code firstOutputs}, keeps each filing's first output there.
     */
    private static void awaitOutputs(KafkaConsumer<String, byte[]> consumer, List<RawFiling> filings, Duration max,
                                     List<ConsumerRecord<String, byte[]>> firstOutputs) {
        Set<String> pending = new HashSet<>();
        filings.forEach(f -> pending.add(f.getMetadata().getFilingId()));
        long deadline = System.nanoTime() + max.toNanos();
        while (!pending.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(pending.size() + " filings produced no output within " + max);
            }
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                if (pending.remove(r.key()) && firstOutputs != null) {
                    firstOutputs.add(r);
                }
            }
        }
    }

    /** {@code n} filings with their own ids, of {@code distinct} different PDFs. */
    /**
     * Each template's median and p95 share: the p95 over all documents is the pledges' and poll results' (two fifths of
     * the documents), and the median the near misses'; "per document" asks for both kinds.
     */
    private static String byTemplate(double[] share) {
        return byTemplate(share, 100, "%.2f / %.2f%%");
    }

    /** Each template's median and p95 of the values, scaled and formatted. */
    private static String byTemplate(double[] values, double scale, String format) {
        int n = BenchmarkDocuments.TEMPLATES.size();
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) {
            int template = k;
            double[] mine = java.util.stream.IntStream.range(0, values.length).filter(i -> i % n == template).mapToDouble(i -> values[i]).toArray();
            String name = Path.of(BenchmarkDocuments.TEMPLATES.get(k)).getFileName().toString().replace(".txt", "");
            b.append(k == 0 ? "" : ", ").append(name).append(' ')
                    .append(String.format(Locale.ROOT, format, scale * percentile(mine, 50), scale * percentile(mine, 95)));
        }
        return b.toString();
    }

    private static List<RawFiling> generate(int n, String runId, int distinct) throws IOException {
        BenchmarkDocuments documents = BenchmarkDocuments.load();
        AtomicInteger seq = new AtomicInteger();
        List<RawFiling> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String code = BenchmarkDocuments.code(i);
            String text = documents.text(i);
            byte[] pdf = i < distinct ? PdfRenderer.render(text) : out.get(i % distinct).getContent().array();
            String id = "bench-" + runId + "-" + seq.incrementAndGet();
            out.add(RawFiling.newBuilder()
                    .setMetadata(FilingMetadata.newBuilder()
                            .setFilingId(id).setSource(FilingSource.FEED).setFileName(id + ".pdf")
                            .setStockCodes(List.of(code)).setFetchedAt(Instant.now())
                            .setContentType("application/pdf").setContentLength((long) pdf.length).build())
                    .setContentStatus(ContentStatus.PRESENT)
                    .setContent(ByteBuffer.wrap(pdf))
                    .build());
        }
        return out;
    }
}
