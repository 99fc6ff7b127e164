package dev.hkfilings.api;

import dev.hkfilings.topology.StreamAppConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;

/**
 * What route groups may use: the app's configuration (e.g. to open their own consumers), the running
 * streams (interactive queries), this instance's advertised HTTP address ({@code application.server}) and the
 * meter registry {@code /metrics} serves (Kafka Streams metrics and the pipeline's counters).
 */
public record ApiContext(StreamAppConfig config, KafkaStreams streams, HostInfo self, PrometheusMeterRegistry metrics) {
}
