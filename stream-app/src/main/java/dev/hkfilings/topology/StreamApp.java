package dev.hkfilings.topology;

import dev.hkfilings.classify.Analyzer;
import dev.hkfilings.extract.TextExtractor;
import java.time.Duration;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running stream application: creates the fixed topics, builds the topology on the registry serdes
 * and runs it with exactly-once. Closing it stops the streams, the extractor's workers and the admin client.
 */
public final class StreamApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamApp.class);

    private final TopicProvisioner topics;
    private final TextExtractor extractor;
    private final KafkaStreams streams;

    private StreamApp(TopicProvisioner topics, TextExtractor extractor, KafkaStreams streams) {
        this.topics = topics;
        this.extractor = extractor;
        this.streams = streams;
    }

    /** Starts the app on the schema registry of the configuration; the extractor is owned by the app from here on. */
    public static StreamApp start(StreamAppConfig config, TextExtractor extractor, Analyzer analyzer) {
        return start(config, extractor, analyzer, RegistrySerdes.create(config.serdeConfig(), config.registryOutageMaxWait()));
    }

    /**
     * Starts the app; the extractor is owned by the app from here on.
     *
     * @param serdes the value serdes, normally {@code RegistrySerdes.create(config.serdeConfig())}
     */
    public static StreamApp start(StreamAppConfig config, TextExtractor extractor, Analyzer analyzer, TopologySerdes serdes) {
        TopicProvisioner topics = TopicProvisioner.create(config);
        try {
            if (config.createTopics()) {
                topics.ensureFixedTopics();
            }
            Topology topology = FilingTopology.build(new FilingPipeline(extractor, analyzer), serdes, topics);
            LOG.info("topology:\n{}", topology.describe());
            KafkaStreams streams = new KafkaStreams(topology, config.streamsProperties());
            // a failed record (e.g. a company topic that could not be created yet) is retried by a fresh thread
            // from the last committed offsets, never skipped
            streams.setUncaughtExceptionHandler(e -> {
                LOG.error("stream thread failed; replacing it", e);
                return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
            });
            streams.start();
            return new StreamApp(topics, extractor, streams);
        } catch (RuntimeException e) {
            topics.close();
            extractor.close();
            throw e;
        }
    }

    public KafkaStreams streams() {
        return streams;
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
        extractor.close();
        topics.close();
    }
}
