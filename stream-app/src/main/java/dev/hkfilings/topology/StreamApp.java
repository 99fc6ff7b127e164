package dev.hkfilings.topology;

import dev.hkfilings.api.ApiContext;
import dev.hkfilings.api.RouteGroups;
import dev.hkfilings.classify.Analyzer;
import dev.hkfilings.extract.TextExtractor;
import dev.hkfilings.http.ApiServer;
import dev.hkfilings.metrics.PipelineMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running stream application: creates the fixed topics, builds the topology on the registry serdes
 * and runs it with exactly-once, with the HTTP API in front of it (its address is the streams'
 * {@code application.server}, so instances can answer for each other). Closing it stops the HTTP API, the
 * streams, the extractor's workers and the admin client.
 */
public final class StreamApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamApp.class);

    private final TopicProvisioner topics;
    private final TextExtractor extractor;
    private final KafkaStreams streams;
    private final ApiServer http;
    private final KafkaStreamsMetrics streamsMetrics;

    private StreamApp(TopicProvisioner topics, TextExtractor extractor, KafkaStreams streams, ApiServer http,
                      KafkaStreamsMetrics streamsMetrics) {
        this.topics = topics;
        this.streamsMetrics = streamsMetrics;
        this.extractor = extractor;
        this.streams = streams;
        this.http = http;
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
        ApiServer http = null;
        KafkaStreams streams = null;
        try {
            if (config.createTopics()) {
                topics.ensureFixedTopics();
            }
            PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            Topology topology = FilingTopology.build(
                    new FilingPipeline(extractor, analyzer, new PipelineMetrics(metrics), config.maxRecordBytes()), serdes, topics);
            LOG.info("topology:\n{}", topology.describe());
            // bound before the streams start, so that an ephemeral port is known for application.server
            http = ApiServer.bind(config.httpHost(), config.httpPort());
            HostInfo self = new HostInfo(config.httpAdvertisedHost(), http.port());
            Properties props = config.streamsProperties();
            props.putIfAbsent(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port());
            streams = new KafkaStreams(topology, props);
            // a failed record (e.g. a company topic that could not be created yet) is retried by a fresh thread
            // from the last committed offsets, never skipped
            streams.setUncaughtExceptionHandler(e -> {
                LOG.error("stream thread failed; replacing it", e);
                return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
            });
            KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams);
            streamsMetrics.bindTo(metrics);
            streams.start();
            http.start(RouteGroups.all(new ApiContext(config, streams, self, metrics)));
            return new StreamApp(topics, extractor, streams, http, streamsMetrics);
        } catch (RuntimeException e) {
            if (http != null) {
                http.close();
            }
            if (streams != null) {
                streams.close(Duration.ofSeconds(30));
            }
            topics.close();
            extractor.close();
            throw e;
        }
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** The port the HTTP API serves on (the bound one when {@code http.port} is 0). */
    public int httpPort() {
        return http.port();
    }

    public ApiServer http() {
        return http;
    }

    @Override
    public void close() {
        close(false);
    }

    /**
     * Closes the app; with {@code leaveGroup} its static members (those with a {@code group.instance.id}) are removed
     * from the consumer group first, so that the next start does not wait for their session timeout. Dynamic members
     * never leave on close in Kafka Streams (it sets the consumer's internal {@code leave.group.on.close} to false, so
     * that a rolling bounce does not rebalance twice), whatever this flag says.
     */
    public void close(boolean leaveGroup) {
        http.close();
        streamsMetrics.close();
        streams.close(new KafkaStreams.CloseOptions().timeout(Duration.ofSeconds(30)).leaveGroup(leaveGroup));
        extractor.close();
        topics.close();
    }
}
