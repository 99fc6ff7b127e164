package dev.hkfilings.cli;

import dev.hkfilings.avro.ContentStatus;
import dev.hkfilings.avro.FilingMetadata;
import dev.hkfilings.avro.FilingSource;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.classify.AnnouncementAnalyzer;
import dev.hkfilings.extract.ExtractConfig;
import dev.hkfilings.extract.IsolatedExtractor;
import dev.hkfilings.extract.TextExtractor;
import dev.hkfilings.serde.SpecificAvroSerializer;
import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.testkit.KafkaHarnessExtension;
import dev.hkfilings.topology.StreamApp;
import dev.hkfilings.topology.StreamAppConfig;
import dev.hkfilings.topology.TopicProvisioner;
import dev.hkfilings.topology.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a test (its name matches no surefire include; it asserts nothing about speed). Run it with
 * <pre>
 * ./mvnw -B -pl stream-app -am verify -DskipITs -Dtest=ReplayBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *        -Dbench.docs=10000 -Dbench.threads=2
 * </pre>
 * and read {@code stream-app/target/benchmark/replay.txt}. On the same text filings (text/plain raw filings from the
 * seed and near-miss templates, so Tika is cheap and the pipeline around it shows) it measures (1) the topology
 * (isolated Tika, exactly-once, {@code bench.threads} stream threads and workers) from the first record to the last
 * output, and (2) the {@code replay} command over the same offsets (as many threads and workers, a transaction per poll).
 */
@ExtendWith(KafkaHarnessExtension.class)
class ReplayBenchmark {

    private static final List<String> TEMPLATES = List.of(
            "seeds/pledge_06680_2022-10-26.txt", "seeds/poll_06680_2022-08-24.txt", "topology/near-miss-egm-notice.txt",
            "topology/near-miss-interim-results.txt", "topology/near-miss-asset-pledge.txt");
    private static final List<String> CODES = List.of("06680", "00001", "00005", "00700", "01398", "02318", "03988", "00939");
    private static final Pattern TOOK = Pattern.compile("took: +([0-9.]+) s \\(([0-9.]+) filings/s\\)");

    @TempDir
    Path stateDir;

    @Test
    void run(KafkaHarness kafka) throws Exception {
        int docs = Integer.getInteger("bench.docs", 10_000);
        int threads = Integer.getInteger("bench.threads", 2);
        String mode = System.getProperty("bench.extract.mode", "isolated");
        String runId = Long.toString(System.currentTimeMillis(), 36);
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();

        Map<String, Object> props = new HashMap<>();
        props.put("bootstrap.servers", kafka.bootstrapServers());
        props.put("schema.registry.url", kafka.schemaRegistryUrl());
        props.put("application.id", "replay-bench-" + runId);
        props.put("state.dir", stateDir.toString());
        props.put("num.stream.threads", Integer.toString(threads));
        props.put("topics.partitions", Integer.toString(threads));
        props.put("extract.mode", mode);
        props.put("extract.workers", Integer.toString(threads));
        StreamAppConfig config = new StreamAppConfig(props);
        try (TopicProvisioner topics = new TopicProvisioner(kafka.admin(), false, config.fixedTopicSpec(), config.companyTopicSpec())) {
            topics.ensureFixedTopics();
        }
        List<RawFiling> filings = generate(docs, runId);
        long textBytes = filings.stream().mapToLong(f -> f.getMetadata().getContentLength()).sum();

        Map<TopicPartition, Long> start = ends(kafka, Topics.RAW);
        SpecificAvroSerializer<RawFiling> ser = new SpecificAvroSerializer<>();
        ser.configure(Map.of("schema.registry.url", kafka.schemaRegistryUrl()), false);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(kafka.producerConfig(), new StringSerializer(), new ByteArraySerializer())) {
            filings.forEach(f -> producer.send(new ProducerRecord<>(Topics.RAW, f.getMetadata().getFilingId(), ser.serialize(Topics.RAW, f))));
            producer.flush();
        }
        Map<TopicPartition, Long> end = ends(kafka, Topics.RAW);

        // 1. the topology from the start of the range: its group is committed there, workers are up before the clock starts
        Map<TopicPartition, OffsetAndMetadata> from = new HashMap<>();
        start.forEach((tp, o) -> from.put(tp, new OffsetAndMetadata(o)));
        kafka.admin().alterConsumerGroupOffsets(config.applicationId(), from).all().get();
        TextExtractor extractor = new ExtractConfig(config.extractSettings()).newExtractor();
        if (extractor instanceof IsolatedExtractor ie && !ie.awaitReady(120_000)) {
            throw new IllegalStateException("extraction workers did not start");
        }
        long topologyMillis;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(kafka.consumerConfig("replay-bench-reader-" + runId),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<String> outputs = List.of(Topics.PLEDGE, Topics.POLL, Topics.ESG, Topics.OTHER, Topics.DLQ);
            Map<TopicPartition, Long> outputEnds = new HashMap<>();
            for (String t : outputs) {
                outputEnds.putAll(ends(kafka, t));
            }
            consumer.assign(outputEnds.keySet());
            outputEnds.forEach(consumer::seek);
            long t0 = System.nanoTime();
            try (StreamApp app = StreamApp.start(config, extractor, new AnnouncementAnalyzer())) {
                awaitOutputs(consumer, filings, Duration.ofMinutes(60));
                topologyMillis = (System.nanoTime() - t0) / 1_000_000;
            }
        }

        // 2. replay over the same offsets, through the command as a user runs it
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Main.commandLine(new DefaultComponents(), new EnvironmentDefaults(Map.of()));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        long r0 = System.nanoTime();
        int code = cl.execute("replay", "--bootstrap-servers", kafka.bootstrapServers(), "--schema-registry-url", kafka.schemaRegistryUrl(),
                "--from-offset", spec(start), "--to-offset", spec(end), "-D", "extract.mode=" + mode,
                "-D", "application.id=replay-bench-" + runId, "--threads", Integer.toString(threads));
        long replayCommandMillis = (System.nanoTime() - r0) / 1_000_000;
        if (code != 0) {
            throw new IllegalStateException("replay exited with " + code + ":\n" + err + out);
        }
        Matcher m = TOOK.matcher(out.toString());
        if (!m.find()) {
            throw new IllegalStateException("no 'took' in the summary:\n" + out);
        }
        double replaySecs = Double.parseDouble(m.group(1));
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();

        double topologyRate = docs / (topologyMillis / 1000.0);
        double replayRate = docs / replaySecs;
        String report = String.format(Locale.ROOT, """
                Replay benchmark (%s)
                filings: %,d text/plain raw filings (%d templates: pledge, poll, notice of EGM, interim results, pledge of assets; %d stock codes), %.1f KB on average
                extraction: %s Tika; cores: %d; load average before: %s, after: %s

                1. topology:  %8.1f filings/s   (%,d filings in %,d ms, %d stream threads, %d workers, exactly_once_v2, first record to last output)
                2. replay:    %8.1f filings/s   (%,d filings in %.1f s of replay loop, %d threads, %d workers, a transaction per poll;
                                                  %,d ms for the whole command incl. checks and worker start)
                   replay / topology: %.2f

                %s""",
                Instant.now(), docs, TEMPLATES.size(), CODES.size(), textBytes / 1024.0 / docs, mode,
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter,
                topologyRate, docs, topologyMillis, threads, threads,
                replayRate, docs, replaySecs, threads, threads, replayCommandMillis, replayRate / topologyRate, out.toString().strip());
        System.out.println(report);
        Path file = Path.of("target", "benchmark", "replay.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }

    private static void awaitOutputs(KafkaConsumer<String, byte[]> consumer, List<RawFiling> filings, Duration max) {
        Set<String> pending = new HashSet<>();
        filings.forEach(f -> pending.add(f.getMetadata().getFilingId()));
        long deadline = System.nanoTime() + max.toNanos();
        while (!pending.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(pending.size() + " filings produced no output within " + max);
            }
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                pending.remove(r.key());
            }
        }
    }

    private static Map<TopicPartition, Long> ends(KafkaHarness kafka, String topic) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        kafka.admin().describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, Long> out = new HashMap<>();
        kafka.admin().listOffsets(latest).all().get().forEach((tp, i) -> out.put(tp, i.offset()));
        return out;
    }

    private static String spec(Map<TopicPartition, Long> offsets) {
        StringJoiner j = new StringJoiner(",");
        offsets.forEach((tp, o) -> j.add(tp.partition() + ":" + o));
        return j.toString();
    }

    private static List<RawFiling> generate(int n, String runId) throws IOException {
        List<String> templates = new ArrayList<>();
        for (String t : TEMPLATES) {
            try (InputStream in = ReplayBenchmark.class.getClassLoader().getResourceAsStream(t)) {
                templates.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        List<RawFiling> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String code = CODES.get(i % CODES.size());
            byte[] text = templates.get(i % templates.size()).replace("06680", code)
                    .replace("October 26, 2022", "October " + (1 + i % 28) + ", 2022").getBytes(StandardCharsets.UTF_8);
            String id = "replay-bench-" + runId + "-" + i;
            out.add(RawFiling.newBuilder()
                    .setMetadata(FilingMetadata.newBuilder().setFilingId(id).setSource(FilingSource.FEED).setFileName(id + ".txt")
                            .setStockCodes(List.of(code)).setFetchedAt(Instant.now()).setContentType("text/plain")
                            .setContentLength((long) text.length).build())
                    .setContentStatus(ContentStatus.PRESENT)
                    .setContent(ByteBuffer.wrap(text))
                    .build());
        }
        return out;
    }
}
