package dev.hkfilings.api;

import dev.hkfilings.topology.StreamAppConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;

/**
 * What route groups may use: the app's configuration (e.g. to open their own consumers), the running
 * streams (interactive queries) and this instance's advertised HTTP address ({@code application.server}).
 */
public record ApiContext(StreamAppConfig config, KafkaStreams streams, HostInfo self) {
}
