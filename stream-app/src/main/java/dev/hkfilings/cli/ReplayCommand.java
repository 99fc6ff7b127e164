package dev.hkfilings.cli;

import dev.hkfilings.extract.TextExtractor;
import dev.hkfilings.metrics.PipelineMetrics;
import dev.hkfilings.replay.PartitionRange;
import dev.hkfilings.replay.ReplayRange;
import dev.hkfilings.replay.ReplaySummary;
import dev.hkfilings.replay.Replayer;
import dev.hkfilings.topology.FilingPipeline;
import dev.hkfilings.topology.RegistrySerdes;
import dev.hkfilings.topology.StreamAppConfig;
import dev.hkfilings.topology.TopicProvisioner;
import dev.hkfilings.topology.Topics;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Re-processes a range of hkex.filings.raw through the current pipeline (extraction, classification, "
                + "field extraction, routing) into the same topics: hkex.filings.text, hkex.company.<code>, "
                + "hkex.events.*, hkex.filings.dlq. Keys are announcement ids, so a replay overwrites instead of "
                + "duplicating and compaction keeps the newest version; each poll's output is one transaction.",
                "It reads with its own unassigned consumer (no consumer group), so a running app is not disturbed; "
                        + "a running app re-analyses the replayed texts, which yields the same events under the same keys.",
                "Without a range it replays everything the raw topic still holds."})
final class ReplayCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--schema-registry-url", paramLabel = "URL",
            description = "Confluent-compatible schema registry base URL (or schema.registry.url in --config).")
    String schemaRegistryUrl;

    @Option(names = "--from", paramLabel = "TIME",
            description = "First record time to replay (inclusive): an ISO instant (2024-03-01T08:00:00Z), a date-time "
                    + "with offset (2024-03-01T16:00:00+08:00) or a date (2024-03-01, from 00:00 UTC).")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "Record time to stop before (exclusive), same forms as --from.")
    String to;

    @Option(names = "--from-offset", paramLabel = "OFFSET|P:OFFSET[,P:OFFSET]",
            description = "First offset to replay (inclusive), on every partition or per partition (0:120,2:75; then "
                    + "only the partitions named).")
    String fromOffset;

    @Option(names = "--to-offset", paramLabel = "OFFSET|P:OFFSET[,P:OFFSET]",
            description = "Offset to stop before (exclusive), on every partition or per partition.")
    String toOffset;

    @Option(names = "--stock-code", paramLabel = "CODE",
            description = "Replay only the filings of this company (e.g. 06680 or 6680).")
    String stockCode;

    @Option(names = "--threads", paramLabel = "N",
            description = "Filings processed at once, each on its own parsing worker (default: num.stream.threads, 2).")
    Integer threads;

    @Spec
    CommandSpec spec;

    private final Components components;

    ReplayCommand(Components components) {
        this.components = components;
    }

    @Override
    public Integer call() {
        ReplayRange range;
        Optional<String> company;
        try {
            range = ReplayRange.of(from, to, fromOffset, toOffset);
            company = Optional.ofNullable(stockCode).map(Replayer::normaliseStockCode);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        CliSettings settings = kafka.settings(schemaRegistryUrl);
        StreamAppConfig config;
        try {
            config = settings.streamAppConfig();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        int parallel = threads != null ? threads : config.numStreamThreads();
        if (parallel < 1 || parallel > 64) {
            throw new ParameterException(spec.commandLine(), "--threads " + parallel + " is not between 1 and 64");
        }
        Admin admin = ClusterCheck.connect(settings, config.applicationId() + "-replay-admin");
        try {
            ClusterCheck.registry(settings);
        } catch (RuntimeException e) {
            admin.close();
            throw e;
        }
        PrintWriter err = spec.commandLine().getErr();
        try (TopicProvisioner topics = new TopicProvisioner(admin, true, config.fixedTopicSpec(), config.companyTopicSpec())) {
            requireRawTopic(admin, settings);
            if (config.createTopics()) {
                topics.ensureFixedTopics();
            }
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig(config), new StringDeserializer(), new ByteArrayDeserializer());
                 KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig(config), new StringSerializer(), new ByteArraySerializer());
                 TextExtractor extractor = components.extractor(extractSettings(config, parallel))) {
                List<PartitionRange> ranges;
                try {
                    ranges = range.resolve(consumer, Topics.RAW);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), e.getMessage(), e);
                }
                long total = ranges.stream().mapToLong(PartitionRange::size).sum();
                err.printf(Locale.ROOT, "replaying %,d record(s) of %s%s (%s) through the current pipeline%n", total, Topics.RAW,
                        company.map(c -> ", only company " + c).orElse(""),
                        ranges.stream().map(PartitionRange::toString).collect(Collectors.joining("; ")));
                err.flush();
                producer.initTransactions();
                Replayer replayer = new Replayer(consumer, producer, new FilingPipeline(extractor, components.analyzer(),
                        PipelineMetrics.unread(), config.maxRecordBytes()),
                        RegistrySerdes.create(config.serdeConfig()), topics, company, Clock.systemUTC(), parallel);
                ReplaySummary summary = replayer.run(ranges, ProgressBar.onStderr(err, "replay", "filings"));
                PrintWriter out = spec.commandLine().getOut();
                out.print(summary.render());
                out.flush();
            }
        }
        return 0;
    }

    private static void requireRawTopic(Admin admin, CliSettings settings) {
        try {
            if (!admin.listTopics().names().get().contains(Topics.RAW)) {
                throw new CliFailure(CliFailure.FAILED, Topics.RAW + " does not exist on " + settings.bootstrapServers()
                        + ": there is nothing to replay");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(CliFailure.FAILED, "interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new CliFailure(CliFailure.UNREACHABLE, "cannot list the topics on " + settings.bootstrapServers() + ": "
                    + ClusterCheck.rootMessage(e), e);
        }
    }

    /** One parsing worker per replay thread unless extract.workers says otherwise. */
    private static Map<String, Object> extractSettings(StreamAppConfig config, int threads) {
        Map<String, Object> m = new HashMap<>(config.extractSettings());
        if (!config.originals().containsKey(StreamAppConfig.EXTRACT_WORKERS)) {
            m.put(StreamAppConfig.EXTRACT_WORKERS, Integer.toString(threads));
        }
        return m;
    }

    static Map<String, Object> consumerConfig(StreamAppConfig config) {
        Map<String, Object> c = new HashMap<>(config.clientSecurity());
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        c.put(ConsumerConfig.CLIENT_ID_CONFIG, config.applicationId() + "-replay");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, config.maxRecordBytes());
        c.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, config.maxRecordBytes());
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.getInt(StreamAppConfig.MAX_POLL_RECORDS));
        c.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        return c;
    }

    static Map<String, Object> producerConfig(StreamAppConfig config) {
        Map<String, Object> p = new HashMap<>(config.clientSecurity());
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(ProducerConfig.CLIENT_ID_CONFIG, config.applicationId() + "-replay");
        // a fresh id per run: replays never fence each other or the app, whose ids derive from the application id
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, config.applicationId() + "-replay-" + UUID.randomUUID());
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, config.maxRecordBytes());
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Math.max(32L << 20, 2L * config.maxRecordBytes()));
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return p;
    }
}
